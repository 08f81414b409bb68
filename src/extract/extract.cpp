// Extraction of one document: text -> normalised text -> sentences -> fields, in one direction.
#include "kvreg/extract.h"

#include <algorithm>
#include <unordered_set>

#include "extract_internal.h"
#include "kvreg/file_hash.h"
#include "kvreg/normalize.h"
#include "ocr_provenance.h"

namespace kvreg {
namespace {

// The longest block read as a heading, in bytes ("5. Förskolan Myrstackens och Familjecentrum
// Rinkebys deltagande i Kvalitetsutmärkelsen 2024").
constexpr size_t kHeadingBlock = 160;

// A document is about the award when it names the award in a heading, or more than once and
// no heading names another matter of quality (fields.re2 other_matter: "Kvalitetsgarantier för
// förskolan", "Kvalitetsredovisning 2018"); a passing mention in running text ("två av
// förskolorna har tidigare fått hedersomnämnande i stadens kvalitetsutmärkelse") does not make
// it so.
bool IsAboutTheAward(const PatternSet& patterns, const NormalizedText& text) {
  const RE2& award = *patterns.Get(PatternId::kAboutAward);
  const RE2* other_matter = patterns.Get(PatternId::kOtherMatter);
  int mentions = 0;  // one or more than one is all that matters
  ForEachMatchWhile(award, text.text, [&](const PatternMatch&) { return ++mentions < 2; });
  if (mentions == 0) return false;
  bool other_heading = false;
  size_t begin = 0;
  while (begin < text.text.size()) {
    size_t end = text.text.find("\n\n", begin);
    if (end == std::string::npos) end = text.text.size();
    std::string block = text.text.substr(begin, end - begin);
    static const RE2 kAgendaNumber(R"(^\d{1,2}\. )");  // an agenda item's number
    if (!block.empty() && block[0] >= '0' && block[0] <= '9')
      RE2::Replace(&block, kAgendaNumber, "");
    if (block.size() <= kHeadingBlock && block.find(". ") == std::string::npos) {
      if (RE2::PartialMatch(block, award)) return true;
      other_heading =
          other_heading || (other_matter != nullptr && RE2::PartialMatch(block, *other_matter));
    }
    begin = end + 2;
  }
  return mentions > 1 && !other_heading;
}

}  // namespace

void ExtractFields(const PatternSet& patterns, const DocumentText& document, Record* record) {
  // The kind, board and administration belong to the whole document (letterhead, footer);
  // everything else is read from the matters about the award.
  const NormalizedText whole =
      WithAwardSpelledRight(patterns, Normalize(document, patterns.Category("page_furniture")));
  const ExtractionContext whole_ctx{patterns, whole, {}, {}};
  record->pages = static_cast<int>(document.pages.size());
  record->doc_kind = ExtractDocKind(whole_ctx);
  bool titled_matter = false;
  const NormalizedText text =
      FocusOnAwardParagraphs(patterns, whole, record->doc_kind, &titled_matter);
  const ExtractionContext ctx = SentenceContext(patterns, text);
  record->diary_numbers = ExtractDiaryNumbers(ctx);
  ExtractBoard(whole_ctx, record);
  ExtractDecisionAndProposal(ctx, record);
  const bool about_award = titled_matter || IsAboutTheAward(patterns, text);
  if (about_award) {
    record->award_year = ExtractAwardYear(ctx);
    record->units = ExtractUnits(ctx, document);
    record->prior_participation = ExtractPriorParticipation(ctx, record->units, record->award_year);
  }
  record->dates = ExtractDates(ctx, record->award_year, record->doc_kind);
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

TextLimits WithTableHeaders(const PatternSet& patterns, TextLimits limits) {
  const RE2* header = patterns.Get(PatternId::kTableHeaderWord);
  if (header != nullptr) {
    // A header cell may offer alternatives joined by a slash ("Skola/enhet"): a header word
    // when each of them is.
    limits.is_table_header = [header](const std::string& word) {
      if (RE2::FullMatch(word, *header)) return true;
      if (word.find('/') == std::string::npos) return false;
      const std::vector<std::string> parts = SlashAlternatives(word);
      return std::all_of(parts.begin(), parts.end(),
                         [&](const std::string& part) { return RE2::FullMatch(part, *header); });
    };
  }
  const std::unordered_set<std::string>* abbreviations = &patterns.abbreviations();
  limits.is_abbreviation = [abbreviations](const std::string& word) {
    return abbreviations->count(LowerAscii(word)) > 0;
  };
  return limits;
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
  Status read = ReadDocumentText(path, WithTableHeaders(patterns, limits), &text);
  if (!read.ok()) {
    record.error = read.message();
    return record;
  }
  ExtractFields(patterns, text, &record);
  *text_out = std::move(text);
  return record;
}

}  // namespace kvreg
