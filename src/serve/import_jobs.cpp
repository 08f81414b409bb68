// Imports from the browser in a child kvreg import (import_jobs.h).
#include "import_jobs.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "serve.h"

extern char** environ;

namespace kvreg::serve {
namespace {

// Reads `fd` a line at a time, calling `on_line` for each.
template <typename OnLine>
void ReadLines(int fd, OnLine on_line) {
  std::string pending;
  char buffer[4096];
  for (;;) {
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    pending.append(buffer, static_cast<size_t>(n));
    for (size_t end; (end = pending.find('\n')) != std::string::npos; pending.erase(0, end + 1)) {
      on_line(pending.substr(0, end));
    }
  }
}

}  // namespace

std::string SafeFileName(const std::string& name) {
  const auto slash = name.find_last_of("/\\");
  const std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
  std::string out;
  for (size_t i = 0; i < base.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(base[i]);
    const bool ascii_ok =
        std::isalnum(c) || c == ' ' || c == '.' || c == '_' || c == '-' || c == '(' || c == ')';
    if (ascii_ok || c >= 0x80) out += static_cast<char>(c);  // UTF-8 letters kept as they are
  }
  while (!out.empty() && (out[0] == '.' || out[0] == ' ')) out.erase(0, 1);
  if (out.size() > 200) out.erase(0, out.size() - 200);
  return out.empty() ? "fil" : out;
}

ImportJobs::ImportJobs(ServeContext& context) : context_(context) {
  worker_ = std::thread([this] { Work(); });
}

ImportJobs::~ImportJobs() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  worker_.join();
}

Status ImportJobs::Submit(const std::vector<UploadedFile>& files, int* id) {
  Job job;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    job.id = next_id_++;
  }
  job.dir =
      context_.options.db + ".uploads/" + std::to_string(job.id) + "-" + std::to_string(getpid());
  std::error_code error;
  std::filesystem::create_directories(job.dir, error);
  if (error) return Status::Error("cannot make " + job.dir + ": " + error.message());
  for (const UploadedFile& f : files) {
    std::string name = SafeFileName(f.name);
    for (int n = 2; std::filesystem::exists(job.dir + "/" + name); ++n) {
      name = std::to_string(n) + "-" + SafeFileName(f.name);
    }
    File file;
    file.name = name;
    file.path = job.dir + "/" + name;
    std::ofstream out(file.path, std::ios::binary);
    out.write(f.content->data(), static_cast<std::streamsize>(f.content->size()));
    if (!out) return Status::Error("cannot write " + file.path);
    job.files.push_back(std::move(file));
  }
  *id = job.id;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    jobs_[job.id] = std::move(job);
    queue_.push_back(*id);
  }
  wake_.notify_all();
  return Status::Ok();
}

void ImportJobs::Work() {
  for (;;) {
    int id = 0;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      wake_.wait(lock, [this] { return stop_ || !queue_.empty(); });
      if (queue_.empty()) return;
      id = queue_.front();
      queue_.pop_front();
      jobs_[id].state = "running";
    }
    Run(id);
  }
}

void ImportJobs::Run(int id) {
  std::string dir;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    dir = jobs_[id].dir;
  }
  const ServeOptions& o = context_.options;
  std::vector<std::string> args = {o.kvreg_binary};
  if (!o.patterns_dir.empty()) args.insert(args.end(), {"--patterns", o.patterns_dir});
  args.insert(args.end(), {"import", "--json", "--db", o.db});
  if (o.import_workers > 0) {
    args.insert(args.end(), {"--jobs", std::to_string(o.import_workers)});
  }
  args.push_back(dir);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  int out[2];
  int status = -1;
  if (pipe2(out, O_CLOEXEC) == 0) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (spawned == 0) {
      ReadLines(out[0], [&](const std::string& line) {
        const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_object()) Record(id, j);
      });
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
    }
    close(out[0]);
  }
  std::lock_guard<std::mutex> lock(mutex_);
  Job& job = jobs_[id];
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  job.state = code == 0 || code == 1 ? "done" : "failed";
  if (code != 0 && code != 1) job.message = "kvreg import ended with " + std::to_string(code);
  for (File& f : job.files) {
    if (f.status == "waiting" && job.state == "failed") f.status = "failed";
  }
}

void ImportJobs::Record(int id, const nlohmann::json& line) {
  std::lock_guard<std::mutex> lock(mutex_);
  Job& job = jobs_[id];
  if (line.contains("summary")) {
    job.summary = line["summary"];
    return;
  }
  const std::string path = line.value("file", "");
  for (File& f : job.files) {
    if (f.path != path) continue;
    f.status = line.value("status", "failed");
    f.error = line["error"].is_string() ? line["error"].get<std::string>() : "";
  }
}

nlohmann::ordered_json ImportJobs::ToJson(const Job& job) const {
  nlohmann::ordered_json files = nlohmann::ordered_json::array();
  for (const File& f : job.files) {
    files.push_back({{"file", f.name},
                     {"status", f.status},
                     {"error", f.error.empty() ? nlohmann::ordered_json(nullptr)
                                               : nlohmann::ordered_json(f.error)}});
  }
  return {{"job", job.id},
          {"state", job.state},
          {"message", job.message},
          {"files", files},
          {"summary", job.summary.is_null() ? nlohmann::ordered_json(nullptr) : job.summary}};
}

bool ImportJobs::Describe(int id, nlohmann::ordered_json* out) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = jobs_.find(id);
  if (it == jobs_.end()) return false;
  *out = ToJson(it->second);
  return true;
}

nlohmann::ordered_json ImportJobs::DescribeAll() {
  std::lock_guard<std::mutex> lock(mutex_);
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (auto it = jobs_.rbegin(); it != jobs_.rend(); ++it) out.push_back(ToJson(it->second));
  return out;
}

}  // namespace kvreg::serve
