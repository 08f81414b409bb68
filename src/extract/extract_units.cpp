// Units: found in sentences that name participants (units.re2), split into items, each item
// read with unit_details.re2 for its department, operator and class; bullet lists introduced
// by "följande verksamheter …:" give one unit per item. Then classes and departments stated for
// all or one unit (unit_statements.re2) are applied. Each unit is kept once, in order of first
// mention.
#include <algorithm>

#include "extract_internal.h"
#include "kvreg/unit_key.h"
#include "unit_items.h"
#include "unit_references.h"

namespace kvreg {
namespace {

// Classes and departments stated of units: statements naming one unit first (so that "Båda
// förskolorna … och Dagverksamheten X deltar i klassen Äldreomsorg" gives X its own class), then
// those about all units.
void ApplyUnitStatements(const ExtractionContext& ctx, std::vector<UnitMention>* units) {
  if (units->empty()) return;  // no unit for a statement to speak of
  const auto& statements = ctx.patterns.Category("unit_statements");
  for (const bool about_one_unit : {true, false}) {
    for (size_t i = 0; i < ctx.sentences.size(); ++i) {
      const Sentence& s = ctx.sentences[i];
      for (int c : CandidatesOfSentence(ctx, i, PatternSet::kUnitStatements)) {
        const RE2& re = *statements[c].regex;
        if ((re.NamedCapturingGroups().count("unit") != 0) != about_one_unit) continue;
        ForEachMatch(re, s.text, [&](const PatternMatch& m) {
          const std::string name = ctx.patterns.ClassIn(m.Get("class"));
          const std::string department = TrimItem(m.Get("department"));
          const std::string operator_name = TrimItem(m.Get("operator"));
          if (name.empty() && department.empty() && operator_name.empty()) return;
          const std::string subject = m.Get("unit");
          // "Enheten deltar i klassen …" in a one-unit document speaks of that unit.
          const bool the_only_unit =
              about_one_unit && units->size() == 1 && IsGenericUnitWord(ctx.patterns, subject);
          // "X och Y deltar i klassen …" speaks of each.
          const std::vector<std::string> named = SubjectItems(ctx.patterns, subject);
          for (UnitMention& unit : *units) {
            const bool is_named =
                std::any_of(named.begin(), named.end(), [&](const std::string& n) {
                  return ItemNamesUnit(ctx.patterns, TrimItem(n), unit.name);
                });
            if (about_one_unit && !the_only_unit && !is_named) continue;
            if (!about_one_unit && !IsOfKind(*units, unit.name, name, m.Get("kind"))) continue;
            if (!unit.competition_class && !name.empty()) unit.competition_class = name;
            if (!unit.department && !department.empty()) unit.department = department;
            if (!unit.operator_name && !operator_name.empty()) unit.operator_name = operator_name;
          }
        });
      }
    }
  }
}

// The document's unit named last in a subject that says more ("Hemtjänsten Hökarängen deltar
// för tredje gången; enheten", a list's last item run into the sentence after it).
std::optional<std::string> KnownUnitIn(const std::string& subject,
                                       const std::vector<UnitMention>& units) {
  const std::string key = UnitKey(subject);
  std::optional<std::string> last;
  size_t last_at = 0;
  for (const UnitMention& unit : units) {
    const size_t at = key.rfind(UnitKey(unit.name));
    if (at == std::string::npos || (last && at < last_at)) continue;
    last = unit.name;
    last_at = at;
  }
  return last;
}

// The one unit of the document for which `names` holds, or none when no unit or two do (which
// one is not said).
template <typename Names>
std::optional<std::string> TheOnlyUnit(const std::vector<UnitMention>& units, Names names) {
  std::optional<std::string> found;
  for (const UnitMention& unit : units) {
    if (!names(unit.name)) continue;
    if (found) return std::nullopt;
    found = unit.name;
  }
  return found;
}

// The one unit of the document that a single word names by its head word ("Stödboendet" for
// "Stödboendet Tranan", "Gården" for "Fritidsgården Bandhagen"), or by its proper name alone
// ("Regnbågen" for "Förskolan Regnbågen": "Regnbågen var med redan 2014").
std::optional<std::string> UnitByItsHeadWordOrProperName(const std::string& subject,
                                                         const std::vector<UnitMention>& units) {
  if (!StartsWithCapital(subject)) return std::nullopt;
  if (subject.find(' ') == std::string::npos) {
    const std::string word = UnitKey(subject);
    auto by_head = TheOnlyUnit(units, [&](const std::string& name) {
      const std::string head = UnitKey(name.substr(0, name.find(' ')));
      return (head.size() >= word.size() &&
              head.compare(head.size() - word.size(), word.size(), word) == 0) ||
             IsPluralOfItsKind(subject, name);  // "Träffpunkten" for "Träffpunkt Hökarängen"
    });
    if (by_head) return by_head;
  }
  return TheOnlyUnit(units, [&](const std::string& name) {
    return name.size() > subject.size() + 1 && name[name.size() - subject.size() - 1] == ' ' &&
           name.compare(name.size() - subject.size(), subject.size(), subject) == 0;
  });
}

// The units a prior-participation statement speaks of: the unit it names; every unit for
// "Båda enheterna deltog också …" (fields.prior.re2 all_units_subject); the only unit for "Enheten
// deltog också …"; else a unit named there that the document does not list.
std::vector<std::string> PriorSubjects(const ExtractionContext& ctx, const std::string& subject,
                                       const std::vector<UnitMention>& units) {
  for (const UnitMention& unit : units) {
    if (UnitKey(unit.name) == UnitKey(subject) || IsShortFormOf(subject, unit.name)) {
      return {unit.name};
    }
  }
  const RE2* all_units = ctx.patterns.Get(PatternId::kAllUnitsSubject);
  std::vector<std::string> names;
  if (all_units != nullptr && RE2::FullMatch(subject, *all_units)) {
    for (const UnitMention& unit : units) names.push_back(unit.name);
    return names;
  }
  if (std::optional<std::string> named = KnownUnitIn(subject, units)) return {*named};
  if (std::optional<std::string> one = UnitByItsHeadWordOrProperName(subject, units)) return {*one};
  bool is_administration = false;
  const bool generic = subject.empty() || IsGenericUnitWord(ctx.patterns, subject) ||
                       ctx.patterns.BoardByName(subject, &is_administration) != nullptr;
  if (generic && units.size() == 1) return {units.front().name};
  // "X deltar för andra gången; det var med …": the clause after the semicolon is the subject.
  if (const size_t semicolon = subject.rfind("; "); semicolon != std::string::npos) {
    return PriorSubjects(ctx, subject.substr(semicolon + 2), units);
  }
  // "… att Kista bibliotek, som deltog både 2013 och 2014, …": the name before the clause.
  std::string named = subject;
  if (named.size() > 5 && named.compare(named.size() - 5, 5, ", som") == 0)
    named.resize(named.size() - 5);
  if (std::optional<std::string> name = UnitNameEnding(ctx.patterns, named)) return {*name};
  if (!generic && StartsWithCapital(subject)) return {subject};
  return {};
}

}  // namespace

std::vector<UnitMention> ExtractUnits(const ExtractionContext& ctx, const DocumentText& document) {
  const ItemReadings readings(ctx.patterns);  // the passes below read the same items again
  UnitCollector collector(ctx);
  const auto& unit_patterns = ctx.patterns.Category("units");
  const TableTexts tables = TableRowTexts(ctx, document);
  const std::vector<bool> table_text = TableSentences(ctx, tables);
  for (size_t i = 0; i < ctx.sentences.size(); ++i) {
    const Sentence& s = ctx.sentences[i];
    if (table_text[i]) continue;
    // The patterns that can match.
    for (int c : CandidatesOfSentence(ctx, i, PatternSet::kUnits)) {
      const RE2& re = *unit_patterns[c].regex;
      MatchGroups groups(re);
      if (!re.Match(s.text, 0, s.text.size(), RE2::UNANCHORED, groups.data(), groups.size())) {
        continue;
      }
      PatternMatch m(re, groups, s.text);
      if (m.Has("list")) {
        // A class or department the sentence states of all it names ("Från
        // anläggningsavdelningen deltar X och Y").
        const std::string stated_class = m.Has("class") ? ctx.patterns.ClassIn(m.Get("class")) : "";
        const std::string stated_department =
            m.Has("department") ? TrimItem(m.Get("department")) : "";
        for (UnitMention& unit :
             ReadEnumeration(ctx.patterns, SplitEnumeration(ctx.patterns, m.Get("list")))) {
          if (!unit.competition_class && !stated_class.empty())
            unit.competition_class = stated_class;
          if (!unit.department && !stated_department.empty()) unit.department = stated_department;
          unit.via = "sentence";
          collector.Add(std::move(unit), s);
        }
      } else if (m.Has("unit")) {
        // One unit or an enumeration in the genitive: "Förskolan Myrstackens och
        // Familjecentrum Rinkebys deltagande".
        for (const std::string& item : SplitEnumeration(ctx.patterns, m.Get("unit"))) {
          UnitMention unit;
          unit.name = TrimItem(item);
          if (!unit.name.empty() && unit.name.back() == 's') unit.name.pop_back();
          unit.via = "sentence";
          collector.Add(unit, s);
        }
      } else if (m.Has("bullets")) {
        // An item may name more than one unit: "• Förskolan Blåklinten och Förskolan
        // Vitsippan, förskoleområde Högalid (förskoleavdelningen)".
        for (size_t j = i + 1; j < ctx.sentences.size() && ctx.sentences[j].bullet; ++j) {
          if (table_text[j]) continue;  // a table read line by line, a dash taken for a bullet
          for (UnitMention& unit : ReadEnumeration(
                   ctx.patterns,
                   SplitEnumeration(ctx.patterns, WithoutDescription(ctx.sentences[j].text),
                                    Separators::kConjunctions))) {
            unit.via = "list";
            collector.Add(std::move(unit), ctx.sentences[j]);
          }
        }
      }
      break;
    }
  }
  AddUnitsFromLists(ctx, tables, &collector);
  AddUnitsFromTables(ctx, document, &collector);
  AddUnitsNamedInSentences(ctx, table_text, &collector);
  collector.MergeFormsOfOneName();
  ApplyUnitStatements(ctx, &collector.units());
  return collector.TakeInOrderOfFirstMention();
}

namespace {

// Adds `years` to the prior participation of each unit in `subjects`.
void AddPriorYears(const std::vector<std::string>& subjects, const std::vector<int>& years,
                   std::vector<PriorParticipation>* out) {
  for (const std::string& unit_name : subjects) {
    auto known = std::find_if(out->begin(), out->end(), [&](const PriorParticipation& p) {
      return UnitKey(p.unit) == UnitKey(unit_name);
    });
    if (known == out->end()) {
      out->push_back(PriorParticipation{unit_name, years});
      continue;
    }
    for (int y : years) {
      if (std::find(known->years.begin(), known->years.end(), y) == known->years.end()) {
        known->years.push_back(y);
      }
    }
  }
}

}  // namespace

std::vector<PriorParticipation> ExtractPriorParticipation(const ExtractionContext& ctx,
                                                          const std::vector<UnitMention>& units,
                                                          std::optional<int> award_year) {
  std::vector<PriorParticipation> out;
  static const RE2 kYear(R"((\d{4}))");  // compiled once
  // Every pattern of the name that matches: a sentence may join two clauses ("X deltog 2015
  // och Y 2016"), each read by its own pattern.
  const std::vector<const RE2*>& priors = ctx.patterns.GetEach(PatternId::kPriorParticipation);
  for (size_t i = 0; i < ctx.sentences.size(); ++i) {
    const Sentence& s = ctx.sentences[i];
    for (const RE2* prior : priors) {
      // The DFA rules most sentences out at once; an anchored pattern with groups would
      // otherwise go straight to RE2's slower backtracking matcher on every sentence.
      if (!SentenceMatches(ctx, i, *prior)) continue;
      MatchGroups groups(*prior);
      if (!prior->Match(s.text, 0, s.text.size(), RE2::UNANCHORED, groups.data(), groups.size())) {
        continue;
      }
      PatternMatch m(*prior, groups, s.text);
      std::vector<int> years;
      std::string years_text = m.Get("years");
      re2::StringPiece input(years_text);
      int year = 0;
      while (RE2::FindAndConsume(&input, kYear, &year)) years.push_back(year);
      // A year told in words ("förra året", "i fjol") is the one before the award's.
      if (years.empty() && award_year) years.push_back(*award_year - 1);
      if (years.empty()) continue;
      // "Kvarnbackaskolan och Stensjö gymnasium deltog båda 2016" speaks of each.
      std::vector<std::string> subjects;
      for (const std::string& item : SplitEnumeration(ctx.patterns, m.Get("subject"))) {
        for (std::string& name : PriorSubjects(ctx, TrimItem(item), units)) {
          subjects.push_back(std::move(name));
        }
      }
      AddPriorYears(subjects, years, &out);
    }
  }
  return out;
}

}  // namespace kvreg
