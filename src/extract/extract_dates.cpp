// Dated statements: every date the text gives (date_expressions.re2), with the role its clause
// gives it (date_roles.re2). A date without a year takes the award year (else the year of the
// first date printed with one, the letterhead's or the meeting's) and says so.
#include <algorithm>

#include "extract_internal.h"
#include "swedish_dates.h"

namespace kvreg {
namespace {

struct DateHit {
  size_t begin = 0, end = 0;
  std::string iso;
  std::string text;
  bool year_inferred = false;
};

// The dates of sentence `i`.
std::vector<DateHit> FindDates(const ExtractionContext& ctx, size_t i,
                               std::optional<int> default_year) {
  const PatternSet& patterns = ctx.patterns;
  const std::string& sentence = ctx.sentences[i].text;
  std::vector<DateHit> hits;
  for (int c : CandidatesOfSentence(ctx, i, PatternSet::kDateExpressions)) {
    ForEachMatch(
        *patterns.Category("date_expressions")[c].regex, sentence, [&](const PatternMatch& m) {
          const std::string month_text = m.Get("month");
          int month = 0;
          if (!month_text.empty() && std::isdigit(static_cast<unsigned char>(month_text[0]))) {
            month = std::stoi(month_text);
          } else {
            month = SwedishMonthNumber(month_text);
          }
          if (month == 0) return;
          DateHit hit;
          int year = 0;
          if (m.Has("year") && !m.Get("year").empty()) {
            year = std::stoi(m.Get("year"));
          } else if (default_year) {
            year = *default_year;
            hit.year_inferred = true;
          } else {
            return;
          }
          const auto iso = IsoDate(year, month, std::stoi(m.Get("day")));
          if (!iso) return;
          hit.iso = *iso;
          hit.begin = m.Offset("day");
          const size_t year_end = m.Has("year") ? m.Offset("year") + m.Get("year").size() : 0;
          const size_t month_end = m.Offset("month") + month_text.size();
          hit.end = std::max({year_end, month_end, m.Offset("day") + m.Get("day").size()});
          if (m.Offset("year") < hit.begin && m.Has("year")) hit.begin = m.Offset("year");
          hit.text = sentence.substr(hit.begin, hit.end - hit.begin);
          hits.push_back(hit);
        });
  }
  // Left to right; of two readings at one place the longer ("26/3 2024", not "26/3").
  std::sort(hits.begin(), hits.end(), [](const DateHit& a, const DateHit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<DateHit> kept;
  for (const DateHit& h : hits) {
    if (!kept.empty() && h.begin < kept.back().end) continue;
    kept.push_back(h);
  }
  return kept;
}

// The year of the first date printed with its year (the letterhead's or the meeting's): the
// year of a date without one in a document that names no award year.
std::optional<int> FirstPrintedYear(const ExtractionContext& ctx) {
  for (size_t i = 0; i < ctx.sentences.size(); ++i) {
    const std::vector<DateHit> hits = FindDates(ctx, i, std::nullopt);
    if (!hits.empty()) return std::stoi(hits.front().iso.substr(0, 4));
  }
  return std::nullopt;
}

// A year-less date takes the award's year; but in a document written late in the year before
// the award's ("2025-12-02", about the 2026 award), a year-less date that would come most of a
// year after the document and falls, a year earlier, after it ("9 december") is that year's.
void MoveBackOverTheYearsEnd(std::vector<DatedStatement>* dates) {
  const DatedStatement* written = nullptr;
  for (const DatedStatement& d : *dates) {
    if (d.role == "document" && !d.year_inferred) written = &d;
  }
  if (written == nullptr) return;
  const std::string document_date = written->date;
  auto year_of = [](const std::string& iso) { return std::stoi(iso.substr(0, 4)); };
  for (DatedStatement& d : *dates) {
    if (!d.year_inferred || d.date.size() != 10 || document_date.size() != 10) continue;
    if (year_of(d.date) != year_of(document_date) + 1) continue;
    const std::string a_year_earlier = std::to_string(year_of(d.date) - 1) + d.date.substr(4);
    // Same month-day comparison as text: ISO dates order as strings.
    if (a_year_earlier >= document_date) d.date = a_year_earlier;
  }
}

bool IsDeadlineRole(const std::string& role) {
  return role == "registration_deadline" || role == "submission_deadline" ||
         role == "report_deadline";
}

// The first role whose pattern matches `clause`; when the date's whole clause says it is a
// deadline ("senast"), only deadline roles.
std::string RoleOf(const PatternSet& patterns, const std::string& clause,
                   const std::string& whole_clause) {
  const auto& roles = patterns.Category("date_roles");
  std::vector<int> candidates;
  patterns.Candidates("deadline_markers", whole_clause, &candidates);
  const bool deadline = !candidates.empty();
  patterns.Candidates("date_roles", clause, &candidates);  // the roles whose pattern matches
  for (int c : candidates) {
    if (deadline && !IsDeadlineRole(roles[c].name)) continue;
    return roles[c].name;
  }
  return "";
}

// The longest sentence read as a letterhead line, and as a label above one ("Till"), in bytes.
constexpr size_t kLetterheadLine = 60;
constexpr size_t kLabel = 25;
// A sentence this long is running text: the letterhead is behind.
constexpr size_t kBodySentence = 100;

// True when the date printed as `hit` stands on a line of its own in the sentence that begins
// at `offset` of the text (the last line of a letterhead the layout made one block: "Avdelningen
// för äldreomsorg Dnr SKÄ 2025/612" ⏎ "2025-12-04").
bool OnALineOfItsOwn(const std::string& text, size_t offset, const DateHit& hit) {
  const size_t at = text.find(hit.text, offset);
  if (at == std::string::npos || at == 0 || text[at - 1] != '\n') return false;
  const size_t end = at + hit.text.size();
  return end == text.size() || text[end] == '\n';
}

// A date alone in its sentence ("den 23 maj 2024" on a letterhead line).
bool IsLoneDate(const std::string& sentence, const DateHit& hit) {
  const std::string rest = sentence.substr(0, hit.begin) + sentence.substr(hit.end);
  // Nothing but filler: the pieces of the rest are forced ("d" starts no single-character
  // filler), so the whole is made of them exactly when removing each, left to right, leaves
  // nothing.
  static const RE2 kFillers(R"((?i)(?:\b(?:den|datum)\b|[ .,:])*)");  // compiled once
  return RE2::FullMatch(rest, kFillers);
}

// The role of a date from the words before it, nearest clause first ("… anmäla sitt deltagande
// till den nämnd …, och protokollsutdraget ska vara stadsledningskontoret tillhanda senast den
// 30 juni"), then from the words after it.
std::string RoleAround(const PatternSet& patterns, const std::string& before,
                       const std::string& after) {
  const std::string whole = before + " " + after;
  const size_t clause = before.rfind(", ");
  std::string role =
      clause == std::string::npos ? "" : RoleOf(patterns, before.substr(clause + 2), whole);
  if (role.empty()) role = RoleOf(patterns, before, whole);
  if (role.empty()) role = RoleOf(patterns, after, whole);
  return role;
}

// Where the words of `sentence` belong to each of its dates: hit h speaks of the words from
// split[h] to split[h + 1]. The words between two dates are split where a clause boundary is
// (" och ", ", "): the first part speaks of the earlier date, the rest of the later one; a word
// or two between them with no boundary are the later one's label ("Sammanträde den 24 maj 2007
// Datum 2007-04-16", two letterhead lines).
std::vector<size_t> SplitBetweenDates(const std::string& sentence,
                                      const std::vector<DateHit>& hits) {
  std::vector<size_t> split(hits.size() + 1, 0);
  split[hits.size()] = sentence.size();
  for (size_t h = 1; h < hits.size(); ++h) {
    const std::string between = sentence.substr(hits[h - 1].end, hits[h].begin - hits[h - 1].end);
    size_t cut = std::string::npos;
    for (const char* boundary : {" och ", ", ", " samt "}) {
      const size_t at = between.rfind(boundary);
      if (at != std::string::npos && (cut == std::string::npos || at > cut)) cut = at;
    }
    const bool label = std::count(between.begin(), between.end(), ' ') <= 3;
    if (cut == std::string::npos) {
      cut = label ? std::min(between.find_first_not_of(' '), between.size()) : between.size() / 2;
    }
    split[h] = hits[h - 1].end + cut;
  }
  return split;
}

}  // namespace

std::vector<DatedStatement> ExtractDates(const ExtractionContext& ctx,
                                         std::optional<int> award_year,
                                         const std::string& doc_kind) {
  std::vector<DatedStatement> out;
  bool have_document_date = false;
  const auto& sentences = ctx.sentences;
  const std::optional<int> default_year = award_year ? award_year : FirstPrintedYear(ctx);
  bool in_body = false;  // past the letterhead: a sentence of running text has been read
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    const std::vector<DateHit> hits = FindDates(ctx, i, default_year);
    const bool in_letterhead = !in_body;
    in_body = in_body || s.text.size() > kBodySentence;
    const std::vector<size_t> split = SplitBetweenDates(s.text, hits);
    for (size_t h = 0; h < hits.size(); ++h) {
      std::string before = s.text.substr(split[h], hits[h].begin - split[h]);
      std::string after = s.text.substr(hits[h].end, split[h + 1] - hits[h].end);
      const bool lone = hits.size() == 1 && IsLoneDate(s.text, hits[h]);
      if (lone && RoleAround(ctx.patterns, before, after).empty()) {
        // A letterhead date: its role comes from its label ("Datum"), else from the lines above
        // it ("Till X-nämnden").
        before.clear();
        for (size_t back = 1; back <= 2 && back <= i; ++back) {
          if (sentences[i - back].text.size() > 80) break;
          before = sentences[i - back].text + " " + before;
        }
      }
      std::string role = RoleAround(ctx.patterns, before, after);
      if (role.empty() && !lone && hits.size() == 1 && s.text.size() <= kLetterheadLine &&
          s.text.back() != '.' && i > 0 && sentences[i - 1].text.size() <= kLabel) {
        // A short letterhead line ("Utbildningsnämnden den 16 maj 2013") under its label
        // ("Till").
        const std::string context = sentences[i - 1].text + " " + before;
        role = RoleOf(ctx.patterns, context, context + " " + after);
      }
      // The letterhead's date: alone on its line, or on a short line of the letterhead that
      // the layout joined to its neighbour ("Handläggare 2024-03-26").
      const bool letterhead_line = doc_kind != "protocol_extract" && !in_body && hits.size() == 1 &&
                                   s.text.size() <= kLetterheadLine && s.text.back() != '.';
      const bool own_line = in_letterhead && hits.size() == 1 && doc_kind != "protocol_extract" &&
                            OnALineOfItsOwn(ctx.text.text, s.offset, hits[h]);
      if (role.empty() && (lone || letterhead_line || own_line) && !hits[h].year_inferred &&
          !have_document_date) {
        role = "document";
      }
      if (role.empty()) role = "other";
      if (role == "not_listed") continue;  // a date that is no date of the matter
      if (role == "document") have_document_date = true;
      // A page header of later pages ("Protokollsutdrag 2019-05-23") repeats a date the
      // document gave; in the headers and footers moved out of the running text a known date
      // adds nothing.
      const bool furniture = s.offset >= ctx.text.furniture_start;
      // A lone date repeating one read above is that date again ("Sammanträde 2009-03-19" ⏎
      // "Datum: 2009-03-19" on an agenda).
      const bool duplicate = std::any_of(out.begin(), out.end(), [&](const DatedStatement& d) {
        return (furniture || lone || d.role == role) && d.date == hits[h].iso;
      });
      if (duplicate) continue;
      DatedStatement date;
      date.role = role;
      date.date = hits[h].iso;
      date.text = hits[h].text;
      date.year_inferred = hits[h].year_inferred;
      date.source.page = ctx.text.PageAt(s.offset);
      date.source.text = s.text;
      out.push_back(std::move(date));
    }
  }
  MoveBackOverTheYearsEnd(&out);
  return out;
}

}  // namespace kvreg
