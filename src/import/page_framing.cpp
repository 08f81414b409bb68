// The framing of stored pages on the import workers' pipes: each worker sends a document's
// pages in the register's form, so that the one writer only binds them.
#include "page_framing.h"

#include <cstdint>

namespace kvreg {
namespace {

void AppendU32(uint32_t value, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

bool ReadU32(std::string_view* in, uint32_t* value) {
  if (in->size() < 4) return false;
  *value = 0;
  for (int i = 0; i < 4; ++i)
    *value |= static_cast<uint32_t>(static_cast<uint8_t>((*in)[i])) << (8 * i);
  in->remove_prefix(4);
  return true;
}

bool ReadBytes(std::string_view* in, uint32_t length, std::string* out) {
  if (in->size() < length) return false;
  out->assign(in->data(), length);
  in->remove_prefix(length);
  return true;
}

}  // namespace

void AppendStoredPages(const std::vector<StoredPage>& pages, std::string* out) {
  for (const StoredPage& page : pages) {
    AppendU32(static_cast<uint32_t>(page.number), out);
    AppendU32(static_cast<uint32_t>(page.text.size()), out);
    AppendU32(static_cast<uint32_t>(page.lines_json.size()), out);
    out->append(page.text);
    out->append(page.lines_json);
  }
}

Status ParseStoredPages(std::string_view in, std::vector<StoredPage>* out) {
  out->clear();
  while (!in.empty()) {
    uint32_t number = 0, text_length = 0, json_length = 0;
    StoredPage page;
    if (!ReadU32(&in, &number) || !ReadU32(&in, &text_length) || !ReadU32(&in, &json_length) ||
        !ReadBytes(&in, text_length, &page.text) ||
        !ReadBytes(&in, json_length, &page.lines_json)) {
      return Status::Corrupt("page text cut short after page " + std::to_string(out->size()));
    }
    page.number = static_cast<int>(number);
    out->push_back(std::move(page));
  }
  return Status::Ok();
}

}  // namespace kvreg
