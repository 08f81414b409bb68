// Helpers the normaliser's two files share (private to src/): UTF-8 code points, the words of a
// line, and the line-level Swedish rules the page-level pass applies across lines.
#pragma once

#include <unicode/umachine.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

namespace kvreg {

std::string ToUtf8(const icu::UnicodeString& text);

// First code point of a UTF-8 string (0 when empty).
UChar32 FirstCodePoint(const std::string& s);

// "– Förskolan X", "- en chef", "* Hemtjänsten Y": a dash or asterisk and a space opening the
// line, then a letter: a capital always, a lower-case letter only where a list is under way.
bool IsDashBullet(const std::string& line, bool after_list_intro);

// True when the line's last word is a Swedish month name ("den 25 april").
bool EndsInMonthName(const std::string& line);

// The words of a line, case-folded.
std::vector<std::string> FoldedWords(const std::string& line);

}  // namespace kvreg
