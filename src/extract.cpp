// Extraction of one document: text -> normalised text -> sentences -> fields, in one direction.
#include "kvreg/extract.h"

#include "extract_internal.h"
#include "kvreg/file_hash.h"
#include "kvreg/normalize.h"
#include "kvreg/ocr_provenance.h"

namespace kvreg {

void ExtractFields(const PatternSet& patterns, const DocumentText& document, Record* record) {
  const NormalizedText text = Normalize(document, patterns.Category("page_furniture"));
  ExtractionContext ctx{patterns, text, SplitSentences(text.text, patterns.abbreviations())};
  record->pages = static_cast<int>(document.pages.size());
  record->doc_kind = ExtractDocKind(ctx);
  record->diary_numbers = ExtractDiaryNumbers(ctx);
  ExtractBoard(ctx, record);
  ExtractDecisionAndProposal(ctx, record);
  const bool about_award = RE2::PartialMatch(text.text, *patterns.Find("fields", "about_award"));
  if (about_award) {
    record->award_year = ExtractAwardYear(ctx);
    record->units = ExtractUnits(ctx);
    record->prior_participation = ExtractPriorParticipation(ctx, record->units);
  }
  record->dates = ExtractDates(ctx, record->award_year);
  for (const DatedStatement& date : record->dates) {
    if (date.role == "meeting" && !record->meeting_date) record->meeting_date = date.date;
    if (date.role == "document" && !record->document_date) record->document_date = date.date;
  }
  if (about_award && record->units.empty()) {
    record->warnings.push_back("the document is about the award but names no unit");
  }
  if (about_award && !record->award_year) {
    record->warnings.push_back("the document is about the award but gives no award year");
  }
  MarkOcrProvenance(document, record);
}

Record ExtractFile(const PatternSet& patterns, const std::string& path, const TextLimits& limits) {
  DocumentText text;
  return ExtractFile(patterns, path, limits, &text);
}

Record ExtractFile(const PatternSet& patterns, const std::string& path, const TextLimits& limits,
                   DocumentText* text_out) {
  Record record;
  record.file = path;
  Status hashed = Sha256OfFile(path, &record.sha256);
  if (!hashed.ok()) {
    record.error = hashed.message();
    return record;
  }
  DocumentText text;
  Status read = ReadDocumentText(path, limits, &text);
  if (!read.ok()) {
    record.error = read.message();
    return record;
  }
  ExtractFields(patterns, text, &record);
  *text_out = std::move(text);
  return record;
}

}  // namespace kvreg
