// Finding the participating units by the kind of layout or wording that carries them (issue:
// "every participating unit found, however the document lays it out or words it"): a table
// split over pages, a list under class headings, appositions, count phrases, a whole
// protocol, an agenda with a Dnr per item, a nomination, a misspelt award name, a plain
// sentence. Each test fails without the rule it names. The sets written by others are held to
// their figures in other_authors_sets_test.cpp.
#include <gtest/gtest.h>

#include <algorithm>

#include "kvreg/eval.h"
#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

using testing::ExtractPdf;
using testing::ExtractText;
using testing::ExtractWithTable;

const UnitMention* Unit(const Record& r, const std::string& name) { return FindUnit(r, name); }

TEST(UnitsInTables, ATableSplitOverTwoPagesGivesEveryRowWithItsColumns) {
  const Record r = ExtractPdf("corpus/devset/01_eav_tabell_tva_sidor.pdf");
  EXPECT_EQ(r.units.size(), 12u);
  const UnitMention* wrapped = Unit(r, "Vård- och omsorgsboendet Dalengården");  // two lines
  ASSERT_NE(wrapped, nullptr);
  EXPECT_EQ(wrapped->via, "table");
  EXPECT_EQ(wrapped->department.value_or(""), "Avdelningen för äldreomsorg");
  EXPECT_EQ(wrapped->competition_class.value_or(""), "Äldreomsorg");
  const UnitMention* second_page = Unit(r, "Ekonomienheten");
  ASSERT_NE(second_page, nullptr);
  EXPECT_EQ(second_page->department.value_or(""), "Administrativa avdelningen");
  EXPECT_EQ(Unit(r, "Tolv av förvaltningens enheter"), nullptr);
}

TEST(UnitsInTables, AnOperatorColumnGivesTheCompanyAndEgenRegiNone) {
  const Record r = ExtractPdf("corpus/devset/02_hasselby_vallingby_utforare.pdf");
  const UnitMention* run_by = Unit(r, "Gruppbostaden Backlunda");
  ASSERT_NE(run_by, nullptr);
  EXPECT_EQ(run_by->operator_name.value_or(""), "Nytida AB");
  const UnitMention* own = Unit(r, "Hemtjänsten Hässelby Strand");
  ASSERT_NE(own, nullptr);
  EXPECT_FALSE(own->operator_name.has_value());
}

TEST(UnitsInTables, ASectionRowGivesTheRowsBelowItsClass) {
  const Record r = ExtractWithTable({{"Enhet", "Avdelning"},
                                     {"Förskola", ""},
                                     {"Förskolan Tallen", "Förskoleavdelningen"},
                                     {"Äldreomsorg", ""},
                                     {"Hemtjänsten Vinsta", "Äldreomsorgsavdelningen"}});
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].competition_class.value_or(""), "Förskola");
  EXPECT_EQ(r.units[1].competition_class.value_or(""), "Äldreomsorg");
}

TEST(UnitsInTables, AClassCellMergedOverRowsHoldsForEachOfThem) {
  const Record r = ExtractWithTable({{"Verksamhet", "Utförare", "Klass"},
                                     {"Gruppbostaden Eken", "Egen regi", ""},
                                     {"Daglig verksamhet Ön", "Misa AB",
                                      "Socialtjänst samt stöd och service till personer med "
                                      "funktionsnedsättning"},
                                     {"Korttidshemmet Vågen", "", ""}});
  ASSERT_EQ(r.units.size(), 3u);
  for (const UnitMention& u : r.units) {
    EXPECT_EQ(u.competition_class.value_or(""),
              "Socialtjänst samt stöd och service till personer med funktionsnedsättning")
        << u.name;
  }
  EXPECT_FALSE(r.units[0].operator_name.has_value());
  EXPECT_EQ(r.units[1].operator_name.value_or(""), "Misa AB");
}

TEST(ClassStatements, APluralOfAUnitsKindSpeaksOfThoseUnits) {
  const Record r = ExtractText(
      "Anmälan om deltagande i Kvalitetsutmärkelsen 2022\n\nJobbtorg Stockholm Järva och "
      "Sfi Kista deltar i Kvalitetsutmärkelsen 2022. Jobbtorgen deltar i klassen Andra "
      "verksamheter, medan Sfi Kista deltar i klassen Skola.\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].competition_class.value_or(""), "Andra verksamheter");
  EXPECT_EQ(r.units[1].competition_class.value_or(""), "Skola");
}

TEST(UnitsInLists, NumberedListsUnderClassHeadingsTakeTheHeadingsClass) {
  const Record r = ExtractText(
      "Deltagande i Stockholms stads kvalitetsutmärkelse 2015\n\nDe deltagande enheterna "
      "redovisas nedan per tävlingsklass.\n\nKlass Skola:\n1. Kvarnängsskolan\n2. Ekhagens "
      "gymnasium\nKlass Andra verksamheter:\n1. Centrala elevhälsan\n");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(r.units[0].competition_class.value_or(""), "Skola");
  EXPECT_EQ(r.units[1].competition_class.value_or(""), "Skola");
  EXPECT_EQ(r.units[2].name, "Centrala elevhälsan");
  EXPECT_EQ(r.units[2].competition_class.value_or(""), "Andra verksamheter");
  EXPECT_EQ(r.units[2].via, "list");
}

TEST(UnitsInLists, AListUnderAParticipationIntroWithAppositions) {
  const Record r = ExtractText(
      "Anmälan av deltagande i Kvalitetsutmärkelsen 2020\n\nInom fritidsverksamheten deltar:\n"
      "– Bagarmossens fritidsgård, avdelningen för individ- och familjeomsorg\n"
      "– Förskolan Ängen (Norlandia Förskolor AB)\n\nEn förutsättning för deltagande är att "
      "verksamheten har:\n– En chef med budgetansvar\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].name, "Bagarmossens fritidsgård");
  EXPECT_EQ(r.units[0].department.value_or(""), "avdelningen för individ- och familjeomsorg");
  EXPECT_EQ(r.units[1].name, "Förskolan Ängen");
  EXPECT_EQ(r.units[1].operator_name.value_or(""), "Norlandia Förskolor AB");
}

TEST(UnitAppositions, DepartmentsSplitOffAndSharedBack) {
  const Record r = ExtractText(
      "Anmälningsärende om Kvalitetsutmärkelsen 2023\n\nEnheten för försörjningsstöd inom "
      "avdelningen för individ- och familjeomsorg deltar i Kvalitetsutmärkelsen 2023, liksom "
      "Hemtjänsten Fridhemsplan och Dagverksamheten Mariedal, båda inom "
      "äldreomsorgsavdelningen.\n");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(r.units[0].name, "Enheten för försörjningsstöd");
  EXPECT_EQ(r.units[0].department.value_or(""), "avdelningen för individ- och familjeomsorg");
  EXPECT_EQ(r.units[1].name, "Hemtjänsten Fridhemsplan");
  EXPECT_EQ(r.units[1].department.value_or(""), "äldreomsorgsavdelningen");
  EXPECT_EQ(r.units[2].department.value_or(""), "äldreomsorgsavdelningen");
}

TEST(UnitAppositions, RelativeClausesGiveClassAndOperator) {
  const Record r = ExtractText(
      "Deltagande i Stockholms stads kvalitetsutmärkelse 2017\n\nTvå av förvaltningens "
      "verksamheter deltar i årets kvalitetsutmärkelse: Förskolan Humlegården, som deltar i "
      "tävlingsklassen förskola, och Hemtjänsten Östermalm Norra, som deltar i tävlingsklassen "
      "äldreomsorg. Därutöver deltar Vård- och omsorgsboendet Linnégården, som drivs av Attendo "
      "Sverige AB på uppdrag av nämnden, i tävlingsklassen äldreomsorg.\n");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(r.units[0].name, "Förskolan Humlegården");
  EXPECT_EQ(r.units[0].competition_class.value_or(""), "Förskola");
  EXPECT_EQ(r.units[1].name, "Hemtjänsten Östermalm Norra");
  EXPECT_EQ(r.units[2].operator_name.value_or(""), "Attendo Sverige AB");
}

TEST(CountPhrases, AreNeverUnits) {
  for (const char* phrase : {"Sex av förvaltningens enheter", "Sju verksamheter i Rinkeby-Kista",
                             "Följande enheter inom Farsta stadsdelsförvaltning"}) {
    const Record r = ExtractText("Kvalitetsutmärkelsen 2020\n\n" + std::string(phrase) +
                                 " deltar i Kvalitetsutmärkelsen 2020.\n");
    EXPECT_TRUE(r.units.empty()) << phrase << ": " << (r.units.empty() ? "" : r.units[0].name);
  }
}

TEST(PlainSentences, TheSimplestAnmalanGivesItsUnitAndClass) {
  const Record r = ExtractText(
      "Anmälan om deltagande\n\nBromma stadsdelsförvaltning anmäler att Hemtjänsten Norra Ängby "
      "deltar i Stockholms stads kvalitetsutmärkelse 2022 i klassen äldreomsorg.\n");
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Hemtjänsten Norra Ängby");
  EXPECT_EQ(r.units[0].competition_class.value_or(""), "Äldreomsorg");
}

TEST(PlainSentences, ANominationNamesItsUnitsWhoeverWroteIt) {
  const Record r = ExtractText(
      "Nominering till Stockholms stads kvalitetsutmärkelse 2009\n\nFörvaltningen föreslår att "
      "stadsdelsnämnden nominerar Korttidshemmet Ekbacken och Familjestödsteamet till Stockholms "
      "stads kvalitetsutmärkelse 2009. Korttidshemmet Ekbackens arbete med föräldrar har "
      "utvecklats. Förskolan Solen vann utmärkelsen 2007.\n");
  EXPECT_EQ(r.award_year.value_or(0), 2009);
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].name, "Korttidshemmet Ekbacken");
  EXPECT_EQ(r.units[1].name, "Familjestödsteamet");
}

TEST(AwardName, AMisspeltAwardIsStillTheAward) {
  const Record r = ExtractText(
      "Anmälan till kvalitetutmärkelse 2012\n\nHemtjänsten Högalid deltar i årets "
      "utmärkelse.\n");
  EXPECT_EQ(r.award_year.value_or(0), 2012);
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Hemtjänsten Högalid");
}

TEST(AwardName, OneLetterOffIsStillTheAwardButAnAddressIsLeftAlone) {
  const Record r = ExtractText(
      "Deltagande i Kvalitetsutmärkelsn 2019\n\nHemtjänsten Högalid deltar. Protokollet skickas "
      "till kvalitetsutmarkelsen@stockholm.se senast den 28 juni 2019.\n");
  EXPECT_EQ(r.award_year.value_or(0), 2019);
  ASSERT_EQ(r.units.size(), 1u);
  ASSERT_FALSE(r.dates.empty());
  EXPECT_EQ(r.dates.back().role, "report_deadline");  // the address still says where it goes
}

TEST(AwardName, TwoLettersSwappedIsStillTheAward) {
  const Record r = ExtractText(
      "Anmälan om deltagande i Kvalitetsutmärkeslen 2016\n\nFörskolan Solhjulet har anmält sitt "
      "deltagande.\n");
  EXPECT_EQ(r.award_year.value_or(0), 2016);
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Förskolan Solhjulet");
}

TEST(Matters, AWholeProtocolIsReadOnlyInItsAwardParagraph) {
  const Record r = ExtractPdf("corpus/devset/10_skarholmen_protokoll.pdf");
  EXPECT_EQ(r.paragraph.value_or(""), "§ 45");
  EXPECT_EQ(r.units.size(), 3u);
  EXPECT_EQ(r.diary_numbers.size(), 1u);
}

TEST(Matters, AnAgendaKeepsOnlyTheAwardItemsDiaryNumber) {
  const Record r = ExtractPdf("corpus/devset/11_hagersten_liljeholmen_webbdagordning.pdf");
  EXPECT_EQ(r.doc_kind, "agenda_item");
  EXPECT_EQ(r.diary_numbers, std::vector<std::string>{"131-2009-099"});
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Förskolan Ängsbacken");
}

TEST(Matters, AnAgendaWithoutTheAwardGivesNoItemsDiaryNumber) {
  const Record r = ExtractPdf("corpus/devset/19_aldre_negativ_dagordning.pdf");
  EXPECT_TRUE(r.diary_numbers.empty());
  EXPECT_TRUE(r.units.empty());
}

TEST(Board, TheBoardTheDocumentNamesOutranksADiaryPrefix) {
  const Record r = ExtractText(
      "Socialnämnden\n\nProtokollsutdrag\n\n§ 12\n\nAnmälan om deltagande i Stockholms stads "
      "kvalitetsutmärkelse 2023\nSN 2023/301\n\nBeslut\n\nSocialnämnden noterar anmälan.\n");
  EXPECT_EQ(r.board.value_or(""), "Socialnämnden");
  const Record only_prefix =
      ExtractText("Anmälan\n\nDnr SN 2023/301\n\nKvalitetsutmärkelsen 2023\n");
  EXPECT_EQ(only_prefix.board.value_or(""), "Servicenämnden");
}

TEST(UnitAppositions, DetailsSetOffByDashesSemicolonsAndColons) {
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2016\n\nFöljande verksamheter deltar:\n"
      "1. Seniorlinjen (avdelningen för stöd och service) – Andra verksamheter\n"
      "2. Trygghetslarmet Stockholm; avdelningen för stöd och service; Äldreomsorg\n"
      "3. Dagverksamheten Rönnen: drivs av Silverbrygga Vård AB, klassen Äldreomsorg\n"
      "4. Gruppbostaden Sagavägen – Omsorgsgruppen Norr AB\n"
      "5. Servicehuset Stureby, drift: Trygga Händer Omsorg AB\n"
      "6. Boendestödet Tranan, avd. för vuxna\n");
  ASSERT_EQ(r.units.size(), 6u);
  EXPECT_EQ(r.units[0].name, "Seniorlinjen");
  EXPECT_EQ(r.units[0].department.value_or(""), "avdelningen för stöd och service");
  EXPECT_EQ(r.units[0].competition_class.value_or(""), "Andra verksamheter");
  EXPECT_EQ(r.units[1].name, "Trygghetslarmet Stockholm");
  EXPECT_EQ(r.units[1].department.value_or(""), "avdelningen för stöd och service");
  EXPECT_EQ(r.units[1].competition_class.value_or(""), "Äldreomsorg");
  EXPECT_EQ(r.units[2].name, "Dagverksamheten Rönnen");
  EXPECT_EQ(r.units[2].operator_name.value_or(""), "Silverbrygga Vård AB");
  EXPECT_EQ(r.units[2].competition_class.value_or(""), "Äldreomsorg");
  EXPECT_EQ(r.units[3].name, "Gruppbostaden Sagavägen");
  EXPECT_EQ(r.units[3].operator_name.value_or(""), "Omsorgsgruppen Norr AB");
  EXPECT_EQ(r.units[4].name, "Servicehuset Stureby");
  EXPECT_EQ(r.units[4].operator_name.value_or(""), "Trygga Händer Omsorg AB");
  EXPECT_EQ(r.units[5].name, "Boendestödet Tranan");
  EXPECT_EQ(r.units[5].department.value_or(""), "avd. för vuxna");
}

// A class group that names none of classes.tsv is no match: the item keeps its words.
TEST(UnitAppositions, WhatIsNoClassStaysInTheName) {
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2016\n\nFöljande verksamheter deltar:\n"
      "• Kulturskolan Söder, klass 9A\n");
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Kulturskolan Söder, klass 9A");
  EXPECT_FALSE(r.units[0].competition_class.has_value());
}

TEST(UnitAppositions, ADepartmentInARelativeClause) {
  const Record r = ExtractText(
      "Nominering till kvalitetsutmärkelsen 2009\n\nFörskolan Lingonet, som ligger i Bredäng och "
      "tillhör förskoleavdelningen, nomineras i klassen Förskola. Hemtjänsten Tensta, som hör "
      "till äldreomsorgsavdelningen, nomineras i klassen Äldreomsorg.\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].department.value_or(""), "förskoleavdelningen");
  EXPECT_EQ(r.units[0].competition_class.value_or(""), "Förskola");
  EXPECT_EQ(r.units[1].department.value_or(""), "äldreomsorgsavdelningen");
}

TEST(UnitsInLists, TheIntroGivesEveryItemItsDepartmentAndClass) {
  const Record r = ExtractText(
      "Anmälan om deltagande i kvalitetsutmärkelsen 2023\n\nFrån avdelningen för förskola "
      "deltar följande förskolor i klassen Förskola:\n• Förskolan Mossen\n• Förskolan "
      "Smörblomman\n");
  ASSERT_EQ(r.units.size(), 2u);
  for (const UnitMention& u : r.units) {
    EXPECT_EQ(u.department.value_or(""), "avdelningen för förskola") << u.name;
    EXPECT_EQ(u.competition_class.value_or(""), "Förskola") << u.name;
  }
}

TEST(ClassStatements, EachClauseGivesItsUnitsClassAndAKindNamesAUnitBack) {
  const Record r = ExtractText(
      "Anmälan om deltagande i kvalitetsutmärkelsen 2016\n\nDagverksamheten Tegnérlunden, "
      "Förskolan Observatoriet och Träffpunkt Pilgrimen deltar i kvalitetsutmärkelsen 2016. "
      "Dagverksamheten deltar i klassen Äldreomsorg, förskolan i klassen Förskola och "
      "träffpunkten i klassen Andra verksamheter.\n");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(r.units[0].competition_class.value_or(""), "Äldreomsorg");
  EXPECT_EQ(r.units[1].competition_class.value_or(""), "Förskola");
  EXPECT_EQ(r.units[2].competition_class.value_or(""), "Andra verksamheter");
}

TEST(ClassStatements, TheClassFirstAndTheUnitsAfterIt) {
  const Record r = ExtractText(
      "Nominering till kvalitetsutmärkelsen 2007\n\nStadsdelsnämnden nominerar Hemtjänsten "
      "Katarina och Förskolan Vita Bergen till Stockholms stads kvalitetsutmärkelse 2007.\n\nI "
      "klassen Äldreomsorg nomineras Hemtjänsten Katarina inom äldreomsorgsavdelningen. I klassen "
      "Förskola nomineras Förskolan Vita Bergen.\n");
  ASSERT_EQ(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].competition_class.value_or(""), "Äldreomsorg");
  EXPECT_EQ(r.units[1].competition_class.value_or(""), "Förskola");
}

TEST(ClassStatements, ACollectiveStatementRunIntoTheLineBeforeIt) {
  const Record r = ExtractText(
      "Anmälan om deltagande i kvalitetsutmärkelsen 2021\n\nFöljande verksamheter deltar i år:\n"
      "• Ungdomsjouren Västerort\n• Boendestödet Tranan\nAlla tre tävlar i klassen Socialtjänst "
      "samt stöd och service till personer med funktionsnedsättning.\n");
  ASSERT_GE(r.units.size(), 2u);
  EXPECT_EQ(r.units[0].competition_class.value_or(""),
            "Socialtjänst samt stöd och service till personer med funktionsnedsättning");
}

TEST(UnitsInTables, ATablesTextIsNoProse) {
  // Its rows, read line by line, ran one cell's name into the next: "Förskolan Kvarnbacken
  // Förskoleavdelningen Förskola Egen".
  const Record r = ExtractPdf("corpus/tune5/t5-d01.pdf");
  ASSERT_FALSE(r.units.empty());
  for (const UnitMention& u : r.units) {
    EXPECT_EQ(u.via, "table") << u.name;
    EXPECT_EQ(u.name.find("avdelningen"), std::string::npos) << u.name;
  }
}

TEST(Proposal, UnderTheBareHeadingFörslagTillBeslut) {
  const Record r = ExtractText(
      "Deltagande i kvalitetsutmärkelsen 2016\n\nFörslag till beslut\n\nÄldrenämnden noterar "
      "anmälan och lägger den till handlingarna.\n\nBakgrund\n\nText.\n");
  EXPECT_EQ(r.proposal.value_or(""),
            "Äldrenämnden noterar anmälan och lägger den till handlingarna.");
}

}  // namespace
}  // namespace kvreg
