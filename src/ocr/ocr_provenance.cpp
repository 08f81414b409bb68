// OCR provenance. A value's source text is a phrase of the normalised text, which may span
// lines and join words hyphenated over them; its confidence is that of the OCR'd lines it
// was read from, found by their words: a line counts when at least two of its words, and at
// least half of them, occur in the phrase.
#include "ocr_provenance.h"

#include <cctype>
#include <cmath>
#include <set>
#include <sstream>

namespace kvreg {
namespace {

double Rounded(double value) { return std::round(value * 10) / 10; }

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  std::string word;
  while (in >> word) {
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) word.pop_back();
    if (word.size() >= 2) words.push_back(word);
  }
  return words;
}

double SourceConfidence(const PageText& page, const std::string& text) {
  const std::vector<std::string> phrase_words = Words(text);
  const std::set<std::string> phrase(phrase_words.begin(), phrase_words.end());
  double weighted = 0, weight = 0;
  for (const TextLine& line : page.lines) {
    const std::vector<std::string> words = Words(line.text);
    size_t shared = 0;
    for (const std::string& w : words) shared += phrase.count(w);
    if (shared >= 2 && 2 * shared >= words.size()) {
      weighted += line.ocr_confidence * words.size();
      weight += words.size();
    }
  }
  return Rounded(weight > 0 ? weighted / weight : page.ocr_confidence);
}

void Mark(const DocumentText& document, const std::string& text, SourceRef* source) {
  for (const PageText& page : document.pages) {
    if (page.number == source->page && page.ocr) {
      source->ocr_confidence = SourceConfidence(page, text);
    }
  }
}

}  // namespace

void MarkOcrProvenance(const DocumentText& document, Record* record) {
  record->ocr_pages.clear();
  double sum = 0;
  for (const PageText& page : document.pages) {
    if (!page.ocr) continue;
    record->ocr_pages.push_back(page.number);
    sum += page.ocr_confidence;
  }
  record->ocr_confidence.reset();
  if (record->ocr_pages.empty()) return;
  record->ocr_confidence = Rounded(sum / record->ocr_pages.size());
  for (UnitMention& unit : record->units) Mark(document, unit.source.text, &unit.source);
  for (DatedStatement& date : record->dates) Mark(document, date.text, &date.source);
}

}  // namespace kvreg
