// Exportera: the participations of a year or of every year, or of the overview's filtered
// view, as CSV for a Swedish Excel (as kvreg export --format csv) and as XLSX (libxlsxwriter):
// a sheet per year, the header row frozen, an autofilter, statuses in words, meeting dates as
// Excel dates. GET /exportera, /export.csv, /export.xlsx (same ?ar=&namnd=&klass=&status= as
// the overview).
#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "html.h"
#include "output.h"
#include "overview_filter.h"
#include "participation_cache.h"

namespace kvreg::serve {
namespace {

const char* kColumns[] = {"år",     "nämnd", "enhet",       "klass",    "utförare", "avdelning",
                          "status", "skäl",  "sammanträde", "underlag", "rättelse"};

// The selected participations, or false after answering.
bool Selected(ServeContext& context, const httplib::Request& req, httplib::Response& res,
              std::vector<ParticipationView>* out) {
  const OverviewFilter filter = OverviewFilter::FromRequest(req);
  std::shared_ptr<const YearView> view;
  Status s = context.participations->Year(filter.year, &view);
  if (!s.ok()) {
    SendError(context, req, res, 500, s.message());
    return false;
  }
  for (const ParticipationView* v : Select(view->participations, filter)) out->push_back(*v);
  return true;
}

std::string FileName(const httplib::Request& req, const char* extension) {
  const auto year = IntField(req, "ar");
  std::string name = "kvalitetsutmarkelsen";
  if (year) {  // appended piece by piece: "-" + s trips GCC 12's -Wrestrict
    name += '-';
    name += std::to_string(*year);
  }
  return name + extension;
}

// The latest meeting of the documents a participation rests on (ISO), or "".
std::string LatestMeeting(const ParticipationView& v) {
  std::string latest;
  for (const EvidenceDocument& d : v.documents) {
    if (d.meeting_date && *d.meeting_date > latest) latest = *d.meeting_date;
  }
  return latest;
}

void WriteRow(lxw_worksheet* sheet, lxw_row_t row, const ParticipationView& v, lxw_format* date) {
  worksheet_write_number(sheet, row, 0, v.year, nullptr);
  const std::string texts[] = {v.board.value_or(""),
                               v.unit,
                               v.competition_class.value_or(""),
                               v.operator_name.value_or(""),
                               v.department.value_or(""),
                               cli::StatusLabel(v.verdict.status),
                               v.verdict.reason};
  for (size_t i = 0; i < std::size(texts); ++i) {
    worksheet_write_string(sheet, row, static_cast<lxw_col_t>(i + 1), texts[i].c_str(), nullptr);
  }
  const std::string meeting = LatestMeeting(v);
  int y = 0, m = 0, d = 0;
  if (std::sscanf(meeting.c_str(), "%d-%d-%d", &y, &m, &d) == 3) {
    lxw_datetime when = {y, m, d, 0, 0, 0};
    worksheet_write_datetime(sheet, row, 8, &when, date);
  }
  worksheet_write_string(sheet, row, 9, cli::EvidenceSummary(v).c_str(), nullptr);
  worksheet_write_string(sheet, row, 10, cli::CorrectionSummary(v).c_str(), nullptr);
}

// The workbook's bytes, or "" when libxlsxwriter failed.
std::string Workbook(const std::vector<ParticipationView>& views) {
  char path[] = "/tmp/kvreg-export-XXXXXX";
  const int fd = mkstemp(path);
  if (fd < 0) return "";
  close(fd);
  lxw_workbook* book = workbook_new(path);
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "yyyy-mm-dd");
  std::map<int, std::vector<const ParticipationView*>> by_year;
  for (const ParticipationView& v : views) by_year[v.year].push_back(&v);
  if (by_year.empty()) by_year[0];
  const double widths[] = {6, 28, 36, 14, 20, 20, 16, 60, 12, 40, 30};
  for (const auto& [year, rows] : by_year) {
    lxw_worksheet* sheet =
        workbook_add_worksheet(book, year ? std::to_string(year).c_str() : "tomt");
    for (size_t c = 0; c < std::size(kColumns); ++c) {
      worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), kColumns[c], bold);
      worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c],
                           nullptr);
    }
    for (size_t r = 0; r < rows.size(); ++r) {
      WriteRow(sheet, static_cast<lxw_row_t>(r + 1), *rows[r], date);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(rows.size()),
                         static_cast<lxw_col_t>(std::size(kColumns) - 1));
  }
  const lxw_error error = workbook_close(book);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::remove(path);
  return error == LXW_NO_ERROR ? bytes.str() : "";
}

void ExportPage(ServeContext& context, const httplib::Request& req, httplib::Response& res) {
  std::shared_ptr<const YearView> all;
  if (Status s = context.participations->Year(std::nullopt, &all); !s.ok()) {
    return SendError(context, req, res, 500, s.message());
  }
  std::string years = "<option value=\"\">alla år</option>";
  for (int y : all->years) years += "<option>" + std::to_string(y) + "</option>";
  const std::string body =
      "<p>Deltagandena med status, skäl och underlag. CSV öppnas direkt i Excel (semikolon, "
      "UTF-8); XLSX har ett blad per år med filter och frusen rubrikrad. Översikten har samma "
      "länkar för den filtrerade vyn.</p><form method=\"get\" action=\"/export.xlsx\" "
      "class=\"filters\"><label>År <select name=\"ar\">" +
      years +
      "</select></label> <button>Hämta Excel (XLSX)</button> <button "
      "formaction=\"/export.csv\">Hämta CSV</button></form><p>För andra system: <a "
      "href=\"/api/overview\">/api/overview</a> (JSON).</p>";
  SendHtml(res, Page(context, req, "/exportera", "Exportera", body));
}

}  // namespace

void AddExportRoutes(httplib::Server& server, ServeContext& context) {
  server.Get("/exportera", [&context](const httplib::Request& req, httplib::Response& res) {
    ExportPage(context, req, res);
  });
  server.Get("/export.csv", [&context](const httplib::Request& req, httplib::Response& res) {
    std::vector<ParticipationView> views;
    if (!Selected(context, req, res, &views)) return;
    std::ostringstream csv;
    cli::WriteParticipationsCsv(csv, views);
    res.set_header("Content-Disposition", "attachment; filename=\"" + FileName(req, ".csv") + "\"");
    res.set_content(csv.str(), "text/csv; charset=utf-8");
  });
  server.Get("/export.xlsx", [&context](const httplib::Request& req, httplib::Response& res) {
    std::vector<ParticipationView> views;
    if (!Selected(context, req, res, &views)) return;
    const std::string bytes = Workbook(views);
    if (bytes.empty()) return SendError(context, req, res, 500, "XLSX kunde inte skrivas");
    res.set_header("Content-Disposition",
                   "attachment; filename=\"" + FileName(req, ".xlsx") + "\"");
    res.set_content(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  });
}

}  // namespace kvreg::serve
