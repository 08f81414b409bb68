// Extraction of each field from small texts: one hard case per test, each a general rule of
// Swedish municipal documents (the corpus gold test covers whole documents).
#include "kvreg/extract.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace kvreg {
namespace {

Record Extract(const std::string& text) { return testing::ExtractText(text); }

// "role date [inferred] pN" of each dated statement.
std::vector<std::string> Dates(const Record& r) {
  std::vector<std::string> out;
  for (const DatedStatement& d : r.dates) {
    out.push_back(d.role + " " + d.date + (d.year_inferred ? " inferred" : "") + " p" +
                  std::to_string(d.source.page));
  }
  return out;
}

const std::string kAward = "Deltagande i Kvalitetsutmärkelsen 2024\n\n";

// --- Diary numbers -----------------------------------------------------------------------

TEST(DiaryNumbers, EveryFamilyAndLabel) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"§ 23\n\nDeltagande\nBRO 2024/172\n", "BRO 2024/172"},  // protocol, no label
      {"Anmälan\nDnr SÖD 2024/281\n", "SÖD 2024/281"},
      {"Tjänsteutlåtande\nDnr 1.11.1-266/2017\n", "1.11.1-266/2017"},
      {"Tjänsteutlåtande\nDnr 2.2.2/318-2014\n", "2.2.2/318-2014"},
      {"Tjänsteutlåtande\nDiarienummer 2012-431-1.2.4\n", "2012-431-1.2.4"},
      {"§ 52\n\nAnmälan av deltagande\n2011-217-1.2.4\n", "2011-217-1.2.4"},  // no label
      {"Tjänsteutlåtande\nDnr: 212-2010-099\n", "212-2010-099"},
      {"Tjänsteutlåtande\nDNR 105-311-05\n", "105-311-05"},
      {"Tjänsteutlåtande\nDnr 106-245/2012\n", "106-245/2012"},
      {"Tjänsteutlåtande\nDnr 12.1-2468/2016\n", "12.1-2468/2016"},
      {"Tjänsteutlåtande\nDnr 2021-3672\n", "2021-3672"},
      {"Tjänsteutlåtande\nDnr T2017-00812\n", "T2017-00812"},
  };
  for (const auto& [text, number] : cases) {
    EXPECT_EQ(Extract(text).diary_numbers, std::vector<std::string>{number}) << text;
  }
}

TEST(DiaryNumbers, NeverPhonePostcodeBoxSumDateOrCaseSystemId) {
  const Record r = Extract(
      "Bromma stadsdelsförvaltning\nKöpsvängen 24\nBox 150 17\n167 15 Bromma\n"
      "Växel 08-508 06 000\nFax 08-508 06 011\n\n2024-03-26\n\n"
      "Hyran är 1 480 000 kronor per år.\n\nHandlingar i ärendet\n\n"
      "1556067 (Godkänd - R 3) Deltagande i Kvalitetsutmärkelsen\n");
  EXPECT_TRUE(r.diary_numbers.empty()) << r.diary_numbers.front();
}

TEST(DiaryNumbers, EachOnceInOrderOfFirstAppearance) {
  const Record r = Extract(
      "Tjänsteutlåtande\nDnr HV 2022/211\n\nÄrendet har samband med 1.5.1-318/2022.\n\n"
      "Tjänsteutlåtande\nDnr HV 2022/211\n");
  EXPECT_EQ(r.diary_numbers, (std::vector<std::string>{"HV 2022/211", "1.5.1-318/2022"}));
}

// --- Boards ------------------------------------------------------------------------------

TEST(Board, FromTheAddressee) {
  const Record r = Extract("Tjänsteutlåtande\n\nTill Södermalms stadsdelsnämnd\n");
  EXPECT_EQ(r.board, "Södermalms stadsdelsnämnd");
}

TEST(Board, FromTheAdministrationWhichIsNamed) {
  const Record r = Extract("Socialförvaltningen\n\nTjänsteutlåtande\n\nÄrendet.\n");
  EXPECT_EQ(r.board, "Socialnämnden");
  EXPECT_EQ(r.administration, "Socialförvaltningen");
  EXPECT_EQ(Extract("Äldreförvaltningen\n\nAnmälan\n").board, "Äldrenämnden");
  EXPECT_EQ(Extract("Trafikkontoret\n\nTjänsteutlåtande\n").board, "Trafiknämnden");
}

TEST(Board, FromTheDiaryPrefix) {
  const Record r = Extract("§ 23\n\nDeltagande i Kvalitetsutmärkelsen 2024\nBRO 2024/172\n");
  EXPECT_EQ(r.board, "Bromma stadsdelsnämnd");
  EXPECT_FALSE(r.administration.has_value());
}

TEST(Board, FormerNames) {
  EXPECT_EQ(Extract("Maria-Gamla stans stadsdelsnämnd Protokollsutdrag\n").board,
            "Maria-Gamla stans stadsdelsnämnd");
  const Record r = Extract("Socialtjänst- och arbetsmarknadsförvaltningen\n\nTjänsteutlåtande\n");
  EXPECT_EQ(r.board, "Socialtjänst- och arbetsmarknadsnämnden");
  EXPECT_EQ(r.administration, "Socialtjänst- och arbetsmarknadsförvaltningen");
  EXPECT_EQ(Extract("Socialtjänstförvaltningen\n\nTjänsteutlåtande\n").board,
            "Socialtjänstnämnden");
}

TEST(Board, TheCentralOfficeTheTextSendsTheProtocolToIsNotTheAdministration) {
  const Record r = Extract(
      "§ 31\n\nDeltagande i Kvalitetsutmärkelsen 2019\nBRO 2019/88\n\n"
      "Protokollsutdraget ska vara stadsledningskontoret tillhanda senast den "
      "28 juni 2019.\n");
  EXPECT_EQ(r.board, "Bromma stadsdelsnämnd");
  EXPECT_FALSE(r.administration.has_value()) << *r.administration;
  const Record s = Extract(
      "Anmälan\n\nInom Södermalms stadsdelsförvaltning planerar följande "
      "verksamheter att delta.\n");
  EXPECT_EQ(s.board, "Södermalms stadsdelsnämnd");
  EXPECT_EQ(s.administration, "Södermalms stadsdelsförvaltning");
}

TEST(Board, ANameBrokenOverLines) {
  const Record r =
      Extract("§ 64\n\nBeslut\n\nMaria-Gamla\nstans stadsdelsnämnd noterar anmälan.\n");
  EXPECT_EQ(r.board, "Maria-Gamla stans stadsdelsnämnd");
}

// --- Dates -------------------------------------------------------------------------------

TEST(Dates, EveryFormWithItsRole) {
  const Record r = Extract(kAward +
                           "Sammanträde 2024-04-18\n\n"
                           "Anmälan om deltagande skulle vara inlämnad senast 26/3 2024.\n\n"
                           "Bidragen ska senast inlämnas den 17 maj.\n\n"
                           "Protokollsutdrag ska skickas in senast 28 juni 2024.\n\n"
                           "Priset delas ut i Stadshuset tisdagen den 26 nov. 2024.\n\n"
                           "Ärendet har behandlats i pensionärsrådet den 8 sept. 2024.\n");
  EXPECT_EQ(Dates(r),
            (std::vector<std::string>{
                "meeting 2024-04-18 p1", "registration_deadline 2024-03-26 p1",
                "submission_deadline 2024-05-17 inferred p1", "report_deadline 2024-06-28 p1",
                "ceremony 2024-11-26 p1", "other 2024-09-08 p1"}));
  EXPECT_EQ(r.meeting_date, "2024-04-18");
}

TEST(Dates, ADayAndMonthWithoutYearTakeTheAwardYearAndSaySo) {
  const Record r = Extract(kAward +
                           "Nämndens beslut ska vara stadsledningskontoret tillhanda "
                           "senast 27/6.\n");
  EXPECT_EQ(Dates(r), std::vector<std::string>{"report_deadline 2024-06-27 inferred p1"});
}

TEST(Dates, WithoutAnAwardYearADateTakesTheDocumentsYear) {
  const Record r = Extract(
      "§ 118\n\nHyresavtal\n\nSammanträdesdatum 2023-05-25\n\nAvtalet "
      "gäller från den 1 juli.\n");
  EXPECT_EQ(Dates(r),
            (std::vector<std::string>{"meeting 2023-05-25 p1", "other 2023-07-01 inferred p1"}));
}

TEST(Dates, NotDates) {
  const Record r = Extract(kAward +
                           "Enheten deltog också år 2022. Priset delas ut i november. "
                           "Verksamheten har funnits sedan 2013 och har öppet 24/7.\n");
  EXPECT_TRUE(r.dates.empty()) << Dates(r).front();
}

TEST(Dates, TheLetterheadDateIsTheDocumentsAndTheAddresseeLineTheMeeting) {
  const Record r = Extract(
      "Utbildningsförvaltningen\n\nTjänsteutlåtande\n\n2013-04-15\n\nTill\n\n"
      "Utbildningsnämnden\nden 16 maj 2013\n\n" +
      kAward);
  EXPECT_EQ(r.document_date, "2013-04-15");
  EXPECT_EQ(r.meeting_date, "2013-05-16");
}

TEST(Dates, ALetterheadDateJoinedToItsNeighbourIsTheDocuments) {
  const Record r =
      Extract("Farsta stadsdelsförvaltning\n\nHandläggare Anna Ek 2021-04-12\n\n" + kAward +
              "Kvalitetsutmärkelsen är stadens årliga pris för att uppmärksamma och "
              "belöna framgångsrik verksamhetsutveckling.\n\nReviderad 2021-05-02\n");
  EXPECT_EQ(Dates(r), (std::vector<std::string>{"document 2021-04-12 p1", "other 2021-05-02 p1"}));
  const Record p = Extract("Bromma stadsdelsnämnd 2024-03-21\n\n§ 23\n\nBeslut\n\nNoteras.\n");
  EXPECT_FALSE(p.document_date.has_value());
}

TEST(Dates, ADateBesideTheDocumentsTypeOnItsLetterhead) {
  EXPECT_EQ(Dates(Extract("Farsta stadsdelsförvaltning\n\nTjänsteutlåtande 2021-04-12\n")),
            std::vector<std::string>{"document 2021-04-12 p1"});
  EXPECT_EQ(Dates(Extract("Bromma stadsdelsnämnd Protokollsutdrag 2019-05-23\n\n§ 31\n")),
            std::vector<std::string>{"meeting 2019-05-23 p1"});
}

TEST(Dates, AMeetingTimeInAProtocolHeadIsTheMeeting) {
  const Record r = Extract(
      "Protokoll\n\nSammanträdesdatum 2022-05-19\n\n"
      "Torsdagen den 19 maj 2022 kl. 18.00–19.45\n");
  EXPECT_EQ(Dates(r), std::vector<std::string>{"meeting 2022-05-19 p1"});
}

TEST(Dates, TwoDeadlinesInOneSentenceEachWithItsOwnClause) {
  const Record r = Extract(kAward +
                           "Verksamheterna skulle anmäla sitt deltagande senast den 23 mars och "
                           "lämna in sitt tävlingsbidrag senast den 18 maj 2024.\n");
  EXPECT_EQ(Dates(r), (std::vector<std::string>{"registration_deadline 2024-03-23 inferred p1",
                                                "submission_deadline 2024-05-18 p1"}));
}

TEST(Dates, AYearOnTheLineAfterItsMonthBelongsToTheDate) {
  const Record r =
      Extract("Anmälan\n\nTill Kungsholmens stadsdelsnämnd den 25 april\n2024\n\n" + kAward);
  EXPECT_EQ(Dates(r), std::vector<std::string>{"meeting 2024-04-25 p1"});
}

TEST(Dates, SendingInTheEntryIsTheSubmissionDeadline) {
  const Record r = Extract(kAward +
                           "Verksamheterna skulle anmäla sig senast den 22 mars och "
                           "skicka in sitt bidrag senast den 17 maj 2024.\n");
  EXPECT_EQ(Dates(r), (std::vector<std::string>{"registration_deadline 2024-03-22 inferred p1",
                                                "submission_deadline 2024-05-17 p1"}));
  const Record anmalan = Extract(kAward + "Anmälan ska ha inkommit senast den 19 mars 2024.\n");
  EXPECT_EQ(Dates(anmalan), std::vector<std::string>{"registration_deadline 2024-03-19 p1"});
  const Record old = Extract(kAward +
                             "De enheter som vill delta skall lämna in ett skriftligt "
                             "bidrag senast den 20 maj 2024.\n");
  EXPECT_EQ(Dates(old), std::vector<std::string>{"submission_deadline 2024-05-20 p1"});
}

TEST(Dates, ADateBrokenOverALineIsOneDate) {
  const Record r = Extract(kAward +
                           "Protokollet ska ha inkommit senast den 30 juni\n2024.\n\n"
                           "Ärendet har behandlats i förvaltningsgrupp 2024-06-\n07.\n");
  EXPECT_EQ(Dates(r),
            (std::vector<std::string>{"report_deadline 2024-06-30 p1", "other 2024-06-07 p1"}));
}

// --- Units -------------------------------------------------------------------------------

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

TEST(Decision, UnderBeslutAndTheProposalUnderItsHeading) {
  const Record p = Extract(
      "§ 23\n\nDeltagande i Kvalitetsutmärkelsen 2024\nBRO 2024/172\n\n"
      "Beslut\n\nNämnden noterar anmälan och lägger\närendet till "
      "handlingarna.\n\nFramlagda förslag till beslut\n\n"
      "Nämnden föreslår (se beslutet).\n");
  EXPECT_EQ(p.doc_kind, "protocol_extract");
  EXPECT_EQ(p.paragraph, "§ 23");
  EXPECT_EQ(p.decision, "Nämnden noterar anmälan och lägger ärendet till handlingarna.");
  EXPECT_FALSE(p.proposal.has_value());
  const Record t = Extract(
      "Tjänsteutlåtande\n\nFörvaltningens förslag till beslut\n\n"
      "1. Stadsdelsnämnden noterar anmälan.\n2. Ärendet läggs till "
      "handlingarna.\n\nSammanfattning\n");
  EXPECT_EQ(t.doc_kind, "official_report");
  EXPECT_EQ(t.proposal, "1. Stadsdelsnämnden noterar anmälan. 2. Ärendet läggs till handlingarna.");
  EXPECT_FALSE(t.decision.has_value());
  EXPECT_FALSE(t.paragraph.has_value());
}

TEST(DocKind, HeadingsAloneOrBesideTheLetterhead) {
  EXPECT_EQ(Extract("Skärholmens stadsdelsförvaltning Anmälan\nDnr SKÄ 2020/77\n").doc_kind,
            "notification");
  EXPECT_EQ(Extract("Farsta stadsdelsförvaltning Tjänsteutlåtande\nDnr FAR 2021/455\n").doc_kind,
            "official_report");
  EXPECT_EQ(Extract("Kungsholmens stadsdelsnämnd Protokollsutdrag\n\n§ 52\n").doc_kind,
            "protocol_extract");
  EXPECT_EQ(Extract("Bromma stadsdelsnämnd PROTOKOLLSUTDRAG\n\nÄrendet\n").doc_kind,
            "protocol_extract");
  EXPECT_EQ(Extract("Kulturnämnden Föredragningslista\nSammanträdesdag 2010-06-15\n").doc_kind,
            "agenda_item");
  // "Protokollsutdrag … ska skickas in" in running text makes no protocol.
  EXPECT_EQ(Extract("Anmälningsärende\n\nProtokollsutdrag från nämnd- eller styrelsemöte ska "
                    "skickas in senast\n28 juni 2024.\n")
                .doc_kind,
            "notification");
}

TEST(Decision, NumberedPointsInBlocksOfTheirOwn) {
  const Record r = Extract(
      "§ 19\n\nBeslut\n\n1. Äldrenämnden noterar anmälan.\n\n2. Paragrafen "
      "förklaras omedelbart justerad.\n\nÄrendet\n\nText.\n");
  EXPECT_EQ(r.decision,
            "1. Äldrenämnden noterar anmälan. 2. Paragrafen förklaras omedelbart "
            "justerad.");
}

TEST(Decision, OtherHeadingsOfDecisionAndProposal) {
  const Record k = Extract(
      "Trafikkontoret\n\nTjänsteutlåtande\n\nKontorets förslag till "
      "beslut\n\nTrafiknämnden noterar informationen.\n\nSammanfattning\n");
  EXPECT_EQ(k.proposal, "Trafiknämnden noterar informationen.");
  const Record s = Extract(
      "Stadsdelsförvaltningens förslag till beslut\n\nNämnden noterar "
      "anmälan.\n\nSammanfattning\n");
  EXPECT_EQ(s.proposal, "Nämnden noterar anmälan.");
  EXPECT_EQ(s.doc_kind, "official_report");
  const Record n = Extract("§ 12\n\nNämndens beslut\n\nNämnden noterar anmälan.\n\nÄrendet\n");
  EXPECT_EQ(n.decision, "Nämnden noterar anmälan.");
}

TEST(AwardYear, TheYearOfTheAwardNotOfAPriorParticipation) {
  const Record r = Extract(
      "Bakgrund\n\nHemtjänsten Vällingby deltog också år 2019.\n\n"
      "Hemtjänsten Vällingby deltar i Stockholms stads kvalitetsutmärkelse "
      "år\n2021.\n");
  EXPECT_EQ(r.award_year, 2021);
}

TEST(AwardYear, ForTheYear) {
  EXPECT_EQ(Extract("Anmälan till Stockholms stads kvalitetsutmärkelse för år 2020\n").award_year,
            2020);
}

TEST(PriorParticipation, ExplicitStatementsOnly) {
  const Record r = Extract(kAward +
                           "Enheten för arbete och försörjning, inom avdelning socialtjänst och "
                           "fritid samt Förebyggande verksamhet, inom avdelning äldreomsorg har "
                           "anmält sitt deltagande i årets utmärkelse. Enheten för arbete och "
                           "försörjning deltog också i Kvalitetsutmärkelsen år 2022 och 2023. Det "
                           "är första gången som förebyggande verksamhet deltar.\n");
  ASSERT_EQ(r.prior_participation.size(), 1u);
  EXPECT_EQ(r.prior_participation[0].unit, "Enheten för arbete och försörjning");
  EXPECT_EQ(r.prior_participation[0].years, (std::vector<int>{2022, 2023}));
  const Record h = Extract(
      "Enheten för hemlösas deltagande i Kvalitetsutmärkelsen 2021\n\n"
      "Enheten har tidigare deltagit i Kvalitetsutmärkelsen år 2019.\n");
  ASSERT_EQ(h.prior_participation.size(), 1u);
  EXPECT_EQ(h.prior_participation[0].years, std::vector<int>{2019});
  const Record u = Extract(kAward +
                           "Hemtjänsten Tensta deltar i Kvalitetsutmärkelsen 2024. Hemtjänsten "
                           "Tensta deltog också i utmärkelsen år 2019 och 2021.\n");
  ASSERT_EQ(u.prior_participation.size(), 1u);
  const Record board = Extract(kAward +
                               "Förskolan A och Förskolan B deltar i "
                               "Kvalitetsutmärkelsen 2024. Farsta stadsdelsförvaltning "
                               "deltog också år 2021. Staden deltog också år 2020.\n");
  EXPECT_TRUE(board.prior_participation.empty()) << board.prior_participation.front().unit;
  const Record both = Extract(kAward +
                              "Förskolan A och Förskolan B deltar i "
                              "Kvalitetsutmärkelsen 2024. Båda enheterna deltog också år "
                              "2021.\n");
  ASSERT_EQ(both.prior_participation.size(), 2u);
  EXPECT_EQ(both.prior_participation[1].unit, "Förskolan B");
  EXPECT_EQ(both.prior_participation[1].years, std::vector<int>{2021});
  const Record c = Extract(kAward +
                           "Förskolan Blåklinten deltar i Kvalitetsutmärkelsen 2024. "
                           "Förskolan Blåklinten har tidigare deltagit i "
                           "kvalitetsutmärkelsen, år 2012 och 2014.\n");
  ASSERT_EQ(c.prior_participation.size(), 1u);
  EXPECT_EQ(c.prior_participation[0].years, (std::vector<int>{2012, 2014}));
  EXPECT_EQ(u.prior_participation[0].years, (std::vector<int>{2019, 2021}));
}

// --- Whole documents -----------------------------------------------------------------------

TEST(WholeProtocol, OnlyTheAwardParagraphIsRead) {
  const Record r = Extract(
      "Norrmalms stadsdelsnämnd Protokoll\nSammanträdesdatum 2015-06-11\n\n"
      "§ 42 Månadsrapport per maj 2015\nNOR 2015/198\n\nBeslut\n\nNämnden godkänner "
      "rapporten.\n\nRapporten ska lämnas till kommunstyrelsen senast den 19 juni 2015.\n\n"
      "§ 44 Deltagande i Kvalitetsutmärkelsen 2015\nNOR 2015/214\n\nBeslut\n\n"
      "Stadsdelsnämnden noterar anmälan.\n\nÄrendet\n\nFörskolan Vasaparken deltar i "
      "Kvalitetsutmärkelsen 2015. Protokollsutdrag ska ha inkommit senast den 30 juni.\n\n"
      "§ 45 Anmälan av delegationsbeslut\nNOR 2015/12\n\nBeslut\n\nNämnden lägger anmälan "
      "till handlingarna. Nya bänkar ställs ut den 1 september 2015.\n\n"
      "§ 48 Information från förvaltningen\nTvå förskolor fick hedersomnämnande i stadens "
      "kvalitetsutmärkelse den 21 november 2014.\n");
  EXPECT_EQ(r.board, "Norrmalms stadsdelsnämnd");
  EXPECT_EQ(r.paragraph, "§ 44");
  EXPECT_EQ(r.diary_numbers, std::vector<std::string>{"NOR 2015/214"});
  EXPECT_EQ(r.decision, "Stadsdelsnämnden noterar anmälan.");
  EXPECT_EQ(UnitNames(r), std::vector<std::string>{"Förskolan Vasaparken"});
  EXPECT_EQ(Dates(r), (std::vector<std::string>{"meeting 2015-06-11 p1",
                                                "report_deadline 2015-06-30 inferred p1"}));
}

TEST(WholeProtocol, AParagraphHeadingRightAfterTheText) {
  const Record r = Extract(
      "Protokoll\nSammanträdesdatum 2015-06-11\n\n§ 42 Månadsrapport\nNOR "
      "2015/198\nNämnden godkänner rapporten per maj 2015 och överlämnar den "
      "till kommunstyrelsen.\n§ 44 Deltagande i Kvalitetsutmärkelsen 2015\n"
      "NOR 2015/214\nFörskolan Vasaparken deltar i Kvalitetsutmärkelsen "
      "2015.\n");
  EXPECT_EQ(r.diary_numbers, std::vector<std::string>{"NOR 2015/214"});
  EXPECT_EQ(r.paragraph, "§ 44");
}

TEST(WholeAgenda, OnlyTheAwardItemIsRead) {
  const Record r = Extract(
      "Kulturnämnden Föredragningslista\nSammanträdesdag 2010-06-15\n\nFöredragningslista\n\n"
      "1. Upprop\n\n4. Anmälan av delegationsbeslut, 1.2-14/2010\n\n"
      "8. Deltagande i Stockholms stads kvalitetsutmärkelse 2010, 4.1-233/2010\nAnmälan av att "
      "Kulturskolan Stockholm och Liljevalchs konsthall deltar i\nårets kvalitetsutmärkelse.\n\n"
      "9. Stockholms kulturfestival 2010, 5.3-201/2010\nFestivalen äger rum den 11 augusti "
      "2010.\n");
  EXPECT_EQ(r.doc_kind, "agenda_item");
  EXPECT_EQ(r.diary_numbers, std::vector<std::string>{"4.1-233/2010"});
  EXPECT_EQ(UnitNames(r),
            (std::vector<std::string>{"Kulturskolan Stockholm", "Liljevalchs konsthall"}));
  EXPECT_EQ(Dates(r), std::vector<std::string>{"meeting 2010-06-15 p1"});
}

TEST(NotAboutTheAward, NoUnitsAndNoAwardYear) {
  const Record r = Extract(
      "§ 118\n\nNytt hyresavtal för förskolan Ekorren\nFAR 2023/301\n\n"
      "Beslut\n\n1. Nämnden godkänner hyresavtalet.\n\nFörskolan Ekorren och "
      "Hemtjänsten Farsta deltar i arbetet. Avtalet gäller från den 1 juli "
      "2023. Förskolan Ekorren fick hedersomnämnande i Kvalitetsutmärkelsen "
      "2019 och har sedan dess utvecklat sitt arbete.\n");
  EXPECT_TRUE(r.units.empty());
  EXPECT_FALSE(r.award_year.has_value());
  EXPECT_TRUE(r.prior_participation.empty());
  EXPECT_EQ(r.diary_numbers, std::vector<std::string>{"FAR 2023/301"});
}

TEST(AboutTheAward, AnAgendaItemTitledWithTheAward) {
  const Record r = Extract(
      "Föredragningslista\n\n1. Upprop\n\n8. Deltagande i "
      "kvalitetsutmärkelsen 2010. Dnr 4.1-233/2010. Kulturskolan Stockholm "
      "och Liljevalchs konsthall deltar i år.\n\n9. Övriga frågor\n");
  EXPECT_EQ(r.award_year, 2010);
}

TEST(AboutTheAward, ANameInAHeadingIsEnough) {
  const Record r = Extract(
      "Föredragningslista\n\n5. Förskolan Myrstackens deltagande i\n"
      "Kvalitetsutmärkelsen 2024\n\nDnr RK 2024/155\n");
  EXPECT_EQ(r.award_year, 2024);
  EXPECT_EQ(UnitNames(r), std::vector<std::string>{"Förskolan Myrstacken"});
}

}  // namespace
}  // namespace kvreg
