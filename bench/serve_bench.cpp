// kvreg serve under load (issue 16): CLIENTS browsers read the overview of the newest year of
// a large register, page after page, while imports run in the server; prints the number of
// requests, errors and the page time (median, 90th and 99th percentile, slowest). Not a test.
//
//   build/bench/kvreg_register_bench --db /tmp/big.sqlite   # 100,000 participations, kept
//   build/bench/kvreg_serve_bench --kvreg build/kvreg --db /tmp/big.sqlite
//       [--clients 50] [--seconds 20] [--import corpus]
//
// The imports post the PDFs of --import again and again, each copy made distinct (a comment
// after %%EOF), so the writer keeps committing while the clients read.
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
  std::string kvreg = "build/kvreg", db, import_dir = "corpus";
  int clients = 50, seconds = 20;
};

// Starts kvreg serve on a free port; returns its pid and sets *port.
pid_t StartServer(const Options& o, int* port) {
  int out[2];
  if (pipe(out) != 0) return -1;
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    execl(o.kvreg.c_str(), o.kvreg.c_str(), "serve", "--port", "0", "--db", o.db.c_str(), "--jobs",
          "1", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  std::string line;
  char c;
  while (read(out[0], &c, 1) == 1 && c != '\n') line += c;
  close(out[0]);
  const auto colon = line.rfind(':');
  *port = colon == std::string::npos ? 0 : std::atoi(line.c_str() + colon + 1);
  return pid;
}

std::string Csrf(httplib::Client& client) {
  auto res = client.Get("/importera");
  const std::string key = "name=\"csrf\" content=\"";
  const auto at = res ? res->body.find(key) : std::string::npos;
  if (at == std::string::npos) return "";
  return res->body.substr(at + key.size(), res->body.find('"', at + key.size()) - at - key.size());
}

// Posts the import folder's PDFs, made distinct by `round`, until `stop`; counts documents.
void Importer(int port, const Options& o, const std::atomic<bool>& stop,
              std::atomic<int>* imported) {
  std::vector<std::pair<std::string, std::string>> pdfs;
  for (const auto& entry : std::filesystem::directory_iterator(o.import_dir)) {
    if (entry.path().extension() != ".pdf") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    pdfs.emplace_back(entry.path().filename().string(),
                      std::string(std::istreambuf_iterator<char>(in), {}));
  }
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(300, 0);
  const std::string csrf = Csrf(client);
  for (int round = 0; !stop; ++round) {
    httplib::MultipartFormDataItems items = {{"csrf", csrf, "", ""}};
    for (const auto& [name, bytes] : pdfs) {
      items.push_back({"filer", bytes + "\n%kvreg-bench " + std::to_string(round) + "\n",
                       std::to_string(round) + "-" + name, "application/pdf"});
    }
    auto res = client.Post("/api/import", items);
    if (!res || res->status != 202) return;
    const int job = nlohmann::json::parse(res->body)["job"];
    for (;;) {
      auto state = client.Get("/api/import/" + std::to_string(job));
      if (!state) return;
      const nlohmann::json j = nlohmann::json::parse(state->body);
      if (j["state"] == "done" || j["state"] == "failed") {
        if (j["summary"].is_object()) *imported += j["summary"]["imported"].get<int>();
        break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
  }
}

double Percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
  std::nth_element(v.begin(), v.begin() + static_cast<long>(i), v.end());
  return v[i];
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--kvreg")) o.kvreg = argv[i + 1];
    if (!std::strcmp(argv[i], "--db")) o.db = argv[i + 1];
    if (!std::strcmp(argv[i], "--clients")) o.clients = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--seconds")) o.seconds = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--import")) o.import_dir = argv[i + 1];
  }
  if (o.db.empty() || !std::filesystem::exists(o.db)) {
    std::cerr
        << "kvreg_serve_bench: --db FILE, a register made by kvreg_register_bench --db FILE\n";
    return 2;
  }
  int port = 0;
  const pid_t server = StartServer(o, &port);
  if (port <= 0) return 2;
  httplib::Client probe("127.0.0.1", port);
  probe.set_read_timeout(120, 0);
  auto overview = probe.Get("/api/overview");
  const int year = overview ? nlohmann::json::parse(overview->body)["year"].get<int>() : 0;
  const std::string path = "/oversikt?ar=" + std::to_string(year);
  probe.Get(path);  // the year computed once before the clock starts

  std::atomic<bool> stop{false};
  std::atomic<int> imported{0}, errors{0};
  std::thread importer(Importer, port, std::cref(o), std::cref(stop), &imported);
  std::mutex times_mutex;
  std::vector<double> times;
  const auto end = Clock::now() + std::chrono::seconds(o.seconds);
  std::vector<std::thread> clients;
  for (int c = 0; c < o.clients; ++c) {
    clients.emplace_back([&] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_read_timeout(60, 0);
      std::vector<double> mine;
      while (Clock::now() < end) {
        const auto start = Clock::now();
        auto res = client.Get(path);
        mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!res || res->status != 200) ++errors;
      }
      std::lock_guard<std::mutex> lock(times_mutex);
      times.insert(times.end(), mine.begin(), mine.end());
    });
  }
  for (std::thread& t : clients) t.join();
  stop = true;
  importer.join();
  kill(server, SIGTERM);
  waitpid(server, nullptr, 0);
  const size_t requests = times.size();
  std::printf("%d clients, %d s, overview of %d: %zu requests (%.0f/s), %d errors\n", o.clients,
              o.seconds, year, requests, static_cast<double>(requests) / o.seconds, errors.load());
  std::printf("page time ms: median %.1f, p90 %.1f, p99 %.1f, slowest %.1f\n",
              Percentile(times, 0.5), Percentile(times, 0.9), Percentile(times, 0.99),
              Percentile(times, 1.0));
  std::printf("documents imported meanwhile: %d\n", imported.load());
  return errors == 0 ? 0 : 1;
}
