// A one-page, empty PDF held open for the life of the process (see poppler_globals.h).
#include "poppler_globals.h"

#include <poppler/cpp/poppler-document.h>

#include <memory>

namespace kvreg {
namespace {

// The smallest well-formed PDF: a catalog, a page tree and one empty page, with its xref.
constexpr char kEmptyPdf[] =
    "%PDF-1.4\n"
    "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 1 1]>>endobj\n"
    "xref\n0 4\n"
    "0000000000 65535 f \n"
    "0000000009 00000 n \n"
    "0000000052 00000 n \n"
    "0000000101 00000 n \n"
    "trailer<</Size 4/Root 1 0 R>>\n"
    "startxref\n160\n%%EOF\n";

}  // namespace

bool KeepPopplerGlobalsAlive() {
  // Never destroyed: the process's exit frees it, after every other document is gone.
  static poppler::document* const held =
      poppler::document::load_from_raw_data(kEmptyPdf, sizeof(kEmptyPdf) - 1);
  return held != nullptr;
}

}  // namespace kvreg
