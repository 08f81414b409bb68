// How a sentence names a unit already found (private to src/extract): by part of its name, by
// its name with more around it, by its kind in the plural or definite form ("förskolorna",
// "Boendet", "den dagliga verksamheten"), by a collective of its kind ("Båda biblioteken"), or
// by a short form ("Jobbtorg Järva" for "Jobbtorg Stockholm Järva").
#pragma once

#include <string>
#include <vector>

#include "kvreg/patterns.h"
#include "kvreg/record.h"

namespace kvreg {

// True when `word` names the unit's kind in the plural or definite form; in lower case only
// when `lower_case` ("…, förskolan i klassen Förskola").
bool IsPluralOfItsKind(std::string word, const std::string& unit_name, bool lower_case = false);
// True when `subject` is a collective word and the unit's kind ("Båda biblioteken").
bool IsCollectiveOfItsKind(const PatternSet& patterns, const std::string& subject,
                           const std::string& unit_name);
// True when a collective statement's kind takes in the unit (see the definition).
bool IsOfKind(const std::vector<UnitMention>& units, const std::string& unit_name,
              const std::string& class_name, std::string kind);
// True when the item begins with the unit's name and goes on with its apposition.
bool BeginsWithName(const std::string& item, const std::string& unit_name);
// True when the item ends with the unit's name, after the words that bring it in.
bool EndsWithName(const std::string& item, const std::string& unit_name);
// True when `subject` is part of the unit's name; one word only when it is one of its words.
bool NamesByPartOfTheName(const std::string& subject, const std::string& unit_name);
// The items of a statement's subject, in every case ("Jouren, stödboendet och …").
std::vector<std::string> SubjectItems(const PatternSet& patterns, const std::string& subject);
// True when an item of a statement's subject names the unit, in any of the ways above.
bool ItemNamesUnit(const PatternSet& patterns, const std::string& item,
                   const std::string& unit_name);
// True when `subject` is a short form of the unit's name (its abbreviation, or some of its
// words in order, the first among them).
bool IsShortFormOf(const std::string& subject, const std::string& name);

}  // namespace kvreg
