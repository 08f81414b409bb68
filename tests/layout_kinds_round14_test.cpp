// Layouts and wordings that carried fields past the extractor in the fourteenth round
// (corpus/tune14, corpus/tune15): deadlines told in the past tense or with the thing handed in a
// few words after its verb. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/document_text.h"
#include "kvreg/extract.h"
#include "kvreg/normalize.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::DatesOf;
using testing::DetailsOf;
using testing::ExtractReport;

TEST(DateRoles, DeadlinesToldInThePastTense) {
  // date_roles.re2: "Anmälan gjordes senast …" (registration), "lämnade sina skriftliga bidrag
  // senast …" (submission), whatever the tense of the verb.
  const Record r = ExtractReport(
      "Anmälan gjordes senast den 20 mars 2023. Verksamheterna lämnade sina skriftliga bidrag "
      "senast den 19 maj 2023.");
  EXPECT_EQ(DatesOf(r), (std::vector<std::string>{"document 2023-04-03 p1",
                                                  "registration_deadline 2023-03-20 p1",
                                                  "submission_deadline 2023-05-19 p1"}));
}

TEST(DateRoles, WhatIsHandedInAFewWordsAfterItsVerb) {
  // date_roles.re2: "lämnar därefter en skriftlig beskrivning av sitt kvalitetsarbete senast …"
  // (no "in" between the verb and what is handed in)
  const Record r = ExtractReport(
      "De anmälda enheterna lämnar därefter en skriftlig beskrivning av sitt kvalitetsarbete "
      "senast den 1 september 2023.");
  EXPECT_EQ(DatesOf(r), (std::vector<std::string>{"document 2023-04-03 p1",
                                                  "submission_deadline 2023-09-01 p1"}));
}

TEST(DateRoles, WhatIsToReachTheCentralOfficeIsTheBoardsReport) {
  // date_roles.re2 report_deadline: "… ska ha kommit in till stadsledningskontoret senast …",
  // "… senast den 30 mars meddela stadsledningskontoret vilka …"; registration "ska anmälan
  // göras senast …"
  const Record r = ExtractReport(
      "Nämndernas nomineringar ska ha kommit in till stadsledningskontoret senast den 12 maj "
      "2023. Kommunstyrelsen har bett nämnderna att senast den 30 juni 2023 meddela "
      "stadsledningskontoret vilka enheter som deltar. Enligt tidsplanen ska anmälan göras senast "
      "den 21 mars 2023.");
  EXPECT_EQ(DatesOf(r),
            (std::vector<std::string>{"document 2023-04-03 p1", "report_deadline 2023-05-12 p1",
                                      "report_deadline 2023-06-30 p1",
                                      "registration_deadline 2023-03-21 p1"}));
}

TEST(DateRoles, TheDayTheBoardTreatsTheMatterIsTheMeeting) {
  // date_roles.re2 meeting: "Ärendet behandlas av nämnden den 22 januari 2026"
  const Record r = ExtractReport("Ärendet behandlas av nämnden den 22 januari 2024.");
  EXPECT_EQ(r.meeting_date.value_or(""), "2024-01-22");
}

TEST(PriorParticipation, TheSubjectOfASecondVerbAfterOch) {
  // fields.prior.re2: "Förskolan har … arbetat med … och deltog även 2007" (the unit named back
  // by its kind)
  const Record r = ExtractReport(
      "Förskolan Trädkojan nomineras i klassen förskola. Förskolan har under två år arbetat med "
      "barnens inflytande över den dagliga planeringen och deltog även 2021. Bagarmossens "
      "hemtjänst nomineras i klassen äldreomsorg.");
  ASSERT_EQ(r.prior_participation.size(), 1u);
  EXPECT_EQ(r.prior_participation[0].unit, "Förskolan Trädkojan");
  EXPECT_EQ(r.prior_participation[0].years, std::vector<int>{2021});
}

TEST(Paragraphs, ASentencesEndAboveALittleSpaceEndsTheParagraph) {
  // pdf_text.cpp (kParagraphSpace): paragraphs set off by half a line, not a blank line; the
  // proposal is its paragraph alone. (An operator's e-mail filed as an anmälan, corpus/tune15.)
  DocumentText doc;
  ASSERT_TRUE(
      ReadPdfText(testing::SourcePath("corpus/tune15/t15b-d08.pdf"), TextLimits(), &doc).ok());
  const std::string text = Normalize(doc, testing::RealPatterns().Category("page_furniture")).text;
  EXPECT_NE(text.find("till handlingarna.\n\nTrygga Händer Stöd AB driver"), std::string::npos)
      << text.substr(0, 1200);
}

TEST(Proposal, ItsHeadingWithAColonOnTheSameLine) {
  // fields.matter.re2 proposal: "Förvaltningens förslag till beslut: Nämnden godkänner …"
  const Record r = testing::ExtractText(
      "Socialtjänstnämnden\n\nFöredragningslista\n\n4.2 Nominering till Stockholms stads "
      "kvalitetsutmärkelse 2008\n\nFörvaltningens förslag till beslut: Socialtjänstnämnden "
      "godkänner nomineringarna.\n");
  EXPECT_EQ(r.proposal.value_or(""), "Socialtjänstnämnden godkänner nomineringarna.");
}

TEST(UnitStatements, TheClassFirstThenAPluralKindOrTheSubjectBeforeTheUnits) {
  // unit_statements.re2 class_first: "I klassen förskola nomineras förskolorna …", "I klassen
  // äldreomsorg nominerar förvaltningen Akalla hemtjänst, som …"
  const Record r = ExtractReport(
      "Förvaltningen nominerar tre verksamheter. I klassen förskola nomineras förskolorna Ekorren "
      "och Tallkotten, båda inom avdelningen för barn och ungdom. I klassen äldreomsorg nominerar "
      "förvaltningen Akalla hemtjänst, som drivs av Vardagsomsorg i Norden AB.");
  EXPECT_EQ(DetailsOf(r, "Förskolan Ekorren"), "avdelningen för barn och ungdom | Förskola | ");
  EXPECT_EQ(DetailsOf(r, "Förskolan Tallkotten"), "avdelningen för barn och ungdom | Förskola | ");
  EXPECT_EQ(DetailsOf(r, "Akalla hemtjänst"), " | Äldreomsorg | Vardagsomsorg i Norden AB");
  EXPECT_EQ(r.units.size(), 3u);
}

TEST(UnitNames, APluralKindSharedByNamesBeforeAnAppositionForBoth) {
  // unit_items.cpp IsProperNameWithin: "Blåklinten" read alone by the enumeration before ", båda
  // inom …" is "Förskolan Blåklinten" of the same sentence; unit_references.cpp: the class said
  // of "… att förskolorna Solrosen och Blåklinten" is each one's.
  const Record r = ExtractReport(
      "Förvaltningen anmäler att förskolorna Solrosen och Blåklinten, båda inom avdelningen för "
      "förskola, deltar i tävlingsklassen förskola.");
  EXPECT_EQ(DetailsOf(r, "Förskolan Solrosen"), "avdelningen för förskola | Förskola | ");
  EXPECT_EQ(DetailsOf(r, "Förskolan Blåklinten"), "avdelningen för förskola | Förskola | ");
  EXPECT_EQ(r.units.size(), 2u);
}

TEST(Lists, TheCompanyThatTakesPartWithTheItemsBelowIsTheirOperator) {
  // layout.re2 list_intro_operator: an operator's own e-mail, filed as an anmälan.
  const Record r = ExtractReport(
      "Hej!\n\nHärmed meddelar vi att Trygga Händer Stöd AB deltar i årets kvalitetsutmärkelse "
      "med följande verksamheter:\n\n• Stödboendet Ankaret (äldreomsorg)\n\n"
      "• Korttidshemmet Vindrosen (äldreomsorg)\n\nBidragen skickas in senast den 20 maj.\n\n"
      "Lyktan Omsorg AB vill härmed meddela att vi deltar med följande verksamheter, som vi "
      "driver på entreprenad:\n\n• Hemtjänsten Vasastaden (äldreomsorg)\n\nMed vänlig "
      "hälsning");
  EXPECT_EQ(DetailsOf(r, "Stödboendet Ankaret"), " | Äldreomsorg | Trygga Händer Stöd AB");
  EXPECT_EQ(DetailsOf(r, "Korttidshemmet Vindrosen"), " | Äldreomsorg | Trygga Händer Stöd AB");
  EXPECT_EQ(DetailsOf(r, "Hemtjänsten Vasastaden"), " | Äldreomsorg | Lyktan Omsorg AB");
  EXPECT_EQ(r.units.size(), 3u);
}

TEST(Participation, AnotherMunicipalitysPrizeIsNoParticipation) {
  // participation.re2 not_participation: "kvalitetspris", "kommuns kvalitetsutmärkelse"
  const Record r = ExtractReport(
      "Förskolan Gläntan deltar i årets kvalitetsutmärkelse. Vår verksamhet Hemtjänsten Råsunda "
      "deltar samtidigt i Solna stads kvalitetspris. Träffpunkten Ängen deltar i Nacka kommuns "
      "kvalitetsutmärkelse.");
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Förskolan Gläntan");
}

TEST(Lists, AnIntrosDepartmentEndsWhereItsVerbBegins) {
  // extract_unit_lists.cpp IntroGroup: "… tillhör avdelningen för funktionsnedsättning och
  // tävlar i klassen …:" gives the items the department without "och tävlar".
  const Record r = ExtractReport(
      "Samtliga enheter nedan tillhör avdelningen för funktionsnedsättning och tävlar i klassen "
      "äldreomsorg:\n\n1. Gruppbostaden Solbacken\n\n2. Boendestödet Västertorp\n\nBidragen "
      "lämnas senast den 19 maj.");
  EXPECT_EQ(DetailsOf(r, "Gruppbostaden Solbacken"),
            "avdelningen för funktionsnedsättning | Äldreomsorg | ");
  EXPECT_EQ(DetailsOf(r, "Boendestödet Västertorp"),
            "avdelningen för funktionsnedsättning | Äldreomsorg | ");
}

TEST(Lists, ADescriptionAfterASemicolonNamesNoMoreUnits) {
  // extract_unit_lists.cpp WithoutDescription: "…; en mötesplats … i Tensta och Hjulsta"
  const Record r = ExtractReport(
      "Följande verksamheter deltar i år:\n\n• Hemtjänsten Spånga – avdelningen för "
      "äldreomsorg\n\n• Träffpunkt Gullingen: avdelningen för äldreomsorg; en mötesplats för "
      "äldre i Tensta och Hjulsta\n\nBidragen lämnas senast den 19 maj.");
  EXPECT_EQ(DetailsOf(r, "Träffpunkt Gullingen"), "avdelningen för äldreomsorg |  | ");
  EXPECT_EQ(r.units.size(), 2u);
}

TEST(UnitNames, AHeadWordInLowerCaseAfterAWordOpeningTheSentence) {
  // participation.re2 names_after ("Även fritidsgården …", "anmäler att förskolan …");
  // unit_references.cpp: the class said later in the sentence is the unit's.
  const Record r = ExtractReport(
      "Även fritidsgården Gläntan i Tensta, som hör till avdelningen för ungdom och fritid, har "
      "skickat in ett bidrag och tävlar i klassen andra verksamheter. Förvaltningen anmäler att "
      "förskolan Humlan deltar.");
  EXPECT_EQ(DetailsOf(r, "Fritidsgården Gläntan"),
            "avdelningen för ungdom och fritid | Andra verksamheter | ");
  EXPECT_EQ(DetailsOf(r, "Förskolan Humlan"), " |  | ");
  EXPECT_EQ(r.units.size(), 2u);
}

TEST(Participation, UnitsThatIntendToRegisterTakePartAndThoseThatWaitDoNot) {
  // participation.re2 participation_cue "anmäla sig", not_participation "har övervägt …", "valt
  // att vänta"; word_lists.tsv place_word "norra" ("Hemtjänsten Östermalm norra").
  const Record r = ExtractReport(
      "Inför Kvalitetsutmärkelsen 2025 planerar Hemtjänsten Östermalm norra, inom avdelningen för "
      "äldreomsorg, att delta i klassen äldreomsorg. Även Gruppbostaden Banérgatan och Daglig "
      "verksamhet Ugglan, båda inom avdelningen för stöd och omsorg, avser att anmäla sig. "
      "Enheten för ekonomiskt bistånd har övervägt att anmäla sig men har valt att vänta ett år.");
  EXPECT_EQ(DetailsOf(r, "Hemtjänsten Östermalm norra"),
            "avdelningen för äldreomsorg | Äldreomsorg | ");
  EXPECT_EQ(DetailsOf(r, "Gruppbostaden Banérgatan"), "avdelningen för stöd och omsorg |  | ");
  EXPECT_EQ(DetailsOf(r, "Daglig verksamhet Ugglan"), "avdelningen för stöd och omsorg |  | ");
  EXPECT_EQ(r.units.size(), 3u);
}

}  // namespace
}  // namespace kvreg
