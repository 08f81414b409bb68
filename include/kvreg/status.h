// Status: the result of an operation that can fail for reasons outside the program's control
// (a broken file, a locked register, a bad pattern). It is ok, or it carries a code saying what
// kind of failure it is and a one-line message meant for a clerk. Callers branch on the code,
// never on the message; the message is made once, where the failure is understood, and callers
// that know more put their context in front of it (WithContext). Status values are plain data
// and safe to copy between threads.
#pragma once

#include <string>
#include <utility>

namespace kvreg {

class Status {
 public:
  // What kind of failure.
  enum class Code {
    kOk,
    kError,         // not classified (yet): say what failed in the message
    kNotFound,      // a register, file, unit, document or change that is not there
    kInvalidInput,  // input a person gave that cannot be right (a date, a year, a name)
    kIo,            // reading or writing a file failed
    kCorrupt,       // a file that is not what it should be (not a register, broken text)
    kBusy,          // another process holds the register longer than we waited
  };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(Code::kError, std::move(message)); }
  static Status NotFound(std::string message) {
    return Status(Code::kNotFound, std::move(message));
  }
  static Status InvalidInput(std::string message) {
    return Status(Code::kInvalidInput, std::move(message));
  }
  static Status IoError(std::string message) { return Status(Code::kIo, std::move(message)); }
  static Status Corrupt(std::string message) { return Status(Code::kCorrupt, std::move(message)); }
  static Status Busy(std::string message) { return Status(Code::kBusy, std::move(message)); }

  // Returns true iff the operation succeeded.
  bool ok() const { return code_ == Code::kOk; }
  // The kind of failure; Code::kOk when ok().
  Code code() const { return code_; }
  // Returns true iff the status says what was asked for is not there.
  bool IsNotFound() const { return code_ == Code::kNotFound; }
  // Returns true iff the status says another process held the register too long.
  bool IsBusy() const { return code_ == Code::kBusy; }
  // The one-line reason of a failure; empty when ok().
  const std::string& message() const { return message_; }
  // The same failure with `context` in front ("register.sqlite: " + message); ok stays ok.
  Status WithContext(const std::string& context) const {
    return ok() ? *this : Status(code_, context + message_);
  }
  // "OK", or the code's name and the message ("not found: there is no register at …"), for
  // logs and tests; clerks see message().
  std::string ToString() const {
    static const char* const kNames[] = {"OK",        "error",   "not found", "invalid input",
                                         "I/O error", "corrupt", "busy"};
    return ok() ? "OK" : std::string(kNames[static_cast<int>(code_)]) + ": " + message_;
  }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace kvreg
