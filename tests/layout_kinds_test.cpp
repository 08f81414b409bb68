// Layouts and wordings that carried units past the extractor in the fifth round (corpus/tune5):
// a list item whose line ends where an item cannot end, a bullet on a page of short lines
// followed by a sentence, a table cell that says "nothing", a table's section row spanning its
// columns, a head word in lower case, a name its apposition calls a unit, a lower-case
// department, an agenda's sub-items, a diary-number format. Each test fails without its rule.
#include <gtest/gtest.h>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::ExtractPdf;
using testing::ExtractText;
using testing::ExtractWithTable;

TEST(UnitsInLists, AnItemEndingInALabelGoesOnInTheNextLineThoughItIsCapitalised) {
  // layout.re2 item_goes_on: "… — klass" ⏎ "Äldreomsorg" is one item, not a unit "… klass".
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2016\n\nFrån nämndens ansvarsområde deltar följande "
      "verksamheter:\n\n1. Vård- och omsorgsboendet Sjöängen — drivs av Silverbrygga Vård AB — "
      "klass\nÄldreomsorg\n2. Dagverksamheten Rönnen: drivs av Silverbrygga Vård AB, klassen "
      "Äldreomsorg\n");
  const UnitMention* u = FindUnit(r, "Vård- och omsorgsboendet Sjöängen");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->operator_name.value_or(""), "Silverbrygga Vård AB");
  EXPECT_EQ(u->competition_class.value_or(""), "Äldreomsorg");
  EXPECT_EQ(r.units.size(), 2u);
}

TEST(Paragraphs, ABulletLineShorterThanTheLongestLinesEndsBeforeTheNextSentence) {
  // The page's running text is mostly short lines; a line is short against its longest lines,
  // so the bullet's item ends and "Alla tre tävlar …" is a sentence of its own.
  const Record r = ExtractPdf("corpus/tune5/t5-d23.pdf");
  ASSERT_FALSE(r.units.empty());
  for (const UnitMention& u : r.units) EXPECT_EQ(u.name.find("Alla"), std::string::npos) << u.name;
  const UnitMention* last = FindUnit(r, "Kvinnojouren Lyktan");
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->operator_name.value_or(""), "Fristad Stöd AB");
}

TEST(UnitsInTables, ADashCellIsNoDepartment) {
  // layout.re2 table_empty_cell
  const Record r = ExtractWithTable({{"Huvudman/utförare", "Skola", "Avdelning"},
                                     {"Kompassen Utbildning AB", "Friskolan Kompassen", "–"},
                                     {"Egen regi", "Tallskolan", "Grundskoleavdelningen"}});
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_FALSE(r.units[0].department.has_value()) << r.units[0].department.value_or("");
  EXPECT_EQ(r.units[1].department.value_or(""), "Grundskoleavdelningen");
}

TEST(UnitsInTables, ASectionRowAcrossAllColumnsHeadsTheRowsBelowIt) {
  // "Tävlingsklass: Socialtjänst samt stöd …" runs over every column; the PDF reader took it for
  // running text after the table and ended the table there, before its first row.
  const Record r = ExtractPdf("corpus/tune5/t5-d11.pdf");
  ASSERT_EQ(r.units.size(), 4u);
  const UnitMention* first = FindUnit(r, "Jobbtorg Ekbacken");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->via, "table");
  EXPECT_EQ(first->competition_class.value_or(""),
            "Socialtjänst samt stöd och service till personer med funktionsnedsättning");
  const UnitMention* second_section = FindUnit(r, "Sfi-skolan Kungsbron");
  ASSERT_NE(second_section, nullptr);
  EXPECT_EQ(second_section->competition_class.value_or(""), "Andra verksamheter");
  EXPECT_EQ(second_section->operator_name.value_or(""), "Lärvägen Utbildning AB");
}

TEST(UnitNames, AHeadWordInLowerCaseAfterAnotherNameBeginsTheNextName) {
  // unit_names.re2 head_first in any case, kept only after another name of the sentence.
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2021\n\nTill årets kvalitetsutmärkelse har "
      "förvaltningen anmält Förskolan Ängsmyran och förskolan Trollsländan, båda inom "
      "avdelningen för förskola och fritid.\n");
  ASSERT_EQ(r.units.size(), 2u);
  const UnitMention* second = FindUnit(r, "Förskolan Trollsländan");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->department.value_or(""), "avdelningen för förskola och fritid");
}

TEST(UnitNames, ANameItsAppositionCallsAUnitIsOneWithoutAKnownHeadWord) {
  // participation.re2 declared_unit: "X, en enhet inom …", "X, vårt vård- och omsorgsboende",
  // "Även X, förvaltningens kontaktcenter …"
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2019\n\nLönecentrum Fridhem, en enhet inom avdelningen "
      "HR-service, deltar för första gången. Även Kundservice Direkt, förvaltningens kontaktcenter "
      "för e-tjänster, deltar. Vi meddelar att Villa Humlebo, vårt vård- och omsorgsboende på "
      "Valhallavägen, har anmält sig till kvalitetsutmärkelsen.\n");
  const UnitMention* first = FindUnit(r, "Lönecentrum Fridhem");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->department.value_or(""), "avdelningen HR-service");
  EXPECT_NE(FindUnit(r, "Kundservice Direkt"), nullptr);
  EXPECT_NE(FindUnit(r, "Villa Humlebo"), nullptr);
  EXPECT_EQ(r.units.size(), 3u);
}

TEST(UnitAppositions, ALowerCaseDepartmentSetOffByCommasAndAnAdverbBeforeTheClass) {
  // unit_details.re2 within_lower_department; in_class after "också"
  const Record r = ExtractText(
      "Nominering till kvalitetsutmärkelsen 2008\n\nStadsdelsnämnden nominerar "
      "Försörjningsstödsenheten, inom individ- och familjeomsorgen, i klassen Socialtjänst samt "
      "stöd och service till personer med funktionsnedsättning. Därutöver deltar den fristående "
      "Förskolan Ugglebo, som drivs av Kottens Förskolor AB, också i klassen Förskola.\n");
  const UnitMention* first = FindUnit(r, "Försörjningsstödsenheten");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->department.value_or(""), "individ- och familjeomsorgen");
  const UnitMention* second = FindUnit(r, "Förskolan Ugglebo");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->operator_name.value_or(""), "Kottens Förskolor AB");
  EXPECT_EQ(second->competition_class.value_or(""), "Förskola");
}

TEST(Matters, AnAgendasSubItemsAreMattersOfTheirOwn) {
  // sections.re2 agenda_item: "6.1", "6.2" each with its own Dnr; only the award's is kept.
  const Record r = ExtractPdf("corpus/tune5/t5-d20.pdf");
  ASSERT_EQ(r.diary_numbers.size(), 1u);
  EXPECT_EQ(r.diary_numbers[0], "1.2.3-266/2018");
}

TEST(DiaryNumbers, YearCodeAndSerialAfterALabel) {
  // diary_numbers.re2 labelled_year_code_serial: "Dnr 13-400/2211"
  const Record r = ExtractText("Utbildningsnämnden\nDnr 13-400/2211\n\nText.\n");
  ASSERT_EQ(r.diary_numbers.size(), 1u);
  EXPECT_EQ(r.diary_numbers[0], "13-400/2211");
}

TEST(UnitsInTables, AShortCellUnderAWideHeaderStaysInItsColumn) {
  // "Skola" under "Tävlingsklass": the space right of the short cell is no column gap.
  const Record r = ExtractPdf("corpus/tune6/t6-d08.pdf");
  const UnitMention* u = FindUnit(r, "Glömmingeskolan");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->competition_class.value_or(""), "Skola");
  EXPECT_EQ(u->department.value_or(""), "Grundskoleavdelningen");
  for (const UnitMention& unit : r.units) {
    EXPECT_EQ(unit.name.find(" Skola"), std::string::npos) << unit.name;
  }
}

TEST(UnitAppositions, SeveralDetailsInOneBracketAndANoteInBrackets) {
  // WithBracketAsAppositions; unit_details.re2 bracket_run_by, own_operation, bracket_note,
  // kind_apposition
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2020\n\nFöljande verksamheter deltar:\n\n"
      "1. Förskolan Bredängsbacken (egen regi, förskoleavdelningen)\n"
      "2. Förskolan Kotten i Sätra (drivs av Kottens Förskolor AB)\n"
      "3. Ateljé Sätra, daglig verksamhet (egen regi, avdelningen för individ- och "
      "familjeomsorg)\n"
      "4. Dagverksamheten Tessin (demensinriktad)\n");
  ASSERT_EQ(r.units.size(), 4u);
  EXPECT_EQ(r.units[0].name, "Förskolan Bredängsbacken");
  EXPECT_EQ(r.units[0].department.value_or(""), "förskoleavdelningen");
  EXPECT_FALSE(r.units[0].operator_name.has_value());
  EXPECT_EQ(r.units[1].operator_name.value_or(""), "Kottens Förskolor AB");
  EXPECT_EQ(r.units[2].name, "Ateljé Sätra");
  EXPECT_EQ(r.units[2].department.value_or(""), "avdelningen för individ- och familjeomsorg");
  EXPECT_EQ(r.units[3].name, "Dagverksamheten Tessin");
}

TEST(UnitsInLists, TheIntroIsTheWholeParagraphEndingInTheColon) {
  // "… har skickat in tävlingsbidrag. De är, med avdelning och tävlingsklass:" names taking part
  // two lines above the colon; items abbreviate klass as "kl." and tävlar as a dash and verb.
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2018\n\nFem av förvaltningens enheter har skickat in "
      "tävlingsbidrag. De är, med\navdelning och tävlingsklass:\n\n"
      "1. Jobbtorg Söderort Väst; avd. Jobbtorg Stockholm; kl. Andra verksamheter\n\n"
      "2. Träffpunkt Solstrålen, avd. äldreomsorg – tävlar i klassen Äldreomsorg\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].name, "Jobbtorg Söderort Väst");
  EXPECT_EQ(r.units[0].competition_class.value_or(""), "Andra verksamheter");
  EXPECT_EQ(r.units[1].name, "Träffpunkt Solstrålen");
  EXPECT_EQ(r.units[1].competition_class.value_or(""), "Äldreomsorg");
}

TEST(Matters, AnAgendaSubItemLetteredWithoutABracket) {
  // sections.re2 agenda_item "4 b Anmälan av deltagande i … kvalitetsutmärkelse 2017": the
  // sub-item is a matter titled with the award, so its units are read.
  const Record r = ExtractPdf("corpus/tune6/t6-d21.pdf");
  EXPECT_EQ(r.award_year.value_or(0), 2017);
  EXPECT_EQ(r.units.size(), 3u);
  ASSERT_EQ(r.diary_numbers.size(), 1u);
  EXPECT_EQ(r.diary_numbers[0], "1.1.2-211/2017");
}

TEST(UnitNames, OneUnitWrittenTwoWaysIsKeptOnceAsTheCityWritesIt) {
  // A genitive read first gives way to the nominative; an indefinite head word ("Hemtjänst
  // Vasastan", as its manager writes) to the definite one.
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2025\n\nHemtjänsten Tenstas och Förskolan Lärkans "
      "medarbetare har skrivit var sitt tävlingsbidrag. Hemtjänsten Tensta deltar i klassen "
      "Äldreomsorg. Hemtjänst Vasastan har skickat in sitt tävlingsbidrag. Hemtjänsten Vasastan "
      "deltar i klassen Äldreomsorg.\n");
  EXPECT_NE(FindUnit(r, "Hemtjänsten Tensta"), nullptr);
  EXPECT_NE(FindUnit(r, "Hemtjänsten Vasastan"), nullptr);
  for (const UnitMention& u : r.units) {
    EXPECT_NE(u.name, "Hemtjänsten Tenstas");
    EXPECT_NE(u.name, "Hemtjänst Vasastan");
  }
  EXPECT_EQ(r.units.size(), 3u);
}

TEST(UnitsInTables, SectionRowsShortWideOrWrappedAndTheTextBelowTheTable) {
  // A section row narrower than the table ("Äldreomsorg inklusive myndighetsutövning"), one
  // wrapped over two lines, and the sentence right under the table, which is no row.
  const Record r = ExtractPdf("corpus/tune6/t6-d20.pdf");
  const UnitMention* wide = FindUnit(r, "Förskolan Ugglan i Fruängen");
  ASSERT_NE(wide, nullptr);
  EXPECT_EQ(wide->operator_name.value_or(""), "Lärorika Barn AB");
  const UnitMention* elder = FindUnit(r, "Hemtjänsten Hägersten");
  ASSERT_NE(elder, nullptr);
  EXPECT_EQ(elder->competition_class.value_or(""), "Äldreomsorg");
  EXPECT_EQ(elder->department.value_or(""), "Avdelningen för äldreomsorg");
  const UnitMention* wrapped = FindUnit(r, "Gruppbostaden Axelsberg");
  ASSERT_NE(wrapped, nullptr);
  EXPECT_EQ(wrapped->competition_class.value_or(""),
            "Socialtjänst samt stöd och service till personer med funktionsnedsättning");
  const UnitMention* last = FindUnit(r, "Lagårn");
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->department.value_or(""), "Avdelningen för kultur och fritid");
  EXPECT_FALSE(last->operator_name.has_value());
}

TEST(PlainSentences, ACountedAnnouncementLetsTheNextSentencesNameTheUnits) {
  // participation.re2 announces_units: "Tre enheter planerar att lämna bidrag." and then the
  // units named without "deltar"; unit_statements.re2 all_units_kind_first; unit_names.re2
  // compound_named and "…laboratoriet"; "deltagaren" says taking part.
  const Record r = ExtractText(
      "Inför kvalitetsutmärkelsen 2017\n\nTre enheter planerar att lämna bidrag. Livsmedelsenhet "
      "Innerstaden och Livsmedelsenhet Ytterstaden hör båda till livsmedelsavdelningen. Den "
      "tredje deltagaren är Luftlaboratoriet på miljöanalysavdelningen. Enheterna deltar alla i "
      "klassen Andra verksamheter.\n\nFörskolan Sjöstjärnan vann utmärkelsen 2015.\n");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(r.units[0].name, "Livsmedelsenhet Innerstaden");
  EXPECT_EQ(r.units[2].name, "Luftlaboratoriet");
  for (const UnitMention& u : r.units) {
    EXPECT_EQ(u.competition_class.value_or(""), "Andra verksamheter") << u.name;
  }
}

TEST(UnitNames, AHeadWordInLowerCaseAfterACommaIsTheNamesApposition) {
  const Record r = ExtractText(
      "Kvalitetsutmärkelsen 2019\n\nFörvaltningen anmäler Förskolan Vantörsgården, "
      "förskoleområde Högdalen (förskoleavdelningen) till kvalitetsutmärkelsen.\n");
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Förskolan Vantörsgården");
}

TEST(PriorParticipation, OtherVerbsEachUnitOfAnEnumerationAndAYearInBrackets) {
  // fields.prior.re2 prior_participation: "var med redan", "nominerades även", "deltog båda",
  // "förra året (2023)"; an enumerated subject speaks of each unit.
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2024\n\nFörskolan Eken, Förskolan Ugglan och "
      "Hemtjänsten Norr deltar i år. Förskolan Eken och Förskolan Ugglan deltog båda 2016. "
      "Hemtjänsten Norr var med även förra året (2023). Hemtjänsten Norr nominerades även 2008.\n");
  ASSERT_EQ(r.prior_participation.size(), 3u);
  EXPECT_EQ(r.prior_participation[0].unit, "Förskolan Eken");
  EXPECT_EQ(r.prior_participation[1].unit, "Förskolan Ugglan");
  EXPECT_EQ(r.prior_participation[2].unit, "Hemtjänsten Norr");
  EXPECT_EQ(r.prior_participation[2].years, (std::vector<int>{2023, 2008}));
}

TEST(Dates, ALetterheadWordUnderAnotherStartsALineOfItsOwn) {
  // "Tjänsteutlåtande" above "Dnr" in one letterhead cell was read as "TjänsteutlåtandeDnr …
  // 2018-05-29", and the letterhead date was no document date; the board beside the meeting
  // date on its own line gives the meeting (date_roles.re2).
  const Record r = ExtractPdf("corpus/tune6/t6-d12.pdf");
  EXPECT_EQ(r.document_date.value_or(""), "2018-05-29");
  EXPECT_EQ(r.meeting_date.value_or(""), "2018-06-19");
}

TEST(Dates, AnEMailsSentDateAndRegistrationsWrittenOtherWays) {
  const Record r = ExtractText(
      "Anmälan till kvalitetsutmärkelsen 2024\n\nSkickat: den 11 mars 2024 16:02\n\nAnmälan "
      "till stadsledningskontoret ska göras senast den 22 mars. De har anmält sig i tid före den "
      "20 mars och arbetar nu med sina tävlingsbidrag, som ska vara inlämnade senast den 17 maj "
      "2024.\n");
  std::vector<std::string> roles;
  for (const DatedStatement& d : r.dates) roles.push_back(d.role + " " + d.date);
  EXPECT_EQ(roles, (std::vector<std::string>{"other 2024-03-11", "registration_deadline 2024-03-22",
                                             "registration_deadline 2024-03-20",
                                             "submission_deadline 2024-05-17"}));
}

TEST(UnitsInTables, ATablesDashCellsReadLineByLineAreNoBullets) {
  // "– Förskolan Enskede gård Förskola" and "– Silvergruppen Omsorg AB": a row or a cell of a
  // table whose text, read line by line, begins with a dash cell.
  for (const char* file : {"corpus/tune6/t6-d10.pdf", "corpus/tune6/t6-d20.pdf"}) {
    const Record r = ExtractPdf(file);
    ASSERT_EQ(r.units.size(), 7u) << file;
    for (const UnitMention& u : r.units) EXPECT_EQ(u.via, "table") << file << ": " << u.name;
  }
}

TEST(UnitNames, PlaceNamesEndingInACommonNounAndWordsThatOnlyLookLikeUnits) {
  // word_lists.tsv place_word ("Farsta strand"); "för ungdomar och" does not run into the next
  // name; not_units.re2 abstract_noun ("Erfarenheten").
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2022\n\nHemtjänsten Farsta strand, Nattjouren för "
      "ungdomar och Stödboendet Vänortsgatan deltar i år. Erfarenheten från tidigare år visar att "
      "deltagandet lönar sig.\n");
  std::vector<std::string> names;
  for (const UnitMention& u : r.units) names.push_back(u.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Hemtjänsten Farsta strand", "Nattjouren för ungdomar",
                                             "Stödboendet Vänortsgatan"}));
}

TEST(UnitAppositions, DepartmentsWrittenOtherWays) {
  // unit_details.re2: "på avdelningen", "som ligger under", ", en del av", "inom …enheten";
  // layout.re2 list_intro_department: "Samtliga … hör till avdelningen …:"
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2021\n\nResursenheten Spira på avdelningen för stöd och "
      "service har lämnat in ett bidrag. Förvaltningen anmäler Gruppbostaden Lingvägen 12, som "
      "ligger under avdelningen för stöd och service, Boendestödet Söder, en del av avdelningen "
      "för "
      "socialpsykiatri, och Förskolan Lustgården inom förskole- och fritidsenheten till "
      "kvalitetsutmärkelsen.\n\nÄldreomsorg\nSamtliga i denna klass hör till avdelningen för "
      "äldreomsorg:\n"
      "• Hemtjänsten Karlaplan\n");
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"Resursenheten Spira", "avdelningen för stöd och service"},
      {"Gruppbostaden Lingvägen 12", "avdelningen för stöd och service"},
      {"Boendestödet Söder", "avdelningen för socialpsykiatri"},
      {"Förskolan Lustgården", "förskole- och fritidsenheten"},
      {"Hemtjänsten Karlaplan", "avdelningen för äldreomsorg"}};
  for (const auto& [name, department] : expected) {
    const UnitMention* u = FindUnit(r, name);
    ASSERT_NE(u, nullptr) << name;
    EXPECT_EQ(u->department.value_or(""), department) << name;
  }
}

TEST(Matters, AnAgendasLetteredSubItemsAndTheProposalAfterItsLabel) {
  // sections.re2 agenda_item "a)", "b)" alone; fields.matter.re2 proposal "Förvaltningens förslag:
  // …"
  const Record r = ExtractPdf("corpus/tune6/t6-d04.pdf");
  EXPECT_EQ(r.diary_numbers, (std::vector<std::string>{"HV 2022/0347"}));
  EXPECT_EQ(r.proposal.value_or(""),
            "Stadsdelsnämnden noterar anmälan och lägger den till handlingarna.");
  EXPECT_EQ(r.units.size(), 3u);
}

TEST(UnitNames, AUnitAfterItsOperatorsVerbAndAnAdjectiveInEnhetenFör) {
  // participation.re2 takes_part_with ("X AB deltar med Y": Y is no apposition of X);
  // unit_names.re2 unit_for with a neuter adjective ("Enheten för ekonomiskt bistånd").
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2020\n\nTrygga Hem i Norden AB deltar med Akutboendet "
      "Hamnen. Enheten för ekonomiskt bistånd på avdelningen för individ- och familjeomsorg deltar "
      "i klassen Socialtjänst.\n");
  EXPECT_NE(FindUnit(r, "Akutboendet Hamnen"), nullptr);
  const UnitMention* u = FindUnit(r, "Enheten för ekonomiskt bistånd");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(u->department.value_or(""), "avdelningen för individ- och familjeomsorg");
}

}  // namespace
}  // namespace kvreg
