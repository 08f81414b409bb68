// A page as the register keeps it: the plain text that full-text search indexes and the lines
// with their geometry as JSON, which re-extraction reads back. Plain data, so that the
// register knows nothing of how text is read: the text stage makes them from a page's text
// layer and reads them back (document_text_json.h).
#pragma once

#include <string>

namespace kvreg {

struct StoredPage {
  int number = 0;          // 1-based
  std::string text;        // PagePlainText: normalised lines joined by "\n"
  std::string lines_json;  // PageToJson, bytes that are not UTF-8 replaced
};

}  // namespace kvreg
