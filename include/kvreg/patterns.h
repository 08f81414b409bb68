// PatternSet: all the data the extractors run on, loaded from a patterns/ folder at run time,
// so that a clerk can add a diary-number format, a board or a date wording without
// recompiling. Each category is read from "<category>.re2" / "<category>.tsv" and from any
// extra "<category>.<name>.re2|tsv" beside it (e.g. diary_numbers.local.re2), in name order.
// Loading validates everything and reports the first error as "file:line: message".
// A loaded PatternSet is immutable and safe to share between threads.
#pragma once

#include <re2/set.h>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "kvreg/pattern_file.h"
#include "kvreg/pattern_id.h"
#include "kvreg/status.h"

namespace kvreg {

// A board of the city with its administration and the diary-number prefixes it uses.
struct BoardEntry {
  std::string board;                        // "Bromma stadsdelsnämnd"
  std::string administration;               // "Bromma stadsdelsförvaltning", may be empty
  std::vector<std::string> diary_prefixes;  // "BRO"
  std::vector<std::string> aliases;         // other names of the board
};

// A competition class and the ways documents write it.
struct ClassEntry {
  std::string name;  // canonical short form
  std::unique_ptr<RE2> regex;
};

// Deadlines and dates of one award year, for years whose documents do not state them.
struct AwardYearDates {
  int year = 0;
  std::string registration_deadline, submission_deadline, report_deadline, ceremony;  // ISO or ""
};

struct CategorySpec;  // pattern_schema.h: what one category of patterns/ must hold
class AtomFilter;     // atom_filter.h: which of a list of regexes match a text

class PatternSet {
 public:
  // Loads and validates every file of `dir`.
  static Status Load(const std::string& dir, std::unique_ptr<PatternSet>* out);
  ~PatternSet();

  const std::vector<NamedPattern>& Category(std::string_view name) const;
  // The indices into Category(name) of the patterns that match somewhere in `text`, in
  // order, without running every pattern over the text: an AtomFilter runs only those whose
  // literal strings the text contains, or, for a category looked for in whole documents, one
  // pass of an RE2::Set. Exactly the patterns for which RE2::PartialMatch(text, pattern)
  // holds (all of them when the set cannot decide).
  void Candidates(std::string_view category, const std::string& text, std::vector<int>* out) const;
  // A superset of Candidates, ascending, for callers that run each pattern anyway (with its
  // groups, or anchored) and so would run a matching one twice: where an AtomFilter prefilters
  // the category, every pattern whose literal strings `text` holds, unchecked; else Candidates.
  void MayMatch(std::string_view category, const std::string& text, std::vector<int>* out) const;
  // The categories the extractors match sentence by sentence. SentenceCandidates finds the
  // candidates of all of them with one joint AtomFilter, instead of one filter each.
  enum SentenceCategory { kUnits, kUnitStatements, kDateExpressions, kFields, kSentenceCategories };
  static const char* SentenceCategoryName(SentenceCategory category);
  // (*out)[c] becomes the patterns of sentence category c that may match `text`, ascending:
  // every one of Candidates(SentenceCategoryName(c), text), and perhaps some that do not match
  // (their literal strings are in the text, not yet checked): for callers that run each pattern
  // anyway, with its groups, and so would run a matching one twice.
  void SentenceCandidates(const std::string& text, std::vector<std::vector<int>>* out) const;
  // A pattern the extractors read, resolved at load; nullptr when an optional one is absent
  // (Load checks that every required one is there).
  const RE2* Get(PatternId id) const;
  // Every pattern of a name the schema lets a folder give several times, in file order.
  const std::vector<const RE2*>& GetEach(PatternId id) const;
  // The first pattern of a category with that name, or nullptr: for tools and tests; the
  // extractors use Get.
  const RE2* Find(std::string_view category, std::string_view name) const;

  const std::vector<BoardEntry>& boards() const { return boards_; }
  const std::vector<ClassEntry>& classes() const { return classes_; }
  const std::unordered_set<std::string>& abbreviations() const { return abbreviations_; }
  const std::map<int, AwardYearDates>& award_years() const { return award_years_; }

  // One regex matching any board, administration or alias name (optionally in the genitive);
  // group 1 is the name as printed.
  const RE2& board_names() const { return *board_names_; }
  // The board entry for a name as printed (board, administration or alias, genitive allowed).
  const BoardEntry* BoardByName(const std::string& printed, bool* is_administration) const;
  // The board entry using a diary prefix ("BRO"), or nullptr.
  const BoardEntry* BoardByDiaryPrefix(const std::string& prefix) const;
  // The canonical class named in `text`, or "".
  std::string ClassIn(const std::string& text) const;
  // The definite form of a unit kind written indefinite ("förskola" -> "förskolan",
  // unit_kinds.tsv), or "" for a kind the file does not list.
  std::string DefiniteKind(const std::string& indefinite) const;

  std::string dir() const { return dir_; }

  // Every pattern of unit_names.re2 as one regex with leftmost-longest semantics: one pass over
  // a text finds each name, the longest where two overlap. nullptr when it cannot be built.
  const RE2* UnitNameLexicon() const { return unit_name_lexicon_.get(); }

  // Builds now, on every core, what RE2 otherwise builds on a regex's first match that needs it:
  // the reverse program that finds where a match starts. Worth calling before forking worker
  // processes, each of which would otherwise build it again for itself.
  void BuildReversePrograms() const;

 private:
  // How Candidates finds a category's candidates: its AtomFilter, else its RE2::Set, else
  // (neither could be built) by taking every pattern.
  struct Prefilter {
    std::unique_ptr<AtomFilter> atoms;
    std::unique_ptr<RE2::Set> set;
  };
  // None for a sentence category, which the joint filter answers, unless
  // `even_sentence_category` (the joint filter could not be built).
  static Prefilter BuildPrefilter(std::string_view category,
                                  const std::vector<NamedPattern>& patterns,
                                  bool even_sentence_category = false);
  // The SentenceCategory named `category`, or -1.
  static int SentenceCategoryOf(std::string_view category);
  // The RE2::Set of a category's patterns, or nullptr where RE2::Set cannot take them.
  static std::unique_ptr<RE2::Set> CompilePrefilter(const std::vector<NamedPattern>& patterns);
  static std::unique_ptr<RE2::Set> CompileSet(const std::vector<std::string>& regexes);
  // The steps of Load, in order.
  Status LoadCategories();
  Status CheckCategory(const CategorySpec& spec);
  Status ReadTables(const std::string& name, size_t min_fields, size_t max_fields,
                    std::vector<TableRow>* rows) const;
  Status LoadBoards();
  Status LoadClasses();
  Status LoadAbbreviations();
  Status LoadAwardYears();
  Status LoadUnitKinds();
  Status BuildIndexes();
  std::string BoardNamesPattern() const;
  void IndexBoardKeys();
  void BuildSentenceFilter();
  void BuildSentenceFallbacks();  // after BuildSentenceFilter: prefilters if it failed
  void BuildUnitNameLexicon();
  std::string dir_;
  std::map<std::string, std::vector<NamedPattern>, std::less<>> categories_;
  // (category, name) -> the category's first pattern of that name, over categories_' strings:
  // Find is asked on every sentence, so it looks up without copying or scanning.
  struct NameHash {
    size_t operator()(const std::pair<std::string_view, std::string_view>& key) const {
      return std::hash<std::string_view>()(key.first) * 31 +
             std::hash<std::string_view>()(key.second);
    }
  };
  std::unordered_map<std::pair<std::string_view, std::string_view>, const RE2*, NameHash> by_name_;
  std::array<std::vector<const RE2*>, static_cast<size_t>(PatternId::kCount)> named_;  // Get's
  std::vector<BoardEntry> boards_;
  std::vector<ClassEntry> classes_;
  std::unique_ptr<RE2::Set> class_prefilter_;  // classes_ in one pass; nullptr if unbuildable
  std::unordered_set<std::string> abbreviations_;
  std::map<std::string, std::string, std::less<>> definite_kinds_;
  std::map<int, AwardYearDates> award_years_;
  std::unique_ptr<RE2> board_names_;
  std::unique_ptr<RE2> unit_name_lexicon_;
  std::map<std::string, Prefilter, std::less<>> prefilters_;  // per category
  // Every pattern of the sentence categories, in their order; nullptr when it could not be
  // built. sentence_offsets_[c] is the index of category c's first pattern in it.
  std::unique_ptr<AtomFilter> sentence_filter_;
  std::vector<int> sentence_offsets_;
  // UnitKey of every board, administration and alias name -> its entry, and whether the name
  // is the administration's; the first entry in file order wins.
  std::unordered_map<std::string, std::pair<const BoardEntry*, bool>> board_keys_;
};

// patterns/README.md as the schema the loader checks makes it: per category its purpose, the
// groups every pattern needs, the names allowed and required; the syntax of the files.
std::string PatternSchemaMarkdown();

// Finds the patterns folder: `explicit_dir` if given, else $KVREG_PATTERNS, else the folder
// installed beside the binary (../share/kvreg/patterns), else the source tree the binary was
// built from.
std::string LocatePatternsDir(const std::string& explicit_dir);

}  // namespace kvreg
