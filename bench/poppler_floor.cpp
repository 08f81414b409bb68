// The floor of the benchmark: Poppler's own text extraction of every PDF under a folder, in one
// thread, with nothing else done. `--call text_list` (the default) loads each document and
// asks every page for page::text_list(), the word boxes kvreg itself reads; `--call text` asks
// for page::text() (physical layout) instead, for comparison. Prints the document count, pages
// and characters so that the work is seen to be done.
//
// poppler-cpp builds its process-wide tables (GlobalParams) when a document opens while no other
// is open, and frees them when the last one closes: reading documents one after the other, as
// here, builds them for each document. `--warm` holds the first document open for the whole run,
// so they are built once (what kvreg's workers do, src/text/poppler_globals.h): a lower floor.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace {

void IgnorePopplerMessage(const std::string&, void*) {}

}  // namespace

int main(int argc, char** argv) {
  std::string call = "text_list";
  bool warm = false;
  std::vector<std::string> roots;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--warm") == 0) {
      warm = true;
    } else if (std::strcmp(argv[i], "--call") == 0 && i + 1 < argc) {
      call = argv[++i];
    } else {
      roots.emplace_back(argv[i]);
    }
  }
  if (roots.empty() || (call != "text_list" && call != "text")) {
    std::cerr << "usage: poppler_floor [--warm] [--call text_list|text] FOLDER...\n";
    return 2;
  }
  poppler::set_debug_error_function(IgnorePopplerMessage, nullptr);
  std::vector<std::string> files;
  for (const std::string& root : roots) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (entry.is_regular_file() && entry.path().extension() == ".pdf") {
        files.push_back(entry.path().string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  size_t pages = 0, units = 0, failed = 0;
  std::unique_ptr<poppler::document> held;  // --warm: keeps Poppler's tables between documents
  if (warm && !files.empty()) held.reset(poppler::document::load_from_file(files.front()));
  for (const std::string& file : files) {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(file));
    if (!doc || doc->is_locked()) {
      ++failed;
      continue;
    }
    for (int i = 0; i < doc->pages(); ++i) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      if (!page) continue;
      ++pages;
      if (call == "text") {
        units += page->text().to_utf8().size();
      } else {
        for (const poppler::text_box& box : page->text_list()) units += box.text().size();
      }
    }
  }
  std::cout << files.size() << " documents, " << pages << " pages, " << units << " characters, "
            << failed << " unreadable\n";
  return failed == 0 ? 0 : 1;
}
