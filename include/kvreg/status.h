// Status: the result of an operation that can fail for reasons outside the program's control
// (a broken file, a locked register, a bad pattern). It is ok, or it carries a one-line message
// meant for a clerk. Status values are plain data and safe to copy between threads.
#pragma once

#include <string>
#include <utility>

namespace kvreg {

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  // Returns true iff the operation succeeded.
  bool ok() const { return !failed_; }
  // The one-line reason of a failure; empty when ok().
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

}  // namespace kvreg
