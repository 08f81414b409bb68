// Batch import: walks files and folders, skips what is not a PDF or .txt, recognises content
// already in the register by SHA-256, extracts the rest in a pool of worker processes (Poppler
// is not thread-safe, and a crash or hang of one file must not stop the batch) and writes the
// register from one writer in batched transactions, each document whole or not at all.
// Streams: memory does not grow with the number of files.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "kvreg/document_text.h"
#include "kvreg/patterns.h"
#include "kvreg/register.h"
#include "kvreg/status.h"

namespace kvreg {

enum class FileOutcome { kImported, kUnchanged, kFailed, kSkipped };
std::string OutcomeName(FileOutcome outcome);  // "imported", "unchanged", "failed", "skipped"

struct FileResult {
  std::string file;
  FileOutcome outcome = FileOutcome::kFailed;
  std::string error;  // one line, for failed
  std::string sha256;
};

struct ImportSummary {
  int imported = 0, unchanged = 0, failed = 0, skipped = 0;
};

struct ImportOptions {
  int workers = 1;           // worker processes at once (kvreg import --jobs)
  int timeout_seconds = 60;  // per document
  // Documents a worker process extracts before a fresh one takes over. A fresh worker builds
  // RE2's DFAs again over its first documents (at 500, a 1,000-document import spent about a
  // tenth of its CPU on that); its memory grows by about 10-15 KB a document, so 2,000 still
  // bounds what a library leaks or caches.
  int jobs_per_worker = 2000;
  TextLimits limits;
};

// Imports `paths` (files or folders, recursively). `on_result` is called once per file as it
// ends, in the order files end. Fails only on a register error; file failures are results.
Status ImportPaths(Register& reg, const PatternSet& patterns, const std::vector<std::string>& paths,
                   const ImportOptions& options,
                   const std::function<void(const FileResult&)>& on_result, ImportSummary* summary);

// The number of files ImportPaths would visit under `paths` (for a progress line's total).
size_t CountImportFiles(const std::vector<std::string>& paths);

}  // namespace kvreg
