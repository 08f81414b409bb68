// The register's schema, as SQL migrations applied in order (PRAGMA user_version counts them).
#pragma once

#include <vector>

namespace kvreg {

// kRegisterMigrations[i] takes the schema from version i to version i + 1.
const std::vector<const char*>& RegisterMigrations();

}  // namespace kvreg
