// A prepared SQLite statement with bound parameters, finalized on scope exit (private to src/).
#pragma once

#include <sqlite3.h>

#include <optional>
#include <string>

namespace kvreg {

class Statement {
 public:
  Statement(sqlite3* db, const char* sql) : db_(db) {
    rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool ok() const { return rc_ == SQLITE_OK || rc_ == SQLITE_ROW || rc_ == SQLITE_DONE; }
  std::string error() const { return sqlite3_errmsg(db_); }

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
  int rc_;
};

}  // namespace kvreg
