// The schema of a patterns/ folder (pattern_schema.h) and patterns/README.md made from it.
#include "pattern_schema.h"

#include "kvreg/patterns.h"

namespace kvreg {

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
       "Single fields of the record, one file per concern: fields.re2 the award, its year and the "
       "addressee board; fields.matter.re2 the protocol paragraph, decision and proposal; "
       "fields.prior.re2 prior participation; fields.enumeration.re2 what opens an enumeration's "
       "item."},
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
      {"unit_statements",
       "Sentences that tie a competition class, a department or an operator to one unit (group "
       "`unit`) or to "
       "all of them."},
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

bool MatchedOverWholeText(std::string_view category) {
  for (const CategorySpec& spec : Categories()) {
    if (spec.name == category) return spec.whole_text;
  }
  return false;
}

const std::vector<CategorySpec>& Categories() {
  static const std::vector<CategorySpec> specs = {
      {"diary_numbers", {"dnr"}, false, {}, false, true},
      {"doc_kinds",
       {},
       false,
       {"protocol_extract", "official_report", "notification", "agenda_item", "other"},
       false,
       true},
      {"page_furniture", {}, false, {}},
      {"date_expressions", {"day", "month"}, false, {}},
      {"date_roles",
       {},
       false,
       {"meeting", "document", "registration_deadline", "submission_deadline", "report_deadline",
        "ceremony", "other", "not_listed"}},
      {"fields", {}, false, {}, true},
      {"units", {"list", "unit", "bullets"}, true, {}},
      {"unit_names", {"name"}, false, {}},
      {"participation", {}, false, {}, true},
      {"layout", {}, false, {}, true},
      {"unit_details", {"name", "department", "operator", "shared_department"}, true, {}},
      {"unit_statements", {"class", "department", "operator"}, true, {}},
      {"not_units", {}, false, {}},
      {"deadline_markers", {}, false, {}},
      {"sections",
       {},
       false,
       {"any", "protocol_extract", "official_report", "notification", "agenda_item", "other"}},
  };
  return specs;
}

// The patterns the extractors read by name. A required one must be in the folder; an optional
// one that is missing turns its rule off. A clerk's edit that drops a group listed here fails
// to load instead of failing at run time.
const std::vector<ReadPatternSpec>& ReadPatterns() {
  using P = PatternId;
  static const std::vector<ReadPatternSpec> specs = {
      {P::kAboutAward, "fields", "about_award", true, false, {}},
      {P::kAddressee, "fields", "addressee", true, false, {"board"}},
      {P::kAwardMention, "fields", "award_mention", true, false, {"year"}},
      {P::kDecision, "fields", "decision", true, false, {"text"}},
      {P::kProposal, "fields", "proposal", true, false, {"text"}},
      {P::kParagraph, "fields", "paragraph", true, false, {"number"}},
      {P::kPriorParticipation, "fields", "prior_participation", true, true, {"subject", "years"}},
      {P::kOtherMatter, "fields", "other_matter", false, false, {}},
      {P::kAllUnitsSubject, "fields", "all_units_subject", false, false, {}},
      {P::kEnumerationQualifier, "fields", "enumeration_qualifier", false, false, {}},
      {P::kItemOwner, "fields", "item_owner", false, false, {}},
      {P::kListItem, "layout", "list_item", false, false, {}},
      {P::kClassHeading, "layout", "class_heading", false, false, {"class"}},
      {P::kListIntroClass, "layout", "list_intro_class", false, false, {"class"}},
      {P::kListIntroDepartment, "layout", "list_intro_department", false, false, {"department"}},
      {P::kListIntroOperator, "layout", "list_intro_operator", false, false, {"operator"}},
      {P::kItemGoesOn, "layout", "item_goes_on", false, false, {}},
      {P::kPageHeaderLine, "layout", "page_header_line", false, false, {}},
      {P::kTableHeaderWord, "layout", "table_header_word", false, false, {}},
      {P::kTableUnitColumn, "layout", "table_unit_column", false, false, {}},
      {P::kTableDepartmentColumn, "layout", "table_department_column", false, false, {}},
      {P::kTableClassColumn, "layout", "table_class_column", false, false, {}},
      {P::kTableOperatorColumn, "layout", "table_operator_column", false, false, {}},
      {P::kTableEmptyCell, "layout", "table_empty_cell", false, false, {}},
      {P::kTableSectionRow, "layout", "table_section_row", false, false, {}},
      {P::kTableNoOperator, "layout", "table_no_operator", false, false, {}},
      {P::kAwardWord, "participation", "award_word", false, false, {}},
      {P::kParticipationCue, "participation", "participation_cue", false, false, {}},
      {P::kNotParticipation, "participation", "not_participation", false, false, {}},
      {P::kAnnouncesUnits, "participation", "announces_units", false, false, {}},
      {P::kJoinsNames, "participation", "joins_names", false, false, {}},
      {P::kNamesAfter, "participation", "names_after", false, false, {}},
      {P::kTakesPartWith, "participation", "takes_part_with", false, false, {}},
      {P::kDeclaredUnit, "participation", "declared_unit", false, false, {"name"}},
      {P::kKindBeforeName, "participation", "kind_before_name", false, false, {"name"}},
      {P::kPossessiveKind, "participation", "possessive_kind", false, false, {"kind", "name"}},
      {P::kPluralKind, "participation", "plural_kind", false, false, {"kind", "names"}},
      {P::kDepartmentOwner, "participation", "department_owner", false, false, {}},
      {P::kGenitiveNoun, "participation", "genitive_noun", false, false, {}},
      {P::kAppositionOpener, "participation", "apposition_opener", false, false, {}},
      {P::kAppositionEnd, "participation", "apposition_end", false, false, {"before"}},
      {P::kClassForAll, "participation", "class_for_all", false, false, {"class"}},
      {P::kSameClass, "participation", "same_class", false, false, {}},
      {P::kConnective, "unit_details", "connective", false, false, {}},
  };
  return specs;
}

const ReadPatternSpec* ReadPatternNamed(std::string_view category, std::string_view name) {
  for (const ReadPatternSpec& spec : ReadPatterns()) {
    if (category == spec.category && name == spec.name) return &spec;
  }
  return nullptr;
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
      "- Groups are RE2 named groups, `(?P<group>...)`.\n"
      "- `\\pL` is a letter of the Latin script, `\\p{Lu}` and `\\p{Ll}` a capital and a small "
      "letter\n"
      "  of Latin-1 and Latin Extended-A/B (every European name), `\\pN` a digit 0-9: the "
      "documents are\n"
      "  Swedish, and RE2's full Unicode classes are ten times larger to compile and run. Repeat "
      "a class\n"
      "  few times: a test keeps every pattern under 5,000 RE2 instructions.\n\n"
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
    std::string read;
    for (const ReadPatternSpec& named : ReadPatterns()) {
      if (std::string_view(named.category) != spec.name) continue;
      read += std::string("  - `") + named.name + "`" + (named.required ? " (must exist)" : "") +
              (named.each ? " (may be given several times; each is tried)" : "");
      if (!named.groups.empty()) {
        read += std::string(", with the group") + (named.groups.size() > 1 ? "s " : " ") +
                list(named.groups);
      }
      read += "\n";
    }
    if (!read.empty()) {
      md +=
          "- The extractors read these by name; without an optional one its rule is off:\n" + read;
      if (spec.only_read_names)
        md += "- No other name is allowed: a misspelt name fails to load.\n";
    } else if (spec.groups.empty() && spec.allowed_names.empty()) {
      md += "- Any names.\n";
    }
    md += "\n";
  }
  md +=
      "## Word lists\n\n"
      "- `boards.tsv`: board<TAB>administration<TAB>diary prefixes<TAB>other names (1 to 4 "
      "fields).\n"
      "- `classes.tsv`: canonical class name<TAB>regex that recognises how documents write it.\n"
      "- `abbreviations.tsv`, `award_years.tsv`, `unit_kinds.tsv`: see the comments at the top of "
      "each.\n"
      "- `word_lists.tsv`: name<TAB>regex fragment, for `{{name}}` in any pattern.\n";
  return md;
}

}  // namespace kvreg
