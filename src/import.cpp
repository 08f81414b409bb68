// Batch import. The parent walks the paths, hashes each file and skips content already in the
// register; every other file is extracted in a child process of its own (fork), which sends
// its record back as JSON through a pipe. A child that crashes or runs past the timeout costs
// only its own file. The parent alone writes the register, one transaction per document.
#include "kvreg/import.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include "kvreg/document_text_json.h"
#include "kvreg/extract.h"
#include "kvreg/file_hash.h"
#include "kvreg/record_json.h"
#include "test_fault.h"

namespace kvreg {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

bool IsImportable(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".pdf" || ext == ".txt";
}

// A symbolic link met while walking a folder that will not be read: a link to a folder is
// not followed (it could loop back), a link that loops or dangles cannot be read.
bool LinkProblem(const fs::path& link, FileResult* result) {
  std::error_code ec;
  const fs::file_status target = fs::status(link, ec);
  if (ec && ec.value() == ELOOP) {
    *result = {link.string(), FileOutcome::kFailed, "symbolic link loop: the link never ends", ""};
  } else if (ec || !fs::exists(target)) {
    *result = {link.string(), FileOutcome::kFailed, "broken symbolic link: its target is missing",
               ""};
  } else if (fs::is_directory(target)) {
    *result = {link.string(), FileOutcome::kSkipped,
               "link to a folder: not followed, so a link loop cannot trap the walk", ""};
  } else {
    return false;
  }
  return true;
}

// Every file under `paths`, folders walked recursively without following folder symlinks (so
// a symlink loop cannot trap the walk), in name order per argument. Unreadable folders and
// missing paths become failed results.
std::vector<std::string> CollectFiles(const std::vector<std::string>& paths,
                                      std::vector<FileResult>* problems) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    FileResult link;  // a link named on the command line is followed, unless it is broken
    if (fs::is_symlink(path, ec) && LinkProblem(path, &link) &&
        link.outcome == FileOutcome::kFailed) {
      problems->push_back(link);
      continue;
    }
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      problems->push_back({path, FileOutcome::kFailed, "no such file or folder", ""});
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      problems->push_back(
          {path, FileOutcome::kFailed, "cannot read the folder: " + ec.message(), ""});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        problems->push_back({it->path().string(), FileOutcome::kFailed,
                             "cannot read the folder: " + ec.message(), ""});
        ec.clear();
        continue;
      }
      std::error_code type_ec;
      if (it->is_symlink(type_ec)) {
        FileResult link;
        if (LinkProblem(it->path(), &link)) {
          problems->push_back(link);
          continue;
        }
      }
      if (it->is_regular_file(type_ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::string SignalName(int signal) {
  const char* abbrev = sigabbrev_np(signal);
  return abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(signal);
}

struct Worker {
  pid_t pid = -1;
  int fd = -1;
  std::string file;
  std::string sha256;
  std::string output;
  Clock::time_point started;
  bool timed_out = false;
};

// Runs in the child: extract, write the JSON record, leave without running destructors.
[[noreturn]] void RunChild(const PatternSet& patterns, const std::string& file,
                           const ImportOptions& options, int fd) {
  MaybeInjectTestFault(file);
  DocumentText text;
  const Record record = ExtractFile(patterns, file, options.limits, &text);
  nlohmann::ordered_json message = RecordToJson(record);
  message["page_text"] = DocumentTextToJson(text);  // for the register; not part of the record
  const std::string json = JsonLine(message);
  size_t written = 0;
  while (written < json.size()) {
    const ssize_t n = write(fd, json.data() + written, json.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) _exit(3);
    written += static_cast<size_t>(n);
  }
  _exit(0);
}

Status StartWorker(const PatternSet& patterns, const std::string& file, const std::string& sha,
                   const ImportOptions& options, Worker* worker) {
  int fds[2];
  if (pipe(fds) != 0) return Status::Error(std::string("cannot create a pipe: ") + strerror(errno));
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return Status::Error(std::string("cannot start a worker: ") + strerror(errno));
  }
  if (pid == 0) {
    close(fds[0]);
    // A worker must not outlive its importer (killed with -9, say) and go on holding a file.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(4);
    RunChild(patterns, file, options, fds[1]);
  }
  close(fds[1]);
  worker->pid = pid;
  worker->fd = fds[0];
  worker->file = file;
  worker->sha256 = sha;
  worker->started = Clock::now();
  return Status::Ok();
}

// The outcome of a finished worker, from its exit status and output.
FileResult FinishWorker(const Worker& worker, int wait_status, const ImportOptions& options,
                        Record* record, DocumentText* text) {
  FileResult result{worker.file, FileOutcome::kFailed, "", worker.sha256};
  if (worker.timed_out) {
    result.error = "parser timed out after " + std::to_string(options.timeout_seconds) + " s";
  } else if (WIFSIGNALED(wait_status)) {
    result.error = "parser crashed: " + SignalName(WTERMSIG(wait_status));
  } else if (!WIFEXITED(wait_status) || WEXITSTATUS(wait_status) != 0) {
    result.error = "parser failed with exit code " + std::to_string(WEXITSTATUS(wait_status));
  } else {
    Status parsed = Status::Error("the parser sent no record");
    try {
      const nlohmann::json message = nlohmann::json::parse(worker.output);
      parsed = RecordFromJson(message, record);
      if (parsed.ok() && message.contains("page_text")) {
        parsed = DocumentTextFromJson(message["page_text"], text);
      }
    } catch (const nlohmann::json::exception& e) {
      parsed = Status::Error(std::string("the parser sent a broken record: ") + e.what());
    }
    if (!parsed.ok()) {
      result.error = parsed.message();
    } else if (record->error) {
      result.error = *record->error;
    } else {
      result.outcome = FileOutcome::kImported;
    }
  }
  return result;
}

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

Status ImportPaths(Register& reg, const PatternSet& patterns, const std::vector<std::string>& paths,
                   const ImportOptions& options,
                   const std::function<void(const FileResult&)>& on_result,
                   ImportSummary* summary) {
  *summary = ImportSummary();
  Status register_error;
  auto report = [&](const FileResult& result) {
    switch (result.outcome) {
      case FileOutcome::kImported:
        ++summary->imported;
        break;
      case FileOutcome::kUnchanged:
        ++summary->unchanged;
        break;
      case FileOutcome::kFailed:
        ++summary->failed;
        break;
      case FileOutcome::kSkipped:
        ++summary->skipped;
        break;
    }
    Status logged =
        reg.LogImport(result.file, result.sha256, OutcomeName(result.outcome), result.error);
    if (!logged.ok() && register_error.ok()) register_error = logged;
    on_result(result);
  };

  std::vector<FileResult> problems;
  const std::vector<std::string> files = CollectFiles(paths, &problems);
  for (const FileResult& p : problems) report(p);

  // Decide each file's fate up to extraction; the pending ones go to workers.
  std::vector<std::pair<std::string, std::string>> pending;  // file, sha256
  std::set<std::string> batch_hashes;
  for (const std::string& file : files) {
    if (!IsImportable(file)) {
      report({file, FileOutcome::kSkipped, "", ""});
      continue;
    }
    std::string sha;
    Status hashed = Sha256OfFile(file, &sha);
    if (!hashed.ok()) {
      report({file, FileOutcome::kFailed, hashed.message(), ""});
      continue;
    }
    bool known = false;
    Status looked = reg.HasDocument(sha, &known);
    if (!looked.ok()) return looked;
    if (known || !batch_hashes.insert(sha).second) {
      report({file, FileOutcome::kUnchanged, "", sha});
      continue;
    }
    pending.emplace_back(file, sha);
  }

  const size_t jobs = static_cast<size_t>(std::max(1, options.jobs));
  std::vector<Worker> running;
  size_t next = 0;
  while ((next < pending.size() || !running.empty()) && register_error.ok()) {
    while (running.size() < jobs && next < pending.size()) {
      Worker worker;
      Status started =
          StartWorker(patterns, pending[next].first, pending[next].second, options, &worker);
      if (!started.ok()) {
        report(
            {pending[next].first, FileOutcome::kFailed, started.message(), pending[next].second});
      } else {
        running.push_back(std::move(worker));
      }
      ++next;
    }
    std::vector<pollfd> polls;
    for (const Worker& w : running) polls.push_back({w.fd, POLLIN, 0});
    poll(polls.data(), polls.size(), 200);
    for (size_t i = 0; i < running.size();) {
      Worker& w = running[i];
      bool finished = false;
      if (polls[i].revents != 0) {
        char buffer[1 << 16];
        const ssize_t n = read(w.fd, buffer, sizeof buffer);
        if (n > 0) {
          w.output.append(buffer, static_cast<size_t>(n));
        } else if (n == 0 || errno != EINTR) {
          finished = true;
        }
      }
      if (!finished && !w.timed_out &&
          Clock::now() - w.started > std::chrono::seconds(options.timeout_seconds)) {
        kill(w.pid, SIGKILL);
        w.timed_out = true;
      }
      if (!finished) {
        ++i;
        continue;
      }
      close(w.fd);
      int wait_status = 0;
      while (waitpid(w.pid, &wait_status, 0) < 0 && errno == EINTR) {
      }
      Record record;
      DocumentText text;
      FileResult result = FinishWorker(w, wait_status, options, &record, &text);
      if (result.outcome == FileOutcome::kImported) {
        record.file = w.file;
        Status added = reg.AddDocument(record, &text);
        if (!added.ok()) register_error = added;
      }
      if (register_error.ok()) report(result);
      running.erase(running.begin() + static_cast<long>(i));
      polls.erase(polls.begin() + static_cast<long>(i));
    }
  }
  for (Worker& w : running) {  // only after a register error
    kill(w.pid, SIGKILL);
    close(w.fd);
    waitpid(w.pid, nullptr, 0);
  }
  return register_error;
}

}  // namespace kvreg
