// Units: found in sentences that name participants (units.re2), split into items, each item
// read with unit_details.re2 for its department, operator and class; bullet lists introduced
// by "följande verksamheter …:" give one unit per item. Then classes stated for all or one
// unit (class_statements.re2) are applied. Each unit is kept once, in order of first mention.
#include <unicode/uchar.h>

#include <algorithm>

#include "code_points.h"
#include "extract_internal.h"
#include "kvreg/unit_key.h"
#include "phrase_search.h"

namespace kvreg {
namespace {

bool StartsWithCapital(const std::string& s, size_t at = 0) {
  return at < s.size() && u_isupper(CodePointAt(s, at));
}

std::string TrimItem(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.' || s.back() == ';' ||
                        s.back() == ':' || s.back() == '"')) {
    s.pop_back();
  }
  while (!s.empty() && (s.front() == ' ' || s.front() == '"')) s.erase(0, 1);
  return s;
}

// Where an enumeration may split. A bullet item splits only at a conjunction: its commas set
// off a section ("Kartläggningsenheten, Jobbtorg Stockholm (arbetsmarknadsavdelningen)").
enum class Separators { kCommasAndConjunctions, kConjunctions };

// "X, Y samt Z och W" -> items, splitting only where the next item starts with a capital, so
// that "Enheten för arbete och försörjning" stays whole, or with a qualifier (fields.re2
// enumeration_qualifier: "samt de privata utförarna Y"), which is dropped.

std::vector<std::string> SplitEnumeration(const PatternSet& patterns, const std::string& list,
                                          Separators which = Separators::kCommasAndConjunctions) {
  static const std::vector<std::string> kAll = {", ", " samt ", " och "};
  static const std::vector<std::string> kConjunctions = {" samt ", " och "};
  const std::vector<std::string>& kSeparators =
      which == Separators::kConjunctions ? kConjunctions : kAll;
  const RE2* qualifier = patterns.Find("fields", "enumeration_qualifier");
  std::vector<std::string> items;
  size_t start = 0;
  size_t i = 0;
  int depth = 0;
  while (i < list.size()) {
    if (list[i] == '(') ++depth;
    if (list[i] == ')' && depth > 0) --depth;
    bool split = false;
    if (depth == 0) {
      for (const std::string& sep : kSeparators) {
        if (list.compare(i, sep.size(), sep) != 0) continue;
        size_t next = i + sep.size();
        re2::StringPiece rest(list.data() + next, list.size() - next), lead;
        if (qualifier != nullptr &&
            qualifier->Match(rest, 0, rest.size(), RE2::ANCHOR_START, &lead, 1)) {
          next += lead.size();
        }
        if (StartsWithCapital(list, next)) {
          items.push_back(list.substr(start, i - start));
          i = next;
          start = i;
          split = true;
          break;
        }
      }
    }
    if (!split) ++i;
  }
  items.push_back(list.substr(start));
  return items;
}

std::optional<std::string> NonEmpty(const std::string& s) {
  std::string t = TrimItem(s);
  if (t.empty()) return std::nullopt;
  return t;
}

// Reads one item with unit_details.re2, peeling one detail at a time: "Förskolan X
// (förskoleavdelningen) i klassen Förskola" gives the class, then the department of the rest.
// `*shared_department` is set to a department the item says it shares with the items before it
// ("…, båda inom Z").
UnitMention ReadItem(const PatternSet& patterns, const std::string& item,
                     std::optional<std::string>* shared_department = nullptr) {
  constexpr int kMaxDetails = 4;
  UnitMention unit;
  unit.name = TrimItem(item);
  const auto& details = patterns.Category("unit_details");
  std::vector<int> candidates;
  for (int round = 0; round < kMaxDetails; ++round) {
    const std::string text = unit.name;
    // Only a pattern found somewhere in the item can match all of it.
    patterns.Candidates("unit_details", text, &candidates);
    for (int c : candidates) {
      if (!details[c].MayMatchWhole(text)) continue;
      const RE2& re = *details[c].regex;
      MatchGroups groups(re);
      if (!re.Match(text, 0, text.size(), RE2::ANCHOR_BOTH, groups.data(), groups.size())) {
        continue;
      }
      PatternMatch m(re, groups, text);
      if (m.Has("name")) unit.name = TrimItem(m.Get("name"));
      if (m.Has("department") && !unit.department) {
        unit.department = NonEmpty(m.Has("subunit") ? TrimItem(m.Get("subunit")) + ", " +
                                                          TrimItem(m.Get("department"))
                                                    : m.Get("department"));
      }
      if (m.Has("shared_department") && !unit.department) {
        unit.department = NonEmpty(m.Get("shared_department"));
        if (shared_department != nullptr) *shared_department = unit.department;
      }
      if (m.Has("operator") && !unit.operator_name) {
        unit.operator_name = NonEmpty(m.Get("operator"));
      }
      if (m.Has("class") && !unit.competition_class) {
        const std::string name = patterns.ClassIn(m.Get("class"));
        if (!name.empty()) unit.competition_class = name;
      }
      break;
    }
    if (unit.name == text) break;  // nothing more to peel
  }
  return unit;
}

// The units of one enumeration, with a department shared back ("X och Y, båda inom Z") given to
// the earlier items that name none.
std::vector<UnitMention> ReadEnumeration(const PatternSet& patterns,
                                         const std::vector<std::string>& items) {
  std::vector<UnitMention> units;
  for (const std::string& item : items) {
    std::optional<std::string> shared;
    units.push_back(ReadItem(patterns, item, &shared));
    if (!shared) continue;
    for (UnitMention& earlier : units) {
      if (!earlier.department) earlier.department = shared;
    }
  }
  return units;
}

class UnitCollector {
 public:
  explicit UnitCollector(const ExtractionContext& ctx) : ctx_(ctx) {}

  void Add(UnitMention unit, const Sentence& sentence) {
    bool is_administration = false;
    if (unit.name.empty() || !StartsWithCapital(unit.name) ||
        IsGenericUnitWord(ctx_.patterns, unit.name) ||
        ctx_.patterns.BoardByName(unit.name, &is_administration) != nullptr) {
      return;  // "Kungsholmens stadsdelsförvaltnings deltagande …" names no unit
    }
    std::string key = UnitKey(unit.name);
    for (size_t i = 0; i < units_.size(); ++i) {
      if (keys_[i] != key) continue;
      UnitMention& known = units_[i];
      if (!known.department) known.department = unit.department;
      if (!known.operator_name) known.operator_name = unit.operator_name;
      if (!known.competition_class) known.competition_class = unit.competition_class;
      return;
    }
    unit.source.page = ctx_.text.PageAt(sentence.offset);
    unit.source.text = sentence.text;
    first_mentions_.push_back(FirstMention(ctx_.text.text, unit.name, sentence.offset));
    keys_.push_back(std::move(key));
    units_.push_back(std::move(unit));
  }

  // The units in order of first appearance, each with the page where it is first named (a
  // unit listed on page 2 may be named in a sentence on page 1).
  std::vector<UnitMention> TakeInOrderOfFirstMention() {
    std::vector<size_t> order(units_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return first_mentions_[a] < first_mentions_[b]; });
    std::vector<UnitMention> out;
    for (size_t i : order) {
      out.push_back(std::move(units_[i]));
      out.back().source.page = ctx_.text.PageAt(first_mentions_[i]);
    }
    return out;
  }

  std::vector<UnitMention>& units() { return units_; }

 private:
  // Where the name first occurs, however it breaks over lines; at the latest where it was read.
  static size_t FirstMention(const std::string& text, const std::string& name, size_t read_at) {
    return std::min(read_at, FindPhrase(text, name));
  }

  const ExtractionContext& ctx_;
  std::vector<UnitMention> units_;
  std::vector<size_t> first_mentions_;  // parallel to units_
  std::vector<std::string> keys_;       // parallel to units_: UnitKey of each name
};

// Statements naming one unit first (so that "Båda förskolorna … och Dagverksamheten X deltar i
// klassen Äldreomsorg" gives X its own class), then those about all units.
void ApplyClassStatements(const ExtractionContext& ctx, std::vector<UnitMention>* units) {
  if (units->empty()) return;  // no unit for a statement to speak of
  const auto& statements = ctx.patterns.Category("class_statements");
  for (const bool about_one_unit : {true, false}) {
    for (size_t i = 0; i < ctx.sentences.size(); ++i) {
      const Sentence& s = ctx.sentences[i];
      for (int c : CandidatesOfSentence(ctx, i, PatternSet::kClassStatements)) {
        const RE2& re = *statements[c].regex;
        if ((re.NamedCapturingGroups().count("unit") != 0) != about_one_unit) continue;
        ForEachMatch(re, s.text, [&](const PatternMatch& m) {
          const std::string name = ctx.patterns.ClassIn(m.Get("class"));
          if (name.empty()) return;
          const std::string subject = m.Get("unit");
          // "Enheten deltar i klassen …" in a one-unit document speaks of that unit.
          const bool the_only_unit =
              about_one_unit && units->size() == 1 && IsGenericUnitWord(ctx.patterns, subject);
          // "X och Y deltar i klassen …" speaks of each.
          const std::vector<std::string> named = SplitEnumeration(ctx.patterns, subject);
          for (UnitMention& unit : *units) {
            const bool is_named = std::any_of(
                named.begin(), named.end(),
                [&](const std::string& n) { return UnitNameMatches(unit.name, TrimItem(n)); });
            if (about_one_unit && !the_only_unit && !is_named) continue;
            if (!unit.competition_class) unit.competition_class = name;
          }
        });
      }
    }
  }
}

// The units a prior-participation statement speaks of: the unit it names; every unit for
// "Båda enheterna deltog också …" (fields.re2 all_units_subject); the only unit for "Enheten
// deltog också …"; else a unit named there that the document does not list.
std::vector<std::string> PriorSubjects(const ExtractionContext& ctx, const std::string& subject,
                                       const std::vector<UnitMention>& units) {
  for (const UnitMention& unit : units) {
    if (UnitKey(unit.name) == UnitKey(subject)) return {unit.name};
  }
  const RE2* all_units = ctx.patterns.Find("fields", "all_units_subject");
  std::vector<std::string> names;
  if (all_units != nullptr && RE2::FullMatch(subject, *all_units)) {
    for (const UnitMention& unit : units) names.push_back(unit.name);
    return names;
  }
  bool is_administration = false;
  const bool generic = subject.empty() || IsGenericUnitWord(ctx.patterns, subject) ||
                       ctx.patterns.BoardByName(subject, &is_administration) != nullptr;
  if (generic && units.size() == 1) return {units.front().name};
  if (!generic && StartsWithCapital(subject)) return {subject};
  return {};
}

}  // namespace

std::vector<UnitMention> ExtractUnits(const ExtractionContext& ctx) {
  UnitCollector collector(ctx);
  const auto& unit_patterns = ctx.patterns.Category("units");
  for (size_t i = 0; i < ctx.sentences.size(); ++i) {
    const Sentence& s = ctx.sentences[i];
    // The patterns that can match.
    for (int c : CandidatesOfSentence(ctx, i, PatternSet::kUnits)) {
      const RE2& re = *unit_patterns[c].regex;
      MatchGroups groups(re);
      if (!re.Match(s.text, 0, s.text.size(), RE2::UNANCHORED, groups.data(), groups.size())) {
        continue;
      }
      PatternMatch m(re, groups, s.text);
      if (m.Has("list")) {
        const std::string stated_class = m.Has("class") ? ctx.patterns.ClassIn(m.Get("class")) : "";
        for (UnitMention& unit :
             ReadEnumeration(ctx.patterns, SplitEnumeration(ctx.patterns, m.Get("list")))) {
          if (!unit.competition_class && !stated_class.empty())
            unit.competition_class = stated_class;
          collector.Add(std::move(unit), s);
        }
      } else if (m.Has("unit")) {
        // One unit or an enumeration in the genitive: "Förskolan Myrstackens och
        // Familjecentrum Rinkebys deltagande".
        for (const std::string& item : SplitEnumeration(ctx.patterns, m.Get("unit"))) {
          UnitMention unit;
          unit.name = TrimItem(item);
          if (!unit.name.empty() && unit.name.back() == 's') unit.name.pop_back();
          collector.Add(unit, s);
        }
      } else if (m.Has("bullets")) {
        // An item may name more than one unit: "• Förskolan Blåklinten och Förskolan
        // Vitsippan, förskoleområde Högalid (förskoleavdelningen)".
        for (size_t j = i + 1; j < ctx.sentences.size() && ctx.sentences[j].bullet; ++j) {
          for (UnitMention& unit : ReadEnumeration(
                   ctx.patterns, SplitEnumeration(ctx.patterns, ctx.sentences[j].text,
                                                  Separators::kConjunctions))) {
            collector.Add(std::move(unit), ctx.sentences[j]);
          }
        }
      }
      break;
    }
  }
  ApplyClassStatements(ctx, &collector.units());
  return collector.TakeInOrderOfFirstMention();
}

std::vector<PriorParticipation> ExtractPriorParticipation(const ExtractionContext& ctx,
                                                          const std::vector<UnitMention>& units) {
  std::vector<PriorParticipation> out;
  const RE2& prior = *ctx.patterns.Find("fields", "prior_participation");
  for (size_t i = 0; i < ctx.sentences.size(); ++i) {
    const Sentence& s = ctx.sentences[i];
    // The DFA rules most sentences out at once; an anchored pattern with groups would
    // otherwise go straight to RE2's slower backtracking matcher on every sentence.
    if (!SentenceMatches(ctx, i, prior)) continue;
    MatchGroups groups(prior);
    if (!prior.Match(s.text, 0, s.text.size(), RE2::UNANCHORED, groups.data(), groups.size())) {
      continue;
    }
    PatternMatch m(prior, groups, s.text);
    std::vector<int> years;
    std::string years_text = m.Get("years");
    re2::StringPiece input(years_text);
    int year = 0;
    static const RE2 kYear(R"((\d{4}))");  // compiled once
    while (RE2::FindAndConsume(&input, kYear, &year)) years.push_back(year);
    for (const std::string& unit_name : PriorSubjects(ctx, TrimItem(m.Get("subject")), units)) {
      auto known = std::find_if(out.begin(), out.end(), [&](const PriorParticipation& p) {
        return UnitKey(p.unit) == UnitKey(unit_name);
      });
      if (known == out.end()) {
        out.push_back(PriorParticipation{unit_name, years});
        continue;
      }
      for (int y : years) {
        if (std::find(known->years.begin(), known->years.end(), y) == known->years.end()) {
          known->years.push_back(y);
        }
      }
    }
  }
  return out;
}

}  // namespace kvreg
