// DocumentText <-> JSON, for the register's stored pages and the import workers' pipe.
#include "document_text_json.h"

#include "kvreg/normalize.h"

namespace kvreg {

nlohmann::json PageToJson(const PageText& page) {
  // Built key by key: a braced initializer list copies every value once more.
  nlohmann::json out = nlohmann::json::object();
  out["ocr"] = page.ocr;
  out["ocr_confidence"] = page.ocr_confidence;
  nlohmann::json& lines = out["lines"] = nlohmann::json::array();
  lines.get_ref<nlohmann::json::array_t&>().reserve(page.lines.size());
  for (const TextLine& l : page.lines) {
    nlohmann::json& line = lines.emplace_back(nlohmann::json::object());
    line["text"] = l.text;
    line["top"] = l.top;
    line["bottom"] = l.bottom;
    line["left"] = l.left;
    line["right"] = l.right;
    line["block_start"] = l.block_start;
    line["ocr_confidence"] = l.ocr_confidence;
  }
  if (!page.tables.empty()) {
    nlohmann::json& tables = out["tables"] = nlohmann::json::array();
    for (const TextTable& t : page.tables) tables.push_back(t.rows);
  }
  return out;
}

Status PageFromJson(const nlohmann::json& json, PageText* page) {
  if (!json.is_object() || !json.contains("lines") || !json["lines"].is_array()) {
    return Status::Error("stored page text has no lines");
  }
  const nlohmann::json& lines = json["lines"];
  page->lines.clear();
  try {
    page->ocr = json.value("ocr", false);
    page->ocr_confidence = json.value("ocr_confidence", -1.0);
    for (const nlohmann::json& l : lines) {
      TextLine line;
      line.text = l.at("text").get<std::string>();
      line.top = l.at("top").get<double>();
      line.bottom = l.at("bottom").get<double>();
      line.left = l.at("left").get<double>();
      line.right = l.at("right").get<double>();
      line.block_start = l.at("block_start").get<bool>();
      line.ocr_confidence = l.value("ocr_confidence", -1.0);
      page->lines.push_back(std::move(line));
    }
    page->tables.clear();
    for (const nlohmann::json& t : json.value("tables", nlohmann::json::array())) {
      TextTable table;
      table.rows = t.get<std::vector<std::vector<std::string>>>();
      page->tables.push_back(std::move(table));
    }
  } catch (const nlohmann::json::exception& e) {
    return Status::Error(std::string("stored page text is broken: ") + e.what());
  }
  return Status::Ok();
}

StoredPage StorePage(const PageText& page) {
  StoredPage stored;
  stored.number = page.number;
  stored.text = PagePlainText(page);
  stored.lines_json =
      PageToJson(page).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return stored;
}

std::vector<StoredPage> StorePages(const DocumentText& text) {
  std::vector<StoredPage> pages;
  pages.reserve(text.pages.size());
  for (const PageText& page : text.pages) pages.push_back(StorePage(page));
  return pages;
}

Status LoadPages(const std::vector<StoredPage>& pages, DocumentText* out) {
  out->pages.clear();
  for (const StoredPage& stored : pages) {
    PageText page;
    page.number = stored.number;
    Status s;
    try {
      s = PageFromJson(nlohmann::json::parse(stored.lines_json), &page);
    } catch (const nlohmann::json::exception& e) {
      s = Status::Corrupt(std::string("stored page text is broken: ") + e.what());
    }
    if (!s.ok()) return s;
    out->pages.push_back(std::move(page));
  }
  return Status::Ok();
}

std::string PagePlainText(const PageText& page) {
  std::string text;
  for (const TextLine& l : page.lines) {
    if (!text.empty()) text += "\n";
    text += NormalizeLine(l.text);
  }
  return text;
}

}  // namespace kvreg
