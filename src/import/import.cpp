// Batch import. The parent walks the paths one file at a time (FileWalk), hashes each file and
// skips content already in the register; every other file goes to a pool of long-lived worker
// processes (WorkerPool), which extract it and send back the record as JSON and its pages in the
// form the register stores them (kvreg/stored_page.h, page_framing.h). A worker that
// crashes or runs past the timeout costs only its own file. The parent alone writes the
// register: documents are grouped into batched transactions, each document in a savepoint of
// its own, so it is in the register whole or not at all. Nothing kept per file outlives the
// file, so memory does not grow with the size of the batch.
#include "kvreg/import.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

#include "document_text_json.h"
#include "file_walk.h"
#include "kvreg/extract.h"
#include "kvreg/file_hash.h"
#include "kvreg/record_json.h"
#include "page_framing.h"
#include "test_fault.h"
#include "worker_pool.h"

namespace kvreg {
namespace {

using Clock = std::chrono::steady_clock;

// A batch is committed after this many documents or this long, whichever comes first, so that
// other writers of the register do not wait long and a killed import loses little.
constexpr int kBatchDocuments = 256;
constexpr auto kBatchTime = std::chrono::seconds(1);

bool IsImportable(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".pdf" || ext == ".txt";
}

// In a worker: the request is "path\nsha256"; the reply is the record as one line of JSON, then
// its pages as the register stores them (AppendStoredPages). The parent hashed the file
// already, so the worker does not hash it again.
std::string ExtractInWorker(const PatternSet& patterns, const TextLimits& limits,
                            const std::string& request) {
  const size_t newline = request.rfind('\n');
  Record record;
  record.file = request.substr(0, newline);
  record.sha256 = request.substr(newline + 1);
  MaybeInjectTestFault(record.file);  // tests only: KVREG_TEST_FAULTS=1 and a marked file
  DocumentText text;
  Status read = ReadDocumentText(record.file, WithTableHeaders(patterns, limits), &text);
  if (read.ok()) {
    ExtractFields(patterns, text, &record);
  } else {
    record.error = read.message();
    text = DocumentText();
  }
  std::string reply = JsonLine(RecordToJson(record));  // not-UTF-8 bytes (a Latin-1 name) replaced
  reply.push_back('\n');  // JSON escapes its own line breaks: the first one ends the record
  AppendStoredPages(StorePages(text), &reply);
  return reply;
}

// A file sent to a worker, until its result comes back.
struct InFlight {
  std::string file;
  std::string sha256;
};

// The outcome of a job, and its record and pages when it was extracted.
FileResult ResultOfJob(const JobResult& job, const InFlight& sent, Record* record,
                       std::vector<StoredPage>* pages) {
  FileResult result{sent.file, FileOutcome::kFailed, "", sent.sha256};
  if (!job.status.ok()) {
    result.error = job.status.message();
    return result;
  }
  Status parsed = Status::Error("the parser sent no record");
  const size_t record_end = std::min(job.reply.find('\n'), job.reply.size());
  try {
    parsed = RecordFromJson(
        nlohmann::json::parse(job.reply.begin(), job.reply.begin() + record_end), record);
    if (parsed.ok() && record_end < job.reply.size()) {
      parsed = ParseStoredPages(std::string_view(job.reply).substr(record_end + 1), pages);
    }
  } catch (const nlohmann::json::exception& e) {
    parsed = Status::Corrupt(std::string("the parser sent a broken record: ") + e.what());
  }
  if (!parsed.ok()) {
    result.error = parsed.message();
  } else if (record->error) {
    result.error = *record->error;
  } else {
    result.outcome = FileOutcome::kImported;
  }
  return result;
}

// Counts outcomes, logs each file and hands it to the caller.
class Reporter {
 public:
  Reporter(Register& reg, const std::function<void(const FileResult&)>& on_result,
           ImportSummary* summary)
      : reg_(reg), on_result_(on_result), summary_(summary) {}

  void Report(const FileResult& result) {
    int* counts[] = {&summary_->imported, &summary_->unchanged, &summary_->failed,
                     &summary_->skipped};
    ++*counts[static_cast<int>(result.outcome)];
    Status logged =
        reg_.LogImport(result.file, result.sha256, OutcomeName(result.outcome), result.error);
    if (!logged.ok() && error_.ok()) error_ = logged;
    on_result_(result);
  }
  void Fail(const Status& error) {
    if (error_.ok()) error_ = error;
  }
  const Status& error() const { return error_; }

 private:
  Register& reg_;
  const std::function<void(const FileResult&)>& on_result_;
  ImportSummary* summary_;
  Status error_;
};

// One import: the walk feeds the worker pool, the results are written to the register as they
// come, in batched transactions. The caller begins the first batch and commits the last.
class ImportRun {
 public:
  ImportRun(Register& reg, const PatternSet& patterns, const std::vector<std::string>& paths,
            const ImportOptions& options, Reporter* reporter)
      : reg_(reg),
        patterns_(patterns),
        reporter_(*reporter),
        pool_(
            [&patterns, limits = options.limits](const std::string& request) {
              return ExtractInWorker(patterns, limits, request);
            },
            PoolOptions(options)),
        walk_(paths) {}

  // Until the walk is over and every document is written, or the register fails.
  void Run() {
    batch_started_ = Clock::now();
    while (reporter_.error().ok() && (!walk_over_ || !in_flight_.empty())) {
      FeedPool();
      if (in_flight_.empty()) continue;
      WriteFinished();
      CommitBatchWhenDue();
    }
  }

 private:
  static WorkerPoolOptions PoolOptions(const ImportOptions& options) {
    WorkerPoolOptions pool_options;
    pool_options.workers = std::max(1, options.workers);
    pool_options.timeout_seconds = options.timeout_seconds;
    pool_options.jobs_per_worker = options.jobs_per_worker;
    return pool_options;
  }

  // Walks until the pool holds enough work to keep every worker busy. Files that need no
  // extraction (skipped, unreadable, already in the register) are reported here.
  void FeedPool() {
    while (!walk_over_ && pool_.in_flight() < pool_.capacity() && reporter_.error().ok()) {
      std::string file, problem;
      bool skipped = false;
      if (!walk_.Next(&file, &problem, &skipped)) {
        walk_over_ = true;
        pool_.EndOfRequests();
        return;
      }
      if (!problem.empty()) {
        reporter_.Report(
            {file, skipped ? FileOutcome::kSkipped : FileOutcome::kFailed, problem, ""});
        continue;
      }
      if (!IsImportable(file)) {
        reporter_.Report({file, FileOutcome::kSkipped, "", ""});
        continue;
      }
      std::string sha;
      Status hashed = Sha256OfFile(file, &sha);
      if (!hashed.ok()) {
        reporter_.Report({file, FileOutcome::kFailed, hashed.message(), ""});
        continue;
      }
      bool known = false;
      Status looked = reg_.HasDocument(sha, &known);  // sees this batch's documents too
      if (!looked.ok()) {
        reporter_.Fail(looked);  // the documents written so far are still committed
        return;
      }
      if (known || hashes_in_flight_.count(sha) != 0) {
        reporter_.Report({file, FileOutcome::kUnchanged, "", sha});
        continue;
      }
      if (next_tag_ == 0) patterns_.BuildReversePrograms();  // once, before any worker is forked
      hashes_in_flight_.insert(sha);
      in_flight_.emplace(next_tag_, InFlight{file, sha});
      pool_.Submit(next_tag_++, file + "\n" + sha);
    }
  }

  // Collects what the workers finished and writes each document, whole, to the open batch.
  void WriteFinished() {
    done_.clear();
    Status collected = pool_.Collect(200, &done_);
    if (!collected.ok()) reporter_.Fail(collected);
    for (const JobResult& job : done_) {
      auto it = in_flight_.find(job.tag);
      if (it == in_flight_.end()) continue;
      Record record;
      std::vector<StoredPage> pages;
      FileResult result = ResultOfJob(job, it->second, &record, &pages);
      if (result.outcome == FileOutcome::kImported) {
        record.file = it->second.file;
        record.sha256 = it->second.sha256;
        Status added = reg_.AddDocument(record, &pages);
        if (!added.ok()) reporter_.Fail(added);
        ++batch_documents_;
      }
      hashes_in_flight_.erase(it->second.sha256);
      in_flight_.erase(it);
      if (!reporter_.error().ok()) return;
      reporter_.Report(result);
    }
  }

  // Commits the batch and opens the next after enough documents or enough time.
  void CommitBatchWhenDue() {
    if (batch_documents_ < kBatchDocuments && Clock::now() - batch_started_ <= kBatchTime) return;
    Status committed = reg_.CommitBatch();
    if (committed.ok()) committed = reg_.BeginBatch();
    if (!committed.ok()) reporter_.Fail(committed);
    batch_documents_ = 0;
    batch_started_ = Clock::now();
  }

  Register& reg_;
  const PatternSet& patterns_;
  Reporter& reporter_;
  WorkerPool pool_;
  FileWalk walk_;
  bool walk_over_ = false;
  uint64_t next_tag_ = 0;
  std::unordered_map<uint64_t, InFlight> in_flight_;
  std::unordered_set<std::string> hashes_in_flight_;  // a copy in the same batch is unchanged
  std::vector<JobResult> done_;
  int batch_documents_ = 0;
  Clock::time_point batch_started_;
};

}  // namespace

std::string OutcomeName(FileOutcome outcome) {
  switch (outcome) {
    case FileOutcome::kImported:
      return "imported";
    case FileOutcome::kUnchanged:
      return "unchanged";
    case FileOutcome::kFailed:
      return "failed";
    case FileOutcome::kSkipped:
      return "skipped";
  }
  return "failed";
}

size_t CountImportFiles(const std::vector<std::string>& paths) {
  FileWalk walk(paths);
  std::string file, problem;
  bool skipped = false;
  size_t count = 0;
  while (walk.Next(&file, &problem, &skipped)) ++count;
  return count;
}

Status ImportPaths(Register& reg, const PatternSet& patterns, const std::vector<std::string>& paths,
                   const ImportOptions& options,
                   const std::function<void(const FileResult&)>& on_result,
                   ImportSummary* summary) {
  *summary = ImportSummary();
  Reporter reporter(reg, on_result, summary);
  ImportRun run(reg, patterns, paths, options, &reporter);
  Status began = reg.PrepareForBulkWrite();  // flat memory however large the batch
  if (began.ok()) began = reg.BeginBatch();
  if (!began.ok()) return began;
  run.Run();
  Status committed = reg.CommitBatch();
  if (!reporter.error().ok()) return reporter.error();
  return committed;
}

}  // namespace kvreg
