// The participation table, author fields, audit table and API shapes shared by the pages of
// kvreg serve (views.h).
#include "views.h"

#include <algorithm>

#include "html.h"
#include "output.h"

namespace kvreg::serve {
namespace {

template <typename T>
nlohmann::ordered_json OrNull(const std::optional<T>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

// The log's before/after JSON, parsed when it is JSON.
nlohmann::ordered_json Parsed(const std::string& text) {
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(text, nullptr, false);
  return j.is_discarded() ? nlohmann::ordered_json(text) : j;
}

const char* ActionLabel(const std::string& action) {
  static const std::pair<const char*, const char*> labels[] = {
      {"participation_add", "deltagande tillagt"},
      {"participation_remove", "deltagande borttaget"},
      {"participation_report", "anmälan registrerad"},
      {"merge", "enheter sammanfogade"},
      {"rename", "enhet bytte namn"},
      {"unit_set", "enhetens uppgift satt"},
      {"review_done", "granskad"},
      {"undo", "ångrad"}};
  for (const auto& [key, label] : labels) {
    if (action == key) return label;
  }
  return nullptr;
}

// `text` with each path in it cut to its file name ("only a tjänsteutlåtande to the board
// (/tmp/x/r.sqlite.uploads/1-2/a.pdf)" -> "(a.pdf)"): reasons name documents by path.
std::string ShortenPaths(const std::string& text) {
  std::string out;
  size_t word = 0;  // where the current word began in `out`
  for (char c : text) {
    if (c == ' ' || c == '(' || c == ')' || c == ';' || c == ',') {
      word = out.size() + 1;
    } else if (c == '/') {
      out.resize(word);
      continue;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string DocumentLinks(const DocumentIndex& index, const ParticipationView& v) {
  std::string html;
  for (const EvidenceDocument& d : v.documents) {
    std::string label = BaseName(d.file) + (d.paragraph ? " " + *d.paragraph : "");
    if (d.meeting_date) label += " (" + *d.meeting_date + ")";
    const auto id = index.Id(d.file);
    html += html.empty() ? "" : "<br>";
    html += id ? "<a href=\"/dokument/" + std::to_string(*id) + "\">" + Html(label) + "</a>"
               : Html(label);
  }
  return html.empty() ? "<span class=\"muted\">endast förväntad</span>" : html;
}

std::string ParticipationTable(const DocumentIndex& index,
                               const std::vector<const ParticipationView*>& rows, int first,
                               int count, bool show_year) {
  std::string html = "<table class=\"participations\"><thead><tr><th scope=\"col\">";
  html += show_year ? "År" : "Enhet";
  html +=
      "</th><th scope=\"col\">Nämnd</th><th scope=\"col\">Klass</th><th "
      "scope=\"col\">Status</th><th scope=\"col\">Skäl</th><th "
      "scope=\"col\">Underlag</th></tr></thead><tbody>";
  const int last = std::min<int>(static_cast<int>(rows.size()), first + count);
  for (int i = first; i < last; ++i) {
    const ParticipationView& v = *rows[static_cast<size_t>(i)];
    html += "<tr class=\"" + StatusCssClass(v.verdict.status) + "\"><td>";
    html += show_year ? std::to_string(v.year)
                      : "<a href=\"/enhet?namn=" + Html(UrlEncode(v.unit)) + "\">" + Html(v.unit) +
                            "</a>";
    html += "</td><td>" + Html(v.board.value_or("–")) + "</td><td>" +
            Html(v.competition_class.value_or("–")) + "</td><td>" +
            StatusBadge(v.verdict.status, !v.corrections.empty()) + "</td><td class=\"reason\">" +
            Html(ShortenPaths(v.verdict.reason)) + "</td><td>" + DocumentLinks(index, v) +
            "</td></tr>";
  }
  return html + "</tbody></table>";
}

std::string AuthorInputs(bool note_required) {
  return std::string(
             "<label>Ditt namn <input name=\"by\" class=\"author\" required "
             "autocomplete=\"name\"></label> <label>Varför <input name=\"note\" "
             "class=\"note\"") +
         (note_required ? " required" : "") + "></label> ";
}

ChangeAuthor AuthorFrom(const httplib::Request& req) {
  ChangeAuthor author;
  author.by = Field(req, "by");
  if (author.by.empty()) author.by = "webb";
  author.note = Field(req, "note");
  return author;
}

nlohmann::ordered_json UnitToJson(const UnitSummary& u) {
  return {{"unit", u.name},
          {"name_chosen_by_clerk", u.name_chosen_by_clerk},
          {"aliases", u.spellings},
          {"participations", u.participations}};
}

nlohmann::ordered_json ReviewItemToJson(const ReviewItem& item) {
  return {{"id", item.id},
          {"kind", item.kind},
          {"year", OrNull(item.year)},
          {"board", OrNull(item.board)},
          {"unit", OrNull(item.unit)},
          {"file", item.file},
          {"page", item.page},
          {"text", item.text},
          {"message", item.message}};
}

nlohmann::ordered_json AuditEntryToJson(const AuditEntry& e) {
  return {{"id", e.id},
          {"at", e.at},
          {"by", e.by},
          {"action", e.action},
          {"unit", OrNull(e.unit)},
          {"year", OrNull(e.year)},
          {"board", OrNull(e.board)},
          {"note", e.note},
          {"before", Parsed(e.before_json)},
          {"after", Parsed(e.after_json)},
          {"undoes", OrNull(e.undoes)},
          {"undone_by", OrNull(e.undone_by)}};
}

std::string AuditTable(const ServeContext& context, const std::vector<AuditEntry>& entries,
                       const std::string& back) {
  if (entries.empty()) return "<p>Ingen ändring av en person finns i loggen.</p>";
  std::string html =
      "<table class=\"log\"><thead><tr><th scope=\"col\">Nr</th><th scope=\"col\">När</th><th "
      "scope=\"col\">Vem</th><th scope=\"col\">Vad</th><th scope=\"col\">Gäller</th><th "
      "scope=\"col\">Varför</th><th scope=\"col\">Före → efter</th><th "
      "scope=\"col\"></th></tr></thead><tbody>";
  for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
    const AuditEntry& e = *it;
    const char* label = ActionLabel(e.action);
    std::string about = e.unit.value_or("");
    if (e.year) about += " " + std::to_string(*e.year);
    if (e.board) about += " (" + *e.board + ")";
    html += "<tr id=\"andring-" + std::to_string(e.id) + "\"><td>" + std::to_string(e.id) +
            "</td><td>" + Html(e.at) + "</td><td>" + Html(e.by) + "</td><td>" +
            Html(label ? label : e.action) +
            (e.undoes ? " (nr " + std::to_string(*e.undoes) + ")" : "") + "</td><td>" +
            Html(about) + "</td><td>" + Html(e.note) + "</td><td class=\"json\"><code>" +
            Html(e.before_json) + "</code> → <code>" + Html(e.after_json) + "</code></td><td>";
    if (e.undone_by) {
      html += "ångrad (nr " + std::to_string(*e.undone_by) + ")";
    } else if (!context.options.read_only && e.action != "undo" && e.action != "merge") {
      html += "<details><summary>Ångra …</summary><form method=\"post\" action=\"/api/undo\">" +
              ChangeFormFields(context, back) + "<input type=\"hidden\" name=\"id\" value=\"" +
              std::to_string(e.id) + "\">" + AuthorInputs(false) + "<button>Ångra ändring " +
              std::to_string(e.id) + "</button></form></details>";
    }
    html += "</td></tr>";
  }
  return html + "</tbody></table>";
}

}  // namespace kvreg::serve
