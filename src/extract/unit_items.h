// Reading units out of text items (private to src/): an enumeration split into items, each
// item's appositions (department, operator, class) peeled off by patterns/unit_details.re2,
// and the collector that keeps each unit once, in order of first mention, with how it was found.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract_internal.h"
#include "kvreg/unit_key.h"
#include "phrase_search.h"

namespace kvreg {

bool StartsWithCapital(const std::string& s, size_t at = 0);
// `s` with its first letter a capital: "förskolan Trollsländan" -> "Förskolan Trollsländan".
std::string WithCapitalFirst(const std::string& s);
// Trims spaces, quotes and trailing punctuation.
std::string TrimItem(std::string s);

// Where an enumeration may split. A bullet item splits only at a conjunction: its commas set
// off a section ("Kartläggningsenheten, Jobbtorg Stockholm (arbetsmarknadsavdelningen)").
enum class Separators { kCommasAndConjunctions, kConjunctions };

// "X, Y samt Z och W" -> items, splitting only where the next item starts with a capital, so
// that "Enheten för arbete och försörjning" stays whole, or with a qualifier
// (fields.enumeration.re2 enumeration_qualifier: "samt de privata utförarna Y"), which is dropped.
std::vector<std::string> SplitEnumeration(const PatternSet& patterns, const std::string& list,
                                          Separators which = Separators::kCommasAndConjunctions);

// The unit name that ends `text`, as registered ("… noterar att Kista bibliotek" -> "Kista
// bibliotek"; "Vår dagverksamhet Kastanjen" -> "Dagverksamheten Kastanjen", participation.re2
// possessive_kind), or nullopt.
std::optional<std::string> UnitNameEnding(const PatternSet& patterns, const std::string& text);

// Reads one item with unit_details.re2, peeling one detail at a time. `*shared_department` is
// set to a department the item shares with the items before it ("…, båda inom Z").
UnitMention ReadItem(const PatternSet& patterns, const std::string& item,
                     std::optional<std::string>* shared_department = nullptr);

// While one lives (ExtractUnits makes one per document), ReadItem on this thread keeps what it
// read of each item: one document's passes (templates, lists, sentences, tables) read the same
// items again, and a reading depends on nothing but the patterns and the item.
class ItemReadings {
 public:
  explicit ItemReadings(const PatternSet& patterns);
  ~ItemReadings();
  ItemReadings(const ItemReadings&) = delete;
  ItemReadings& operator=(const ItemReadings&) = delete;

  struct Reading {
    UnitMention unit;
    std::optional<std::string> shared_department;
  };
  // The reading of `item` kept on this thread with `patterns`, or nullptr.
  static const Reading* Find(const PatternSet& patterns, const std::string& item);
  static void Keep(const PatternSet& patterns, const std::string& item, Reading reading);

 private:
  const PatternSet& patterns_;
  ItemReadings* outer_;  // the one this one hides, if any
  std::unordered_map<std::string, Reading> readings_;
};

// True when `text` says units take part (participation.re2 participation_cue) and not only
// that they won or took part before (not_participation), or its first clause before a
// semicolon does.
bool SaysUnitsTakePart(const PatternSet& patterns, const std::string& text);

// Where the appositions after a name end in `tail`: at the sentence's verb ("… deltar i …"),
// unless the verb is in a relative clause that is itself an apposition ("…, som deltar i klassen
// …"); tail.size() when there is none (participation.re2 apposition_end).
size_t EndOfAppositions(const PatternSet& patterns, const std::string& tail);

// Drops the connective that joins an item to the next name: "X och", "X, samt", "X, liksom".
std::string WithoutTrailingConnective(std::string item);

// A list item without the description a semicolon and an indefinite article set after it
// ("Träffpunkt Gullingen: avdelningen för äldreomsorg; en mötesplats för äldre i Tensta och
// Hjulsta"), which names no more units. (A semicolon alone may part the item's details: "Jobbtorg
// Söderort; avd. Jobbtorg Stockholm; Andra verksamheter".)
std::string WithoutDescription(const std::string& item);

// The units of one enumeration, a department shared back given to earlier items without one,
// and "samma avdelning" the department of the item before.
std::vector<UnitMention> ReadEnumeration(const PatternSet& patterns,
                                         const std::vector<std::string>& items);

class UnitCollector {
 public:
  explicit UnitCollector(const ExtractionContext& ctx) : ctx_(ctx) {}

  // True when `name` is a part of a known unit's name, word for word, at its start or its end:
  // "Förskolan Sätra" or "Linnégården" once "Förskolan Sätra äng" and "Vård- och
  // omsorgsboendet Linnégården" are known (a short form in running text).
  bool IsPartOfKnownName(const std::string& name) const {
    const std::string key = UnitKey(name);
    for (const UnitMention& known : units_) {
      const std::string& full = known.name;
      for (size_t space = full.find(' '); space != std::string::npos;
           space = full.find(' ', space + 1)) {
        if (UnitKey(full.substr(0, space)) == key || UnitKey(full.substr(space + 1)) == key) {
          return true;
        }
      }
    }
    return false;
  }

  // True when a unit of this name (UnitKey) is known.
  bool IsKnown(const std::string& name) const {
    return std::find(keys_.begin(), keys_.end(), UnitKey(name)) != keys_.end();
  }

  // A cheap test before a known unit is looked for in `text`: whether it holds the last word of
  // some known unit's name ("Ekbacken" of "Korttidshemmet Ekbacken", also in "Ekbackens").
  bool MayNameAKnownUnit(const std::string& text) const {
    return std::any_of(units_.begin(), units_.end(), [&](const UnitMention& known) {
      const size_t space = known.name.rfind(' ');
      const std::string_view last =
          std::string_view(known.name).substr(space == std::string::npos ? 0 : space + 1);
      return text.find(last) != std::string::npos;
    });
  }

  // True when `name` is (the end of) a known unit's department: "enheter från både
  // Stadsbiblioteket och Stadsarkivet deltar" names departments, not units.
  bool IsKnownDepartment(const std::string& name) const {
    const std::string key = UnitKey(name);
    for (const UnitMention& known : units_) {
      if (!known.department) continue;
      const std::string department = UnitKey(*known.department);
      if (department.size() >= key.size() &&
          department.compare(department.size() - key.size(), key.size(), key) == 0) {
        return true;
      }
    }
    return false;
  }

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
      // A genitive read first gives way to the nominative: "Hemtjänsten Tenstas och …"
      if (known.name.size() == unit.name.size() + 1 && known.name.back() == 's' &&
          known.name.compare(0, unit.name.size(), unit.name) == 0) {
        known.name = unit.name;
      }
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

  // One unit written with its head word indefinite and definite ("Hemtjänst Vasastan",
  // "Hemtjänsten Vasastan") is kept once, as the city writes its name: the definite form; one
  // named by its owner alone ("Kulturskolans deltagande") and in full ("Kulturskolans
  // dansverksamhet i Skärholmen") is kept in full, and one read from a sentence by its proper
  // name alone and with its kind ("Blåklinten", "Förskolan Blåklinten") is kept with its kind.
  void MergeFormsOfOneName();

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

}  // namespace kvreg
