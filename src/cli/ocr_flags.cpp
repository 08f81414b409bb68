// The OCR flags of extract and import: scanned pages are read by OCR unless --no-ocr;
// --tessdata names the folder of Tesseract's language data.
#include "commands.h"

namespace kvreg::cli {

OcrOptions OcrFlags::Options() const {
  OcrOptions options;
  options.enabled = !no_ocr;
  options.tessdata = tessdata;
  return options;
}

void AddOcrFlags(CLI::App* command, OcrFlags* flags) {
  command->add_flag("--no-ocr", flags->no_ocr,
                    "Do not read pages without a text layer (scans) by OCR");
  command->add_option("--tessdata", flags->tessdata,
                      "Folder of Tesseract's swe.traineddata (default: $TESSDATA_PREFIX, else "
                      "/usr/share/tesseract-ocr/5/tessdata)");
}

}  // namespace kvreg::cli
