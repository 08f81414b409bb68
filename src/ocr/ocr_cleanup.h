// What OCR adds to a word that print never has, taken out before the normaliser sees it.
// Internal to the OCR path (ocr_engine.cpp); the normaliser's own rules still apply after it.
#pragma once

#include <string>

namespace kvreg {

// Tesseract's typographic quotes and ligatures made plain; empty when the word is only
// stray marks (specks read as "." or "|").
std::string CleanOcrWord(const std::string& word);

// Whole lines: a protocol paragraph heading alone on its line, "§ 23", comes out of Tesseract
// as "823", "8 23" or "S 23" and gets its "§" back; a list bullet read as "«", "»", "+»",
// "©", "« -", "e" before a capitalised word becomes "•"; "@" read as "(Q" or "©" inside an e-mail
// address is put back.
std::string CleanOcrLine(const std::string& line);

}  // namespace kvreg
