// Writes small, valid PDFs by hand for the bad-input tests (correct cross-reference table):
// any number of pages sharing one content stream, either a line of text or only an image.
#pragma once

#include <string>
#include <vector>

namespace kvreg::testing {

enum class PageContent { kText, kImageOnly };

inline std::string MinimalPdf(int pages, PageContent content, const std::string& text = "Hej") {
  std::vector<std::string> objects;  // object i + 1
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (int i = 0; i < pages; ++i) kids += std::to_string(6 + i) + " 0 R ";
  objects.push_back("<< /Type /Pages /Count " + std::to_string(pages) + " /Kids [" + kids + "] >>");
  const std::string stream = content == PageContent::kText
                                 ? "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET"
                                 : "q 200 0 0 200 72 500 cm /Im1 Do Q";
  objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                    "\nendstream");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  objects.push_back(
      "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
      "/BitsPerComponent 8 /Length 4 >>\nstream\n\x10\xF0\xF0\x10\nendstream");
  for (int i = 0; i < pages; ++i) {
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
        "/Resources << /Font << /F1 4 0 R >> /XObject << /Im1 5 0 R >> >> >>");
  }
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    std::string number = std::to_string(offset);
    pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace kvreg::testing
