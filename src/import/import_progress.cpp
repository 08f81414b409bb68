// The progress line of an import: rate over the whole run so far, time left from that rate.
#include "import_progress.h"

#include <cmath>
#include <utility>

namespace kvreg {
namespace {

std::string Duration(double seconds) {
  const long s = std::lround(seconds);
  if (s < 60) return std::to_string(s) + " s";
  if (s < 3600) return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
  return std::to_string(s / 3600) + " h " + std::to_string(s % 3600 / 60) + " min";
}

}  // namespace

std::string FormatProgress(size_t done, size_t total, double elapsed_seconds) {
  std::string line = std::to_string(done) + "/" + std::to_string(total) + " files";
  if (done == 0 || elapsed_seconds <= 0) return line;
  const double rate = static_cast<double>(done) / elapsed_seconds;
  char rate_text[32];
  std::snprintf(rate_text, sizeof rate_text, rate < 10 ? "%.1f" : "%.0f", rate);
  line += std::string(", ") + rate_text + " files/s";
  if (done < total) line += ", " + Duration(static_cast<double>(total - done) / rate) + " left";
  return line;
}

ImportProgress::ImportProgress(std::FILE* out, size_t total, std::function<Clock::time_point()> now)
    : out_(out), total_(total), now_(std::move(now)), started_(now_()), last_draw_(started_) {}

void ImportProgress::FileDone() {
  ++done_;
  const Clock::time_point now = now_();
  if (done_ < total_ && now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  Draw();
}

void ImportProgress::Draw() {
  const double elapsed = std::chrono::duration<double>(now_() - started_).count();
  // \r goes back to the line start, \033[K clears what a longer earlier line left.
  std::fprintf(out_, "\rkvreg import: %s\033[K", FormatProgress(done_, total_, elapsed).c_str());
  std::fflush(out_);
  drawn_ = true;
}

void ImportProgress::Finish() {
  if (!drawn_) return;
  std::fputc('\n', out_);
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace kvreg
