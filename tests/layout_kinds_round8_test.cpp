// Layouts and wordings that carried units past the extractor in the eighth round
// (corpus/tune9): a header cell of alternatives, a first page's footer cutting a list, merged
// cells going on over a page break, departments and classes stated before an enumeration or
// of a collective subject, operators said in prose. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "kvreg/normalize.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::DetailsOf;
using testing::ExtractPdf;
using testing::ExtractReport;
using testing::ExtractText;
using testing::PriorYears;
using testing::RealPatterns;

TEST(UnitsInTables, AHeaderCellOfAlternativesNamesItsColumn) {
  // "Tävlingsklass | Skola/enhet | Avdelning": the slash offers two header words, and the
  // column is the units'.
  const Record r = ExtractPdf("corpus/tune9/t9a-d13.pdf");
  ASSERT_EQ(r.units.size(), 5u);
  EXPECT_EQ(DetailsOf(r, "Tallåsens skola"), "Grundskoleavdelningen | Skola | ");
  EXPECT_EQ(FindUnit(r, "Tallåsens skola")->via, "table");
}

TEST(UnitsInLists, AFirstPagesFooterInTwoColumnsDoesNotEndTheList) {
  // Page 1 ends with "Förvaltningen, Box …" ⏎ "Kista" beside "Handläggare …"; page 2 repeats
  // the address and the list goes on. The first page's footer is furniture too.
  const Record r = ExtractPdf("corpus/tune9/t9a-d11.pdf");
  EXPECT_EQ(r.units.size(), 7u);
  EXPECT_EQ(DetailsOf(r, "Fritidsgården Akalla by"),
            "avd. kultur och fritid | Andra verksamheter | ");
}

TEST(UnitsInTables, MergedCellsGoOnOverThePageBreak) {
  // "Avdelning | Enhet | Tävlingsklass", the department and class cells merged and printed at
  // their top: the rows at the top of page 2 are still in "Grundskoleavdelningen", and the
  // heading under the table names no row.
  const Record r = ExtractPdf("corpus/tune9/t9b-d06.pdf");
  ASSERT_EQ(r.units.size(), 10u);
  EXPECT_EQ(DetailsOf(r, "Fjällklintens grundsärskola"), "Grundskoleavdelningen | Skola | ");
  EXPECT_EQ(DetailsOf(r, "Västra Ringens gymnasieskola"), "Gymnasieavdelningen | Skola | ");
}

TEST(TextLayer, APieceOfAJustifiedLineReadAfterTheLineBelowIt) {
  // Poppler takes the wide word gaps of a justified line for a column's edge and gives "om",
  // "kulturförvaltningens", "deltagande i" after the line below; they go back on their line.
  const Record r = ExtractPdf("corpus/tune9/t9a-d12.pdf");
  EXPECT_EQ(r.proposal.value_or(""),
            "Kulturnämnden tar del av anmälan om kulturförvaltningens deltagande i "
            "kvalitetsutmärkelsen 2014.");
}

TEST(UnitNames, APossessiveBeforeANameThatAlreadyBeginsWithItsKind) {
  const Record r = ExtractReport(
      "Hej! Vi vill meddela att vår förskola Förskolan Kastanjen på Jungfrugatan har anmält sig "
      "till årets kvalitetsutmärkelse i klassen förskola.");
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Förskolan Kastanjen");
}

TEST(UnitsInSentences, AnEnumerationAfterAnyVerbOfTakingPartWithTheLastTwosDepartment) {
  const Record r = ExtractReport(
      "Tre verksamheter planerar att tävla: Seniorservice Stockholm, som tillhör avdelningen för "
      "stöd och utveckling, Demensteamet Stockholm och Enheten för biståndsbedömning av "
      "korttidsvård, de två senare inom avdelningen för myndighetsutövning. Seniorservice "
      "tävlar i klassen Andra verksamheter.");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(DetailsOf(r, "Seniorservice Stockholm"),
            "avdelningen för stöd och utveckling | Andra verksamheter | ");
  EXPECT_EQ(DetailsOf(r, "Demensteamet Stockholm"), "avdelningen för myndighetsutövning |  | ");
  EXPECT_EQ(DetailsOf(r, "Enheten för biståndsbedömning av korttidsvård"),
            "avdelningen för myndighetsutövning |  | ");
}

TEST(PriorParticipation, TheYearFrontedBeforeTheVerb) {
  const Record r = ExtractReport(
      "Demensteamet Stockholm deltar i år. Under 2019 deltog Demensteamet Stockholm och fick "
      "ett hedersomnämnande vid ceremonin.");
  ASSERT_EQ(r.prior_participation.size(), 1u);
  EXPECT_EQ(r.prior_participation[0].unit, "Demensteamet Stockholm");
  EXPECT_EQ(r.prior_participation[0].years, std::vector<int>{2019});
}

TEST(PriorParticipation, TwoClausesOfOneSentenceTheSecondsVerbLeftOut) {
  const Record r = ExtractReport(
      "Jobbtorg Kista deltog 2015 och Jobbtorg Skärholmen 2016. Lövängsskolan deltog även 2019 "
      "och Söderbyskolan var med både 2020 och 2021. Jobbtorg Stockholm Kista deltog under 2022.");
  EXPECT_EQ(PriorYears(r, "Jobbtorg Kista"), std::vector<int>{2015});
  EXPECT_EQ(PriorYears(r, "Jobbtorg Skärholmen"), std::vector<int>{2016});
  EXPECT_EQ(PriorYears(r, "Lövängsskolan"), std::vector<int>{2019});
  EXPECT_EQ(PriorYears(r, "Söderbyskolan"), (std::vector<int>{2020, 2021}));
  EXPECT_EQ(PriorYears(r, "Jobbtorg Stockholm Kista"), std::vector<int>{2022});
}

TEST(PriorParticipation, AUnitNamedBackByItsKindAndAClauseAfterASemicolon) {
  // "Träffpunkten" is Träffpunkt Hökarängen; "X deltar för andra gången; det var med …" names
  // no unit "X deltar för andra gången; det".
  const Record r = ExtractReport(
      "Träffpunkt Hökarängen har anmält sig i klassen Äldreomsorg, och Luftlaboratoriet deltar "
      "i klassen Andra verksamheter. Träffpunkten var med redan 2021. Laboratoriet deltar för "
      "andra gången; det var med även 2016.");
  EXPECT_EQ(PriorYears(r, "Träffpunkt Hökarängen"), std::vector<int>{2021});
  for (const PriorParticipation& p : r.prior_participation) {
    EXPECT_EQ(p.unit.find(';'), std::string::npos) << p.unit;
  }
}

TEST(UnitStatements, ACollectiveSubjectWithAKindAndARelativeClauseAfterADepartment) {
  // "Bibliotek X" (the kind indefinite, first), "Båda biblioteken hör till …" (the units of
  // that kind), "… inom avdelningen Kulturskolan, vars bidrag …" (the clause is dropped).
  const Record r = ExtractReport(
      "I år har tre av förvaltningens verksamheter valt att delta. Hagsätra biblioteks bidrag "
      "handlar om språkcaféer, medan Bibliotek Norrtulls deltagande tar avstamp i en ny modell. "
      "Båda biblioteken hör till avdelningen Stadsbiblioteket. Den tredje verksamheten är "
      "Kulturskolan Sydväst inom avdelningen Kulturskolan, vars bidrag beskriver arbetet med "
      "prova-på-kurser.");
  EXPECT_EQ(DetailsOf(r, "Bibliotek Norrtull"), "avdelningen Stadsbiblioteket |  | ");
  EXPECT_EQ(DetailsOf(r, "Hagsätra bibliotek"), "avdelningen Stadsbiblioteket |  | ");
  EXPECT_EQ(DetailsOf(r, "Kulturskolan Sydväst"), "avdelningen Kulturskolan |  | ");
}

TEST(UnitsInSentences, ADepartmentOrClassStatedBeforeAnEnumerationIsEveryItems) {
  const Record r = ExtractReport(
      "Från anläggningsavdelningen deltar Tallkrogsbadet och Friluftsgården Trollbäcken, medan "
      "Idrottsskolan Stockholm, som hör till avdelningen för föreningsstöd, deltar för första "
      "gången.\n\nDessutom deltar två verksamheter från avdelningen för individ- och "
      "familjeomsorg, även de i klassen Socialtjänst samt stöd och service till personer med "
      "funktionsnedsättning: Familjebehandlarna i Tensta och Mottagningsgruppen för barn och "
      "unga.\n\nInom äldreomsorgsavdelningen deltar Dagverksamheten Lärkan.");
  EXPECT_EQ(r.units.size(), 6u);
  EXPECT_EQ(DetailsOf(r, "Friluftsgården Trollbäcken"), "anläggningsavdelningen |  | ");
  EXPECT_EQ(DetailsOf(r, "Idrottsskolan Stockholm"), "avdelningen för föreningsstöd |  | ");
  EXPECT_EQ(DetailsOf(r, "Familjebehandlarna i Tensta"),
            "avdelningen för individ- och familjeomsorg | Socialtjänst samt stöd och service till "
            "personer med funktionsnedsättning | ");
  EXPECT_EQ(DetailsOf(r, "Dagverksamheten Lärkan"), "äldreomsorgsavdelningen |  | ");
}

TEST(UnitAppositions, ACompoundKindAfterTheNameAndADepartmentInBrackets) {
  const Record r = ExtractReport(
      "Följande verksamheter deltar:\n\n"
      "• Solängen, korttidsverksamhet för barn och ungdomar\n\n"
      "• Enheten för försörjningsstöd (individ- och familjeomsorgen)\n\nSlut.");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_NE(FindUnit(r, "Solängen"), nullptr);
  EXPECT_EQ(DetailsOf(r, "Enheten för försörjningsstöd"), "individ- och familjeomsorgen |  | ");
}

TEST(UnitStatements, AKindWordNamesTheUnitOfItsKindAndACompanyRunsOrTakesPartWithAUnit) {
  // "Boendet" is Stödboendet Sibyllan's kind, not every name holding "boendet"; the companies
  // before "med" and before "driver" are the operators of the units after them.
  const Record r = ExtractReport(
      "Inom äldreomsorgsavdelningen deltar Vård- och omsorgsboendet Linnégården. Av "
      "entreprenaderna deltar Kaprifol Vård AB med Hemtjänst Karlaplan, medan Nordisk "
      "Omsorgspartner AB, som sedan 2014 driver Servicehuset Tessin, anmält detta boende. "
      "Samtliga tre tävlar i klassen Äldreomsorg.\n\n"
      "Den fjärde deltagaren är Stödboendet Sibyllan, ett boende som drivs av Fristad Boendestöd "
      "AB på uppdrag av avdelningen för socialtjänst. Boendet deltar i klassen Socialtjänst samt "
      "stöd och service till personer med funktionsnedsättning.");
  EXPECT_EQ(r.units.size(), 4u);
  EXPECT_EQ(DetailsOf(r, "Vård- och omsorgsboendet Linnégården"),
            "äldreomsorgsavdelningen | Äldreomsorg | ");
  EXPECT_EQ(DetailsOf(r, "Hemtjänst Karlaplan"), " | Äldreomsorg | Kaprifol Vård AB");
  EXPECT_EQ(DetailsOf(r, "Servicehuset Tessin"), " | Äldreomsorg | Nordisk Omsorgspartner AB");
  EXPECT_EQ(DetailsOf(r, "Stödboendet Sibyllan"),
            "avdelningen för socialtjänst | Socialtjänst samt stöd och service till personer med "
            "funktionsnedsättning | Fristad Boendestöd AB");
}

TEST(UnitStatements, TheCompanyThatRunsAUnitSaidInTheWaysProseSaysIt) {
  const Record r = ExtractReport(
      "Trygga Hem i Norden AB deltar med Akutboendet Hamnen. Omsorgshuset Bromma AB, som deltar "
      "med Vård- och omsorgsboendet Ängsbacken, har haft avtal med nämnden sedan 2019. Den "
      "tredje deltagaren, Träffpunkt Solgläntan, drivs på uppdrag av nämnden av Seniorkraft "
      "Stockholm AB. Alla deltar i klassen Äldreomsorg.\n\nFöljande deltar:\n\n"
      "• Stjärnviks stödboende; utförare Nordlys Omsorg AB\n\nSlut.");
  EXPECT_EQ(DetailsOf(r, "Akutboendet Hamnen"), " | Äldreomsorg | Trygga Hem i Norden AB");
  EXPECT_EQ(DetailsOf(r, "Vård- och omsorgsboendet Ängsbacken"),
            " | Äldreomsorg | Omsorgshuset Bromma AB");
  EXPECT_EQ(DetailsOf(r, "Träffpunkt Solgläntan"), " | Äldreomsorg | Seniorkraft Stockholm AB");
  EXPECT_EQ(DetailsOf(r, "Stjärnviks stödboende"), " | Äldreomsorg | Nordlys Omsorg AB");
}

TEST(UnitStatements, TheCompanyThatReportsRunsEveryUnitOfTheDocument) {
  const Record r = ExtractText(
      "Norrmalms stadsdelsförvaltning\n\nAnmälningsärende\n\n2021-05-31\n\nAnmälan om "
      "deltagande i Kvalitetsutmärkelsen 2021 från Silvergran Omsorg AB\n\nVårt vård- och "
      "omsorgsboende Tornbacken deltar i klassen Äldreomsorg.\n");
  EXPECT_EQ(DetailsOf(r, "Vård- och omsorgsboendet Tornbacken"),
            " | Äldreomsorg | Silvergran Omsorg AB");
  const Record mail = ExtractReport(
      "Både förskolan Regnbågen och vår förskola Tallkotten ställer upp i årets "
      "kvalitetsutmärkelse, i klassen förskola. Vi drivs ju av Lärkträdets Förskolor AB.");
  // "Både förskola" is no name: a name ends at a word's end, and "Både" begins the sentence.
  EXPECT_EQ(mail.units.size(), 2u);
  EXPECT_EQ(DetailsOf(mail, "Förskolan Regnbågen"), " | Förskola | Lärkträdets Förskolor AB");
}

TEST(UnitNames, AGenitiveBeforeDeltagandeIsANameNotTheSentenceBeforeIt) {
  const Record r = ExtractReport(
      "Kulturnämnden tar del av anmälan om kulturförvaltningens deltagande i "
      "kvalitetsutmärkelsen 2023.\n\nFörskolan Myrstackens deltagande i Kvalitetsutmärkelsen "
      "2023 anmäls.");
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Förskolan Myrstacken");
}

TEST(UnitNames, MoreHeadWordsOfTheCitysUnits) {
  const Record r = ExtractReport(
      "Nämnden nominerar Laboratoriet för miljöanalys. Vi är glada att även Bokbussen Norr, med "
      "sina hållplatser i norr, och Härbärget Vinden, med nattlogi för kvinnor, har skickat in "
      "bidrag till årets kvalitetsutmärkelse.");
  EXPECT_NE(FindUnit(r, "Laboratoriet för miljöanalys"), nullptr);
  EXPECT_NE(FindUnit(r, "Bokbussen Norr"), nullptr);
  EXPECT_NE(FindUnit(r, "Härbärget Vinden"), nullptr);
}

TEST(UnitAppositions, MoreVerbsOfBelongingAndADescriptionBeforeThem) {
  const Record r = ExtractReport(
      "Träffpunkt Hökarängen, en öppen mötesplats för seniorer som hör till avdelningen för "
      "äldreomsorg, har anmält sig i tävlingsklassen Äldreomsorg. Dessutom medverkar "
      "Fritidsgården Gnistan, som sorterar under avdelningen för fritid, i klassen Andra "
      "verksamheter.");
  EXPECT_EQ(DetailsOf(r, "Träffpunkt Hökarängen"), "avdelningen för äldreomsorg | Äldreomsorg | ");
  EXPECT_EQ(DetailsOf(r, "Fritidsgården Gnistan"),
            "avdelningen för fritid | Andra verksamheter | ");
}

TEST(UnitNames, AForwardedMailsRuleAndSenderAndADepartmentByItsOwnName) {
  // "… ska anmälas i respektive nämnd." ⏎ "——————" ⏎ "Från: Helena Vik <helena.vik@…>": the
  // rule line ends the sentence before it, so "anmäls … : Helena Vik <…>" lists nobody, and a
  // name with an e-mail address is no unit anyway; "X och Y hör båda till Stadsbiblioteket"
  // gives both that department, and it is no unit.
  const Record r = ExtractPdf("corpus/tune9/t9b-d07.pdf");
  for (const UnitMention& u : r.units) EXPECT_EQ(u.name.find('@'), std::string::npos) << u.name;
  EXPECT_EQ(DetailsOf(r, "Kodverkstaden"), "Stadsbiblioteket | Andra verksamheter | ");
  EXPECT_EQ(FindUnit(r, "Stadsbiblioteket"), nullptr);
  const Record report = ExtractReport(
      "Vi har anmält två verksamheter i år. Bibliotek Lärkstaden och Kodverkstaden hör båda till "
      "Stadsbiblioteket. Samtliga tävlar i klassen Andra verksamheter.");
  EXPECT_EQ(report.units.size(), 2u);
  EXPECT_EQ(DetailsOf(report, "Bibliotek Lärkstaden"), "Stadsbiblioteket | Andra verksamheter | ");
}

TEST(PageFurniture, ARuleLineDrawnWithCharactersIsDropped) {
  DocumentText doc;
  ASSERT_TRUE(ParsePlainText("Det anmäls i respektive nämnd.\n——————————————\nFrån: Helena Vik\n"
                             "-----\n",
                             &doc)
                  .ok());
  const NormalizedText text = Normalize(doc, RealPatterns().Category("page_furniture"));
  EXPECT_EQ(text.text.find("———"), std::string::npos) << text.text;
  EXPECT_EQ(text.text.find("---"), std::string::npos) << text.text;
  EXPECT_NE(text.text.find("Från: Helena Vik"), std::string::npos) << text.text;
}

TEST(UnitNames, ANameWithAnEmailAddressIsNoUnit) {
  const Record r =
      ExtractReport("Följande deltar: Förskolan Ugglan och Helena Vik <helena.vik@stockholm.se>.");
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Förskolan Ugglan");
}

TEST(UnitStatements, AnEnumerationsFirstItemEndsWithTheUnitsName) {
  const Record r = ExtractReport(
      "Förvaltningen anmäler att Gruppbostaden Solrosen och Daglig verksamhet Grimsta, båda inom "
      "avdelningen för stöd och service, deltar i klassen Socialtjänst samt stöd och service "
      "till personer med funktionsnedsättning.");
  EXPECT_EQ(DetailsOf(r, "Gruppbostaden Solrosen"),
            "avdelningen för stöd och service | Socialtjänst samt stöd och service till personer "
            "med funktionsnedsättning | ");
}

}  // namespace
}  // namespace kvreg
