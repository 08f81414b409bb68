// Loading a patterns/ folder into a PatternSet, with every check a clerk's edit may need:
// each regex compiles, has the groups the extractors read, and each required pattern exists.
#include "kvreg/patterns.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "kvreg/unit_key.h"
#include "parallel_for.h"

namespace kvreg {
namespace fs = std::filesystem;
namespace {

struct CategorySpec {
  const char* name;
  std::vector<std::string> groups;
  bool any_group;
  std::vector<std::string> required_names;  // patterns that must exist
  std::set<std::string> allowed_names;      // empty: any name
};

// What each category is for, as patterns/README.md tells the clerk who edits them.
const char* CategoryPurpose(const std::string& name) {
  static const std::map<std::string, const char*> purposes = {
      {"diary_numbers",
       "Diary numbers (diarienummer) in any of their formats; the group `dnr` is the number as "
       "printed."},
      {"doc_kinds",
       "What kind of document this is; the first pattern that matches names the kind."},
      {"page_furniture",
       "Lines of page headers and footers, dropped from the running text (`footer`: an address "
       "footer, moved to the end)."},
      {"date_expressions",
       "How a date is written (\"2024-03-21\", \"den 21 mars 2024\"); groups `day`, `month` and, "
       "where written, `year`."},
      {"date_roles",
       "What a dated statement is: the words around a date decide its role; the first match wins."},
      {"fields",
       "Single fields of the record: the award year, the protocol paragraph, decision, proposal, "
       "prior participation, the addressee board."},
      {"units",
       "Sentences that name participating units (older templates; the lexicon of unit_names finds "
       "more)."},
      {"unit_names",
       "The lexicon of what a unit's name looks like, matched anywhere in a sentence about taking "
       "part; the whole match is the name."},
      {"participation",
       "Words that say units take part (or only took part before), and where a unit's appositions "
       "end."},
      {"layout",
       "Lists and tables of units: list markers, class headings, list intros, table header words "
       "and columns."},
      {"unit_details",
       "How one enumerated unit is written with its department, operator or class; one detail is "
       "peeled off at a time."},
      {"class_statements",
       "Sentences that tie a competition class to one unit (group `unit`) or to all of them."},
      {"not_units",
       "Phrases that look like unit names and are not: counts, collective words, places."},
      {"deadline_markers", "Words that make a dated statement a deadline (\"senast\")."},
      {"sections",
       "Where one matter of a many-matter document begins (a protocol's paragraph, an agenda "
       "item)."},
  };
  auto it = purposes.find(name);
  return it == purposes.end() ? "" : it->second;
}

const std::vector<CategorySpec>& Categories() {
  static const std::vector<CategorySpec> specs = {
      {"diary_numbers", {"dnr"}, false, {}, {}},
      {"doc_kinds",
       {},
       false,
       {},
       {"protocol_extract", "official_report", "notification", "agenda_item", "other"}},
      {"page_furniture", {}, false, {}, {}},
      {"date_expressions", {"day", "month"}, false, {}, {}},
      {"date_roles",
       {},
       false,
       {},
       {"meeting", "document", "registration_deadline", "submission_deadline", "report_deadline",
        "ceremony", "other", "not_listed"}},
      {"fields",
       {},
       false,
       {"award_mention", "paragraph", "decision", "proposal", "prior_participation", "addressee",
        "about_award"},
       {}},
      {"units", {"list", "unit", "bullets"}, true, {}, {}},
      {"unit_names", {"name"}, false, {}, {}},
      {"participation", {}, false, {}, {}},
      {"layout", {}, false, {}, {}},
      {"unit_details", {"name", "department", "operator", "shared_department"}, true, {}, {}},
      {"class_statements", {"class"}, false, {}, {}},
      {"not_units", {}, false, {}, {}},
      {"deadline_markers", {}, false, {}, {}},
      {"sections",
       {},
       false,
       {},
       {"any", "protocol_extract", "official_report", "notification", "agenda_item", "other"}},
  };
  return specs;
}

// The groups the extractors read from particular named patterns, beyond their category's:
// a clerk's edit that drops one fails to load instead of failing at run time.
const std::map<std::pair<std::string, std::string>, std::vector<std::string>>& NamedGroups() {
  static const std::map<std::pair<std::string, std::string>, std::vector<std::string>> groups = {
      {{"fields", "award_mention"}, {"year"}},
      {{"fields", "paragraph"}, {"number"}},
      {{"fields", "decision"}, {"text"}},
      {{"fields", "proposal"}, {"text"}},
      {{"fields", "prior_participation"}, {"subject", "years"}},
      {{"fields", "addressee"}, {"board"}},
      {{"participation", "apposition_end"}, {"before"}},
      {{"layout", "class_heading"}, {"class"}},
      {{"layout", "list_intro_class"}, {"class"}},
      {{"layout", "list_intro_department"}, {"department"}},
  };
  return groups;
}

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

  // The pattern files of every category are compiled at once, one category per core; their
  // errors are reported in category order, as if compiled one after the other.
  WordLists word_lists;
  Status lists = LoadWordLists(dir + "/word_lists.tsv", &word_lists);
  if (!lists.ok()) return lists;
  const std::vector<CategorySpec>& specs = Categories();
  std::vector<Status> loaded(specs.size());
  std::vector<std::vector<NamedPattern>> compiled(specs.size());
  ParallelFor(specs.size(), [&](size_t c) {
    const auto files = CategoryFiles(dir, specs[c].name, ".re2");
    if (files.empty()) loaded[c] = Status::Error(dir + "/" + specs[c].name + ".re2: missing");
    for (const std::string& file : files) {
      if (!loaded[c].ok()) break;
      loaded[c] =
          LoadPatternFile(file, specs[c].groups, specs[c].any_group, &compiled[c], word_lists);
    }
  });
  for (size_t c = 0; c < specs.size(); ++c) {
    const CategorySpec& spec = specs[c];
    if (!loaded[c].ok()) return loaded[c];
    auto& patterns = set->categories_[spec.name];
    patterns = std::move(compiled[c]);
    for (const NamedPattern& p : patterns) {
      if (!spec.allowed_names.empty() && spec.allowed_names.count(p.name) == 0) {
        return Status::Error(dir + "/" + p.origin + ": unknown name '" + p.name + "' in " +
                             spec.name);
      }
      const auto needed = NamedGroups().find({spec.name, p.name});
      if (needed == NamedGroups().end()) continue;
      for (const std::string& group : needed->second) {
        if (p.regex->NamedCapturingGroups().count(group) == 0) {
          return Status::Error(dir + "/" + p.origin + ": pattern '" + p.name +
                               "' lacks the group (?P<" + group + ">…) the extraction reads");
        }
      }
    }
    for (const std::string& required : spec.required_names) {
      if (set->Find(spec.name, required) == nullptr) {
        return Status::Error(CategoryFiles(dir, spec.name, ".re2").front() + ": the pattern '" +
                             required + "' is missing");
      }
    }
  }

  std::vector<TableRow> rows;
  for (const std::string& file : CategoryFiles(dir, "boards", ".tsv")) {
    Status s = LoadTableFile(file, 1, 4, &rows);
    if (!s.ok()) return s;
  }
  if (rows.empty()) return Status::Error(dir + "/boards.tsv: missing or empty");
  for (const TableRow& row : rows) {
    BoardEntry entry;
    entry.board = row.fields[0];
    if (row.fields.size() > 1 && row.fields[1] != "-") entry.administration = row.fields[1];
    if (row.fields.size() > 2) entry.diary_prefixes = SplitList(row.fields[2]);
    if (row.fields.size() > 3) entry.aliases = SplitList(row.fields[3]);
    set->boards_.push_back(std::move(entry));
  }

  rows.clear();
  for (const std::string& file : CategoryFiles(dir, "classes", ".tsv")) {
    Status s = LoadTableFile(file, 2, 2, &rows);
    if (!s.ok()) return s;
  }
  for (const TableRow& row : rows) {
    RE2::Options options;
    options.set_log_errors(false);
    auto regex = std::make_unique<RE2>(row.fields[1], options);
    if (!regex->ok()) return Status::Error(row.origin + ": " + regex->error());
    set->classes_.push_back(ClassEntry{row.fields[0], std::move(regex)});
  }

  rows.clear();
  for (const std::string& file : CategoryFiles(dir, "abbreviations", ".tsv")) {
    Status s = LoadTableFile(file, 1, 1, &rows);
    if (!s.ok()) return s;
  }
  for (const TableRow& row : rows) set->abbreviations_.insert(row.fields[0]);

  rows.clear();
  for (const std::string& file : CategoryFiles(dir, "award_years", ".tsv")) {
    Status s = LoadTableFile(file, 5, 5, &rows);
    if (!s.ok()) return s;
  }
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
    set->award_years_[dates.year] = dates;
  }

  // One regex for every board name, longest first so that alternatives do not shadow.
  std::vector<std::string> names;
  for (const BoardEntry& b : set->boards_) {
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
  // The prefilters, the board-name regex and the board keys, each on a core of its own.
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  std::vector<const std::vector<NamedPattern>*> prefiltered;
  for (const auto& [name, patterns] : set->categories_) prefiltered.push_back(&patterns);
  std::vector<std::unique_ptr<RE2::Set>> prefilters(prefiltered.size());
  PatternSet* const building = set.get();
  const std::string board_pattern = "(?:^|[^\\pL])(?P<name>(?:" + alternation + ")s?)(?:[^\\pL]|$)";
  ParallelFor(prefiltered.size() + 3, [&](size_t task) {  // the longest first
    if (task == 0) {
      building->BuildSentencePrefilter();
    } else if (task == 1) {
      building->board_names_ = std::make_unique<RE2>(board_pattern, options);
      building->BuildUnitNameLexicon();
    } else if (task > 2) {
      prefilters[task - 3] = CompilePrefilter(*prefiltered[task - 3]);
    } else {
      for (const BoardEntry& b : building->boards_) {
        building->board_keys_.emplace(UnitKey(b.board), std::make_pair(&b, false));
        if (!b.administration.empty()) {
          building->board_keys_.emplace(UnitKey(b.administration), std::make_pair(&b, true));
        }
        for (const std::string& alias : b.aliases) {
          building->board_keys_.emplace(UnitKey(alias), std::make_pair(&b, false));
        }
      }
    }
  });
  size_t i = 0;
  for (const auto& entry : set->categories_) {
    if (prefilters[i] != nullptr) set->prefilters_[entry.first] = std::move(prefilters[i]);
    ++i;
  }
  if (!set->board_names_->ok()) {
    return Status::Error(dir + "/boards.tsv: " + set->board_names_->error());
  }
  *out = std::move(set);
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

const RE2* PatternSet::Find(std::string_view category, std::string_view name) const {
  for (const NamedPattern& p : Category(category)) {
    if (p.name == name) return p.regex.get();
  }
  return nullptr;
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
  for (const ClassEntry& c : classes_) {
    if (RE2::PartialMatch(text, *c.regex)) return c.name;
  }
  return "";
}

std::string PatternSchemaMarkdown() {
  std::string md =
      "# The pattern files\n\n"
      "Generated by `kvreg patterns --readme` from the schema the loader checks "
      "(src/extract/patterns.cpp);\n"
      "a test keeps this file equal to it. `kvreg patterns` checks a folder after an edit: every\n"
      "regex compiles (RE2 syntax), has the groups its readers need, every required pattern is "
      "there\n"
      "and no name is unknown; an error names the file and line, and the program exits with 2.\n\n"
      "## Writing a pattern\n\n"
      "- One pattern per line: `name<TAB>regex`. Lines starting with `#` and blank lines are "
      "skipped.\n"
      "- A category is read from `<category>.re2` and then every `<category>.*.re2` in name order, "
      "so\n"
      "  a clerk may add a file of their own (e.g. `diary_numbers.local.re2`) without touching "
      "ours.\n"
      "- A long pattern goes on over lines: a line ending in one backslash continues with the next "
      "line,\n"
      "  its indentation dropped.\n"
      "- `{{name}}` stands for a shared word list of `word_lists.tsv` (`name<TAB>regex "
      "fragment`),\n"
      "  written once and used by many patterns.\n"
      "- Groups are RE2 named groups, `(?P<group>...)`.\n\n"
      "## Categories\n\n";
  for (const CategorySpec& spec : Categories()) {
    md += "### " + std::string(spec.name) + ".re2\n\n" + CategoryPurpose(spec.name) + "\n\n";
    auto list = [](const auto& items) {
      std::string out;
      for (const std::string& item : items) out += (out.empty() ? "`" : ", `") + item + "`";
      return out;
    };
    if (!spec.groups.empty()) {
      md += std::string("- Every pattern has ") + (spec.any_group ? "at least one of" : "each of") +
            " the groups " + list(spec.groups) + ".\n";
    }
    if (!spec.allowed_names.empty()) md += "- Names allowed: " + list(spec.allowed_names) + ".\n";
    if (!spec.required_names.empty()) {
      md += "- Patterns that must exist: " + list(spec.required_names) + ".\n";
    }
    for (const auto& [key, groups] : NamedGroups()) {
      if (key.first == spec.name) {
        md += "- `" + key.second + "` has the group" + (groups.size() > 1 ? "s " : " ") +
              list(groups) + ".\n";
      }
    }
    if (spec.groups.empty() && spec.allowed_names.empty() && spec.required_names.empty()) {
      md += "- Any names; the extractors look up the ones they use.\n";
    }
    md += "\n";
  }
  md +=
      "## Word lists\n\n"
      "- `boards.tsv`: board<TAB>administration<TAB>diary prefixes<TAB>other names (1 to 4 "
      "fields).\n"
      "- `classes.tsv`: canonical class name<TAB>regex that recognises how documents write it.\n"
      "- `abbreviations.tsv`, `award_years.tsv`: see the comments at the top of each.\n"
      "- `word_lists.tsv`: name<TAB>regex fragment, for `{{name}}` in any pattern.\n";
  return md;
}

}  // namespace kvreg
