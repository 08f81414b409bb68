// Loading a patterns/ folder into a PatternSet, with every check a clerk's edit may need:
// each regex compiles, has the groups the extractors read, and each required pattern exists.
#include "kvreg/patterns.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "atom_filter.h"
#include "compact_classes.h"
#include "kvreg/unit_key.h"
#include "parallel_for.h"
#include "pattern_schema.h"

namespace kvreg {
namespace fs = std::filesystem;
namespace {

// The files of a category: "<name><ext>" first, then "<name>.*<ext>" in name order.
std::vector<std::string> CategoryFiles(const std::string& dir, const std::string& name,
                                       const std::string& ext) {
  std::vector<std::string> extra;
  std::string main;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string file = entry.path().filename().string();
    if (file == name + ext) {
      main = entry.path().string();
    } else if (file.rfind(name + ".", 0) == 0 && file.size() > ext.size() &&
               file.compare(file.size() - ext.size(), ext.size(), ext) == 0) {
      extra.push_back(entry.path().string());
    }
  }
  std::sort(extra.begin(), extra.end());
  if (!main.empty()) extra.insert(extra.begin(), main);
  return extra;
}

std::vector<std::string> SplitList(const std::string& field) {
  std::vector<std::string> items;
  if (field.empty() || field == "-") return items;
  size_t start = 0;
  while (start <= field.size()) {
    size_t comma = field.find(',', start);
    if (comma == std::string::npos) comma = field.size();
    std::string item = field.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) items.push_back(item);
    start = comma + 1;
  }
  return items;
}

bool IsIsoDateOrDash(const std::string& s) {
  return s == "-" || RE2::FullMatch(s, R"(\d{4}-\d{2}-\d{2})");
}

}  // namespace

Status PatternSet::Load(const std::string& dir, std::unique_ptr<PatternSet>* out) {
  if (!fs::is_directory(dir)) return Status::Error(dir + ": no patterns folder here");
  auto set = std::unique_ptr<PatternSet>(new PatternSet());
  set->dir_ = dir;
  for (Status (PatternSet::*step)() :
       {&PatternSet::LoadCategories, &PatternSet::LoadBoards, &PatternSet::LoadClasses,
        &PatternSet::LoadAbbreviations, &PatternSet::LoadAwardYears, &PatternSet::LoadUnitKinds,
        &PatternSet::BuildIndexes}) {
    Status s = (set.get()->*step)();
    if (!s.ok()) return s;
  }
  *out = std::move(set);
  return Status::Ok();
}

// The pattern files of every category (pattern_schema.h), compiled at once, one category per
// core; their errors are reported in category order, as if compiled one after the other.
Status PatternSet::LoadCategories() {
  WordLists word_lists;
  Status lists = LoadWordLists(dir_ + "/word_lists.tsv", &word_lists);
  if (!lists.ok()) return lists;
  const std::vector<CategorySpec>& specs = Categories();
  std::vector<Status> loaded(specs.size());
  std::vector<std::vector<NamedPattern>> compiled(specs.size());
  ParallelFor(specs.size(), [&](size_t c) {
    const auto files = CategoryFiles(dir_, specs[c].name, ".re2");
    if (files.empty()) loaded[c] = Status::Error(dir_ + "/" + specs[c].name + ".re2: missing");
    for (const std::string& file : files) {
      if (!loaded[c].ok()) break;
      loaded[c] =
          LoadPatternFile(file, specs[c].groups, specs[c].any_group, &compiled[c], word_lists);
    }
  });
  for (size_t c = 0; c < specs.size(); ++c) {
    if (!loaded[c].ok()) return loaded[c];
    const auto& [category, patterns] =
        *categories_.emplace(specs[c].name, std::move(compiled[c])).first;
    for (const NamedPattern& p : patterns)
      by_name_.emplace(std::pair<std::string_view, std::string_view>(category, p.name),
                       p.regex.get());
    Status checked = CheckCategory(specs[c]);
    if (!checked.ok()) return checked;
  }
  return Status::Ok();
}

// Every pattern of the category has an allowed name and the groups its reader needs, and every
// required pattern is there; the patterns the extractors read are resolved into named_.
Status PatternSet::CheckCategory(const CategorySpec& spec) {
  std::array<const NamedPattern*, static_cast<size_t>(PatternId::kCount)> first{};
  for (const NamedPattern& p : Category(spec.name)) {
    const ReadPatternSpec* read = ReadPatternNamed(spec.name, p.name);
    if ((!spec.allowed_names.empty() && spec.allowed_names.count(p.name) == 0) ||
        (spec.only_read_names && read == nullptr)) {
      return Status::Error(dir_ + "/" + p.origin + ": unknown name '" + p.name + "' in " +
                           spec.name + " (patterns/README.md lists the names)");
    }
    if (read == nullptr) continue;
    for (const std::string& group : read->groups) {
      if (p.regex->NamedCapturingGroups().count(group) == 0) {
        return Status::Error(dir_ + "/" + p.origin + ": pattern '" + p.name +
                             "' lacks the group (?P<" + group + ">…) the extraction reads");
      }
    }
    const size_t id = static_cast<size_t>(read->id);
    if (first[id] != nullptr && !read->each) {
      return Status::Error(dir_ + "/" + p.origin + ": pattern '" + p.name +
                           "' is given twice (first at " + first[id]->origin +
                           "); join the two with | into one");
    }
    if (first[id] == nullptr) first[id] = &p;
    named_[id].push_back(p.regex.get());
  }
  for (const ReadPatternSpec& read : ReadPatterns()) {
    if (spec.name == std::string_view(read.category) && read.required &&
        named_[static_cast<size_t>(read.id)].empty()) {
      return Status::Error(CategoryFiles(dir_, spec.name, ".re2").front() + ": the pattern '" +
                           read.name + "' is missing");
    }
  }
  return Status::Ok();
}

// The rows of `name`.tsv and its `name`.*.tsv files.
Status PatternSet::ReadTables(const std::string& name, size_t min_fields, size_t max_fields,
                              std::vector<TableRow>* rows) const {
  for (const std::string& file : CategoryFiles(dir_, name, ".tsv")) {
    Status s = LoadTableFile(file, min_fields, max_fields, rows);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status PatternSet::LoadBoards() {
  std::vector<TableRow> rows;
  Status read = ReadTables("boards", 1, 4, &rows);
  if (!read.ok()) return read;
  if (rows.empty()) return Status::Error(dir_ + "/boards.tsv: missing or empty");
  for (const TableRow& row : rows) {
    BoardEntry entry;
    entry.board = row.fields[0];
    if (row.fields.size() > 1 && row.fields[1] != "-") entry.administration = row.fields[1];
    if (row.fields.size() > 2) entry.diary_prefixes = SplitList(row.fields[2]);
    if (row.fields.size() > 3) entry.aliases = SplitList(row.fields[3]);
    boards_.push_back(std::move(entry));
  }
  return Status::Ok();
}

Status PatternSet::LoadClasses() {
  std::vector<TableRow> rows;
  Status read = ReadTables("classes", 2, 2, &rows);
  if (!read.ok()) return read;
  for (const TableRow& row : rows) {
    RE2::Options options;
    options.set_log_errors(false);
    auto regex = std::make_unique<RE2>(WithCompactClasses(row.fields[1]), options);
    if (!regex->ok()) return Status::Error(row.origin + ": " + RE2(row.fields[1], options).error());
    classes_.push_back(ClassEntry{row.fields[0], std::move(regex)});
  }
  // Most text names no class: one pass over it answers for all five regexes.
  std::vector<std::string> regexes;
  for (const ClassEntry& c : classes_) regexes.push_back(c.regex->pattern());
  class_prefilter_ = CompileSet(regexes);
  return Status::Ok();
}

Status PatternSet::LoadAbbreviations() {
  std::vector<TableRow> rows;
  Status read = ReadTables("abbreviations", 1, 1, &rows);
  if (!read.ok()) return read;
  for (const TableRow& row : rows) abbreviations_.insert(row.fields[0]);
  return Status::Ok();
}

Status PatternSet::LoadUnitKinds() {
  std::vector<TableRow> rows;
  Status read = ReadTables("unit_kinds", 2, 2, &rows);
  if (!read.ok()) return read;
  for (const TableRow& row : rows) definite_kinds_[row.fields[0]] = row.fields[1];
  return Status::Ok();
}

std::string PatternSet::DefiniteKind(const std::string& indefinite) const {
  auto it = definite_kinds_.find(indefinite);
  return it == definite_kinds_.end() ? "" : it->second;
}

Status PatternSet::LoadAwardYears() {
  std::vector<TableRow> rows;
  Status read = ReadTables("award_years", 5, 5, &rows);
  if (!read.ok()) return read;
  for (const TableRow& row : rows) {
    AwardYearDates dates;
    if (!RE2::FullMatch(row.fields[0], R"((\d{4}))", &dates.year)) {
      return Status::Error(row.origin + ": the first field must be a year");
    }
    for (size_t i = 1; i < 5; ++i) {
      if (!IsIsoDateOrDash(row.fields[i])) {
        return Status::Error(row.origin + ": '" + row.fields[i] + "' is not yyyy-mm-dd or -");
      }
    }
    auto value = [](const std::string& f) { return f == "-" ? std::string() : f; };
    dates.registration_deadline = value(row.fields[1]);
    dates.submission_deadline = value(row.fields[2]);
    dates.report_deadline = value(row.fields[3]);
    dates.ceremony = value(row.fields[4]);
    award_years_[dates.year] = dates;
  }
  return Status::Ok();
}

// One regex for every board name, longest first so that alternatives do not shadow.
std::string PatternSet::BoardNamesPattern() const {
  std::vector<std::string> names;
  for (const BoardEntry& b : boards_) {
    names.push_back(b.board);
    if (!b.administration.empty()) names.push_back(b.administration);
    names.insert(names.end(), b.aliases.begin(), b.aliases.end());
  }
  std::sort(names.begin(), names.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string alternation;
  for (const std::string& n : names) {
    // A name may break over lines where it has a space ("Maria-Gamla" ⏎ "stans stadsdelsnämnd").
    std::string quoted = RE2::QuoteMeta(n);
    RE2::GlobalReplace(&quoted, R"(\\ )", R"(\\s+)");
    alternation += (alternation.empty() ? "" : "|") + quoted;
  }
  return "(?:^|[^\\pL])(?P<name>(?:" + alternation + ")s?)(?:[^\\pL]|$)";
}

void PatternSet::IndexBoardKeys() {
  for (const BoardEntry& b : boards_) {
    board_keys_.emplace(UnitKey(b.board), std::make_pair(&b, false));
    if (!b.administration.empty()) {
      board_keys_.emplace(UnitKey(b.administration), std::make_pair(&b, true));
    }
    for (const std::string& alias : b.aliases) {
      board_keys_.emplace(UnitKey(alias), std::make_pair(&b, false));
    }
  }
}

// The prefilters, the board-name regex, the unit-name lexicon and the board keys, each on a
// core of its own, the longest first.
Status PatternSet::BuildIndexes() {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  std::vector<const std::pair<const std::string, std::vector<NamedPattern>>*> categories;
  for (const auto& entry : categories_) categories.push_back(&entry);
  std::vector<Prefilter> prefilters(categories.size());
  const std::string board_pattern = BoardNamesPattern();
  ParallelFor(categories.size() + 3, [&](size_t task) {
    if (task == 0) {
      BuildSentenceFilter();
    } else if (task == 1) {
      board_names_ = std::make_unique<RE2>(WithCompactClasses(board_pattern), options);
      BuildUnitNameLexicon();
    } else if (task == 2) {
      IndexBoardKeys();
    } else {
      const auto& [name, patterns] = *categories[task - 3];
      prefilters[task - 3] = BuildPrefilter(name, patterns);
    }
  });
  for (size_t i = 0; i < categories.size(); ++i) {
    prefilters_[categories[i]->first] = std::move(prefilters[i]);
  }
  BuildSentenceFallbacks();
  if (!board_names_->ok()) return Status::Error(dir_ + "/boards.tsv: " + board_names_->error());
  return Status::Ok();
}

void PatternSet::BuildUnitNameLexicon() {
  std::string alternation;
  for (const NamedPattern& p : Category("unit_names")) {
    std::string pattern = p.regex->pattern();
    // One group name may stand once in a regex: the alternatives' (?P<name>…) become plain.
    RE2::GlobalReplace(&pattern, R"(\(\?P<name>)", "(?:");
    alternation += (alternation.empty() ? "(?:" : "|(?:") + pattern + ")";
  }
  if (alternation.empty()) return;
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_longest_match(true);
  options.set_max_mem(int64_t{256} << 20);  // room for the DFA of many Unicode classes
  auto lexicon = std::make_unique<RE2>(alternation, options);
  if (lexicon->ok()) unit_name_lexicon_ = std::move(lexicon);
}

void PatternSet::BuildReversePrograms() const {
  std::vector<const RE2*> regexes = {board_names_.get()};
  for (const auto& entry : categories_) {
    for (const NamedPattern& p : entry.second) regexes.push_back(p.regex.get());
  }
  for (const ClassEntry& c : classes_) regexes.push_back(c.regex.get());
  if (unit_name_lexicon_ != nullptr) regexes.push_back(unit_name_lexicon_.get());
  ParallelFor(regexes.size(), [&](size_t i) { regexes[i]->ReverseProgramSize(); });
}

const std::vector<NamedPattern>& PatternSet::Category(std::string_view name) const {
  static const std::vector<NamedPattern> kEmpty;
  auto it = categories_.find(name);
  return it == categories_.end() ? kEmpty : it->second;
}

const RE2* PatternSet::Get(PatternId id) const {
  const std::vector<const RE2*>& all = named_[static_cast<size_t>(id)];
  return all.empty() ? nullptr : all.front();
}

const std::vector<const RE2*>& PatternSet::GetEach(PatternId id) const {
  return named_[static_cast<size_t>(id)];
}

const RE2* PatternSet::Find(std::string_view category, std::string_view name) const {
  auto it = by_name_.find({category, name});
  return it == by_name_.end() ? nullptr : it->second;
}

const BoardEntry* PatternSet::BoardByName(const std::string& printed,
                                          bool* is_administration) const {
  const std::string key = UnitKey(printed);
  const std::string key_without_s =
      !key.empty() && key.back() == 's' ? key.substr(0, key.size() - 1) : key;
  for (const std::string& candidate : {key, key_without_s}) {
    auto it = board_keys_.find(candidate);
    if (it != board_keys_.end()) {
      *is_administration = it->second.second;
      return it->second.first;
    }
  }
  return nullptr;
}

const BoardEntry* PatternSet::BoardByDiaryPrefix(const std::string& prefix) const {
  for (const BoardEntry& b : boards_) {
    for (const std::string& p : b.diary_prefixes) {
      if (p == prefix) return &b;
    }
  }
  return nullptr;
}

std::string PatternSet::ClassIn(const std::string& text) const {
  if (class_prefilter_ != nullptr) {
    thread_local std::vector<int> matched;
    matched.clear();
    RE2::Set::ErrorInfo error;
    if (class_prefilter_->Match(text, &matched, &error)) {
      return classes_[*std::min_element(matched.begin(), matched.end())].name;
    }
    if (error.kind == RE2::Set::kNoError) return "";
  }
  for (const ClassEntry& c : classes_) {
    if (RE2::PartialMatch(text, *c.regex)) return c.name;
  }
  return "";
}

}  // namespace kvreg
