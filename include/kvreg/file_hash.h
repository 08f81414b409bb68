// SHA-256 of a file's content, as 64 lowercase hex digits: the identity of a document in the
// register (the same bytes under any name are one document). Thread-safe.
#pragma once

#include <string>

#include "kvreg/status.h"

namespace kvreg {

// Hashes the file at `path` into `hex`. Fails with a clerk-readable reason when unreadable.
Status Sha256OfFile(const std::string& path, std::string* hex);

// Hashes a byte string.
std::string Sha256OfBytes(const std::string& bytes);

}  // namespace kvreg
