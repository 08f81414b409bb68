// kvreg reextract as a library function: stored text -> ExtractFields -> ReplaceDocument.
#include "kvreg/reextract.h"

#include "document_text_json.h"
#include "kvreg/extract.h"
#include "kvreg/record_json.h"

namespace kvreg {

Status Reextract(Register& reg, const PatternSet& patterns,
                 const std::function<void(const ReextractResult&)>& on_result,
                 ReextractSummary* summary) {
  *summary = ReextractSummary();
  std::vector<long long> ids;
  Status listed = reg.DocumentIds(&ids);
  if (!listed.ok()) return listed;
  for (long long id : ids) {
    StoredDocument stored;
    Status loaded = reg.LoadDocument(id, &stored);
    if (!loaded.ok()) return loaded;
    if (!stored.has_text) {
      ++summary->without_text;
      on_result({stored.file, "without_text"});
      continue;
    }
    DocumentText text;
    Status read = LoadPages(stored.pages, &text);
    if (!read.ok()) return read.WithContext(stored.file + ": ");
    Record record;
    record.file = stored.file;
    record.sha256 = stored.sha256;
    ExtractFields(patterns, text, &record);
    if (JsonLine(RecordToJson(record)) == stored.record_json) {
      ++summary->unchanged;
      on_result({stored.file, "unchanged"});
      continue;
    }
    Status replaced = reg.ReplaceDocument(record);
    if (!replaced.ok()) return replaced;
    ++summary->changed;
    on_result({stored.file, "changed"});
  }
  return Status::Ok();
}

}  // namespace kvreg
