// Extraction of each field from small texts: diary numbers, board and dates, one hard case per
// test, each a general rule of Swedish municipal documents (the corpus gold test covers whole
// documents; units are in extract_units_test.cpp, decisions and matters in
// extract_matters_test.cpp).
#include "kvreg/extract.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "test_support.h"

namespace kvreg {
namespace {

Record Extract(const std::string& text) { return testing::ExtractText(text); }
using testing::DatesOf;

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
  EXPECT_EQ(DatesOf(r),
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
  EXPECT_EQ(DatesOf(r), std::vector<std::string>{"report_deadline 2024-06-27 inferred p1"});
}

TEST(Dates, WithoutAnAwardYearADateTakesTheDocumentsYear) {
  const Record r = Extract(
      "§ 118\n\nHyresavtal\n\nSammanträdesdatum 2023-05-25\n\nAvtalet "
      "gäller från den 1 juli.\n");
  EXPECT_EQ(DatesOf(r),
            (std::vector<std::string>{"meeting 2023-05-25 p1", "other 2023-07-01 inferred p1"}));
}

TEST(Dates, NotDates) {
  const Record r = Extract(kAward +
                           "Enheten deltog också år 2022. Priset delas ut i november. "
                           "Verksamheten har funnits sedan 2013 och har öppet 24/7.\n");
  EXPECT_TRUE(r.dates.empty()) << DatesOf(r).front();
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
  EXPECT_EQ(DatesOf(r),
            (std::vector<std::string>{"document 2021-04-12 p1", "other 2021-05-02 p1"}));
  const Record p = Extract("Bromma stadsdelsnämnd 2024-03-21\n\n§ 23\n\nBeslut\n\nNoteras.\n");
  EXPECT_FALSE(p.document_date.has_value());
}

TEST(Dates, ADateBesideTheDocumentsTypeOnItsLetterhead) {
  EXPECT_EQ(DatesOf(Extract("Farsta stadsdelsförvaltning\n\nTjänsteutlåtande 2021-04-12\n")),
            std::vector<std::string>{"document 2021-04-12 p1"});
  EXPECT_EQ(DatesOf(Extract("Bromma stadsdelsnämnd Protokollsutdrag 2019-05-23\n\n§ 31\n")),
            std::vector<std::string>{"meeting 2019-05-23 p1"});
}

TEST(Dates, AMeetingTimeInAProtocolHeadIsTheMeeting) {
  const Record r = Extract(
      "Protokoll\n\nSammanträdesdatum 2022-05-19\n\n"
      "Torsdagen den 19 maj 2022 kl. 18.00–19.45\n");
  EXPECT_EQ(DatesOf(r), std::vector<std::string>{"meeting 2022-05-19 p1"});
}

TEST(Dates, TwoDeadlinesInOneSentenceEachWithItsOwnClause) {
  const Record r = Extract(kAward +
                           "Verksamheterna skulle anmäla sitt deltagande senast den 23 mars och "
                           "lämna in sitt tävlingsbidrag senast den 18 maj 2024.\n");
  EXPECT_EQ(DatesOf(r), (std::vector<std::string>{"registration_deadline 2024-03-23 inferred p1",
                                                  "submission_deadline 2024-05-18 p1"}));
}

TEST(Dates, AYearOnTheLineAfterItsMonthBelongsToTheDate) {
  const Record r =
      Extract("Anmälan\n\nTill Kungsholmens stadsdelsnämnd den 25 april\n2024\n\n" + kAward);
  EXPECT_EQ(DatesOf(r), std::vector<std::string>{"meeting 2024-04-25 p1"});
}

TEST(Dates, SendingInTheEntryIsTheSubmissionDeadline) {
  const Record r = Extract(kAward +
                           "Verksamheterna skulle anmäla sig senast den 22 mars och "
                           "skicka in sitt bidrag senast den 17 maj 2024.\n");
  EXPECT_EQ(DatesOf(r), (std::vector<std::string>{"registration_deadline 2024-03-22 inferred p1",
                                                  "submission_deadline 2024-05-17 p1"}));
  const Record anmalan = Extract(kAward + "Anmälan ska ha inkommit senast den 19 mars 2024.\n");
  EXPECT_EQ(DatesOf(anmalan), std::vector<std::string>{"registration_deadline 2024-03-19 p1"});
  const Record old = Extract(kAward +
                             "De enheter som vill delta skall lämna in ett skriftligt "
                             "bidrag senast den 20 maj 2024.\n");
  EXPECT_EQ(DatesOf(old), std::vector<std::string>{"submission_deadline 2024-05-20 p1"});
}

TEST(Dates, ADateBrokenOverALineIsOneDate) {
  const Record r = Extract(kAward +
                           "Protokollet ska ha inkommit senast den 30 juni\n2024.\n\n"
                           "Ärendet har behandlats i förvaltningsgrupp 2024-06-\n07.\n");
  EXPECT_EQ(DatesOf(r),
            (std::vector<std::string>{"report_deadline 2024-06-30 p1", "other 2024-06-07 p1"}));
}

// --- Units -------------------------------------------------------------------------------
}  // namespace
}  // namespace kvreg
