// Shared plumbing of the extractors (private to src/): the text they read and a match loop.
#pragma once

#include <re2/re2.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "kvreg/normalize.h"
#include "kvreg/patterns.h"
#include "kvreg/record.h"
#include "sentences.h"

namespace kvreg {

// Per PatternSet::SentenceCategory, the patterns that can match one sentence.
using SentenceCandidates = std::vector<std::vector<int>>;

struct ExtractionContext {
  const PatternSet& patterns;
  const NormalizedText& text;
  std::vector<Sentence> sentences;
  std::vector<SentenceCandidates> candidates;  // parallel to `sentences`
};

// The context of `text` split into sentences, each with the patterns that can match it.
ExtractionContext SentenceContext(const PatternSet& patterns, const NormalizedText& text);
// (Re)fills ctx->candidates: one pass of PatternSet::SentenceCandidates over each sentence.
void FindSentenceCandidates(ExtractionContext* ctx);

// True when `pattern`, one of the "fields" patterns, matches somewhere in sentence `i`.
bool SentenceMatches(const ExtractionContext& ctx, size_t i, const RE2& pattern);
// The patterns of `category` that can match sentence `i`.
inline const std::vector<int>& CandidatesOfSentence(const ExtractionContext& ctx, size_t i,
                                                    PatternSet::SentenceCategory category) {
  return ctx.candidates[i][category];
}

// Room for the groups of one match of `re` (the whole span first), on the stack for the usual
// pattern: a match is read many times per document.
class MatchGroups {
 public:
  explicit MatchGroups(const RE2& re) : count_(re.NumberOfCapturingGroups() + 1) {
    if (count_ > kOnStack) on_heap_.resize(count_);
  }
  re2::StringPiece* data() { return count_ > kOnStack ? on_heap_.data() : on_stack_; }
  const re2::StringPiece* data() const { return count_ > kOnStack ? on_heap_.data() : on_stack_; }
  int size() const { return count_; }
  const re2::StringPiece& operator[](int i) const { return data()[i]; }

 private:
  static constexpr int kOnStack = 16;
  int count_;
  re2::StringPiece on_stack_[kOnStack];
  std::vector<re2::StringPiece> on_heap_;
};

// One match of a pattern: the whole span and each named group ("" when it did not take part).
class PatternMatch {
 public:
  // `groups` must outlive the match.
  PatternMatch(const RE2& re, const MatchGroups& groups, const std::string& base)
      : re_(re), groups_(groups), base_(base) {}
  bool Has(const std::string& name) const;
  std::string Get(const std::string& name) const;
  size_t Offset(const std::string& name) const;  // byte offset in the searched text
  size_t Begin() const { return groups_[0].data() - base_.data(); }
  size_t End() const { return Begin() + groups_[0].size(); }

 private:
  const RE2& re_;
  const MatchGroups& groups_;
  const std::string& base_;
};

// Calls `on_match` for each non-overlapping match of `re` in `text`, left to right.
void ForEachMatch(const RE2& re, const std::string& text,
                  const std::function<void(const PatternMatch&)>& on_match);
// The same, stopping after the first match for which `on_match` returns false.
void ForEachMatchWhile(const RE2& re, const std::string& text,
                       const std::function<bool(const PatternMatch&)>& on_match);
// The first match, if any.
std::optional<std::string> FirstGroup(const RE2& re, const std::string& text,
                                      const std::string& group, size_t* offset = nullptr);

// A whole protocol with many paragraphs ("§ 40" … "§ 49") narrowed to its header, the
// paragraphs about the award and the page furniture, so that other matters do not leak into
// the record. Other documents are returned as they are.
// `doc_kind` chooses the section patterns (patterns/sections.re2). Sets `*titled_matter` when
// a matter's heading names the award (the document is then about it).
NormalizedText FocusOnAwardParagraphs(const PatternSet& patterns, const NormalizedText& text,
                                      const std::string& doc_kind, bool* titled_matter);

// `text` with the award's name misspelt by one letter written right (participation.re2 award_word),
// page offsets moved with it.
NormalizedText WithAwardSpelledRight(const PatternSet& patterns, const NormalizedText& text);

// The stages of extraction, each in its own file.
std::string ExtractDocKind(const ExtractionContext& ctx);
std::vector<std::string> ExtractDiaryNumbers(const ExtractionContext& ctx);
void ExtractBoard(const ExtractionContext& ctx, Record* record);
std::optional<int> ExtractAwardYear(const ExtractionContext& ctx);
void ExtractDecisionAndProposal(const ExtractionContext& ctx, Record* record);
std::vector<UnitMention> ExtractUnits(const ExtractionContext& ctx, const DocumentText& document);
// A prior participation told as "förra året" (a `years` group with no year) is in the year
// before `award_year`.
std::vector<PriorParticipation> ExtractPriorParticipation(const ExtractionContext& ctx,
                                                          const std::vector<UnitMention>& units,
                                                          std::optional<int> award_year);
// `doc_kind` matters for the letterhead: a protocol's has the meeting's date, not its own.
std::vector<DatedStatement> ExtractDates(const ExtractionContext& ctx,
                                         std::optional<int> award_year,
                                         const std::string& doc_kind);

// The alternatives a table's header cell offers, joined by slashes ("Skola/enhet", "Regi /
// utförare" -> "Regi", "utförare"), trimmed; none for a slash alone (a word of its own between
// two alternatives); the cell itself when it has no slash.
std::vector<std::string> SlashAlternatives(const std::string& cell);
// How the rows of the tables of units show in running text (`rows`): a row's first cell followed
// by the next cell's first word, and its unit cell followed by the next cell's first word (cells
// of only a dash skipped); and each filled cell's whole text (`cells`).
struct TableTexts {
  std::vector<std::string> rows, cells;
};
TableTexts TableRowTexts(const ExtractionContext& ctx, const DocumentText& document);

class UnitCollector;
// Units named in sentences that say units take part, by the lexicon of unit_names.re2;
// sentences marked in `table_text` are skipped.
void AddUnitsNamedInSentences(const ExtractionContext& ctx, const std::vector<bool>& table_text,
                              UnitCollector* collector);
// Units in bulleted and numbered lists under a participation intro or a class heading; an item
// that holds a table's row or is one of its cells (TableRowTexts) is the table read line by line.
void AddUnitsFromLists(const ExtractionContext& ctx, const TableTexts& tables,
                       UnitCollector* collector);
// Units in the rows of tables whose header names a unit column (table_headers.tsv).
void AddUnitsFromTables(const ExtractionContext& ctx, const DocumentText& document,
                        UnitCollector* collector);

// Whether `text` is a table of units read line by line: it holds a row's text or is a cell.
bool IsTableText(const TableTexts& tables, const std::string& text);
// For each sentence, whether it is table text (IsTableText): such text is no prose, and the
// names in it run from one cell into the next.
std::vector<bool> TableSentences(const ExtractionContext& ctx, const TableTexts& tables);

// True when `name` is a generic word (not_units.re2) rather than a unit's name.
bool IsGenericUnitWord(const PatternSet& patterns, const std::string& name);

}  // namespace kvreg
