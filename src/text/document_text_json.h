// A page's text layer as JSON, so the register can keep it and extraction can run again
// without the PDF (kvreg reextract). Lossless for everything DocumentText holds. Thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "kvreg/document_text.h"
#include "kvreg/status.h"
#include "kvreg/stored_page.h"

namespace kvreg {

// {"ocr": …, "ocr_confidence": …, "lines": [{"text": …, "top": …, "bottom": …, "left": …,
// "right": …, "block_start": …, "ocr_confidence": …}, …]}; the page number is kept apart.
nlohmann::json PageToJson(const PageText& page);
Status PageFromJson(const nlohmann::json& json, PageText* page);

// The page's lines joined by "\n", each normalised (NFC, no soft hyphens): what search sees.
std::string PagePlainText(const PageText& page);

// A page in the register's form (its plain text and its lines as JSON), and back: LoadPages
// says "stored page text is broken: …" when a page's JSON cannot be read.
StoredPage StorePage(const PageText& page);
std::vector<StoredPage> StorePages(const DocumentText& text);
Status LoadPages(const std::vector<StoredPage>& pages, DocumentText* out);

}  // namespace kvreg
