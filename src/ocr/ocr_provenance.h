// OCR provenance: which pages of a document were read by OCR, and how sure Tesseract was of
// each value read from them. Runs after extraction; pure function of its input, thread-safe.
#pragma once

#include "kvreg/document_text.h"
#include "kvreg/record.h"

namespace kvreg {

// Sets the record's ocr_pages and mean confidence, and marks every unit and date whose source
// page was read by OCR with the confidence of the lines its text came from (the page's when
// those lines cannot be told). Confidences are rounded to one decimal.
void MarkOcrProvenance(const DocumentText& document, Record* record);

}  // namespace kvreg
