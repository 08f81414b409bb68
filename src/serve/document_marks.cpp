// Finding a record's values in its page text (document_marks.h).
#include "document_marks.h"

#include <algorithm>
#include <cstdio>

#include "html.h"

namespace kvreg::serve {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Text with each run of whitespace as one space, and where each byte came from.
struct FlatText {
  std::string flat;
  std::vector<size_t> origin;
};

FlatText Flatten(const std::string& text) {
  FlatText out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsSpace(text[i])) {
      if (!out.flat.empty() && out.flat.back() == ' ') continue;
      out.flat += ' ';
    } else {
      out.flat += text[i];
    }
    out.origin.push_back(i);
  }
  return out;
}

std::string Collapse(const std::string& text) {
  std::string flat = Flatten(text).flat;
  while (!flat.empty() && flat.back() == ' ') flat.pop_back();
  return flat.substr(flat.empty() || flat[0] != ' ' ? 0 : 1);
}

struct Mark {
  size_t begin = 0, end = 0;
  ReadValue* value = nullptr;
};

// Finds `needle` in `page` (flattened); adds its range to *marks.
bool FindMark(const std::string& page, const FlatText& flat, const std::string& needle,
              ReadValue* value, std::vector<Mark>* marks) {
  const std::string wanted = Collapse(needle);
  if (wanted.empty()) return false;
  const size_t at = flat.flat.find(wanted);
  if (at == std::string::npos) return false;
  const size_t last = at + wanted.size() - 1;
  marks->push_back({flat.origin[at], std::min(page.size(), flat.origin[last] + 1), value});
  return true;
}

std::string RenderPage(const std::string& text, std::vector<Mark> marks) {
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  std::string html;
  size_t at = 0;
  for (const Mark& m : marks) {
    if (m.begin < at) {  // inside one shown already: its value gets no mark of its own
      m.value->found = false;
      continue;
    }
    html += Html(text.substr(at, m.begin - at)) + "<mark id=\"" + m.value->id + "\" class=\"" +
            m.value->css + "\" title=\"" + Html(m.value->field) + "\">" +
            Html(text.substr(m.begin, m.end - m.begin)) + "</mark>";
    at = m.end;
  }
  return html + Html(text.substr(at));
}

std::string StringOr(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

int PageOf(const nlohmann::json& j) {
  if (!j.contains("source") || !j["source"].is_object()) return 0;
  const nlohmann::json& page = j["source"]["page"];
  return page.is_number_integer() ? page.get<int>() : 0;
}

// A date's role in Swedish.
std::string RoleLabel(const std::string& role) {
  static const std::pair<const char*, const char*> labels[] = {
      {"document", "datum"},
      {"meeting", "sammanträde"},
      {"registration_deadline", "sista anmälningsdag"},
      {"submission_deadline", "sista dag för bidrag"},
      {"report_deadline", "sista dag för anmälan till nämnd"},
      {"ceremony", "prisutdelning"}};
  for (const auto& [key, label] : labels) {
    if (role == key) return label;
  }
  return role;
}

}  // namespace

std::vector<ReadValue> ValuesOf(const nlohmann::json& record) {
  std::vector<ReadValue> values;
  auto add = [&values](ReadValue v) {
    // printed, not concatenated: "v" + s, even appended, trips GCC 12's -Wrestrict (Release)
    char id[24];
    std::snprintf(id, sizeof id, "v%zu", values.size() + 1);
    v.id = id;
    values.push_back(std::move(v));
  };
  for (const nlohmann::json& u : record.value("units", nlohmann::json::array())) {
    const std::string text = u.contains("source") ? StringOr(u["source"], "text") : "";
    add({"", "enhet", StringOr(u, "name"), "unit", PageOf(u),
         text.empty() ? StringOr(u, "name") : text});
  }
  for (const nlohmann::json& d : record.value("dates", nlohmann::json::array())) {
    add({"", RoleLabel(StringOr(d, "role")), StringOr(d, "date"), "date", PageOf(d),
         StringOr(d, "text")});
  }
  for (const nlohmann::json& n : record.value("diary_numbers", nlohmann::json::array())) {
    if (n.is_string())
      add({"", "diarienummer", n.get<std::string>(), "diary", 0, n.get<std::string>()});
  }
  return values;
}

std::string MarkPages(const DocumentText& text, std::vector<ReadValue>* values) {
  std::string html;
  for (const PageText& page : text.pages) {
    std::string content;
    for (const TextLine& line : page.lines) content += line.text + "\n";
    const FlatText flat = Flatten(content);
    std::vector<Mark> marks;
    for (ReadValue& v : *values) {
      if (v.found || (v.page != 0 && v.page != page.number)) continue;
      v.found = FindMark(content, flat, v.text, &v, &marks) ||
                (v.css == "unit" && FindMark(content, flat, v.value, &v, &marks));
    }
    html += "<section class=\"page\" id=\"sida-" + std::to_string(page.number) +
            "\" aria-label=\"Sida " + std::to_string(page.number) + "\"><h3>Sida " +
            std::to_string(page.number) + (page.ocr ? " (OCR)" : "") + "</h3><pre>" +
            RenderPage(content, marks) + "</pre></section>";
  }
  return html;
}

}  // namespace kvreg::serve
