// Extraction of decision, proposal, award year and prior participation from small texts, and
// the award matter of whole protocols and agendas, one hard case per test.
#include <gtest/gtest.h>

#include <algorithm>

#include "kvreg/extract.h"
#include "test_support.h"

namespace kvreg {
namespace {

Record Extract(const std::string& text) { return testing::ExtractText(text); }
using testing::DatesOf;

const std::string kAward = "Deltagande i Kvalitetsutmärkelsen 2024\n\n";

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
  EXPECT_EQ(DatesOf(r), (std::vector<std::string>{"meeting 2015-06-11 p1",
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
  EXPECT_EQ(DatesOf(r), std::vector<std::string>{"meeting 2010-06-15 p1"});
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
