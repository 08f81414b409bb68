// Whole protocols: a protocol of a meeting holds many paragraphs (§), each a matter of its own
// with its diary number, decision and dates. Only the paragraphs about the award are read,
// with the protocol's header (board, meeting date) before the first paragraph and the page
// furniture after the running text.
#include <algorithm>
#include <string_view>

#include "extract_internal.h"

namespace kvreg {
namespace {

struct Range {
  size_t begin, end;
};

// The text of `ranges` of `text`, with page starts carried over.
NormalizedText Concatenate(const NormalizedText& text, const std::vector<Range>& ranges) {
  NormalizedText out;
  out.page_count = text.page_count;
  std::vector<size_t> new_begins;
  for (const Range& r : ranges) {
    new_begins.push_back(out.text.size());
    out.text.append(text.text, r.begin, r.end - r.begin);
  }
  for (size_t page_start : text.page_starts) {
    size_t mapped = out.text.size();
    for (size_t i = 0; i < ranges.size(); ++i) {
      if (page_start < ranges[i].end) {
        mapped = new_begins[i] + (page_start > ranges[i].begin ? page_start - ranges[i].begin : 0);
        break;
      }
    }
    out.page_starts.push_back(mapped);
  }
  out.furniture_start = new_begins.empty() ? 0 : new_begins.back();
  return out;
}

// The heading of a matter: its first line, or the line after a bare number ("§ 23" ⏎⏎
// "Deltagande i …").
std::string_view HeadOf(std::string_view section) {
  constexpr size_t kBareNumber = 8;  // "§ 1234", "12."
  size_t end = section.find('\n');
  if (end != std::string_view::npos && end <= kBareNumber) {
    const size_t next = section.find_first_not_of('\n', end);
    end = next == std::string_view::npos ? next : section.find('\n', next);
  }
  return end == std::string_view::npos ? section : section.substr(0, end);
}

}  // namespace

NormalizedText FocusOnAwardParagraphs(const PatternSet& patterns, const NormalizedText& text,
                                      const std::string& doc_kind, bool* titled_matter) {
  *titled_matter = false;
  const size_t body_end = std::min(text.furniture_start, text.text.size());
  std::string body_copy;  // only when there are headers and footers to leave out
  const std::string& body =
      body_end == text.text.size() ? text.text : (body_copy = text.text.substr(0, body_end));
  // Where each matter starts, and whether it is a sub-item of the matter before (an agenda's
  // "a)" under "4."): sorted, one entry per offset.
  std::vector<std::pair<size_t, bool>> found;
  for (const NamedPattern& p : patterns.Category("sections")) {
    if (p.name != "any" && p.name != doc_kind) continue;
    ForEachMatch(*p.regex, body, [&](const PatternMatch& m) {
      found.emplace_back(m.Offset("start"), m.Has("sub_item"));
    });
  }
  std::sort(found.begin(), found.end());
  std::vector<size_t> starts;
  std::vector<bool> sub_item;
  for (const auto& [offset, sub] : found) {
    if (!starts.empty() && starts.back() == offset) {
      sub_item.back() = sub_item.back() || sub;
      continue;
    }
    starts.push_back(offset);
    sub_item.push_back(sub);
  }
  if (starts.empty()) return text;
  const RE2& about_award = *patterns.Get(PatternId::kAboutAward);
  std::vector<size_t> mentioning, titled;  // matters that mention the award / name it at the top
  for (size_t i = 0; i < starts.size(); ++i) {
    const size_t end = i + 1 < starts.size() ? starts[i + 1] : body_end;
    const std::string_view section(body.data() + starts[i], end - starts[i]);
    if (!RE2::PartialMatch(section, about_award)) continue;
    mentioning.push_back(i);
    const std::string_view head = HeadOf(section);
    if (RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), about_award)) {
      titled.push_back(i);
    }
  }
  // One matter is the whole document; its heading may still name the award ("§ 71 Anmälan om
  // deltagande i Kvalitetsutmärkelsen 2021" under a line that runs on without a gap).
  if (starts.size() < 2) {
    *titled_matter = !titled.empty();
    return text;
  }
  // A matter that merely mentions the award ("§ 48 Information: … hedersomnämnande i
  // kvalitetsutmärkelsen") gives way to one whose heading names it. An item kept keeps its
  // sub-items.
  std::vector<bool> kept(starts.size(), false);
  for (size_t i : titled.empty() ? mentioning : titled) {
    kept[i] = true;
    for (size_t k = i + 1; !sub_item[i] && k < starts.size() && sub_item[k]; ++k) kept[k] = true;
  }
  std::vector<Range> keep{{0, starts.front()}};
  for (size_t i = 0; i < starts.size(); ++i) {
    if (!kept[i]) continue;
    const size_t end = i + 1 < starts.size() ? starts[i + 1] : body_end;
    if (i > 0 && kept[i - 1]) {
      keep.back().end = end;
    } else {
      keep.push_back({starts[i], end});
    }
  }
  *titled_matter = !titled.empty();
  // No matter is about the award: nothing to choose, but an agenda's items are each their own
  // matter, so none of them is the record's (only the agenda's header is read).
  if (keep.size() == 1 && doc_kind != "agenda_item") return text;
  keep.push_back({body_end, text.text.size()});
  return Concatenate(text, keep);
}

}  // namespace kvreg
