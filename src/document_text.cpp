// Chooses the reader for a file: by its first bytes (a PDF says "%PDF-") and its extension.
#include "kvreg/document_text.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace kvreg {
namespace {

bool HasTextExtension(const std::string& path) {
  const size_t dot = path.find_last_of('.');
  if (dot == std::string::npos) return false;
  std::string ext = path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == "txt";
}

}  // namespace

Status ReadDocumentText(const std::string& path, const TextLimits& limits, DocumentText* out) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0) {
    return Status::Error(std::string("cannot read file: ") + std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) return Status::Error("is a folder, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(std::string("cannot read file: ") + std::strerror(errno));
  if (info.st_size == 0) return Status::Error("empty file");
  char head[1024] = {};
  in.read(head, sizeof head);
  const std::string start(head, static_cast<size_t>(in.gcount()));
  if (start.find("%PDF-") != std::string::npos) return ReadPdfText(path, limits, out);
  if (HasTextExtension(path)) return ReadPlainText(path, limits, out);
  if (start.rfind("PK\x03\x04", 0) == 0) {
    return Status::Error("not a PDF: a zip container (a Word or OpenDocument file?)");
  }
  return Status::Error("not a PDF: no %PDF header");
}

}  // namespace kvreg
