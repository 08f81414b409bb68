// A page as the register keeps it: the plain text that full-text search indexes and the lines
// with their geometry as JSON, which re-extraction reads back. The import workers make them,
// so that the one writer only binds them; between the two they travel in a compact framing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kvreg/document_text.h"
#include "kvreg/status.h"

namespace kvreg {

struct StoredPage {
  int number = 0;          // 1-based
  std::string text;        // PagePlainText: normalised lines joined by "\n"
  std::string lines_json;  // PageToJson, bytes that are not UTF-8 replaced
};

StoredPage StorePage(const PageText& page);
std::vector<StoredPage> StorePages(const DocumentText& text);

// Appends the pages to `out`: per page its number and the byte lengths of both fields (32-bit,
// little-endian), then the bytes. Read back by ParseStoredPages, which rejects a truncated or
// overlong frame.
void AppendStoredPages(const std::vector<StoredPage>& pages, std::string* out);
Status ParseStoredPages(std::string_view in, std::vector<StoredPage>* out);

}  // namespace kvreg
