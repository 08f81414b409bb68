// Extraction of units from small texts: lists, enumerations, operators, classes and what is no
// unit, one hard case per test (extract_test.cpp holds the other fields).
#include <gtest/gtest.h>

#include <algorithm>

#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

Record Extract(const std::string& text) { return testing::ExtractText(text); }

const std::string kAward = "Deltagande i Kvalitetsutmärkelsen 2024\n\n";

TEST(Units, FromABulletListWithDepartmentsOneItemWrapped) {
  const Record r = Extract(kAward +
                           "Inom Södermalms stadsdelsförvaltning planerar följande verksamheter "
                           "att delta i Kvalitetsutmärkelsen 2024:\n\n"
                           "• Södermalms dagverksamheter, förebyggande enheten\n"
                           "(avdelningen för äldreomsorg)\n"
                           "• Enheten för vuxna (sociala avdelningen)\n"
                           "• Relationsvåldscentrum Innerstaden -RVCI (sociala\navdelningen)\n");
  EXPECT_EQ(UnitNames(r),
            (std::vector<std::string>{"Södermalms dagverksamheter", "Enheten för vuxna",
                                      "Relationsvåldscentrum Innerstaden -RVCI"}));
  EXPECT_EQ(r.units[0].department, "förebyggande enheten, avdelningen för äldreomsorg");
  EXPECT_EQ(r.units[2].department, "sociala avdelningen");
}

TEST(Units, ABulletItemNamingTwoUnits) {
  const Record r = Extract(kAward +
                           "Följande enheter deltar:\n\n• Förskolan Blåklinten och "
                           "Förskolan Vitsippan (förskoleavdelningen)\n• Hemtjänsten "
                           "Katarina-Sofia\n");
  EXPECT_EQ(UnitNames(r), (std::vector<std::string>{"Förskolan Blåklinten", "Förskolan Vitsippan",
                                                    "Hemtjänsten Katarina-Sofia"}));
}

TEST(Units, FromDashAndAsteriskBullets) {
  for (const std::string bullet : {"–", "-", "*"}) {
    const Record r = Extract(kAward + "Följande verksamheter deltar:\n\n" + bullet +
                             " Förskolan Tallkrogen (förskoleavdelningen)\n" + bullet +
                             " Hemtjänsten Enskede, inom avdelningen för äldreomsorg\n");
    EXPECT_EQ(UnitNames(r),
              (std::vector<std::string>{"Förskolan Tallkrogen", "Hemtjänsten Enskede"}))
        << bullet;
  }
}

TEST(Units, FromInlineEnumerations) {
  EXPECT_EQ(UnitNames(Extract(kAward + "Förvaltningen anmäler att Förskolan Pärlan, Förskolan "
                                       "Snäckan samt Öppna förskolan Kronoberg deltar i stadens "
                                       "kvalitetsutmärkelse 2024.\n")),
            (std::vector<std::string>{"Förskolan Pärlan", "Förskolan Snäckan",
                                      "Öppna förskolan Kronoberg"}));
  const Record r = Extract(kAward +
                           "Enheten för arbete och försörjning, inom avdelning socialtjänst och "
                           "fritid samt Förebyggande verksamhet, inom avdelning äldreomsorg har "
                           "anmält sitt deltagande i årets utmärkelse.\n");
  EXPECT_EQ(UnitNames(r), (std::vector<std::string>{"Enheten för arbete och försörjning",
                                                    "Förebyggande verksamhet"}));
  EXPECT_EQ(r.units[0].department, "avdelning socialtjänst och fritid");
  EXPECT_EQ(r.units[1].department, "avdelning äldreomsorg");
}

TEST(Units, OtherVerbsOfTakingPart) {
  EXPECT_EQ(UnitNames(Extract(kAward + "Förskolan Ekorren har anmält sig till "
                                       "Kvalitetsutmärkelsen 2024.\n")),
            std::vector<std::string>{"Förskolan Ekorren"});
  EXPECT_EQ(UnitNames(Extract(kAward + "Hemtjänsten Farsta och Fältgruppen Farsta har valt att "
                                       "delta i årets kvalitetsutmärkelse.\n")),
            (std::vector<std::string>{"Hemtjänsten Farsta", "Fältgruppen Farsta"}));
}

TEST(Units, ACountedIntroductionOpensABulletList) {
  const Record r = Extract(kAward +
                           "Från Farsta stadsdelsförvaltning deltar tre verksamheter i årets "
                           "kvalitetsutmärkelse:\n\n• Förskolan Ugglan, inom "
                           "förskoleavdelningen\n• Hemtjänsten Hökarängen (avdelningen för "
                           "äldreomsorg)\n• Ungdomsmottagningen Farsta, som ingår i avdelningen "
                           "för individ- och familjeomsorg\n");
  EXPECT_EQ(UnitNames(r), (std::vector<std::string>{"Förskolan Ugglan", "Hemtjänsten Hökarängen",
                                                    "Ungdomsmottagningen Farsta"}));
  EXPECT_EQ(r.units[2].department, "avdelningen för individ- och familjeomsorg");
}

TEST(Units, TheProposalNotesWhoTakesPartInOrder) {
  const Record r = Extract(
      "Förvaltningens förslag till beslut\n\n1. Stadsdelsnämnden noterar "
      "att Hemtjänsten Tensta och Dagverksamheten Solgläntan deltar i "
      "Stockholms stads kvalitetsutmärkelse 2023.\n");
  EXPECT_EQ(UnitNames(r),
            (std::vector<std::string>{"Hemtjänsten Tensta", "Dagverksamheten Solgläntan"}));
}

TEST(Units, ABoardOrAdministrationIsNoUnit) {
  const Record r = Extract(
      "Kungsholmens stadsdelsförvaltnings deltagande i "
      "Kvalitetsutmärkelsen 2024\n\nSammanfattning\n");
  EXPECT_TRUE(r.units.empty()) << r.units.front().name;
  EXPECT_EQ(r.award_year, 2024);
}

TEST(Units, FromTheAdministrationTakesPartThisYear) {
  const Record r = Extract(kAward +
                           "Från Skarpnäcks stadsdelsförvaltning deltar i år Förskolan "
                           "Solrosen, Förskolan Tallkotten och Öppna förskolan Pilen. De "
                           "deltar i tävlingsklassen förskola.\n");
  EXPECT_EQ(UnitNames(r), (std::vector<std::string>{"Förskolan Solrosen", "Förskolan Tallkotten",
                                                    "Öppna förskolan Pilen"}));
  for (const UnitMention& u : r.units) EXPECT_EQ(u.competition_class, "Förskola") << u.name;
}

TEST(Units, FromAGenitiveTitle) {
  const Record r = Extract(
      "Enheten för arbete och försörjnings deltagande i\n"
      "Kvalitetsutmärkelsen 2023\n\nSammanfattning\n");
  EXPECT_EQ(UnitNames(r), std::vector<std::string>{"Enheten för arbete och försörjning"});
  EXPECT_EQ(UnitNames(Extract("5. Förskolan Myrstackens och Familjecentrum Rinkebys deltagande "
                              "i Kvalitetsutmärkelsen 2024\n")),
            (std::vector<std::string>{"Förskolan Myrstacken", "Familjecentrum Rinkeby"}));
}

TEST(Units, OperatorsTiedByTheText) {
  const Record r = Extract(kAward +
                           "Från Södermalms stadsdelsnämnd deltar Danvikstulls dagliga "
                           "verksamhet som drivs på entreprenad av Frösunda Omsorg AB i Stockholms "
                           "stads kvalitetsutmärkelse år 2024.\n\n"
                           "Dessutom anmäls Vårdbolaget Klara AB, som deltar med Gruppbostaden "
                           "Eken, samt de privata utförarna Trappan Hemmaplan och Boendestödet "
                           "Väst.\n");
  EXPECT_EQ(UnitNames(r),
            (std::vector<std::string>{"Danvikstulls dagliga verksamhet", "Gruppbostaden Eken",
                                      "Trappan Hemmaplan", "Boendestödet Väst"}));
  EXPECT_EQ(r.units[0].operator_name, "Frösunda Omsorg AB");
  EXPECT_EQ(r.units[1].operator_name, "Vårdbolaget Klara AB");
  EXPECT_FALSE(r.units[2].operator_name.has_value());  // "privata utförare" names no company
}

TEST(Units, ClassesTiedToAllToOneAndToEachNamed) {
  const Record r = Extract(kAward +
                           "Tre verksamheter har anmält att de deltar i Kvalitetsutmärkelsen "
                           "2024:\n\n– Förskolan A (förskoleavdelningen)\n– Förskolan B\n"
                           "– Dagverksamheten C (avdelningen för äldreomsorg)\n\n"
                           "Båda förskolorna deltar i klassen Förskola och Dagverksamheten C "
                           "deltar i klassen Äldreomsorg.\n");
  ASSERT_EQ(r.units.size(), 3u);
  EXPECT_EQ(r.units[0].competition_class, "Förskola");
  EXPECT_EQ(r.units[1].competition_class, "Förskola");
  EXPECT_EQ(r.units[2].competition_class, "Äldreomsorg");
  const Record e = Extract(kAward +
                           "Förskolan Lustgården och Norrmalms hemtjänst deltar i "
                           "Kvalitetsutmärkelsen 2024. Förskolan Lustgården deltar i "
                           "tävlingsklassen förskola och Norrmalms hemtjänst i klassen "
                           "äldreomsorg.\n");
  ASSERT_EQ(e.units.size(), 2u);
  EXPECT_EQ(e.units[0].competition_class, "Förskola");
  EXPECT_EQ(e.units[1].competition_class, "Äldreomsorg");
}

TEST(Units, AClassForAllInARelativeClause) {
  const Record r = Extract(kAward +
                           "Förvaltningen anmäler tre enheter till årets kvalitetsutmärkelse: "
                           "Mottagningsenheten för vuxna (avdelningen för individ och familj), "
                           "Stödenheten Lotsen och Familjebehandlarna Söder, som samtliga deltar i "
                           "klassen socialtjänst samt stöd och service till personer med "
                           "funktionsnedsättning.\n");
  ASSERT_EQ(UnitNames(r),
            (std::vector<std::string>{"Mottagningsenheten för vuxna", "Stödenheten Lotsen",
                                      "Familjebehandlarna Söder"}));
  for (const UnitMention& u : r.units) {
    EXPECT_EQ(u.competition_class,
              "Socialtjänst samt stöd och service till personer med funktionsnedsättning")
        << u.name;
  }
}

TEST(Units, AfterAColonDepartmentsInBracketsAndOperators) {
  const Record r = Extract(kAward +
                           "I år deltar förvaltningen med tre enheter: Förskolan Ugglan "
                           "(förskoleområde Hökarängen), Hemtjänsten Farsta och Gruppbostaden "
                           "Linden, som drivs i privat regi av Nytida AB.\n");
  ASSERT_EQ(UnitNames(r), (std::vector<std::string>{"Förskolan Ugglan", "Hemtjänsten Farsta",
                                                    "Gruppbostaden Linden"}));
  EXPECT_EQ(r.units[0].department, "förskoleområde Hökarängen");
  EXPECT_EQ(r.units[2].operator_name, "Nytida AB");
  const Record classes = Extract(kAward +
                                 "De verksamheter som deltar bedöms i fem klasser: "
                                 "Förskola, Skola, Äldreomsorg, Socialtjänst samt stöd "
                                 "och service och Andra verksamheter.\n");
  EXPECT_TRUE(classes.units.empty()) << classes.units.front().name;
}

TEST(Units, SeveralDetailsOfOneItem) {
  const Record r = Extract(kAward +
                           "Förvaltningen anmäler Förskolan Solstrålen (förskoleavdelningen) i "
                           "klassen Förskola samt Hemtjänsten Tensta (avdelningen för "
                           "äldreomsorg) i klassen Äldreomsorg till årets kvalitetsutmärkelse. "
                           "Dessutom deltar Gruppbostaden Eken, som drivs på entreprenad av "
                           "Nytida AB, i klassen Socialtjänst samt stöd och service till personer "
                           "med funktionsnedsättning.\n");
  ASSERT_EQ(UnitNames(r), (std::vector<std::string>{"Förskolan Solstrålen", "Hemtjänsten Tensta",
                                                    "Gruppbostaden Eken"}));
  EXPECT_EQ(r.units[0].department, "förskoleavdelningen");
  EXPECT_EQ(r.units[0].competition_class, "Förskola");
  EXPECT_EQ(r.units[1].department, "avdelningen för äldreomsorg");
  EXPECT_EQ(r.units[1].competition_class, "Äldreomsorg");
  EXPECT_EQ(r.units[2].operator_name, "Nytida AB");
  EXPECT_EQ(r.units[2].competition_class,
            "Socialtjänst samt stöd och service till personer med funktionsnedsättning");
}

TEST(Units, TheUnitOfAOneUnitDocumentIsEnheten) {
  const Record r = Extract(
      "Hemtjänsten Östermalms deltagande i Kvalitetsutmärkelsen 2012\n\n"
      "Enheten deltar i klassen äldreomsorg inklusive myndighetsutövning. Enheten deltog också "
      "år 2010.\n");
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].competition_class, "Äldreomsorg");
  ASSERT_EQ(r.prior_participation.size(), 1u);
  EXPECT_EQ(r.prior_participation[0].unit, "Hemtjänsten Östermalm");
}

TEST(Units, NoneFromListsOfClassesCriteriaOrPrinciples) {
  const Record r = Extract(kAward +
                           "Utmärkelsen delas ut i följande klasser:\n\n• Förskola\n• Skola\n"
                           "• Äldreomsorg, inklusive myndighetsutövning\n\n"
                           "En förutsättning för de deltagande verksamheterna är att "
                           "verksamheten har:\n\n• En chef med verksamhets-, budget- och "
                           "personalansvar.\n• En verksamhetsplan med mål för verksamheten.\n\n"
                           "Kvalitetsarbetet i staden ska kännetecknas av:\n\n"
                           "• Att stockholmarnas synpunkter värdesätts och tillvaratas.\n"
                           "- Att ledningen har ett tydligt ledarskap.\n");
  EXPECT_TRUE(r.units.empty()) << r.units.front().name;
}

TEST(Units, TheAwardIsNoUnit) {
  const Record r = Extract(
      "Föredragningslista\n\n3. Kvalitetsutmärkelsen 2015 – anmälan av "
      "deltagande Dnr HL 2015/288 Hemtjänsten Liljeholmen deltar i Stockholms "
      "stads kvalitetsutmärkelse 2015.\n");
  // The heading is no unit; the unit the sentence says takes part is one (the contract's
  // "who takes part": this test once expected no unit at all).
  ASSERT_EQ(r.units.size(), 1u);
  EXPECT_EQ(r.units[0].name, "Hemtjänsten Liljeholmen");
}

TEST(Units, NoneFromADecisionInTheGenitive) {
  const Record r = Extract(
      "§ 52\n\nBeslut\n\nStadsdelsnämnden godkänner anmälan av förskolornas "
      "deltagande i Stockholms stads kvalitetsutmärkelse 2011.\n");
  EXPECT_TRUE(r.units.empty()) << r.units.front().name;
}

TEST(Units, ThePageIsTheFirstWhereTheUnitIsNamed) {
  const Record r = Extract(kAward +
                           "Förskolan Lustgården och Norrmalms hemtjänst deltar i "
                           "Kvalitetsutmärkelsen 2024.\n\fFöljande verksamheter deltar:\n\n"
                           "• Norrmalms hemtjänst (avdelningen för äldreomsorg)\n"
                           "• Fältgruppen Norrmalm\n");
  ASSERT_NE(FindUnit(r, "Norrmalms hemtjänst"), nullptr);
  EXPECT_EQ(FindUnit(r, "Norrmalms hemtjänst")->source.page, 1);
  EXPECT_EQ(FindUnit(r, "Norrmalms hemtjänst")->department, "avdelningen för äldreomsorg");
  ASSERT_NE(FindUnit(r, "Fältgruppen Norrmalm"), nullptr);
  EXPECT_EQ(FindUnit(r, "Fältgruppen Norrmalm")->source.page, 2);
  EXPECT_FALSE(FindUnit(r, "Fältgruppen Norrmalm")->source.text.empty());
}

TEST(Units, InOrderOfFirstAppearance) {
  const Record r = Extract(kAward +
                           "Förskolan Lustgården deltar i tävlingsklassen förskola och Norrmalms "
                           "hemtjänst i klassen äldreomsorg.\n\fFöljande verksamheter deltar:\n\n"
                           "• Norrmalms hemtjänst (avdelningen för äldreomsorg)\n"
                           "• Förskolan Lustgården\n");
  EXPECT_EQ(UnitNames(r),
            (std::vector<std::string>{"Förskolan Lustgården", "Norrmalms hemtjänst"}));
  for (const UnitMention& u : r.units) EXPECT_EQ(u.source.page, 1) << u.name;
}

// --- Decision, proposal, paragraph, award year, prior participation ------------------------

}  // namespace
}  // namespace kvreg
