// Running `kvreg serve` for a test: the binary started on a free port (--port 0, the port read
// from the line it prints), a client for it, the CSRF token read from a page, and waiting for
// an import to end. The server is stopped (SIGTERM to the pid this started) when the object
// goes.
#pragma once

#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace kvreg::testing {

class ServeProcess {
 public:
  // Starts KVREG_BINARY serve --port 0 with `arguments`; port() is 0 when it did not start.
  explicit ServeProcess(std::vector<std::string> arguments) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      std::vector<std::string> all = {KVREG_BINARY, "serve", "--port", "0"};
      all.insert(all.end(), arguments.begin(), arguments.end());
      std::vector<char*> argv;
      for (std::string& a : all) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(out[1]);
    std::string line;
    char c;
    while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
    close(out[0]);
    // "kvreg serve: http://127.0.0.1:PORT/"
    const auto colon = line.rfind(':');
    if (colon != std::string::npos) port_ = std::atoi(line.c_str() + colon + 1);
    first_line_ = line;
  }
  ~ServeProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
    }
  }
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  int port() const { return port_; }
  const std::string& first_line() const { return first_line_; }
  // The exit code when the server ended on its own (it refused to start), else -1.
  int WaitExit() {
    int status = 0;
    if (waitpid(pid_, &status, 0) != pid_) return -1;
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  httplib::Client Client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(120, 0);
    return client;
  }
  // The CSRF token of the server, read from a page's <meta name="csrf">.
  std::string Csrf() const {
    auto res = Client().Get("/importera");
    if (!res) return "";
    const std::string key = "name=\"csrf\" content=\"";
    const auto at = res->body.find(key);
    if (at == std::string::npos) return "";
    const auto end = res->body.find('"', at + key.size());
    return res->body.substr(at + key.size(), end - at - key.size());
  }
  // Waits until import `job` has ended and returns its JSON (the ctest timeout bounds it).
  nlohmann::json WaitForImport(int job) const {
    for (;;) {
      auto res = Client().Get("/api/import/" + std::to_string(job));
      if (!res || res->status != 200) return nullptr;
      nlohmann::json j = nlohmann::json::parse(res->body);
      if (j["state"] != "queued" && j["state"] != "running") return j;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string first_line_;
};

// The form of an upload to /api/import: the CSRF token and each (file name, content) as "filer".
inline httplib::MultipartFormDataItems Upload(
    const std::string& csrf, const std::vector<std::pair<std::string, std::string>>& files) {
  httplib::MultipartFormDataItems items = {{"csrf", csrf, "", ""}};
  for (const auto& [name, content] : files) {
    items.push_back({"filer", content, name, "application/pdf"});
  }
  return items;
}

}  // namespace kvreg::testing
