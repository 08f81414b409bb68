// Reading units out of text items: see unit_items.h.
#include "unit_items.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "code_points.h"
#include "unit_references.h"

namespace kvreg {
namespace {

std::optional<std::string> NonEmpty(const std::string& s) {
  std::string t = TrimItem(s);
  if (t.empty()) return std::nullopt;
  return t;
}

// "X (egen regi, förskoleavdelningen)" -> "X, egen regi, förskoleavdelningen": details listed in
// one bracket are peeled one at a time as appositions.
std::string WithBracketAsAppositions(const std::string& item) {
  if (item.empty() || item.back() != ')') return item;
  const size_t open = item.rfind(" (");
  if (open == std::string::npos || item.find(", ", open) == std::string::npos ||
      item.find_first_of("()", open + 2) != item.size() - 1) {
    return item;
  }
  return item.substr(0, open) + ", " + item.substr(open + 2, item.size() - open - 3);
}

}  // namespace

bool StartsWithCapital(const std::string& s, size_t at) {
  return at < s.size() && u_isupper(CodePointAt(s, at));
}

std::string WithCapitalFirst(const std::string& s) {
  const UChar32 first = CodePointAt(s, 0);
  const UChar32 upper = u_toupper(first);
  if (s.empty() || upper == first) return s;
  size_t length = 0;
  U8_FWD_1_UNSAFE(s.data(), length);
  char bytes[U8_MAX_LENGTH];
  int32_t size = 0;
  UBool error = false;
  U8_APPEND(bytes, size, U8_MAX_LENGTH, upper, error);
  if (error) return s;
  return std::string(bytes, size) + s.substr(length);
}

std::string TrimItem(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.' || s.back() == ';' ||
                        s.back() == ':' || s.back() == '"')) {
    s.pop_back();
  }
  while (!s.empty() && (s.front() == ' ' || s.front() == '"')) s.erase(0, 1);
  return s;
}

// True when `list` has a semicolon outside brackets.
bool HasSemicolonOutsideBrackets(const std::string& list) {
  int depth = 0;
  for (char c : list) {
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c == ';' && depth == 0) return true;
  }
  return false;
}

// "X, Y samt Z och W" -> items, splitting only where the next item starts with a capital, so
// that "Enheten för arbete och försörjning" stays whole, or with a qualifier
// (fields.enumeration.re2 enumeration_qualifier: "samt de privata utförarna Y"), which is dropped.
// Items set apart by semicolons keep their commas: "X, avd. äldreomsorg; Y, avd. IFO".
std::vector<std::string> SplitEnumeration(const PatternSet& patterns, const std::string& list,
                                          Separators which) {
  static const std::vector<std::string> kAll = {", ", " samt ", " och "};
  static const std::vector<std::string> kSemicolons = {"; ", " samt ", " och "};
  static const std::vector<std::string> kConjunctions = {" samt ", " och "};
  const std::vector<std::string>& kSeparators = which == Separators::kConjunctions  ? kConjunctions
                                                : HasSemicolonOutsideBrackets(list) ? kSemicolons
                                                                                    : kAll;
  const RE2* qualifier = patterns.Get(PatternId::kEnumerationQualifier);
  const RE2* owner = patterns.Get(PatternId::kItemOwner);
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
        if (StartsWithCapital(list, next) ||
            (owner != nullptr &&
             RE2::PartialMatch(re2::StringPiece(list.data() + next, list.size() - next), *owner))) {
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

namespace {
thread_local ItemReadings* current_readings = nullptr;  // this thread's document's, if any
}  // namespace

ItemReadings::ItemReadings(const PatternSet& patterns)
    : patterns_(patterns), outer_(current_readings) {
  current_readings = this;
}

ItemReadings::~ItemReadings() { current_readings = outer_; }

const ItemReadings::Reading* ItemReadings::Find(const PatternSet& patterns,
                                                const std::string& item) {
  if (current_readings == nullptr || &current_readings->patterns_ != &patterns) return nullptr;
  const auto it = current_readings->readings_.find(item);
  return it == current_readings->readings_.end() ? nullptr : &it->second;
}

void ItemReadings::Keep(const PatternSet& patterns, const std::string& item, Reading reading) {
  if (current_readings == nullptr || &current_readings->patterns_ != &patterns) return;
  current_readings->readings_.emplace(item, std::move(reading));
}

namespace {

// Reads one item with unit_details.re2, peeling one detail at a time: "Förskolan X
// (förskoleavdelningen) i klassen Förskola" gives the class, then the department of the rest.
// `*shared_department` is set to a department the item says it shares with the items before it
// ("…, båda inom Z").
UnitMention ReadItemDetails(const PatternSet& patterns, const std::string& item,
                            std::optional<std::string>* shared_department) {
  constexpr int kMaxDetails = 4;
  UnitMention unit;
  unit.name = WithBracketAsAppositions(TrimItem(item));
  const auto& details = patterns.Category("unit_details");
  std::vector<int> candidates;
  for (int round = 0; round < kMaxDetails; ++round) {
    const std::string text = unit.name;
    // Only a pattern whose literal strings the item holds can match all of it.
    patterns.MayMatch("unit_details", text, &candidates);
    for (int c : candidates) {
      if (!details[c].MayMatchWhole(text)) continue;
      const RE2& re = *details[c].regex;
      MatchGroups groups(re);
      if (!re.Match(text, 0, text.size(), RE2::ANCHOR_BOTH, groups.data(), groups.size())) {
        continue;
      }
      PatternMatch m(re, groups, text);
      // A class that none of classes.tsv recognises is no class: "X – Y" read as a class
      // would take a department or a company for one.
      if (m.Has("class") && patterns.ClassIn(m.Get("class")).empty()) continue;
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

}  // namespace

// ReadItemDetails, once per item while an ItemReadings lives.
UnitMention ReadItem(const PatternSet& patterns, const std::string& item,
                     std::optional<std::string>* shared_department) {
  if (const ItemReadings::Reading* known = ItemReadings::Find(patterns, item)) {
    if (shared_department != nullptr && known->shared_department) {
      *shared_department = known->shared_department;
    }
    return known->unit;
  }
  std::optional<std::string> shared;
  UnitMention unit = ReadItemDetails(patterns, item, &shared);
  ItemReadings::Keep(patterns, item, {unit, shared});
  if (shared_department != nullptr && shared) *shared_department = shared;
  return unit;
}

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

std::string WithoutDescription(const std::string& item) {
  for (const char* description : {"; en ", "; ett "}) {
    const size_t at = item.find(description);
    if (at != std::string::npos) return item.substr(0, at);
  }
  return item;
}

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

// The units of one enumeration, with a department shared back ("X och Y, båda inom Z") given to
// the earlier items that name none.
std::vector<UnitMention> ReadEnumeration(const PatternSet& patterns,
                                         const std::vector<std::string>& items) {
  std::vector<UnitMention> units;
  for (const std::string& item : items) {
    std::optional<std::string> shared;
    units.push_back(ReadItem(patterns, item, &shared));
    // "…, som ligger under samma avdelning": the department of the unit before.
    UnitMention& unit = units.back();
    if (unit.department && unit.department->rfind("samma ", 0) == 0) {
      unit.department = units.size() > 1 ? units[units.size() - 2].department : std::nullopt;
    }
    if (!shared) continue;
    for (UnitMention& earlier : units) {
      if (!earlier.department) earlier.department = shared;
    }
  }
  return units;
}

bool SaysUnitsTakePart(const PatternSet& patterns, const std::string& text) {
  const RE2* cue = patterns.Get(PatternId::kParticipationCue);
  const RE2* not_cue = patterns.Get(PatternId::kNotParticipation);
  if (cue == nullptr || !RE2::PartialMatch(text, *cue)) return false;
  if (not_cue == nullptr || !RE2::PartialMatch(text, *not_cue)) return true;
  // A first clause that says so, set apart by a semicolon from one that says otherwise: "Dessutom
  // har X anmält sig; enheten deltog även 2011 …" says X takes part.
  const size_t end = text.find("; ");
  if (end != std::string::npos) {
    const re2::StringPiece clause(text.data(), end);
    if (RE2::PartialMatch(clause, *cue) && !RE2::PartialMatch(clause, *not_cue)) return true;
  }
  return false;
}

namespace {

// True when `other` is `name` with its head word indefinite ("Hemtjänst X" for "Hemtjänsten X").
bool IsIndefiniteFormOf(const std::string& other, const std::string& name) {
  const size_t a = other.find(' '), b = name.find(' ');
  // Cheap tests first: the head words share their first bytes, the definite one is longer.
  if (a == std::string::npos || b == std::string::npos || b <= a || b > a + 2 ||
      name.compare(1, a - 1, other, 1, a - 1) != 0 ||
      UnitKey(other.substr(a + 1)) != UnitKey(name.substr(b + 1))) {
    return false;
  }
  const std::string head = UnitKey(name.substr(0, b)), other_head = UnitKey(other.substr(0, a));
  return head == other_head + "en" || head == other_head + "et" || head == other_head + "n";
}

// True when `other` is the owner that `name` begins with in the genitive: "Kulturskolan" for
// "Kulturskolans dansverksamhet i Skärholmen".
bool IsOwnerWithin(const std::string& other, const std::string& name) {
  return name.size() > other.size() + 2 && name.compare(0, other.size(), other) == 0 &&
         name.compare(other.size(), 2, "s ") == 0;
}

// True when `other` is the proper name that `name` ends with after its kind, read from the same
// sentence: "Blåklinten" beside "Förskolan Blåklinten" in "förskolorna Solrosen och
// Blåklinten, båda inom …".
bool IsProperNameWithin(const UnitMention& other, const UnitMention& name) {
  return other.source.text == name.source.text && EndsWithName(name.name, other.name);
}

}  // namespace

void UnitCollector::MergeFormsOfOneName() {
  for (size_t i = 0; i < units_.size();) {
    size_t into = units_.size();
    for (size_t j = 0; j < units_.size() && into == units_.size(); ++j) {
      if (j != i && (IsIndefiniteFormOf(units_[i].name, units_[j].name) ||
                     IsOwnerWithin(units_[i].name, units_[j].name) ||
                     IsProperNameWithin(units_[i], units_[j]))) {
        into = j;
      }
    }
    if (into == units_.size()) {
      ++i;
      continue;
    }
    UnitMention& kept = units_[into];
    UnitMention& other = units_[i];
    if (!kept.department) kept.department = other.department;
    if (!kept.operator_name) kept.operator_name = other.operator_name;
    if (!kept.competition_class) kept.competition_class = other.competition_class;
    if (first_mentions_[i] < first_mentions_[into]) {
      first_mentions_[into] = first_mentions_[i];
      kept.source = other.source;
    }
    units_.erase(units_.begin() + i);
    keys_.erase(keys_.begin() + i);
    first_mentions_.erase(first_mentions_.begin() + i);
  }
}

}  // namespace kvreg
