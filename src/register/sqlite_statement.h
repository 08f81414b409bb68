// A prepared SQLite statement with bound parameters, finalized on scope exit (private to src/).
#pragma once

#include <sqlite3.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "kvreg/status.h"

namespace kvreg {

// Prepared statements kept for the life of a connection, by SQL text, so that a writer in a
// loop prepares each statement once. Finalizes them when destroyed (before the connection).
// A SQLite result code as a Status with `message`: a lock held too long is kBusy, a damaged or
// foreign file kCorrupt, a failed read or write kIo, anything else kError.
inline Status SqliteStatus(int code, std::string message) {
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::Busy(std::move(message));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Corrupt(std::move(message));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_READONLY:
      return Status::IoError(std::move(message));
    default:
      return Status::Error(std::move(message));
  }
}

// The connection's last error as a Status, `context` before SQLite's message.
inline Status SqliteFailure(sqlite3* db, const std::string& context) {
  return SqliteStatus(sqlite3_errcode(db), context + sqlite3_errmsg(db));
}

class StatementCache {
 public:
  explicit StatementCache(sqlite3* db) : db_(db) {}
  ~StatementCache() {
    for (auto& entry : cache_) sqlite3_finalize(entry.second);
  }
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  sqlite3* db() const { return db_; }
  // The prepared statement for `sql`, or nullptr on an error (sqlite3_errmsg says which).
  sqlite3_stmt* Get(const char* sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
      return nullptr;
    }
    cache_.emplace(sql, stmt);
    return stmt;
  }

 private:
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
  }
  // Borrows the cache's statement for `sql`; hands it back reset and unbound.
  Statement(StatementCache& cache, const char* sql)
      : db_(cache.db()), stmt_(cache.Get(sql)), owned_(false) {
    rc_ = stmt_ != nullptr ? SQLITE_OK : sqlite3_errcode(db_);
  }
  ~Statement() {
    if (owned_) {
      sqlite3_finalize(stmt_);
    } else if (stmt_ != nullptr) {
      sqlite3_reset(stmt_);
      sqlite3_clear_bindings(stmt_);
    }
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return rc_ == SQLITE_OK || rc_ == SQLITE_ROW || rc_ == SQLITE_DONE; }
  std::string error() const { return sqlite3_errmsg(db_); }
  // The statement's failure as a Status, `context` before SQLite's message.
  Status Failure(const std::string& context) const { return SqliteFailure(db_, context); }

  Statement& Bind(int index, const std::string& value) {
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int index, const std::optional<std::string>& value) {
    if (value) return Bind(index, *value);
    sqlite3_bind_null(stmt_, index);
    return *this;
  }
  Statement& Bind(int index, long long value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
  }
  Statement& Bind(int index, std::optional<int> value) {
    if (value) return Bind(index, static_cast<long long>(*value));
    sqlite3_bind_null(stmt_, index);
    return *this;
  }

  // Steps once: true when a row is ready; sets ok() false on an error.
  bool Step() {
    if (stmt_ == nullptr) return false;
    rc_ = sqlite3_step(stmt_);
    return rc_ == SQLITE_ROW;
  }
  // Steps to completion (for writes); returns ok().
  bool Run() {
    while (Step()) {
    }
    return ok();
  }

  long long Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  std::optional<std::string> Text(int column) const {
    if (sqlite3_column_type(stmt_, column) == SQLITE_NULL) return std::nullopt;
    return std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column)),
                       static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
  }
  std::string TextOr(int column, const std::string& fallback = "") const {
    auto t = Text(column);
    return t ? *t : fallback;
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  bool owned_ = true;
  int rc_;
};

}  // namespace kvreg
