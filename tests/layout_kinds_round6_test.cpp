// Layouts and wordings that carried units past the extractor in the sixth round (corpus/tune7):
// tables whose rows have no space between them, a section row with a word under a column's
// start, a table's section continued on the next page. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::ExtractPdf;
using testing::ExtractText;
using testing::ExtractWithTable;
using testing::PriorYears;
using testing::RoleOn;

TEST(UnitsInTables, RowsPrintedWithNoSpaceBetweenThemAreRowsOfTheirOwn) {
  // Single-spaced rows make one band of words; a line with a capital in the first column and
  // another begins a row, "fritid" under "Avdelningen för kultur och" goes on its cell.
  const Record r = ExtractPdf("corpus/tune7/t7b-d01.pdf");
  ASSERT_EQ(r.units.size(), 4u);
  const UnitMention* wrapped = FindUnit(r, "Fritidsgården Kvarnen");
  ASSERT_NE(wrapped, nullptr);
  EXPECT_EQ(wrapped->via, "table");
  EXPECT_EQ(wrapped->department.value_or(""), "Avdelningen för kultur och fritid");
  EXPECT_EQ(wrapped->competition_class.value_or(""), "Andra verksamheter");
  const UnitMention* middle = FindUnit(r, "Hemtjänsten Hökarängen");
  ASSERT_NE(middle, nullptr);
  EXPECT_EQ(middle->competition_class.value_or(""), "Äldreomsorg");
}

TEST(UnitsInTables, CellsCentredBesideAWrappedCellMakeNoNewRow) {
  // "Daglig verksamhet | Socialtjänst …" ⏎ "Misa AB" ⏎ "Råcksta | personer med …" is one row:
  // its third line goes on in lower case.
  const Record r = ExtractPdf("corpus/devset/02_hasselby_vallingby_utforare.pdf");
  const UnitMention* u = FindUnit(r, "Daglig verksamhet Råcksta");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->operator_name.value_or(""), "Misa AB");
  EXPECT_NE(FindUnit(r, "Gruppbostaden Backlunda"), nullptr);
}

TEST(UnitsInTables, ASectionRowWithAWordUnderAColumnsStartAndASectionGoingOnOverThePage) {
  // "Socialtjänst samt stöd och service till personer …": "personer" begins where the
  // department column does, by chance; the row is still a section row, and the columns below
  // it keep their bounds. The table's part on page 2 begins in page 1's last section.
  const Record r = ExtractPdf("corpus/tune7/t7b-d18.pdf");
  const UnitMention* group_home = FindUnit(r, "Gruppbostaden Tranbäret");
  ASSERT_NE(group_home, nullptr);
  EXPECT_EQ(group_home->department.value_or(""), "Avdelningen för stöd och omsorg");
  EXPECT_FALSE(group_home->operator_name.has_value()) << group_home->operator_name.value_or("");
  EXPECT_EQ(group_home->competition_class.value_or(""),
            "Socialtjänst samt stöd och service till personer med funktionsnedsättning");
  const UnitMention* carried = FindUnit(r, "Träffpunkt Bredängsgården");
  ASSERT_NE(carried, nullptr);
  EXPECT_EQ(carried->competition_class.value_or(""), "Äldreomsorg");
}

TEST(UnitsInLists, ALineBackUnderTheMarkerOfAHangingIndentEndsTheList) {
  // "–    Träffpunkt Linden: …, klassen Äldreomsorg" ⏎ "Hemtjänst Karlaplan deltog i
  // utmärkelsen 2022 …": the item's wrapped lines begin where its text does, so the line at
  // the marker's edge is a paragraph of its own, not the last item's department.
  const Record r = ExtractPdf("corpus/tune7/t7b-d08.pdf");
  const UnitMention* last = FindUnit(r, "Träffpunkt Linden");
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->department.value_or(""), "avdelningen för äldreomsorg");
  EXPECT_EQ(PriorYears(r, "Hemtjänst Karlaplan"), std::vector<int>{2022});
}

TEST(UnitAppositions, AClassAfterADepartmentAfterAColonAndADepartmentNamedForAClass) {
  // unit_details.re2: the class written last is peeled first ("X: avdelningen för
  // äldreomsorg, klassen Äldreomsorg"); dash_class takes a class name as a whole word, so
  // "– äldreomsorgsavdelningen" stays a department.
  const Record r = ExtractText(
      "Deltagande i Kvalitetsutmärkelsen 2025\n\nFöljande verksamheter planerar att tävla "
      "2025:\n\n• Hemtjänst Karlaplan: avdelningen för äldreomsorg, klassen Äldreomsorg\n\n"
      "• Träffpunkt Fyren – äldreomsorgsavdelningen – klass Äldreomsorg\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].department.value_or(""), "avdelningen för äldreomsorg");
  EXPECT_EQ(r.units[0].competition_class.value_or(""), "Äldreomsorg");
  EXPECT_EQ(r.units[1].department.value_or(""), "äldreomsorgsavdelningen");
  EXPECT_EQ(r.units[1].competition_class.value_or(""), "Äldreomsorg");
}

TEST(UnitsInLists, NumbersSetApartFromTheirItemsAndAnItemWrappedUnderItsText) {
  // The reading order gives "1." … "5." before the items; each number goes with the line at
  // its height, and "…; avd. Jobbtorg" ⏎ "Stockholm; klass: …" is one item: the wrapped line
  // begins under the item's text, and the line above ran to the margin.
  const Record r = ExtractPdf("corpus/tune7/t7a-d14.pdf");
  ASSERT_EQ(r.units.size(), 5u);
  const UnitMention* wrapped = FindUnit(
      r, "Enheten för arbetsinriktad rehabilitering för personer med funktionsnedsättning");
  ASSERT_NE(wrapped, nullptr);
  EXPECT_EQ(wrapped->via, "list");
  EXPECT_EQ(wrapped->department.value_or(""), "avd. Jobbtorg Stockholm");
  EXPECT_EQ(wrapped->competition_class.value_or(""),
            "Socialtjänst samt stöd och service till personer med funktionsnedsättning");
}

TEST(Matters, TheOneParagraphsHeadingNamesTheAwardUnderALineThatRunsOn) {
  // "Protokoll 7/2021 från sammanträde …" ⏎ "§ 71 Anmälan om deltagande i Kvalitetsutmärkelsen
  // 2021": one § in the document, its heading names the award, so the document is about it.
  const Record r = ExtractPdf("corpus/tune7/t7a-d17.pdf");
  EXPECT_EQ(r.award_year.value_or(0), 2021);
  EXPECT_EQ(r.units.size(), 7u);
}

TEST(UnitAppositions, ADepartmentByItsOwnNameAfterAColon) {
  // unit_details.re2 colon_department: "Tullhusmuseet: Stadsmuseet" in a list item.
  const Record r = ExtractText(
      "Kvalitetsutmärkelsen 2016\n\nFöljande verksamheter har lämnat in bidrag, samtliga i "
      "klassen Andra verksamheter:\n\n• Kulturskolan Söderort: Kulturskolan Stockholm\n\n• "
      "Tullhusmuseet: Stadsmuseet\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].name, "Kulturskolan Söderort");
  EXPECT_EQ(r.units[0].department.value_or(""), "Kulturskolan Stockholm");
  EXPECT_EQ(r.units[1].name, "Tullhusmuseet");
  EXPECT_EQ(r.units[1].department.value_or(""), "Stadsmuseet");
  EXPECT_EQ(r.units[1].competition_class.value_or(""), "Andra verksamheter");
}

TEST(Matters, AnAgendasItemsNumberedWithABracket) {
  // sections.re2: "1) Justering …", "6) Anmälningsärenden" ⏎ "a) Kulturförvaltningens
  // deltagande i … kvalitetsutmärkelse 2016": the award's sub-item is a matter of its own, with
  // its own Dnr and proposal, not those of the items before it.
  const Record r = ExtractPdf("corpus/tune7/t7a-d20.pdf");
  EXPECT_EQ(r.diary_numbers, std::vector<std::string>{"1.3-241/2016"});
  EXPECT_EQ(r.proposal.value_or(""), "Kulturnämnden noterar anmälan.");
  EXPECT_EQ(r.units.size(), 3u);
}

TEST(UnitsInLists, AClassHeadingWrappedOverTwoLinesAndAKindAppositionWithMoreWords) {
  // "Socialtjänst samt stöd … inkl." ⏎ "myndighetsutövning" heads the items below it; "Nova,
  // mötesplats för unga vuxna i Kista, avdelningen för …" is Nova, once the department after
  // the kind is peeled (unit_details.re2 kind_apposition comes after the details).
  const Record r = ExtractPdf("corpus/tune7/t7a-d16.pdf");
  ASSERT_EQ(r.units.size(), 7u);
  const UnitMention* under_wrapped = FindUnit(r, "Familjecentrum Husby");
  ASSERT_NE(under_wrapped, nullptr);
  EXPECT_EQ(under_wrapped->competition_class.value_or(""),
            "Socialtjänst samt stöd och service till personer med funktionsnedsättning");
  const UnitMention* nova = FindUnit(r, "Nova");
  ASSERT_NE(nova, nullptr);
  EXPECT_EQ(nova->department.value_or(""), "avdelningen för trygghet och områdesutveckling");
  EXPECT_NE(FindUnit(r, "Kompassen"), nullptr);
}

TEST(UnitAppositions, AKindAppositionThatGoesOnBeforeTheOperator) {
  // "Träffpunkt Pilgrimen, en mötesplats för äldre som drivs på entreprenad av …": the
  // operator is peeled before the kind.
  const Record r = ExtractText(
      "Kvalitetsutmärkelsen 2016\n\nI årets kvalitetsutmärkelse deltar Träffpunkt Pilgrimen, "
      "en mötesplats för äldre som drivs på entreprenad av Nordlys Omsorg AB.\n");
  const UnitMention* u = FindUnit(r, "Träffpunkt Pilgrimen");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->operator_name.value_or(""), "Nordlys Omsorg AB");
}

TEST(UnitsInTables, AMergedClassCellWrappedBesideRowsWithNoSpaceBetweenThem) {
  // "Socialtjänst samt stöd" ⏎ "och service till personer med" ⏎ "funktionsnedsättning" in the
  // class column, beside three single-spaced rows: each line beside new cells begins a row, and
  // the three pieces together name the class of all three. A merged cell printed at its top
  // names the rows below it, not the ones above.
  const Record r = ExtractPdf("corpus/tune7/t7a-d02.pdf");
  const char* kSocial = "Socialtjänst samt stöd och service till personer med funktionsnedsättning";
  for (const char* name :
       {"Gruppbostaden Siljansvägen", "Ateljé Kreativa", "Mottagningen för barn och unga"}) {
    const UnitMention* u = FindUnit(r, name);
    ASSERT_NE(u, nullptr) << name;
    EXPECT_EQ(u->competition_class.value_or(""), kSocial) << name;
  }
  const UnitMention* operated = FindUnit(r, "Ateljé Kreativa");
  EXPECT_EQ(operated->operator_name.value_or(""), "Vidga Omsorg AB");
  const UnitMention* below_top = FindUnit(r, "Förskolan Stjärnhimlen");
  ASSERT_NE(below_top, nullptr);
  EXPECT_EQ(below_top->competition_class.value_or(""), "Förskola");
}

TEST(PriorParticipation, AUnitNamedByItsHeadWordOrEarlierInTheSubjectAndOtherWordings) {
  // "Gården" is Fritidsgården Bandhagen, the document's one unit whose head word ends so;
  // "Hemtjänsten Hökarängen deltar för tredje gången; enheten var med …" speaks of the unit it
  // names; "tävlade även", "både 2020 och 2021", "i 2023 års utmärkelse" (fields.prior.re2).
  const Record r = ExtractText(
      "Kvalitetsutmärkelsen 2024\n\nI årets kvalitetsutmärkelse deltar Fritidsgården "
      "Bandhagen, Hemtjänsten Hökarängen, Träffpunkt Linden och Fyrklöverskolan.\n\nGården "
      "nominerades också 2003. Hemtjänsten Hökarängen deltar för tredje gången; enheten var med "
      "även 2019 och 2021. Träffpunkt Linden tävlade även 2020 och 2022. Fyrklöverskolan deltog "
      "också i 2023 års utmärkelse.\n");
  ASSERT_EQ(r.units.size(), 4u);
  EXPECT_EQ(PriorYears(r, "Fritidsgården Bandhagen"), std::vector<int>{2003});
  EXPECT_EQ(PriorYears(r, "Hemtjänsten Hökarängen"), (std::vector<int>{2019, 2021}));
  EXPECT_EQ(PriorYears(r, "Träffpunkt Linden"), (std::vector<int>{2020, 2022}));
  EXPECT_EQ(PriorYears(r, "Fyrklöverskolan"), std::vector<int>{2023});
  EXPECT_EQ(r.prior_participation.size(), 4u);
}

TEST(Dates, TheNearestClauseSpeaksFirstAndDeadlinesWrittenOtherWays) {
  // date_roles.re2, deadline_markers.re2 "före den"; the clause after the last comma before the
  // date is asked before the whole sentence.
  const Record r = ExtractText(
      "Kvalitetsutmärkelsen 2022\n\nI årets kvalitetsutmärkelse deltar Förskolan Blåklockan. "
      "Enheterna anmälde sig före den 19 mars 2022 och lämnade in sina bidrag före den 20 maj "
      "2022. Stadsledningskontoret har bett nämnderna att senast den 31 mars 2022 nominera "
      "verksamheter. Verksamheterna skulle anmäla sitt intresse senast den 22 mars 2022. En "
      "utförare ska anmäla sitt deltagande till den nämnd som den har avtal med, och "
      "protokollsutdraget ska vara stadsledningskontoret tillhanda senast den 30 juni 2022.\n");
  EXPECT_EQ(RoleOn(r, "2022-03-19"), "registration_deadline");
  EXPECT_EQ(RoleOn(r, "2022-05-20"), "submission_deadline");
  EXPECT_EQ(RoleOn(r, "2022-03-31"), "report_deadline");
  EXPECT_EQ(RoleOn(r, "2022-03-22"), "registration_deadline");
  EXPECT_EQ(RoleOn(r, "2022-06-30"), "report_deadline");
}

TEST(UnitsInLists, AnIntroWrappedBeforeItsClassAndBulletsWrittenAsTheLetterO) {
  // "Från avdelningen Ekonomiservice deltar …, samtliga i klassen" ⏎ "Andra verksamheter:" is
  // an intro, not a class heading (neither the two lines together nor the last alone), so its
  // department reaches the items. Word's second-level bullet "o", set apart from its text,
  // marks an item; "– ansvarar för …" after a name says what the unit does.
  const Record r = ExtractPdf("corpus/tune7/t7b-d13.pdf");
  for (const char* name :
       {"Leverantörsreskontran", "Kundfakturagruppen", "Team Anläggningsredovisning"}) {
    const UnitMention* u = FindUnit(r, name);
    ASSERT_NE(u, nullptr) << name;
    EXPECT_EQ(u->via, "list") << name;
    EXPECT_EQ(u->department.value_or(""), "avdelningen Ekonomiservice") << name;
    EXPECT_EQ(u->competition_class.value_or(""), "Andra verksamheter") << name;
  }
}

TEST(UnitAppositions, ASharedDepartmentEndsAtItsCommaAndAUnitTakingPartAlongside) {
  // unit_details.re2 shared_department stops at the comma after it; participation.re2
  // takes_part_with: "deltar tillsammans med X" names a unit of its own, no apposition.
  const Record r = ExtractText(
      "Kvalitetsutmärkelsen 2017\n\nFamiljecentrum Bredäng och Utredningsteamet för barn och "
      "unga, båda inom avdelningen för individ- och familjeomsorg, deltar tillsammans med Vård- "
      "och omsorgsboendet Lillholmsgården, som tillhör avdelningen för äldreomsorg.\n");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(r.units[0].department.value_or(""), "avdelningen för individ- och familjeomsorg");
  EXPECT_EQ(r.units[1].department.value_or(""), "avdelningen för individ- och familjeomsorg");
  EXPECT_EQ(r.units[2].name, "Vård- och omsorgsboendet Lillholmsgården");
  EXPECT_EQ(r.units[2].department.value_or(""), "avdelningen för äldreomsorg");
}

TEST(DiaryNumbers, FilingCodeSerialAndYearAfterSlashesAndABoardsLettersBeforeYearAndSerial) {
  // diary_numbers.re2 filing_code_serial_slash_year, labelled_year_serial
  const Record a =
      ExtractText("Tjänsteutlåtande\nDnr 2.1/1843/2016\n\nKvalitetsutmärkelsen 2016\n");
  EXPECT_EQ(a.diary_numbers, std::vector<std::string>{"2.1/1843/2016"});
  const Record b =
      ExtractText("Tjänsteutlåtande\nDiarienummer: AMN 2018-0214\n\nKvalitetsutmärkelsen 2018\n");
  EXPECT_EQ(b.diary_numbers, std::vector<std::string>{"AMN 2018-0214"});
}

TEST(UnitsInTables, ADepartmentCellMergedOverTheRowsBelowIt) {
  // A department printed once, at the top of the rows it spans; a dash still says none.
  const Record r = ExtractWithTable({{"Avdelning", "Verksamhet", "Tävlingsklass"},
                                     {"Grundskoleavdelningen", "Tallbackaskolan", "Skola"},
                                     {"", "Fyrklöverskolan", "Skola"},
                                     {"Gymnasieavdelningen", "Bergsviks gymnasium", "Skola"},
                                     {"", "Gymnasiet Vasaterrassen", "Skola"},
                                     {"–", "Skoldatateket", "Andra verksamheter"}});
  ASSERT_EQ(r.units.size(), 5u);
  EXPECT_EQ(r.units[1].department.value_or(""), "Grundskoleavdelningen");
  EXPECT_EQ(r.units[3].department.value_or(""), "Gymnasieavdelningen");
  EXPECT_FALSE(r.units[4].department.has_value()) << r.units[4].department.value_or("");
}

TEST(UnitAppositions, DepartmentsAfterAnotherAppositionOrAnAdverbEndAtTheirComma) {
  // unit_details.re2 part_of_department: "X, belägen i Hagsätra och en del av avdelningen …,
  // har …", "Y, som också hör till avdelningen …, erbjuder …"; word_lists.tsv competes:
  // "Samtliga bidrag bedöms i klassen …".
  const Record r = ExtractText(
      "Nominering till Kvalitetsutmärkelsen 2005\n\nFörvaltningen föreslår att nämnden "
      "nominerar Förskolan Ugglan och Träffpunkt Högdalen.\n\nFörskolan Ugglan, belägen i "
      "Hagsätra och en del av avdelningen för barn och ungdom, har utvecklat sin "
      "dokumentation. Träffpunkt Högdalen, som också hör till avdelningen för äldreomsorg, "
      "erbjuder öppen verksamhet. Samtliga bidrag bedöms i klassen Andra verksamheter.\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].department.value_or(""), "avdelningen för barn och ungdom");
  EXPECT_EQ(r.units[1].department.value_or(""), "avdelningen för äldreomsorg");
  EXPECT_EQ(r.units[1].competition_class.value_or(""), "Andra verksamheter");
}

TEST(UnitNames, ANameInsideAnOperatorsNameIsNoUnitAndTheOperatorEndsBeforeAVerb) {
  // participation.re2 apposition_opener: in "drivs på entreprenad av Stiftelsen Karlagården och
  // erbjuder boende …", "Karlagården" (a head word the lexicon knows) stands in the operator's
  // name; unit_details.re2 run_by_contractor ends the operator before "och erbjuder".
  const Record r = ExtractPdf("corpus/tune7/t7b-d20.pdf");
  EXPECT_EQ(FindUnit(r, "Karlagården"), nullptr);
  const UnitMention* u = FindUnit(r, "Stödboendet Havsbrisen");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->operator_name.value_or(""), "Stiftelsen Karlagården");
}

TEST(UnitAppositions, AKindWrittenAsACompoundWithALabel) {
  // unit_details.re2 kind_apposition: "Hornskroksskolan, en F–9-skola"
  const Record r = ExtractPdf("corpus/tune7/t7b-d07.pdf");
  EXPECT_NE(FindUnit(r, "Hornskroksskolan"), nullptr);
  for (const UnitMention& u : r.units) EXPECT_EQ(u.name.find("F–9"), std::string::npos) << u.name;
}

}  // namespace
}  // namespace kvreg
