// Layouts and wordings that carried units past the extractor in the ninth round
// (corpus/tune10): a table's header naming a person's role and a section row ending in an
// abbreviation, units named back by their kind in lower case, departments as participles and
// relative clauses, companies said to run units, intros whose colon is left out, protocol
// footers of signature lines. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::DetailsOf;
using testing::ExtractPdf;
using testing::ExtractReport;
using testing::ExtractText;
using testing::PriorYears;

TEST(UnitsInTables, AHeaderNamingAPersonsRoleAndASectionRowEndingInAnAbbreviation) {
  // "Enhet | Avdelning | Enhetschef", classes as section rows; "Klass: Socialtjänst … inkl." ⏎
  // "myndighetsutövning" ends in "inkl.", which ends no sentence, so the table goes on.
  const Record r = ExtractPdf("corpus/tune10/t10b-d01.pdf");
  ASSERT_EQ(r.units.size(), 5u);
  EXPECT_EQ(DetailsOf(r, "Gruppbostaden Flädern"),
            "Avdelningen för stöd och service | Socialtjänst samt stöd och service till personer "
            "med funktionsnedsättning | ");
  EXPECT_EQ(DetailsOf(r, "Parkenheten"), "Avdelningen för stadsmiljö | Andra verksamheter | ");
  EXPECT_EQ(FindUnit(r, "Parkenheten")->via, "table");
}

TEST(UnitStatements, UnitsNamedBackByTheirKindInLowerCase) {
  // "Jouren" (a stem of four letters), "stödboendet" after a comma, "den dagliga verksamheten"
  // (an article and an adjective), "samtliga" after the verb.
  const Record r = ExtractReport(
      "I år deltar Ungdomsjouren Västerled, Stödboendet Hamnen och Bergslagsvägens dagliga "
      "verksamhet i kvalitetsutmärkelsen. Jouren, stödboendet och den dagliga verksamheten "
      "tävlar samtliga i klassen Äldreomsorg.");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(DetailsOf(r, "Ungdomsjouren Västerled"), " | Äldreomsorg | ");
  EXPECT_EQ(DetailsOf(r, "Stödboendet Hamnen"), " | Äldreomsorg | ");
  EXPECT_EQ(DetailsOf(r, "Bergslagsvägens dagliga verksamhet"), " | Äldreomsorg | ");
}

TEST(UnitStatements, ADepartmentAsAParticipleARelativeClauseOrInBrackets) {
  const Record r = ExtractReport(
      "I år deltar Mottagningsteamet för ensamkommande, Hornstulls bibliotek och Tullhusmuseet i "
      "kvalitetsutmärkelsen. Den tredje egna enheten är Mottagningsteamet för ensamkommande, även "
      "det organiserat under avdelningen för individ- och familjeomsorg. Hornstulls bibliotek, "
      "som ingår i Stadsbiblioteket, har arbetat med sina tjänster. Tullhusmuseet "
      "(Stadsmuseiavdelningen) har byggt upp en visningsverksamhet.");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(DetailsOf(r, "Mottagningsteamet för ensamkommande"),
            "avdelningen för individ- och familjeomsorg |  | ");
  EXPECT_EQ(DetailsOf(r, "Hornstulls bibliotek"), "Stadsbiblioteket |  | ");
  EXPECT_EQ(DetailsOf(r, "Tullhusmuseet"), "Stadsmuseiavdelningen |  | ");
}

TEST(UnitStatements, ACompanyAsTheUnitsUtforareOrTakingPartWithUnitsAfterAColon) {
  const Record r = ExtractReport(
      "I år deltar Korttidsboendet Lärkängen och Bergslagsvägens dagliga verksamhet i "
      "kvalitetsutmärkelsen. Bergslagsvägens dagliga verksamhet har Aktivera Stockholm AB som "
      "utförare. Solvik Förskolor AB deltar i år med två av de förskolor vi driver: Förskolan "
      "Tallkronan och Förskolan Blåbärsskogen.");
  EXPECT_EQ(DetailsOf(r, "Bergslagsvägens dagliga verksamhet"), " |  | Aktivera Stockholm AB");
  EXPECT_EQ(DetailsOf(r, "Förskolan Tallkronan"), " |  | Solvik Förskolor AB");
  EXPECT_EQ(DetailsOf(r, "Förskolan Blåbärsskogen"), " |  | Solvik Förskolor AB");
}

TEST(UnitAppositions, BothInAClassAndADepartmentInTheGenitiveOpeningAnItem) {
  const Record r = ExtractReport(
      "Från avdelningen Jobbtorg Stockholm deltar Jobbtorg Unga Söderort och Jobbtorg Järva, "
      "båda i klassen Andra verksamheter, medan vuxenutbildningsavdelningens Sfi-skolan "
      "Norrsken tävlar i klassen Skola.");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(DetailsOf(r, "Jobbtorg Unga Söderort"),
            "avdelningen Jobbtorg Stockholm | Andra verksamheter | ");
  EXPECT_EQ(DetailsOf(r, "Jobbtorg Järva"),
            "avdelningen Jobbtorg Stockholm | Andra verksamheter | ");
  EXPECT_EQ(DetailsOf(r, "Sfi-skolan Norrsken"), "vuxenutbildningsavdelningen | Skola | ");
}

TEST(UnitAppositions, ADepartmentSharedInBracketsAndAnAppositionEndingAtAnmalt) {
  const Record r = ExtractReport(
      "Förvaltningen har anmält tre av sina skolor till årets utmärkelse: Tornbergets gymnasium "
      "(Gymnasieavdelningen), Lövängsskolan och Grundsärskolan Kastanjen (båda "
      "Grundskoleavdelningen). Därtill har Enheten för pedagogik och publik inom "
      "Stadsmuseiavdelningen anmält sig i klassen Andra verksamheter.");
  EXPECT_EQ(DetailsOf(r, "Lövängsskolan"), "Grundskoleavdelningen |  | ");
  EXPECT_EQ(DetailsOf(r, "Grundsärskolan Kastanjen"), "Grundskoleavdelningen |  | ");
  const UnitMention* unit = FindUnit(r, "Enheten för pedagogik och publik");
  ASSERT_NE(unit, nullptr);
  EXPECT_EQ(unit->department.value_or(""), "Stadsmuseiavdelningen");
}

TEST(UnitsInLists, AClassHeadingWithItsQualifierInBrackets) {
  // "Klass Äldreomsorg (inkl. myndighetsutövning)" heads three bullets.
  const Record r = ExtractPdf("corpus/tune10/t10b-d05.pdf");
  ASSERT_EQ(r.units.size(), 8u);
  EXPECT_EQ(DetailsOf(r, "Biståndsenheten för äldre"),
            "avdelningen för äldreomsorg | Äldreomsorg | ");
}

TEST(PageFurniture, ASignatureLineOfDotsWithThePageNumber) {
  // "Justerare: ………… ………… Sida 1 av 2" at the foot of page 1 stands between items 5 and 6.
  const Record r = ExtractPdf("corpus/tune10/t10b-d12.pdf");
  EXPECT_EQ(r.units.size(), 7u);
  EXPECT_EQ(DetailsOf(r, "Fritidsgården Fyrkanten"),
            "avdelningen för kultur och fritid | Andra verksamheter | ");
}

TEST(UnitsInLists, AnIntroWhoseColonIsLeftOutButNotAHeadingOverNumberedPoints) {
  const Record r = ExtractReport(
      "Förvaltningen föreslår att nämnden nominerar två verksamheter. De nominerade "
      "verksamheterna och deras tävlingsklasser är\n• Hemtjänsten Fruängen, avd. äldreomsorg – "
      "Äldreomsorg\n• Förskolan Västanvind, avd. förskola – Förskola");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(DetailsOf(r, "Förskolan Västanvind"), "avd. förskola | Förskola | ");
  const Record decision = ExtractText(
      "Tjänsteutlåtande\n\nNominering till Stockholms stads kvalitetsutmärkelse 2010\nFörslag "
      "till beslut\n1. Stadsdelsnämnden nominerar de enheter som redovisas i tjänsteutlåtandet.\n"
      "2. Paragrafen förklaras omedelbart justerad.\n");
  EXPECT_TRUE(decision.units.empty()) << decision.units[0].name;
}

TEST(UnitsInLists, APagesHeadBetweenItemsIsNoIntroWithItsColonLeftOut) {
  // "Östermalms stadsdelsförvaltning Anmälan, sida 2 av 2" stands between the items under
  // "Socialtjänst …": it ends no sentence and names a cue, but it is a page's head.
  const Record r = ExtractPdf("corpus/tune6/t6-d03.pdf");
  EXPECT_EQ(DetailsOf(r, "Daglig verksamhet Fältöversten"),
            " | Socialtjänst samt stöd och service till personer med funktionsnedsättning | "
            "Mångfaldens Omsorg AB");
}

TEST(UnitsInLists, ADepartmentByItsOwnNameInTheIntro) {
  const Record r = ExtractReport(
      "Inom Stadsbiblioteket deltar följande enheter, samtliga i klassen Andra verksamheter:\n"
      "• Bibliotek Västberga\n• Skolbiblioteksenheten\n\nFrån Kulturskolan deltar två "
      "verksamheter, båda i klassen Skola:\n• Kulturskolan Söderort\n• El Sistema Järva");
  ASSERT_EQ(r.units.size(), 4u);
  EXPECT_EQ(DetailsOf(r, "Skolbiblioteksenheten"), "Stadsbiblioteket | Andra verksamheter | ");
  EXPECT_EQ(DetailsOf(r, "El Sistema Järva"), "Kulturskolan | Skola | ");
}

TEST(UnitNames, ACompanyAndAStaffGroupAreNoUnits) {
  const Record r = ExtractReport(
      "Kastanjegården Omsorg AB driver Lindarna vård- och omsorgsboende och har meddelat att "
      "boendet deltar i årets utmärkelse. Personalgruppen har skrivit första utkastet till "
      "bidraget.");
  ASSERT_EQ(r.units.size(), 1u) << r.units.back().name;
  EXPECT_EQ(r.units[0].name, "Lindarna vård- och omsorgsboende");
}

TEST(UnitStatements, AClassSetOffWithoutIAndAClassForNamedByFor) {
  // "…, klass Äldreomsorg."; "gruppbostaden i klassen för socialtjänst …" after a semicolon,
  // whose subject is its own.
  const Record mail = ExtractReport(
      "Vi vill anmäla att Lindarna vård- och omsorgsboende deltar i Stockholms stads "
      "kvalitetsutmärkelse 2023, klass Äldreomsorg.");
  EXPECT_EQ(DetailsOf(mail, "Lindarna vård- och omsorgsboende"), " | Äldreomsorg | ");
  const Record r = ExtractReport(
      "Förvaltningen anmäler att Ulvsunda gruppbostad samt Nockebyhovs hemtjänst deltar i årets "
      "utmärkelse; gruppbostaden i klassen för socialtjänst samt stöd och service till personer "
      "med funktionsnedsättning och hemtjänsten i klassen äldreomsorg.");
  EXPECT_EQ(DetailsOf(r, "Ulvsunda gruppbostad"),
            " | Socialtjänst samt stöd och service till personer med funktionsnedsättning | ");
  EXPECT_EQ(DetailsOf(r, "Nockebyhovs hemtjänst"), " | Äldreomsorg | ");
}

TEST(UnitStatements, EveryUnitWithTheCollectiveAfterTheVerbOrAnIntention) {
  const Record r = ExtractReport(
      "Kulturnämnden noterar att Hornstulls bibliotek, Tullhusmuseet och Ensemblehuset avser att "
      "delta i kvalitetsutmärkelsen 2024. Samtliga tre avser att tävla i klassen Andra "
      "verksamheter.");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(DetailsOf(r, "Ensemblehuset"), " | Andra verksamheter | ");
  const Record nominated = ExtractReport(
      "Stadsdelsnämnden nominerar Gruppbostaden Mälarhöjdsvägen och Förskolan Lövkojan till "
      "kvalitetsutmärkelsen. De två verksamheterna tävlar samtliga i klassen Skola.");
  EXPECT_EQ(DetailsOf(nominated, "Förskolan Lövkojan"), " | Skola | ");
}

TEST(PriorParticipation, APossessiveSubjectANameBeforeARelativeClauseAndOtherWordsForTheAward) {
  const Record r = ExtractReport(
      "Ateljé Kransen och Jobbtorg Järva deltar i årets kvalitetsutmärkelse. Vår dagverksamhet "
      "Kastanjen deltog 2021. Förvaltningen noterar att Kista bibliotek, som deltog både 2013 "
      "och 2014, inte deltar i år. Jobbtorg Järva deltog även i stadens kvalitetspris 2015. "
      "Ateljén nominerades också 2009.");
  EXPECT_EQ(PriorYears(r, "Dagverksamheten Kastanjen"), std::vector<int>{2021});
  EXPECT_EQ(PriorYears(r, "Kista bibliotek"), (std::vector<int>{2013, 2014}));
  EXPECT_EQ(PriorYears(r, "Jobbtorg Järva"), std::vector<int>{2015});
  EXPECT_EQ(PriorYears(r, "Ateljé Kransen"), std::vector<int>{2009});
}

TEST(DiaryNumbers, ALabelledDashedNumberWithAOneDigitCode) {
  const Record r = ExtractReport("Dnr 1-431-2011\n\nFörskolan Ängen deltar i år.");
  EXPECT_EQ(r.diary_numbers, std::vector<std::string>{"1-431-2011"});
}

}  // namespace
}  // namespace kvreg
