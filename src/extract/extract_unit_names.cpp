// Units named in running text: in a sentence of the award matter that says units take part
// (participation.re2 participation_cue, and not only that they won or took part before:
// not_participation), every unit name the lexicon of patterns/unit_names.re2 recognises is a
// participant, with the appositions that follow it up to the next name ("Förskolan Humlegården,
// som deltar i tävlingsklassen förskola, och Hemtjänsten Östermalm Norra, …"). This finds units
// whatever the sentence's wording, where units.re2's templates know only the phrasings met.
#include <unicode/uchar.h>

#include <algorithm>

#include "code_points.h"
#include "extract_internal.h"
#include "unit_items.h"
#include "unit_name_spans.h"

namespace kvreg {
namespace {

// How many sentences after one that counts the units taking part ("Tre enheter planerar att
// lämna bidrag.") may name them without saying so again.
constexpr size_t kAnnouncedSentences = 6;

// "Korttidshemmet Ekbackens arbete" names Korttidshemmet Ekbacken.
std::string WithoutGenitive(const PatternSet& patterns, const std::string& name,
                            const std::string& after) {
  const RE2* noun = patterns.Get(PatternId::kGenitiveNoun);
  if (noun == nullptr || name.size() < 2 || name.back() != 's') return name;
  re2::StringPiece rest(after);
  while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
  if (!RE2::Consume(&rest, *noun)) return name;
  return name.substr(0, name.size() - 1);
}

// For each name, whether its last letter is a genitive s to drop, in an enumeration that ends
// in the genitive before its noun: "Gruppbostaden Fyrens och Kungsholmens dagliga verksamhets
// bidrag" names Gruppbostaden Fyren (the lexicon leaves out the s of a name it knows; the names
// joined to the last share its case).
std::vector<bool> GenitiveEnumeration(const PatternSet& patterns, const std::string& text,
                                      const std::vector<NameSpan>& names) {
  std::vector<bool> drop_s(names.size(), false);
  bool next_is_genitive = false;  // the name after this one, joined to it
  for (size_t k = names.size(); k-- > 0;) {
    const NameSpan& name = names[k];
    const bool s_after =
        name.end < text.size() && text[name.end] == 's' &&
        (name.end + 1 == text.size() || !u_isalpha(CodePointAt(text, name.end + 1)));
    const size_t after = name.end + (s_after ? 1 : 0);
    const size_t next = k + 1 < names.size() ? names[k + 1].begin : text.size();
    const std::string between = text.substr(after, next > after ? next - after : 0);
    const bool joined = k + 1 < names.size() && (between == ", " || between == " och " ||
                                                 between == " samt " || between == ", och ");
    const std::string whole = text.substr(name.begin, name.end - name.begin);
    const bool s_inside = name.registered.empty() && !whole.empty() && whole.back() == 's';
    const std::string written = s_after ? whole + "s" : whole;  // with its s, as the text has it
    const bool genitive =
        (s_after || s_inside) &&
        ((joined && next_is_genitive) || WithoutGenitive(patterns, written, between) != written);
    drop_s[k] = genitive && !s_after;
    next_is_genitive = genitive;
  }
  return drop_s;
}

// A name that stands inside the apposition of the unit before it ("…, inom avdelningen Jobbtorg
// Stockholm", "som drivs av …", "(…"): participation.re2 apposition_opener ends right before it.
bool InsideApposition(const PatternSet& patterns, const std::string& text, size_t begin) {
  const RE2* opener = patterns.Get(PatternId::kAppositionOpener);
  if (opener == nullptr || begin == 0) return false;
  re2::StringPiece before(text.data(), begin);
  const RE2* takes_part_with = patterns.Get(PatternId::kTakesPartWith);
  if (takes_part_with != nullptr &&
      takes_part_with->Match(before, 0, before.size(), RE2::UNANCHORED, nullptr, 0)) {
    return false;
  }
  return opener->Match(before, 0, before.size(), RE2::UNANCHORED, nullptr, 0);
}

// A cheap test before the lexicon runs over a sentence that is not about taking part: only
// an apposition there ("…, inom …", "(…)", "drivs av") can tell anything of a known unit.
bool MayHoldAnApposition(const std::string& text) {
  return text.find(" inom ") != std::string::npos || text.find('(') != std::string::npos ||
         text.find(" drivs ") != std::string::npos || text.find("avdelning") != std::string::npos;
}

// The departments a sentence puts before its units by their own names, where a clause begins
// (layout.re2 list_intro_department): "Inom Stadsbiblioteket har …", "Från Kulturskolan
// deltar … och från Stadsmuseet både …". Each is (where it begins, where it ends, the name).
struct FrontedDepartment {
  size_t begin, end;
  std::string name;
};
std::vector<FrontedDepartment> FrontedDepartments(const PatternSet& patterns,
                                                  const std::string& text) {
  std::vector<FrontedDepartment> found;
  const RE2* intro = patterns.Get(PatternId::kListIntroDepartment);
  if (intro == nullptr) return found;
  ForEachMatch(*intro, text, [&](const PatternMatch& m) {
    const size_t at = m.Begin();
    const std::string_view before(text.data(), at);
    const bool clause_start =
        at == 0 || before.ends_with("och ") || before.ends_with(", ") || before.ends_with("; ");
    const std::string department = m.Get("department");
    if (!clause_start || department.empty() || !StartsWithCapital(department)) return;
    const size_t begin = m.Offset("department");
    found.push_back({begin, begin + department.size(), department});
  });
  return found;
}

// The enumeration a sentence makes of the unit names in it: each name with the appositions that
// follow it up to the next name or the sentence's verb, the name as the lexicon read it, and the
// department a fronted one gives it ("Från Kulturskolan deltar …"); a name inside the apposition
// of the one before is read with it, a fronted department names no unit.
struct NamedItems {
  std::vector<std::string> items, lexicon_names, departments;
};
NamedItems ItemsOfNames(const PatternSet& patterns, const std::string& text) {
  NamedItems out;
  const std::vector<NameSpan> names = FindUnitNames(patterns, text);
  const std::vector<bool> genitive = GenitiveEnumeration(patterns, text, names);
  const std::vector<FrontedDepartment> fronted = FrontedDepartments(patterns, text);
  for (size_t k = 0; k < names.size(); ++k) {
    const size_t next = k + 1 < names.size() ? names[k + 1].begin : text.size();
    // A head word in lower case after the first name ("Förskolan Ängsmyran och förskolan
    // Trollsländan") still begins a name.
    const std::string name = WithCapitalFirst(
        names[k].registered.empty() ? text.substr(names[k].begin, names[k].end - names[k].begin)
                                    : names[k].registered);
    const std::string tail = text.substr(names[k].end, next - names[k].end);
    // A department before its units names none ("Från Kulturskolan deltar …").
    const FrontedDepartment* department = nullptr;
    for (const FrontedDepartment& f : fronted) {
      if (f.begin <= names[k].begin) department = &f;
    }
    if (department != nullptr && department->begin < names[k].end &&
        names[k].begin < department->end) {
      continue;
    }
    if (InsideApposition(patterns, text, names[k].begin)) {
      // Read with its unit's item, up to where the enumeration goes on or the sentence's verb
      // begins ("…, ett av jobbtorgen inom avdelningen Jobbtorg Stockholm, deltar i år …").
      if (!out.items.empty()) {
        std::string apposition = name + tail;
        apposition.resize(EndOfAppositions(patterns, apposition));
        out.items.back() = WithoutTrailingConnective(out.items.back() + " " +
                                                     SplitEnumeration(patterns, apposition)[0]);
      }
      continue;
    }
    out.lexicon_names.push_back(genitive[k] ? name.substr(0, name.size() - 1) : name);
    out.departments.push_back(department != nullptr ? department->name : "");
    out.items.push_back(WithoutTrailingConnective(
        out.lexicon_names.back() + tail.substr(0, EndOfAppositions(patterns, tail))));
  }
  return out;
}

}  // namespace

// The class a sentence gives every unit it names: set off at its end ("… ställer upp i
// Stockholms stads kvalitetsutmärkelse 2016, i klassen förskola"; participation.re2
// class_for_all), or the class last given before ("… tävlar i samma klass"; same_class), or "".
std::string ClassForAllNamed(const PatternSet& patterns, const std::string& sentence,
                             const std::string& last_class) {
  const RE2* same = patterns.Get(PatternId::kSameClass);
  if (same != nullptr && RE2::PartialMatch(sentence, *same)) return last_class;
  const RE2* for_all = patterns.Get(PatternId::kClassForAll);
  if (for_all == nullptr) return "";
  const std::optional<std::string> named = FirstGroup(*for_all, sentence, "class");
  return named ? patterns.ClassIn(*named) : "";
}

void AddUnitsNamedInSentences(const ExtractionContext& ctx, const std::vector<bool>& table_text,
                              UnitCollector* collector) {
  const RE2* announces = ctx.patterns.Get(PatternId::kAnnouncesUnits);
  const RE2* not_taking_part = ctx.patterns.Get(PatternId::kNotParticipation);
  size_t announced = 0;    // sentences left that name the units an announcement counted
  std::string last_class;  // of the unit named last
  for (size_t i = 0; i < ctx.sentences.size(); ++i) {
    if (table_text[i]) continue;
    // Elsewhere a known unit's name may still carry its department or operator
    // ("Familjestödsteamet, inom avdelningen för …, ger råd …"), never a new unit or a class.
    const std::string& said = ctx.sentences[i].text;
    bool takes_part = SaysUnitsTakePart(ctx.patterns, said);
    if (takes_part) {
      announced =
          announces != nullptr && RE2::PartialMatch(said, *announces) ? kAnnouncedSentences : 0;
    } else if (announced > 0) {
      --announced;
      takes_part = not_taking_part == nullptr || !RE2::PartialMatch(said, *not_taking_part);
    }
    if (!takes_part && (!MayHoldAnApposition(ctx.sentences[i].text) ||
                        !collector->MayNameAKnownUnit(ctx.sentences[i].text))) {
      continue;
    }
    const std::string& text = ctx.sentences[i].text;
    const NamedItems named = ItemsOfNames(ctx.patterns, text);
    const std::vector<std::string>& lexicon_names = named.lexicon_names;
    const std::vector<std::string>& item_departments = named.departments;
    std::vector<UnitMention> units = ReadEnumeration(ctx.patterns, named.items);
    const std::string class_for_all =
        units.empty() ? "" : ClassForAllNamed(ctx.patterns, text, last_class);
    for (size_t k = 0; k < units.size(); ++k) {
      if (!units[k].competition_class && !class_for_all.empty()) {
        units[k].competition_class = class_for_all;
      }
      if (!units[k].department && !item_departments[k].empty()) {
        units[k].department = item_departments[k];
      }
      // What the appositions left may still hold words after the name ("… med sitt arbete"),
      // but not more of a proper name ("Resursteamet Alvik Väst" read from "Resursteamet i
      // Stockholm AB, som deltar med Resursteamet Alvik Väst").
      const std::string& name = units[k].name;
      const std::string& lexicon_name = lexicon_names[k];
      if (name.rfind(lexicon_name, 0) == 0 && !StartsWithCapital(name, lexicon_name.size() + 1)) {
        units[k].name = lexicon_name;
      }
      if (!takes_part) {
        if (!collector->IsKnown(units[k].name)) continue;
        units[k].competition_class.reset();
      } else if (collector->IsPartOfKnownName(units[k].name) ||
                 collector->IsKnownDepartment(units[k].name)) {
        continue;
      }
      units[k].via = "sentence";
      if (units[k].competition_class) last_class = *units[k].competition_class;
      collector->Add(std::move(units[k]), ctx.sentences[i]);
    }
  }
}

}  // namespace kvreg
