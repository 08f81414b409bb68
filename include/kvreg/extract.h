// Extraction: reads the fields of the contract from a document's normalised text with the
// patterns of a PatternSet. Stateless apart from the patterns; thread-safe.
#pragma once

#include <string>

#include "kvreg/document_text.h"
#include "kvreg/patterns.h"
#include "kvreg/record.h"

namespace kvreg {

// Fills every field of `record` but file, sha256 and error from the document's text.
void ExtractFields(const PatternSet& patterns, const DocumentText& text, Record* record);

// `limits` with the table header words of the patterns, so that the reader finds the tables
// the extraction reads units from (every caller that reads a document for extraction uses it).
TextLimits WithTableHeaders(const PatternSet& patterns, TextLimits limits);

// The whole path for one file: hash, read (PDF or text), normalise, extract. A file that
// cannot be read gets a Record with `error` set and empty fields.
Record ExtractFile(const PatternSet& patterns, const std::string& path,
                   const TextLimits& limits = TextLimits());
// As above, and hands back the text it read (for the register to keep).
Record ExtractFile(const PatternSet& patterns, const std::string& path, const TextLimits& limits,
                   DocumentText* text);

}  // namespace kvreg
