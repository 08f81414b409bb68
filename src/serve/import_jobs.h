// Imports started from the browser: uploaded files are saved under the register's upload
// folder (<register>.uploads/<job>/, file names reduced to a safe base name: no path from a
// request reaches the file system) and imported by `kvreg import --json` run as a child
// process, one job at a time (one writer), in the order they came. The import's own worker
// pool extracts; each file's outcome (imported, unchanged, failed, skipped, with the reason)
// is read from its JSON lines as it ends, so a page can show progress per file. The server's
// readers never wait for it (WAL). Thread-safe.
#pragma once

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "kvreg/status.h"

namespace kvreg::serve {

struct ServeContext;

struct UploadedFile {
  std::string name;            // as the browser named it
  const std::string* content;  // the bytes
};

class ImportJobs {
 public:
  explicit ImportJobs(ServeContext& context);
  ~ImportJobs();  // waits for the running import
  ImportJobs(const ImportJobs&) = delete;
  ImportJobs& operator=(const ImportJobs&) = delete;

  // Saves the files and queues their import; *id names the job.
  Status Submit(const std::vector<UploadedFile>& files, int* id);
  // The job as JSON: {"job", "state": queued|running|done|failed, "message", "files": [{"file",
  // "status": waiting|imported|unchanged|failed|skipped, "error"}], "summary"}; false if unknown.
  bool Describe(int id, nlohmann::ordered_json* out);
  // Every job, newest first.
  nlohmann::ordered_json DescribeAll();

 private:
  struct File {
    std::string name, path, status = "waiting", error;
  };
  struct Job {
    int id = 0;
    std::string dir, state = "queued", message;
    std::vector<File> files;
    nlohmann::ordered_json summary;
  };
  void Work();
  // Runs kvreg import over the job's folder and records each file's outcome.
  void Run(int id);
  void Record(int id, const nlohmann::json& line);
  nlohmann::ordered_json ToJson(const Job& job) const;

  ServeContext& context_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::map<int, Job> jobs_;
  std::deque<int> queue_;
  int next_id_ = 1;
  bool stop_ = false;
  std::thread worker_;
};

// The base name a browser's file name is saved under: its last path part, with only letters,
// digits, space and ". _ - ( )" kept, never starting with a dot; "fil" when nothing is left.
std::string SafeFileName(const std::string& name);

}  // namespace kvreg::serve
