// ImportProgress: the one-line progress of an import on a terminal ("412/1000 files, 85 files/s,
// 7 s left"), redrawn in place at most a few times a second. The command line shows it on
// stderr only when stderr is a terminal. Not thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <string>

namespace kvreg {

// The text of the line for `done` of `total` files after `elapsed_seconds`.
std::string FormatProgress(size_t done, size_t total, double elapsed_seconds);

class ImportProgress {
 public:
  using Clock = std::chrono::steady_clock;
  // `now` tells the time: the steady clock, or a test's own.
  ImportProgress(std::FILE* out, size_t total, std::function<Clock::time_point()> now = Clock::now);
  // Counts one more file; redraws when the last draw is old enough or the count is complete.
  void FileDone();
  // Ends the line so that later output starts on a fresh one.
  void Finish();

 private:
  void Draw();

  std::FILE* out_;
  size_t total_;
  size_t done_ = 0;
  bool drawn_ = false;
  std::function<Clock::time_point()> now_;
  Clock::time_point started_;
  Clock::time_point last_draw_;
};

}  // namespace kvreg
