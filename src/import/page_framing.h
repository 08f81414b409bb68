// Stored pages on the import workers' pipes: the workers make the pages in the register's form
// (kvreg/stored_page.h), and between them and the one writer the pages travel in a compact
// framing. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kvreg/status.h"
#include "kvreg/stored_page.h"

namespace kvreg {

// Appends the pages to `out`: per page its number and the byte lengths of both fields (32-bit,
// little-endian), then the bytes. Read back by ParseStoredPages, which rejects a truncated or
// overlong frame.
void AppendStoredPages(const std::vector<StoredPage>& pages, std::string* out);
Status ParseStoredPages(std::string_view in, std::vector<StoredPage>* out);

}  // namespace kvreg
