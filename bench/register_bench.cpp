// kvreg_register_bench: builds a register of 100,000 participations through the Register API
// (synthetic documents with page text, as an import would write them) and times the three
// questions a clerk asks most: a unit's history, the verify of one award year, and a
// full-text search. Prints milliseconds per query: median and slowest wall-clock time of the
// runs, and the process CPU time per run (steadier on a machine shared with other work).
//
//   build/bench/kvreg_register_bench [--db FILE] [--participations N] [--runs R]
//
// Not run by ctest: timings depend on the machine. The register file is made fresh each time.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "document_text_json.h"
#include "kvreg/patterns.h"
#include "kvreg/register.h"

namespace {

using Clock = std::chrono::steady_clock;
using kvreg::Status;

const char* kBoards[] = {"Bromma stadsdelsnämnd",
                         "Södermalms stadsdelsnämnd",
                         "Rinkeby-Kista stadsdelsnämnd",
                         "Spånga-Tensta stadsdelsnämnd",
                         "Hässelby-Vällingby stadsdelsnämnd",
                         "Kungsholmens stadsdelsnämnd",
                         "Norrmalms stadsdelsnämnd",
                         "Östermalms stadsdelsnämnd",
                         "Enskede-Årsta-Vantörs stadsdelsnämnd",
                         "Skarpnäcks stadsdelsnämnd",
                         "Farsta stadsdelsnämnd",
                         "Hägersten-Älvsjö stadsdelsnämnd",
                         "Skärholmens stadsdelsnämnd",
                         "Socialnämnden",
                         "Utbildningsnämnden",
                         "Äldrenämnden",
                         "Kulturnämnden",
                         "Idrottsnämnden",
                         "Arbetsmarknadsnämnden",
                         "Servicenämnden"};
constexpr int kBoardCount = 20;
constexpr int kFirstYear = 2005, kYears = 20, kYearsPerUnit = 10, kUnitsPerDocument = 5;
const char* kKinds[] = {"Förskolan",   "Hemtjänsten",
                        "Enheten för", "Vård- och omsorgsboendet",
                        "Fältgruppen", "Dagliga verksamheten"};
const char* kPlaces[] = {"Ängen",     "Solrosen",     "Åsen",   "Björken",
                         "Ekbacken",  "Tallkotten",   "Lärkan", "Öringen",
                         "Vällingby", "Skogsgläntan", "Hagen"};

std::string UnitName(int u) {
  char serial[16];
  std::snprintf(serial, sizeof serial, "%05d", u);
  return std::string(kKinds[u % 6]) + " " + kPlaces[(u / 6) % 11] + " " + serial;
}

// `mention_prior`: the document says the first unit took part the year before too.
kvreg::Record MakeDocument(int serial, int board, int year, const std::vector<int>& units,
                           bool mention_prior, kvreg::DocumentText* text) {
  kvreg::Record r;
  r.file = "bench/doc-" + std::to_string(serial) + ".pdf";
  char sha[65];
  std::snprintf(sha, sizeof sha, "%064d", serial);
  r.sha256 = sha;
  r.pages = 1;
  r.board = kBoards[board];
  r.award_year = year;
  r.diary_numbers = {"BEN " + std::to_string(year) + "/" + std::to_string(serial)};
  // Most protocols on time, some late; a third of the documents are tjänsteutlåtanden.
  const bool protocol = serial % 3 != 0;
  r.doc_kind = protocol ? "protocol_extract" : "official_report";
  const int month = protocol && serial % 7 == 0 ? 8 : 5;
  r.meeting_date = std::to_string(year) + (month == 8 ? "-08-24" : "-05-23");
  if (protocol) {
    r.paragraph = "§ " + std::to_string(serial % 120 + 1);
    r.decision = "Nämnden noterar anmälan och lägger ärendet till handlingarna.";
  } else {
    r.proposal = "Nämnden noterar anmälan.";
  }
  r.dates.push_back({"meeting", *r.meeting_date, *r.meeting_date, false, {1, "", std::nullopt}});
  r.dates.push_back(
      {"report_deadline", std::to_string(year) + "-06-30", "", false, {1, "", std::nullopt}});
  kvreg::PageText page;
  page.number = 1;
  auto line = [&](const std::string& s) {
    kvreg::TextLine l;
    l.text = s;
    page.lines.push_back(l);
  };
  line(*r.board);
  line(protocol ? "Protokollsutdrag " + *r.paragraph : "Tjänsteutlåtande");
  line("Dnr " + r.diary_numbers[0]);
  line("Deltagande i Kvalitetsutmärkelsen " + std::to_string(year));
  for (int u : units) {
    kvreg::UnitMention m;
    m.name = UnitName(u);
    m.competition_class = u % 2 ? "Förskola" : "Äldreomsorg";
    m.source = {1, m.name, std::nullopt};
    r.units.push_back(m);
    line(m.name + " har anmält sitt deltagande i årets kvalitetsutmärkelse.");
  }
  if (mention_prior) r.prior_participation.push_back({UnitName(units[0]), {year - 1}});
  line("Protokollsutdrag ska skickas till stadsledningskontoret senast den 30 juni.");
  text->pages = {page};
  return r;
}

struct Timing {
  double median_ms = 0, max_ms = 0, cpu_ms = 0;  // wall clock; process CPU time per run
  size_t rows = 0;
};

Timing Time(int runs, const std::function<size_t()>& query) {
  query();  // warm the page cache
  std::vector<double> ms;
  size_t rows = 0;
  const std::clock_t cpu_start = std::clock();
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    rows = query();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  const double cpu_ms = 1000.0 * static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms.back(), cpu_ms / runs, rows};
}

// What the synthetic register holds once built: its size, and a diary number to search for.
struct BuiltRegister {
  int units = 0, documents = 0;
  std::string dnr;
};

// Fills `reg` with `participations` participations. Unit u belongs to board u % 20 and takes
// part in 10 of the 20 years, so every year has the same number of participations. False when a
// document could not be added (the message is printed).
bool BuildRegister(kvreg::Register* reg, int participations, BuiltRegister* built) {
  const int units = participations / kYearsPerUnit;
  built->units = units;
  int serial = 0;
  for (int year = kFirstYear; year < kFirstYear + kYears; ++year) {
    for (int board = 0; board < kBoardCount; ++board) {
      std::vector<int> batch;
      bool first_took_part_before = false;
      auto flush = [&] {
        if (batch.empty()) return true;
        kvreg::DocumentText text;
        const kvreg::Record r =
            MakeDocument(++serial, board, year, batch, first_took_part_before, &text);
        if (serial % 1000 == 0) built->dnr = r.diary_numbers[0];
        const std::vector<kvreg::StoredPage> pages = kvreg::StorePages(text);
        Status added = reg->AddDocument(r, &pages);
        if (!added.ok()) std::fprintf(stderr, "%s\n", added.message().c_str());
        batch.clear();
        return added.ok();
      };
      for (int u = board; u < units; u += kBoardCount) {
        const int offset = (year - kFirstYear - u % kYears + kYears) % kYears;
        if (offset >= kYearsPerUnit) continue;
        if (batch.empty()) first_took_part_before = offset > 0 && year > kFirstYear;
        batch.push_back(u);
        if (batch.size() == kUnitsPerDocument && !flush()) return false;
      }
      if (!flush()) return false;
    }
  }
  built->documents = serial;
  return true;
}

// Times history, verify and search on the built register, `runs` times each, and prints a line
// for each.
void TimeQueries(kvreg::Register* reg, const BuiltRegister& built, int runs) {
  const kvreg::AwardCalendar calendar;
  const std::string unit = UnitName(built.units / 2 + 7);
  auto participations = [&](kvreg::ParticipationQuery q) {
    return Time(runs, [&, q] {
      std::vector<kvreg::ParticipationView> views;
      reg->Participations(q, calendar, &views);
      return views.size();
    });
  };
  kvreg::ParticipationQuery by_unit, by_year, by_year_and_board;
  by_unit.unit_query = unit;
  by_year.year = 2015;
  by_year_and_board.year = 2015;
  by_year_and_board.board = "Södermalm";
  auto search = [&](const std::string& words) {
    return Time(runs, [&, words] {
      std::vector<kvreg::SearchHit> hits;
      reg->Search(words, 20, &hits);
      return hits.size();
    });
  };
  auto print = [](const std::string& what, const Timing& t) {
    std::printf("%-44s %8.2f ms median %8.2f ms max %8.2f ms CPU  (%zu rows)\n", what.c_str(),
                t.median_ms, t.max_ms, t.cpu_ms, t.rows);
  };
  print("history \"" + unit + "\"", participations(by_unit));
  print("verify --year 2015 (all boards)", participations(by_year));
  print("verify --year 2015 --board Södermalm", participations(by_year_and_board));
  print("search \"" + unit + "\"", search(unit));
  print("search \"" + built.dnr + "\"", search(built.dnr));
  print("search \"Kvalitetsutmärkelsen\" (every page)", search("Kvalitetsutmärkelsen"));
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = (std::filesystem::temp_directory_path() / "kvreg-bench.sqlite").string();
  int participations = 100000, runs = 20;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--db")) path = argv[i + 1];
    if (!std::strcmp(argv[i], "--participations")) participations = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--runs")) runs = std::max(1, std::atoi(argv[i + 1]));
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  std::unique_ptr<kvreg::Register> reg;
  Status s = kvreg::Register::Open(path, &reg);
  if (!s.ok()) {
    std::fprintf(stderr, "%s\n", s.message().c_str());
    return 2;
  }
  const auto build_start = Clock::now();
  BuiltRegister built;
  if (!BuildRegister(reg.get(), participations, &built)) return 2;
  const double build_s = std::chrono::duration<double>(Clock::now() - build_start).count();
  std::vector<kvreg::ParticipationView> all;
  reg->Participations({}, {}, &all);
  std::printf("register %s: %zu participations, %d units, %d documents, built in %.1f s\n",
              path.c_str(), all.size(), built.units, built.documents, build_s);
  all.clear();
  TimeQueries(reg.get(), built, runs);
  return 0;
}
