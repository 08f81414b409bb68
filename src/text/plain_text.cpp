// UTF-8 text files as documents: a form feed starts a page, a blank line a block. Lines get
// geometry from their length so that the normaliser's heading rule works as for PDFs.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "kvreg/document_text.h"

namespace kvreg {

Status ParsePlainText(const std::string& utf8, DocumentText* out) {
  out->pages.clear();
  std::string content = utf8;
  if (content.rfind("\xEF\xBB\xBF", 0) == 0) content.erase(0, 3);
  std::stringstream pages(content);
  std::string page_content;
  int number = 0;
  while (std::getline(pages, page_content, '\f')) {
    PageText page;
    page.number = ++number;
    std::stringstream lines(page_content);
    std::string raw;
    bool after_blank = true;
    size_t longest = 1;
    while (std::getline(lines, raw)) {
      if (!raw.empty() && raw.back() == '\r') raw.pop_back();
      if (raw.find_first_not_of(" \t") == std::string::npos) {
        after_blank = true;
        continue;
      }
      TextLine line;
      line.text = raw;
      line.block_start = after_blank;
      after_blank = false;
      longest = std::max(longest, raw.size());
      page.lines.push_back(std::move(line));
    }
    const double count = static_cast<double>(std::max<size_t>(1, page.lines.size()));
    for (size_t i = 0; i < page.lines.size(); ++i) {
      TextLine& line = page.lines[i];
      line.top = i / count;
      line.bottom = (i + 0.8) / count;
      line.left = 0;
      line.right = static_cast<double>(line.text.size()) / longest;
    }
    out->pages.push_back(std::move(page));
  }
  if (out->pages.empty()) {
    PageText first;
    first.number = 1;
    out->pages.push_back(std::move(first));
  }
  return Status::Ok();
}

Status ReadPlainText(const std::string& path, const TextLimits& limits, DocumentText* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot read file");
  std::string content;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    content.append(buffer, static_cast<size_t>(in.gcount()));
    if (content.size() > limits.max_text_bytes) {
      return Status::Error("too much text: over " + std::to_string(limits.max_text_bytes) +
                           " bytes");
    }
  }
  if (content.find_first_not_of(" \t\r\n\f") == std::string::npos) {
    return Status::Error("empty text file");
  }
  return ParsePlainText(content, out);
}

}  // namespace kvreg
