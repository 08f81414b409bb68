// Cleanup of OCR'd words. Tesseract's Swedish model prints typographic quotes where the
// documents' fonts have straight ones, reads specks of a scan as lone punctuation, and reads
// the bold "§" of a protocol paragraph as a digit or a letter.
#include "ocr_cleanup.h"

#include <re2/re2.h>

#include <array>
#include <utility>

namespace kvreg {
namespace {

// Replacements, UTF-8 to UTF-8.
constexpr std::array<std::pair<const char*, const char*>, 9> kReplacements = {{
    {"\u2018", "'"},
    {"\u2019", "'"},
    {"\u201A", "'"},
    {"\u201C", "\""},
    {"\u201D", "\""},
    {"\u201E", "\""},
    {"\uFB01", "fi"},
    {"\uFB02", "fl"},
    {"\uFB00", "ff"},
}};

bool IsStrayMark(const std::string& word) {
  for (char c : word) {
    if (c != '.' && c != ',' && c != '|' && c != '\'' && c != '`' && c != '_' && c != '~') {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string CleanOcrLine(const std::string& line) {
  static const RE2 misread_paragraph(R"(^[8S$] ?(\d{1,4})$)");
  static const RE2 misread_bullet(R"(^(?:[«»+*©°•·—–-]+ ?|[eo] )(?:[«»+*©°•·—–-]+ )*(\p{Lu}))");
  static const RE2 misread_at(R"(([\pL\pN])(?:\(Q|\(@|©)([\pL\pN]+\.(?:se|nu|com|org)))");
  std::string number;
  if (RE2::FullMatch(line, misread_paragraph, &number)) return "§ " + number;
  std::string out = line;
  RE2::Replace(&out, misread_bullet, "• \\1");
  RE2::GlobalReplace(&out, misread_at, "\\1@\\2");
  return out;
}

std::string CleanOcrWord(const std::string& word) {
  const size_t first = word.find_first_not_of(" \t\n");
  if (first == std::string::npos) return "";
  std::string out = word.substr(first, word.find_last_not_of(" \t\n") - first + 1);
  for (const auto& [from, to] : kReplacements) {
    const std::string needle(from);
    for (size_t at = out.find(needle); at != std::string::npos; at = out.find(needle, at)) {
      out.replace(at, needle.size(), to);
      at += std::string(to).size();
    }
  }
  if (IsStrayMark(out)) return "";
  return out;
}

}  // namespace kvreg
