// kvreg serve: the register as a local web application for clerks (issue 16). Pages rendered
// by the server in Swedish (html.h), a JSON API under /api/ with the shapes of the commands'
// --json, and every change a POST with a CSRF token. Reads use a pool of read-only
// connections (WAL: they never wait for an import); changes go through one writer
// connection, imports through one import process at a time (import_jobs.h). Thread-safe:
// handlers run on the HTTP server's thread pool and share one ServeContext.
#pragma once

#include <httplib.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "kvreg/patterns.h"
#include "kvreg/register.h"
#include "kvreg/status.h"

namespace kvreg::serve {

struct ServeOptions {
  std::string db = "register.sqlite";
  std::string listen = "127.0.0.1";
  int port = 8080;         // 0: any free port (the one chosen is printed)
  std::string token_file;  // required unless listening on a loopback address
  bool read_only = false;
  std::string patterns_dir;             // as --patterns; empty: the default
  std::string kvreg_binary;             // what imports run (/proc/self/exe)
  size_t max_upload_bytes = 64u << 20;  // per file
  int max_upload_files = 500;           // per upload
  int import_workers = 0;               // worker processes of an import (0: every core)
};

class ImportJobs;
class ParticipationCache;

// What every handler shares. Built once by RunServer.
struct ServeContext {
  ServeOptions options;
  std::unique_ptr<PatternSet> patterns;
  std::string csrf_token;    // every POST carries it (form field csrf or X-CSRF-Token)
  std::string access_token;  // non-empty when --token-file: every request needs it
  std::unique_ptr<ImportJobs> imports;
  std::unique_ptr<ParticipationCache> participations;

  // A read-only connection for the length of one request.
  class Reader {
   public:
    Reader(ServeContext& context, std::unique_ptr<Register> reg)
        : context_(context), reg_(std::move(reg)) {}
    ~Reader();
    Reader(const Reader&) = delete;
    Register& operator*() { return *reg_; }
    Register* operator->() { return reg_.get(); }

   private:
    ServeContext& context_;
    std::unique_ptr<Register> reg_;
  };
  // Borrows a read connection (opening one when none is idle).
  Status Read(std::optional<Reader>* out);
  // Runs `change` on the one writer connection, one change at a time.
  template <typename Change>
  Status Write(Change change) {
    std::lock_guard<std::mutex> lock(writer_mutex);
    if (!writer) {
      Status opened = Register::Open(options.db, &writer);
      if (!opened.ok()) return opened;
    }
    return change(*writer);
  }

  std::mutex readers_mutex;
  std::vector<std::unique_ptr<Register>> idle_readers;
  std::mutex writer_mutex;
  std::unique_ptr<Register> writer;
};

// Starts the server and serves until the process ends; prints "kvreg serve: http://HOST:PORT/"
// on stdout once listening. Returns the exit code (2 when it cannot start).
int RunServer(const ServeOptions& options);

// Route registration, one function per group of pages (each in its own file).
void AddOverviewRoutes(httplib::Server& server, ServeContext& context);
void AddUnitRoutes(httplib::Server& server, ServeContext& context);
void AddDocumentRoutes(httplib::Server& server, ServeContext& context);
void AddReviewRoutes(httplib::Server& server, ServeContext& context);
void AddLogRoutes(httplib::Server& server, ServeContext& context);
void AddImportRoutes(httplib::Server& server, ServeContext& context);
void AddSearchRoutes(httplib::Server& server, ServeContext& context);
void AddExportRoutes(httplib::Server& server, ServeContext& context);

}  // namespace kvreg::serve
