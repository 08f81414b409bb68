// Where Tesseract's language data is: the --tessdata option, else $TESSDATA_PREFIX (the folder
// of the .traineddata files, as Tesseract 5 reads it), else Debian's folders. Checked before
// Tesseract is started, so that a missing language is one clear message, not Tesseract's
// complaints on stderr.
#include <sys/stat.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "kvreg/ocr.h"

namespace kvreg {
namespace {

bool IsFile(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

std::string TrainedData(const std::string& folder, const std::string& language) {
  return folder + (folder.empty() || folder.back() == '/' ? "" : "/") + language + ".traineddata";
}

}  // namespace

Status LocateTessdata(const OcrOptions& options, std::string* folder) {
  std::vector<std::string> candidates;
  std::string told;  // the folder the clerk named, if any
  if (!options.tessdata.empty()) {
    told = "--tessdata " + options.tessdata;
    candidates.push_back(options.tessdata);
  } else if (const char* env = std::getenv("TESSDATA_PREFIX"); env != nullptr && *env != '\0') {
    told = "TESSDATA_PREFIX=" + std::string(env);
    candidates.push_back(env);
  } else {
    candidates = {"/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                  "/usr/share/tessdata", "/usr/local/share/tessdata"};
  }
  for (const std::string& candidate : candidates) {
    if (IsFile(TrainedData(candidate, options.language))) {
      *folder = candidate;
      return Status::Ok();
    }
  }
  const std::string where = told.empty() ? "in " + candidates.front() : "in " + told;
  return Status::Error("OCR needs Tesseract's language data " + options.language +
                       ".traineddata, not found " + where + " (install Debian's tesseract-ocr-" +
                       options.language +
                       ", or name its folder with --tessdata or TESSDATA_PREFIX; --no-ocr "
                       "turns OCR off)");
}

}  // namespace kvreg
