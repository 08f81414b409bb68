// Keeps Poppler's process-wide tables alive between documents. poppler-cpp builds them
// (GlobalParams: encodings, CMaps, font lists, read from poppler-data) when the first document
// opens and frees them when the last one closes, so a process that reads documents one after
// the other builds them again for each: about a third of Poppler's time on a two-page letter.
#pragma once

namespace kvreg {

// Opens, once per process, a one-page document held until the process ends, so that Poppler's
// tables outlive every document read after it. Safe to call before every document. Returns
// whether the held document is open (if it is not, documents are read as before, only slower).
bool KeepPopplerGlobalsAlive();

}  // namespace kvreg
