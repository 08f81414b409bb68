// Lines of an OCR'd page. Tesseract reads a two-column letterhead row by row, "Äldreförvaltningen
// Anmälan" on one line; the PDF text layer gives the left column, then the right one, and the
// extractors read letterheads in that order. So lines are split at gaps far wider than a word
// space, and a run of split lines is emitted column by column.
#include "ocr_layout.h"

#include <algorithm>

#include "ocr_cleanup.h"

namespace kvreg {
namespace {

// A gap between words wider than this many line heights separates columns.
constexpr double kColumnGap = 2.5;
// Gap (relative to the line height) above a line that makes it start a new block; the PDF
// path's rule (pdf_text.cpp).
constexpr double kBlockGap = 0.6;
// A letterhead's lines are close; a gap of this many line heights ends a two-column run.
constexpr double kRunGap = 1.5;

struct Segment {
  TextLine line;
  bool new_block = false;
};

Segment MakeSegment(const std::vector<OcrWord>& words, int width, int height) {
  Segment s;
  int left = width, top = height, right = 0, bottom = 0;
  double confidence_sum = 0;
  for (const OcrWord& w : words) {
    if (!s.line.text.empty()) s.line.text.push_back(' ');
    s.line.text += w.text;
    left = std::min(left, w.left);
    top = std::min(top, w.top);
    right = std::max(right, w.right);
    bottom = std::max(bottom, w.bottom);
    confidence_sum += w.confidence;
  }
  s.line.text = CleanOcrLine(s.line.text);
  s.line.left = static_cast<double>(left) / width;
  s.line.right = static_cast<double>(right) / width;
  s.line.top = static_cast<double>(top) / height;
  s.line.bottom = static_cast<double>(bottom) / height;
  s.line.ocr_confidence = confidence_sum / words.size();
  return s;
}

// The line's cleaned words, split into segments at column gaps.
std::vector<Segment> Segments(const OcrLine& line, int width, int height) {
  std::vector<OcrWord> words;
  int line_height = 1;
  for (const OcrWord& w : line.words) {
    OcrWord clean = w;
    clean.text = CleanOcrWord(w.text);
    if (clean.text.empty()) continue;
    line_height = std::max(line_height, w.bottom - w.top);
    words.push_back(std::move(clean));
  }
  std::vector<Segment> segments;
  size_t begin = 0;
  for (size_t i = 1; i <= words.size(); ++i) {
    if (i < words.size() && words[i].left - words[i - 1].right <= kColumnGap * line_height) {
      continue;
    }
    segments.push_back(MakeSegment({words.begin() + begin, words.begin() + i}, width, height));
    begin = i;
  }
  if (!segments.empty()) segments.front().new_block = line.new_block;
  return segments;
}

double Height(const TextLine& l) { return l.bottom - l.top; }

}  // namespace

std::vector<TextLine> LayOutLines(const std::vector<OcrLine>& lines, int width, int height) {
  std::vector<std::vector<Segment>> rows;
  for (const OcrLine& line : lines) {
    std::vector<Segment> segments = Segments(line, width, height);
    if (!segments.empty()) rows.push_back(std::move(segments));
  }
  std::vector<Segment> ordered;
  for (size_t i = 0; i < rows.size();) {
    if (rows[i].size() < 2) {
      ordered.push_back(rows[i][0]);
      ++i;
      continue;
    }
    // A two-column run: from this row on, while every segment keeps to one side of the split
    // and the rows stay close.
    const double split = rows[i][1].line.left - 0.01;
    size_t end = i + 1;
    for (; end < rows.size(); ++end) {
      const TextLine& above = rows[end - 1].back().line;
      const TextLine& first = rows[end].front().line;
      if (first.top - above.bottom > kRunGap * Height(first)) break;
      const bool sided = std::all_of(rows[end].begin(), rows[end].end(), [&](const Segment& s) {
        return s.line.right < split || s.line.left >= split;
      });
      if (!sided) break;
    }
    bool right_started = false;
    for (int side = 0; side < 2; ++side) {
      for (size_t r = i; r < end; ++r) {
        for (const Segment& s : rows[r]) {
          if ((s.line.left >= split) != (side == 1)) continue;
          ordered.push_back(s);
          if (side == 1 && !right_started) ordered.back().new_block = right_started = true;
        }
      }
    }
    i = end;
  }
  std::vector<TextLine> out;
  for (Segment& s : ordered) {
    if (out.empty()) {
      s.line.block_start = true;
    } else {
      const TextLine& previous = out.back();
      const double gap = s.line.top - previous.bottom;
      const double typical = std::max(Height(s.line), Height(previous));
      s.line.block_start = s.new_block || gap > kBlockGap * typical || gap < -typical;
    }
    out.push_back(std::move(s.line));
  }
  return out;
}

}  // namespace kvreg
