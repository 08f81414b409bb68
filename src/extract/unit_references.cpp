// How a sentence names a unit already found: see unit_references.h.
#include "unit_references.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "code_points.h"
#include "kvreg/unit_key.h"
#include "unit_items.h"

namespace kvreg {
namespace {

// The stem of a kind written in the plural or definite form ("förskolor", "förskolorna",
// "Jobbtorgen", "Boendet" -> the key of "förskol", "jobbtorg", "boend"), as UnitKey keys it.
std::string KindStem(std::string word) {
  static const RE2 kEnding("(?:orna|erna|arna|or|er|ar|na|en|et)$");
  static const RE2 kAfterStressedE("(é)n$");  // "Ateljén" -> "ateljé"
  if (!RE2::Replace(&word, kAfterStressedE, "\\1")) RE2::Replace(&word, kEnding, "");
  return UnitKey(word);
}

}  // namespace

// True when `word` names the unit's kind in the plural ("Jobbtorgen" for "Jobbtorg Stockholm
// Järva", "Förskolorna" for "Förskolan Ängen"): one word whose stem, without a plural or
// definite ending, the unit's name holds.
// In a class statement the word may be in lower case, naming back a unit by its kind ("…,
// förskolan i klassen Förskola och träffpunkten i klassen Äldreomsorg"): `lower_case`.
bool IsPluralOfItsKind(std::string word, const std::string& unit_name, bool lower_case) {
  if (word.find(' ') != std::string::npos || (!lower_case && !StartsWithCapital(word))) {
    return false;
  }
  const std::string stem = KindStem(word);
  if (stem == UnitKey(word)) return false;  // no plural or definite ending
  if (stem.size() < 4) return false;        // "jour" (Jouren) and longer
  // The kind is the name's first word or its last ("Husby gårds vård- och omsorgsboende" is no
  // "gården").
  const size_t first_space = unit_name.find(' '), last_space = unit_name.rfind(' ');
  return UnitKey(unit_name.substr(0, first_space)).find(stem) != std::string::npos ||
         (last_space != std::string::npos &&
          UnitKey(unit_name.substr(last_space + 1)).find(stem) != std::string::npos);
}

// True when `subject` is a collective word and the unit's kind ("Båda biblioteken" for
// "Hagsätra bibliotek"; fields.re2 all_units_subject).
bool IsCollectiveOfItsKind(const PatternSet& patterns, const std::string& subject,
                           const std::string& unit_name) {
  const RE2* collective = patterns.Get(PatternId::kAllUnitsSubject);
  const size_t space = subject.rfind(' ');
  return collective != nullptr && space != std::string::npos &&
         RE2::FullMatch(subject, *collective) &&
         IsPluralOfItsKind(subject.substr(space + 1), unit_name, /*lower_case=*/true);
}

// True when a collective statement's kind ("Samtliga förskolor deltar i klassen Förskola")
// takes in the unit. The kind limits the statement to the units whose name holds its stem
// ("Förskolan Ängen") only in a document of mixed classes (some unit has another class
// already) and where it names some unit at all; otherwise it speaks of every unit ("Samtliga
// skolor" over a list that also holds a gymnasium, "Båda anläggningarna").
bool IsOfKind(const std::vector<UnitMention>& units, const std::string& unit_name,
              const std::string& class_name, std::string kind) {
  if (kind.empty()) return true;
  const std::string stem = KindStem(kind);
  if (stem.size() < 3) return true;
  bool names_some = false, mixed = false;
  for (const UnitMention& u : units) {
    names_some = names_some || UnitKey(u.name).find(stem) != std::string::npos;
    mixed = mixed || (u.competition_class && *u.competition_class != class_name);
  }
  if (!names_some || !mixed) return true;
  return UnitKey(unit_name).find(stem) != std::string::npos;
}

// True when the enumeration's item begins with the unit's name and goes on with its
// apposition: "Hemtjänsten Katarina inom äldreomsorgsavdelningen".
bool BeginsWithName(const std::string& item, const std::string& unit_name) {
  const size_t n = unit_name.size();
  return item.size() > n + 1 && (item[n] == ' ' || item[n] == ',') &&
         UnitKey(item.substr(0, n)) == UnitKey(unit_name);
}

// True when the item ends with the unit's name, after the words that bring it in ("Förvaltningen
// anmäler att Gruppbostaden Solrosen" before "och X, båda …, deltar i klassen …").
bool EndsWithName(const std::string& item, const std::string& unit_name) {
  const size_t n = unit_name.size();
  return item.size() > n + 1 && item[item.size() - n - 1] == ' ' &&
         UnitKey(item.substr(item.size() - n)) == UnitKey(unit_name);
}

// True when `subject` is part of the unit's name (UnitNameMatches); a single word only when it
// is one of the name's words ("Linnégården", "Seniorservice"), so that a kind word ("Boendet")
// does not name every unit whose name holds it ("Vård- och omsorgsboendet Linnégården").
bool NamesByPartOfTheName(const std::string& subject, const std::string& unit_name) {
  if (subject.find(' ') != std::string::npos) return UnitNameMatches(unit_name, subject);
  const std::string key = UnitKey(subject);
  for (size_t at = 0; at < unit_name.size();) {
    const size_t end = std::min(unit_name.find(' ', at), unit_name.size());
    if (end > at && UnitKey(unit_name.substr(at, end - at)) == key) return true;
    at = end + 1;
  }
  return false;
}

// The items of a statement's subject: its enumeration ("X och Y"), and the pieces between every
// comma and conjunction whatever their case, for units named back by their kind in lower case
// ("Jouren, stödboendet och den dagliga verksamheten tävlar samtliga i klassen …").
std::vector<std::string> SubjectItems(const PatternSet& patterns, const std::string& subject) {
  std::vector<std::string> items = SplitEnumeration(patterns, subject);
  static const RE2 kSeparator("(, | och | samt )");
  re2::StringPiece rest(subject), separator;
  const char* start = subject.data();
  while (RE2::FindAndConsume(&rest, kSeparator, &separator)) {
    items.emplace_back(start, separator.data() - start);
    start = rest.data();
  }
  if (start != subject.data()) items.emplace_back(start, subject.data() + subject.size() - start);
  return items;
}

// True when an item of a statement's subject names the unit: part of its name, its name with
// more after or before it, its kind in the plural or definite ("förskolorna", "Boendet", "den
// dagliga verksamheten"), or a collective of its kind ("Båda biblioteken").
bool ItemNamesUnit(const PatternSet& patterns, const std::string& item,
                   const std::string& unit_name) {
  if (NamesByPartOfTheName(item, unit_name) || BeginsWithName(item, unit_name) ||
      EndsWithName(item, unit_name) || IsPluralOfItsKind(item, unit_name, /*lower_case=*/true) ||
      IsCollectiveOfItsKind(patterns, item, unit_name)) {
    return true;
  }
  // "den dagliga verksamheten", "det nya boendet": an article, adjectives and the kind
  static const RE2 kArticled("(?i:den|det) (?:\\p{Ll}+ )*(\\p{Ll}+)");
  std::string kind;
  if (RE2::FullMatch(item, kArticled, &kind) &&
      IsPluralOfItsKind(kind, unit_name, /*lower_case=*/true)) {
    return true;
  }
  // One word opening the sentence before the name with its head word in lower case ("Även
  // fritidsgården Gläntan i Tensta"): the name begins the rest.
  static const RE2 kOpeningWord("\\p{Lu}\\p{Ll}+ (\\p{Ll}.*)");
  std::string rest;
  // Asked for every item and unit: the cheap test first (a lower-case letter after the first
  // space).
  const size_t space = item.find(' ');
  const bool lower_after_space = space != std::string::npos && space + 1 < item.size() &&
                                 u_islower(CodePointAt(item, space + 1));
  if (lower_after_space && RE2::FullMatch(item, kOpeningWord, &rest) &&
      (UnitKey(rest) == UnitKey(unit_name) || BeginsWithName(rest, unit_name))) {
    return true;
  }
  // A plural kind and the proper name at the item's end ("… att förskolorna Solrosen"): the
  // unit of that kind and name ("Förskolan Solrosen").
  static const RE2 kPluralAndName("(?:^|\\s)(\\p{Ll}+(?:orna|erna|arna)) (\\p{Lu}.*)$");
  std::string proper;
  const bool has_plural = item.find("orna ") != std::string::npos ||
                          item.find("erna ") != std::string::npos ||
                          item.find("arna ") != std::string::npos;
  return has_plural && RE2::PartialMatch(item, kPluralAndName, &kind, &proper) &&
         EndsWithName(unit_name, proper) && IsPluralOfItsKind(kind, unit_name, /*lower_case=*/true);
}

// True when `subject` is a short form of the unit's name: its abbreviation ("MSB" for
// "Mångspråksbiblioteket (MSB)"), or some of its words in order, the first among them
// ("Jobbtorg Järva" for "Jobbtorg Stockholm Järva").
bool IsShortFormOf(const std::string& subject, const std::string& name) {
  if (const std::optional<std::string> abbreviation = UnitAbbreviation(name)) {
    if (*abbreviation == subject) return true;
  }
  auto words = [](const std::string& s) {
    std::vector<std::string> out;
    for (size_t at = 0; at < s.size();) {
      const size_t end = std::min(s.find(' ', at), s.size());
      if (end > at) out.push_back(UnitKey(s.substr(at, end - at)));
      at = end + 1;
    }
    return out;
  };
  const std::vector<std::string> short_words = words(subject), long_words = words(name);
  if (short_words.size() < 2 || short_words.size() >= long_words.size() ||
      short_words.front() != long_words.front()) {
    return false;
  }
  size_t matched = 0;
  for (const std::string& w : long_words) {
    if (matched < short_words.size() && w == short_words[matched]) ++matched;
  }
  return matched == short_words.size();
}

}  // namespace kvreg
