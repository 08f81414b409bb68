// Rendering a PDF page for OCR: 8-bit grey, antialiased, with the page's own rotation applied
// by Poppler. Poppler's image rows may be padded; we keep its row stride.
#include "page_render.h"

#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>

#include <algorithm>
#include <cmath>

namespace kvreg {
namespace {

// About four A3 pages at 300 dpi: far above any real page, far below what hurts.
constexpr double kMaxPixels = 70e6;

}  // namespace

Status RenderPage(const poppler::page& page, int dpi, PageImage* image) {
  if (!poppler::page_renderer::can_render()) {
    return Status::Error("this Poppler cannot render pages, so scans cannot be read");
  }
  const poppler::rectf box = page.page_rect();
  const double width_in = std::max(1.0, box.width()) / 72.0;
  const double height_in = std::max(1.0, box.height()) / 72.0;
  double resolution = dpi;
  const double pixels = width_in * height_in * resolution * resolution;
  if (pixels > kMaxPixels) resolution = std::floor(resolution * std::sqrt(kMaxPixels / pixels));
  if (resolution < 1) return Status::Error("the page is too large to render");

  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_image_format(poppler::image::format_gray8);
  const poppler::image rendered = renderer.render_page(&page, resolution, resolution);
  if (!rendered.is_valid() || rendered.width() <= 0 || rendered.height() <= 0) {
    return Status::Error("Poppler cannot render the page");
  }
  image->width = rendered.width();
  image->height = rendered.height();
  image->bytes_per_row = rendered.bytes_per_row();
  image->dpi = static_cast<int>(resolution);
  const char* data = rendered.const_data();
  image->pixels.assign(data, data + static_cast<size_t>(image->bytes_per_row) * image->height);
  return Status::Ok();
}

}  // namespace kvreg
