// Units named in running text: in a sentence of the award matter that says units take part
// (participation.re2 participation_cue, and not only that they won or took part before:
// not_participation), every unit name the lexicon of patterns/unit_names.re2 recognises is a
// participant, with the appositions that follow it up to the next name ("Förskolan Humlegården,
// som deltar i tävlingsklassen förskola, och Hemtjänsten Östermalm Norra, …"). This finds units
// whatever the sentence's wording, where units.re2's templates know only the phrasings met.
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "code_points.h"
#include "extract_internal.h"
#include "unit_items.h"

namespace kvreg {
namespace {

// How many sentences after one that counts the units taking part ("Tre enheter planerar att
// lämna bidrag.") may name them without saying so again.
constexpr size_t kAnnouncedSentences = 6;

// How far before a name the word joining it to the name before is looked for.
constexpr size_t kJoinerBytes = 24;

struct NameSpan {
  size_t begin = 0, end = 0;
  std::string registered;  // the name as registered where the text words it otherwise
};

// True when a name ending at `end` ends inside a word: a name ends at a word's end, or before a
// genitive s ("Både förskola" in "Både förskolan Regnbågen" is a head word's prefix).
bool EndsInsideAWord(const std::string& text, size_t end) {
  return end < text.size() && u_isalpha(CodePointAt(text, end)) &&
         !(text[end] == 's' && (end + 1 == text.size() || !u_isalpha(CodePointAt(text, end + 1))));
}

// Every unit name of the lexicon in `text`, left to right, the longest where two overlap: one
// pass of the joint lexicon (PatternSet::UnitNameLexicon, leftmost-longest); the whole match is
// the name (unit_names.re2 says so), so RE2's DFAs alone find it.
std::vector<NameSpan> LexiconNames(const PatternSet& patterns, const std::string& text) {
  std::vector<NameSpan> found;
  const RE2* lexicon = patterns.UnitNameLexicon();
  if (lexicon == nullptr) return found;
  const RE2* joins_names = patterns.Get(PatternId::kJoinsNames);
  const RE2* names_after = patterns.Get(PatternId::kNamesAfter);
  const RE2* owner = patterns.Get(PatternId::kDepartmentOwner);
  re2::StringPiece match;
  for (size_t pos = 0;
       pos < text.size() && lexicon->Match(text, pos, text.size(), RE2::UNANCHORED, &match, 1);) {
    const size_t begin = match.data() - text.data();
    const size_t end = begin + match.size();
    if (EndsInsideAWord(text, end)) {  // the name, if any, begins later
      pos = begin + 1;
      continue;
    }
    // A head word in lower case begins a name only after another name and a conjunction, in
    // its enumeration ("Förskolan Ängsmyran och förskolan Trollsländan"), or after the verb of
    // taking part ("deltar med gruppbostaden Tallkronan"); after a comma it is the name's
    // apposition ("Förskolan Vantörsgården, förskoleområde Högdalen").
    auto begins_name = [&] {  // by the words right before it
      const size_t from = begin > kJoinerBytes ? begin - kJoinerBytes : 0;
      const re2::StringPiece before(text.data() + from, begin - from);
      return (joins_names != nullptr && !found.empty() &&
              RE2::PartialMatch(before, *joins_names)) ||
             (names_after != nullptr && RE2::PartialMatch(before, *names_after));
    };
    // A name in the genitive before "avdelning" owns a department: "Stadsbibliotekets
    // avdelning för bibliotek i söder" names no unit.
    const bool owns_department =
        owner != nullptr && end < text.size() && text[end] == 's' &&
        RE2::PartialMatch(re2::StringPiece(text.data() + end, text.size() - end), *owner);
    if ((StartsWithCapital(text, begin) || begins_name()) && !owns_department) {
      found.push_back({begin, end});
    }
    pos = begin + std::max<size_t>(match.size(), 1);
  }
  return found;
}

// Names the lexicon does not know, called units by their apposition (participation.re2
// declared_unit: "Lönecentrum Fridhem, en enhet inom …") or by a kind word before them
// (kind_before_name: "den arbetsintegrerande verksamheten Verkstad Norra Station"); the
// lexicon's names win overlaps.
void AddDeclaredNames(const PatternSet& patterns, const std::string& text,
                      std::vector<NameSpan>* found) {
  const RE2* connective = patterns.Get(PatternId::kConnective);  // "Även X, …"
  const bool has_comma = text.find(", ") != std::string::npos;   // an apposition's after a name
  for (PatternId declaring : {PatternId::kDeclaredUnit, PatternId::kKindBeforeName}) {
    if (declaring == PatternId::kDeclaredUnit && !has_comma) continue;
    const RE2* declared = patterns.Get(declaring);
    if (declared == nullptr) continue;
    ForEachMatch(*declared, text, [&](const PatternMatch& m) {
      const std::string name = m.Get("name");
      NameSpan span{m.Offset("name"), m.Offset("name") + name.size()};
      re2::StringPiece rest;
      if (connective != nullptr && RE2::FullMatch(name, *connective, &rest)) {
        span.begin += rest.data() - name.data();
      }
      const bool overlaps = std::any_of(found->begin(), found->end(), [&](const NameSpan& f) {
        return f.begin < span.end && span.begin < f.end;
      });
      if (!overlaps) found->push_back(span);
    });
  }
}

// A kind written indefinite after a possessive (participation.re2 possessive_kind: "vårt vård-
// och omsorgsboende Tornbacken") names the unit its definite form begins ("Vård- och
// omsorgsboendet Tornbacken"), where unit_kinds.tsv knows the kind; it wins overlaps.
void AddPossessiveNames(const PatternSet& patterns, const std::string& text,
                        std::vector<NameSpan>* found) {
  const RE2* possessive = patterns.Get(PatternId::kPossessiveKind);
  if (possessive == nullptr) return;
  ForEachMatch(*possessive, text, [&](const PatternMatch& m) {
    const std::string definite = patterns.DefiniteKind(m.Get("kind"));
    if (definite.empty()) return;
    // A name that already begins with its kind ("vår förskola Förskolan Kastanjen") is kept.
    const std::string name = m.Get("name");
    const bool begins_with_kind = UnitKey(name).rfind(UnitKey(definite), 0) == 0;
    NameSpan span{m.Offset("kind"), m.Offset("name") + name.size(),
                  begins_with_kind ? name : definite + " " + name};
    found->erase(
        std::remove_if(found->begin(), found->end(),
                       [&](const NameSpan& f) { return f.begin < span.end && span.begin < f.end; }),
        found->end());
    found->push_back(std::move(span));
  });
}

// A plural kind shared by the names after it (participation.re2 plural_kind: "förskolorna
// Lärkan och Gläntan") names a unit of that kind for each: "Förskolan Lärkan", "Förskolan
// Gläntan", where unit_kinds.tsv knows the plural; they win overlaps.
void AddPluralKindNames(const PatternSet& patterns, const std::string& text,
                        std::vector<NameSpan>* found) {
  const RE2* plural = patterns.Get(PatternId::kPluralKind);
  if (plural == nullptr) return;
  ForEachMatch(*plural, text, [&](const PatternMatch& m) {
    std::string kind;
    icu::UnicodeString::fromUTF8(m.Get("kind")).toLower().toUTF8String(kind);
    const std::string definite = patterns.DefiniteKind(kind);
    if (definite.empty()) return;
    const std::string names = m.Get("names");
    const size_t base = m.Offset("names");
    std::vector<NameSpan> spans;
    for (size_t pos = 0; pos < names.size();) {
      size_t end = names.size();
      size_t next = end;
      for (const char* joiner : {", ", " och ", " samt "}) {
        const size_t at = names.find(joiner, pos);
        if (at != std::string::npos && at < end) {
          end = at;
          next = at + std::string(joiner).size();
        }
      }
      spans.push_back({base + pos, base + end,
                       WithCapitalFirst(definite) + " " + names.substr(pos, end - pos)});
      pos = next;
    }
    spans.front().begin = m.Offset("kind");
    for (NameSpan& span : spans) {
      found->erase(std::remove_if(
                       found->begin(), found->end(),
                       [&](const NameSpan& f) { return f.begin < span.end && span.begin < f.end; }),
                   found->end());
      found->push_back(std::move(span));
    }
  });
}

std::vector<NameSpan> FindUnitNames(const PatternSet& patterns, const std::string& text);

}  // namespace

std::optional<std::string> UnitNameEnding(const PatternSet& patterns, const std::string& text) {
  const std::vector<NameSpan> found = FindUnitNames(patterns, text);
  if (found.empty() || found.back().end != text.size()) return std::nullopt;
  const NameSpan& last = found.back();
  return WithCapitalFirst(last.registered.empty() ? text.substr(last.begin, last.end - last.begin)
                                                  : last.registered);
}

namespace {

// Every unit name in `text`, left to right: the lexicon's, the declared ones, the possessive
// ones.
std::vector<NameSpan> FindUnitNames(const PatternSet& patterns, const std::string& text) {
  std::vector<NameSpan> found = LexiconNames(patterns, text);
  AddDeclaredNames(patterns, text, &found);
  AddPossessiveNames(patterns, text, &found);
  AddPluralKindNames(patterns, text, &found);
  std::sort(found.begin(), found.end(),
            [](const NameSpan& a, const NameSpan& b) { return a.begin < b.begin; });
  return found;
}

// Where the appositions after a name end: at the sentence's verb ("… deltar i …"), unless the
// verb is in a relative clause that is itself an apposition ("…, som deltar i klassen …").
size_t EndOfAppositions(const PatternSet& patterns, const std::string& tail) {
  const RE2* end = patterns.Get(PatternId::kAppositionEnd);
  if (end == nullptr) return tail.size();
  size_t stop = tail.size();
  ForEachMatchWhile(*end, tail, [&](const PatternMatch& m) {
    if (m.Get("before") == "som") return true;
    // Inside a relative clause set off by a comma and not yet closed: "…, som hör till
    // äldreomsorgsavdelningen, nomineras …"
    const size_t verb = m.Offset("before") + m.Get("before").size();
    const size_t clause = tail.rfind(", som ", verb);
    if (clause != std::string::npos && tail.find(',', clause + 1) > verb) return true;
    stop = m.Has("before") ? m.Offset("before") + m.Get("before").size() : m.Begin();
    return false;
  });
  return stop;
}

// Drops the connective that joins the item to the next name: "X och", "X, samt", "X, liksom".
std::string WithoutTrailingConnective(std::string item) {
  static const char* const kConnectives[] = {" och", " samt", " liksom", " samt även", " även"};
  for (bool changed = true; changed;) {
    changed = false;
    item = TrimItem(item);
    for (const char* word : kConnectives) {
      const std::string w(word);
      if (item.size() > w.size() && item.compare(item.size() - w.size(), w.size(), w) == 0) {
        item.resize(item.size() - w.size());
        changed = true;
      }
    }
  }
  return item;
}

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
    const std::vector<NameSpan> names = FindUnitNames(ctx.patterns, text);
    const std::vector<bool> genitive = GenitiveEnumeration(ctx.patterns, text, names);
    std::vector<std::string> items, lexicon_names;
    const std::vector<FrontedDepartment> fronted = FrontedDepartments(ctx.patterns, text);
    std::vector<std::string> item_departments;  // what a fronted department gives each item
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
      if (InsideApposition(ctx.patterns, text, names[k].begin)) {
        // Read with its unit's item, up to where the enumeration goes on.
        if (!items.empty()) {
          items.back() = WithoutTrailingConnective(items.back() + " " +
                                                   SplitEnumeration(ctx.patterns, name + tail)[0]);
        }
        continue;
      }
      lexicon_names.push_back(genitive[k] ? name.substr(0, name.size() - 1) : name);
      item_departments.push_back(department != nullptr ? department->name : "");
      items.push_back(WithoutTrailingConnective(
          lexicon_names.back() + tail.substr(0, EndOfAppositions(ctx.patterns, tail))));
    }
    std::vector<UnitMention> units = ReadEnumeration(ctx.patterns, items);
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
