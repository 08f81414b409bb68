// Layouts and wordings that carried fields past the extractor in the fifteenth round
// (corpus/tune16). Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::DetailsOf;
using testing::ExtractReport;
using testing::ExtractText;

TEST(DocKinds, AKindWordWhereRunningTextWrapsIsNoHeading) {
  // doc_kinds.re2: "Protokollsutdrag" ending a line of running text ("… i år. Protokollsutdrag"
  // ⏎ "från nämndens sammanträde skickas …") does not make the notification a protocol.
  const Record r = ExtractText(
      "Stadsdelsförvaltningen\n\nAnmälningsärende\n\nDnr 1.1.6-118/2016\n\nAnmälan om "
      "deltagande i Kvalitetsutmärkelsen 2016\n\nFörskolan Solhjulet har anmält sig. "
      "Protokollsutdrag\nfrån nämndens sammanträde skickas till stadsledningskontoret.\n");
  EXPECT_EQ(r.doc_kind, "notification");
}

TEST(AgendaItems, ASubItemNominatingAUnitNamesIt) {
  // participation.re2 takes_part_with ("Nominering av X" opens no apposition of a unit before)
  // and apposition_end (the item's Dnr line under it ends the unit's appositions).
  const Record r = ExtractText(
      "Föredragningslista\n\nSammanträde 2009-04-23\n\n5. Stockholms stads "
      "kvalitetsutmärkelse 2009 – nominering av enheter\n5.1 Nominering av Förskolan "
      "Kärrtorpsgläntan, förskoleavdelningen\nDnr 172-2009-042 Handläggare: Mona Ekdahl\n");
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Förskolan Kärrtorpsgläntan");
  EXPECT_EQ(DetailsOf(r, "Förskolan Kärrtorpsgläntan"), "förskoleavdelningen |  | ");
}

TEST(Participation, ANominationOnlyDiscussedIsNone) {
  // participation.re2 not_participation: "har diskuterat att nominera X men bedömer …"
  const Record r = ExtractReport(
      "Förskolan Solhjulet deltar i klassen förskola. Förvaltningen har även diskuterat att "
      "nominera Träffpunkten Hökarängsgården men bedömer att träffpunkten behöver mer tid.");
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Förskolan Solhjulet");
}

TEST(UnitNames, ACompoundOfVerksamhetWithAProperName) {
  // unit_names.re2 compound_named: "Jourverksamheten Nattljuset" and "Ensemblecenter Farsta"
  // are units; a department ends before what is said of both ("…, båda i samma klass":
  // unit_details.re2 within_department).
  const Record r = ExtractReport(
      "Dessutom nomineras Mottagningen Brobygget och Jourverksamheten Nattljuset inom "
      "avdelningen för socialjour, båda i samma klass.");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[1].name, "Jourverksamheten Nattljuset");
  const Record center = ExtractReport(
      "Därtill deltar Ensemblecenter Farsta inom Kulturskolan Stockholm, som erbjuder "
      "orkesterspel.");
  EXPECT_EQ(DetailsOf(center, "Ensemblecenter Farsta"), "Kulturskolan Stockholm |  | ");
  EXPECT_EQ(DetailsOf(r, "Jourverksamheten Nattljuset"), "avdelningen för socialjour |  | ");
}

TEST(UnitDetails, ARelativeClauseAfterADepartmentIsNoPartOfIt) {
  // unit_details.re2 within_department: "… inom avdelningen för stöd och service som ger stöd i
  // hemmet …" (no comma before "som").
  const Record r = ExtractReport(
      "Förvaltningen nominerar Boendestödet Vinghästen, en verksamhet inom avdelningen för stöd "
      "och service som ger stöd i hemmet, i klassen äldreomsorg.");
  EXPECT_EQ(DetailsOf(r, "Boendestödet Vinghästen"),
            "avdelningen för stöd och service | Äldreomsorg | ");
}

TEST(UnitDetails, ACityWideDepartmentByNameAfterADash) {
  // unit_details.re2 comma_named_department: "• Bibliotek Hagsätra – Stadsbiblioteket".
  const Record r = ExtractReport(
      "Följande verksamheter har anmält sig till årets kvalitetsutmärkelse:\n\n• Bibliotek "
      "Hagsätra – Stadsbiblioteket\n\n• Musikalverkstaden – Kulturskolan Stockholm");
  EXPECT_EQ(DetailsOf(r, "Bibliotek Hagsätra"), "Stadsbiblioteket |  | ");
  EXPECT_EQ(DetailsOf(r, "Musikalverkstaden"), "Kulturskolan Stockholm |  | ");
}

TEST(UnitDetails, AUnitRunByAPartOfTheCityNamesNoOperator) {
  // unit_details.re2 run_by_own_unit: "som drivs av enheten för förebyggande arbete".
  const Record r = ExtractReport(
      "Följande verksamheter deltar:\n\n• Träffpunkt Vårberg, som drivs av enheten för "
      "förebyggande arbete\n\n• Korttidsboendet Vårbergstoppen, som drivs av Trygghetshuset "
      "Söder AB");
  EXPECT_EQ(DetailsOf(r, "Träffpunkt Vårberg"), " |  | ");
  EXPECT_EQ(DetailsOf(r, "Korttidsboendet Vårbergstoppen"), " |  | Trygghetshuset Söder AB");
}

TEST(PriorParticipation, LastYearInWordsAndTheYearsRound) {
  // fields.prior.re2: "Förra året var X med …" is the year before the award's; "deltog i årets
  // omgång 2025" is a year.
  const Record r = ExtractReport(
      "Förskolan Solhjulet deltar i klassen förskola. Förra året var Bibliotek Kärrtorp med och "
      "fick ett hedersomnämnande. Förskolan Ekholmen deltog i årets omgång 2021 och gör nu ett "
      "uppehåll.");
  EXPECT_EQ(testing::PriorYears(r, "Bibliotek Kärrtorp"), std::vector<int>{2022});
  EXPECT_EQ(testing::PriorYears(r, "Förskolan Ekholmen"), std::vector<int>{2021});
}

TEST(UnitStatements, TheCompanyWritingOfItselfRunsTheUnit) {
  // unit_statements.re2 company_writes_takes_part_with: "Vi på X AB vill meddela att vi deltar
  // med Y …" (a forwarded e-mail).
  const Record r = ExtractReport(
      "Vi på Lönnkullens Omsorg AB vill meddela att vi deltar med Vård- och omsorgsboendet "
      "Lönnkullen i Hökarängen i årets kvalitetsutmärkelse, i klassen Äldreomsorg.");
  EXPECT_EQ(DetailsOf(r, "Vård- och omsorgsboendet Lönnkullen"),
            " | Äldreomsorg | Lönnkullens Omsorg AB");
}

TEST(UnitDetails, AContractorOnTheBoardsBehalfThenADashAndTheClass) {
  // unit_details.re2 run_by_contractor: "… som drivs av X AB på uppdrag av förvaltningen – klass:
  // andra verksamheter" (the commission ends at the dash).
  const Record r = ExtractReport(
      "Följande verksamheter deltar:\n\n1. Fritidsgården Arenan, som drivs av Ungdomskraft Söder "
      "AB på uppdrag av förvaltningen – klass: andra verksamheter");
  EXPECT_EQ(DetailsOf(r, "Fritidsgården Arenan"), " | Andra verksamheter | Ungdomskraft Söder AB");
}

TEST(Participation, TheSameClassAsTheUnitBeforeAndAWithdrawal) {
  // participation.re2: "Samma klass gäller för X" puts X in the class named before
  // (participation_cue, same_class); "hade planerat att delta men drog tillbaka sin anmälan"
  // takes no part (not_participation).
  const Record r = ExtractReport(
      "Gruppbostaden Tallen deltar i klassen socialtjänst. Samma klass gäller för Daglig "
      "verksamhet Hammarbyhöjden, som drivs av Solvik Omsorg AB. Hemtjänsten Årsta hade planerat "
      "att delta men drog tillbaka sin anmälan.");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(DetailsOf(r, "Daglig verksamhet Hammarbyhöjden"),
            " | Socialtjänst samt stöd och service till personer med funktionsnedsättning | "
            "Solvik Omsorg AB");
}

TEST(UnitsInTables, ASectionRowWithItsQualifierInBrackets) {
  // layout.re2 table_section_row: "Äldreomsorg (inklusive myndighetsutövning)" heads the rows
  // below it on the table's second page.
  const Record r = testing::ExtractPdf("corpus/tune16/t16b-d01.pdf");
  EXPECT_EQ(DetailsOf(r, "Hemtjänsten Sofia norra"),
            "Avdelningen för äldre och funktionshindrade | Äldreomsorg | ");
  EXPECT_EQ(DetailsOf(r, "Ungdomsgården Fatburen"),
            "Kultur- och fritidsavdelningen | Andra verksamheter | ");
}

TEST(UnitDetails, ANameInsideTheAppositionEndsAtTheSentencesVerb) {
  // extract_unit_names.cpp ItemsOfNames: "Jobbtorg Stockholm" inside the apposition of the name
  // before is read with it up to the verb ("…, deltar i år …"), not to the sentence's end.
  const Record r = ExtractReport(
      "Jobbtorg Skärholmen, ett av jobbtorgen inom avdelningen Jobbtorg Stockholm, deltar i år i "
      "klassen andra verksamheter.");
  EXPECT_EQ(DetailsOf(r, "Jobbtorg Skärholmen"),
            "avdelningen Jobbtorg Stockholm | Andra verksamheter | ");
}

TEST(DateRoles, ALetterheadsDateOnTheLastLineOfItsBlock) {
  // extract_dates.cpp OnALineOfItsOwn: the layout made the two-column letterhead one block of
  // three lines; the date alone on its last line is the document's.
  const Record r = ExtractText(
      "Skärholmens stadsdelsförvaltning Tjänsteutlåtande\nAvdelningen för äldreomsorg och "
      "socialpsykiatri Dnr SKÄ 2025/612\n2025-12-04\n\nHandläggare: Amir Haddad\n\nTill "
      "Skärholmens stadsdelsnämnd 2025-12-18\n\nInför Kvalitetsutmärkelsen 2026\n\nHemtjänsten "
      "Bredäng planerar att delta i klassen äldreomsorg.\n");
  EXPECT_EQ(r.document_date.value_or(""), "2025-12-04");
  EXPECT_EQ(r.meeting_date.value_or(""), "2025-12-18");
}

TEST(Layout, ADoubleSpacedLineEndingInDenGoesOnToItsDate) {
  // normalize.cpp EndsInJoiningWord: "… senast den" ⏎⏎ "16 maj …" on a double-spaced page is
  // one sentence, so the deadline keeps its role.
  const Record r = ExtractReport(
      "Förskolan Pärlan deltar i klassen förskola. Tävlingsbidragen lämnas in senast den\n\n16 "
      "maj 2023 och protokollsutdrag ska ha kommit in till stadsledningskontoret senast den\n\n27 "
      "juni 2023.");
  EXPECT_EQ(testing::RoleOn(r, "2023-05-16"), "submission_deadline");
  EXPECT_EQ(testing::RoleOn(r, "2023-06-27"), "report_deadline");
}

TEST(DateRoles, ALabelledLetterheadDateAndOneRepeated) {
  // extract_dates.cpp: "Datum 2007-04-16" under "Sammanträde den 24 maj 2007" is the document's
  // date by its label, not the meeting's by the line above; "Datum: 2009-03-19" under
  // "Sammanträde 2009-03-19" is the meeting's again.
  const Record report = ExtractText(
      "Tjänsteutlåtande\n\nTill Hässelby-Vällingby stadsdelsnämnd\n\nSammanträde den 24 maj "
      "2007\n\nDatum 2007-04-16\n\nNominering till kvalitetsutmärkelse 2007\n\nFörskolan "
      "Ekbacken deltar.\n");
  EXPECT_EQ(report.document_date.value_or(""), "2007-04-16");
  EXPECT_EQ(report.meeting_date.value_or(""), "2007-05-24");
  const Record agenda = ExtractText(
      "Hägersten-Liljeholmens stadsdelsnämnd\nSammanträde 2009-03-19\n\nDatum: 2009-03-19\n\n"
      "1. Val av justerare\n\n2. Kvalitetsutmärkelse 2009\n");
  EXPECT_EQ(testing::DatesOf(agenda), std::vector<std::string>{"meeting 2009-03-19 p1"});
}

TEST(DateRoles, TwoLetterheadLinesInOneSentenceAndARegistrationInThePresent) {
  // extract_dates.cpp: the word between two dates with no clause boundary is the later one's
  // label; date_roles.re2 registration_deadline "anmäler sig senast …".
  const Record r = ExtractText(
      "Tjänsteutlåtande\n\nSammanträde den 24 maj 2023 Datum 2023-04-16\n\nAnmälan till "
      "kvalitetsutmärkelse 2023\n\nFörskolan Ekbacken deltar. Den som vill delta anmäler sig "
      "senast den 19 mars.\n");
  EXPECT_EQ(testing::RoleOn(r, "2023-04-16"), "document");
  EXPECT_EQ(testing::RoleOn(r, "2023-03-19"), "registration_deadline");
}

TEST(DiaryNumbers, YearCodeSerialAndTheYearOfFiling) {
  // diary_numbers.re2 labelled_year_code_serial: "Dnr 07-400/1187/2012".
  const Record r = ExtractReport("Dnr 07-400/1187/2012\n\nFörskolan Ekbacken deltar.");
  EXPECT_EQ(r.diary_numbers, std::vector<std::string>{"07-400/1187/2012"});
}

TEST(Seeds, DoubleSpacedTheyGiveTheUnitsTheyGiveSingleSpaced) {
  // Issue 13's layout case: the five seeds rendered double-spaced (corpus/*-dubbelt.pdf,
  // tools/corpus_src/*-dubbelt.src) give the same units as single-spaced. pdf_text.cpp: on a
  // widely spaced page a line of prose that ends short of the margin at the page's own spacing
  // goes on ("… Misa Blackeberg och Misa" ⏎ "Bondegatan. Samtliga …").
  for (const char* seed : {"bromma-2024-p23", "socialnamnden-2017-tu", "bromma-2023-tu",
                           "sodermalm-2024-anmalan", "sodermalm-2019-tu"}) {
    const std::string name = seed;
    const Record single = testing::ExtractPdf("corpus/" + name + ".pdf");
    const Record dubbelt = testing::ExtractPdf("corpus/" + name + "-dubbelt.pdf");
    std::vector<std::string> single_units, dubbelt_units;
    for (const UnitMention& u : single.units)
      single_units.push_back(u.name + " | " + DetailsOf(single, u.name));
    for (const UnitMention& u : dubbelt.units)
      dubbelt_units.push_back(u.name + " | " + DetailsOf(dubbelt, u.name));
    EXPECT_FALSE(single_units.empty()) << seed;
    EXPECT_EQ(dubbelt_units, single_units) << seed;
  }
}

}  // namespace
}  // namespace kvreg
