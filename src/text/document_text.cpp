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

// A complete PDF ends with "%%EOF" (a few bytes of trailing junk are common, so look at the
// last kilobyte). Without it the file was cut off, and Poppler's repair would import only the
// part that survived.
bool HasPdfEndMarker(std::ifstream& in, off_t size) {
  const off_t tail = std::min<off_t>(size, 1024);
  in.clear();
  in.seekg(size - tail);
  std::string end(static_cast<size_t>(tail), '\0');
  in.read(end.data(), tail);
  return in.gcount() == tail && end.find("%%EOF") != std::string::npos;
}

}  // namespace

Status ReadDocumentText(const std::string& path, const TextLimits& limits, DocumentText* out) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0) {
    return Status::IoError(std::string("cannot read file: ") + std::strerror(errno));
  }
  if (S_ISDIR(info.st_mode)) return Status::InvalidInput("is a folder, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(std::string("cannot read file: ") + std::strerror(errno));
  if (info.st_size == 0) return Status::Corrupt("empty file");
  char head[1024] = {};
  in.read(head, sizeof head);
  const std::string start(head, static_cast<size_t>(in.gcount()));
  if (start.find("%PDF-") != std::string::npos) {
    if (!HasPdfEndMarker(in, info.st_size)) {
      return Status::Corrupt("truncated PDF: the file ends before the PDF's end marker (%%EOF)");
    }
    return ReadPdfText(path, limits, out);
  }
  if (HasTextExtension(path)) return ReadPlainText(path, limits, out);
  if (start.rfind("PK\x03\x04", 0) == 0) {
    return Status::Corrupt("not a PDF: a zip container (a Word or OpenDocument file?)");
  }
  return Status::Corrupt("not a PDF: no %PDF header");
}

}  // namespace kvreg
