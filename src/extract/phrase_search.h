// Searching normalised text for a phrase however it breaks over lines: each space of the
// phrase stands for any run of whitespace ("Förskolan" ⏎ "Blåklinten"). A plain scan instead
// of a regex compiled per phrase (private to src/). Pure functions; thread-safe.
#pragma once

#include <string>

namespace kvreg {

// The byte offset of the leftmost occurrence of `phrase` in `text`, each space of the phrase
// matching one or more whitespace characters (two spaces two or more), or npos. The same as
// searching with the regex RE2::QuoteMeta(phrase) with every "\ " made "\s+"; a phrase that
// regex would not compile for (invalid UTF-8) is found nowhere.
size_t FindPhrase(const std::string& text, const std::string& phrase);

// The same search done by that regex, compiled for the call: FindPhrase's fallback for a
// phrase it cannot split, and the reference its tests compare it with.
size_t FindPhraseWithRegex(const std::string& text, const std::string& phrase);

}  // namespace kvreg
