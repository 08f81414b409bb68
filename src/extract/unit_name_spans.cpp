// Where unit names stand in a sentence (unit_name_spans.h): the lexicon's, the declared ones,
// the possessive and plural ones.
#include "unit_name_spans.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "code_points.h"
#include "extract_internal.h"
#include "unit_items.h"

namespace kvreg {
namespace {

// How far before a name the word joining it to the name before is looked for.
constexpr size_t kJoinerBytes = 24;

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

// Adds `span` to `found` in place of the names it overlaps: a name the text builds from a kind
// word wins over the lexicon's reading of the same words.
void ReplaceOverlapping(NameSpan span, std::vector<NameSpan>* found) {
  found->erase(
      std::remove_if(found->begin(), found->end(),
                     [&](const NameSpan& f) { return f.begin < span.end && span.begin < f.end; }),
      found->end());
  found->push_back(std::move(span));
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
    ReplaceOverlapping(std::move(span), found);
  });
}

// A plural kind shared by the names after it (participation.re2 plural_kind: "förskolorna
// Lärkan och Gläntan") names a unit of that kind for each: "Förskolan Lärkan", "Förskolan
// Gläntan", where unit_kinds.tsv knows the plural; they win overlaps.
void AddPluralKindNames(const PatternSet& patterns, const std::string& text,
                        std::vector<NameSpan>* found) {
  const RE2* plural = patterns.Get(PatternId::kPluralKind);
  // The names are joined by "och" or "samt": most sentences have neither.
  if (plural == nullptr ||
      (text.find(" och ") == std::string::npos && text.find(" samt ") == std::string::npos)) {
    return;
  }
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
    for (NameSpan& span : spans) ReplaceOverlapping(std::move(span), found);
  });
}

}  // namespace

std::optional<std::string> UnitNameEnding(const PatternSet& patterns, const std::string& text) {
  const std::vector<NameSpan> found = FindUnitNames(patterns, text);
  if (found.empty() || found.back().end != text.size()) return std::nullopt;
  const NameSpan& last = found.back();
  return WithCapitalFirst(last.registered.empty() ? text.substr(last.begin, last.end - last.begin)
                                                  : last.registered);
}

std::vector<NameSpan> FindUnitNames(const PatternSet& patterns, const std::string& text) {
  std::vector<NameSpan> found = LexiconNames(patterns, text);
  AddDeclaredNames(patterns, text, &found);
  AddPossessiveNames(patterns, text, &found);
  AddPluralKindNames(patterns, text, &found);
  std::sort(found.begin(), found.end(),
            [](const NameSpan& a, const NameSpan& b) { return a.begin < b.begin; });
  return found;
}

}  // namespace kvreg
