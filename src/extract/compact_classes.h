// Rewrites a pattern's Unicode letter and digit classes (\pL, \p{Lu}, \p{Ll}, \pN) into
// the far smaller classes of the Latin script before RE2 compiles it; why and what they mean
// is in compact_classes.cpp. Private to the extraction stage.
#pragma once

#include <string>
#include <string_view>

namespace kvreg {

// `pattern` with each \pL, \p{L}, \p{Lu}, \p{Ll}, \pN and \p{N} (alone or inside a [...]
// class) replaced by its compact class; everything else as written.
std::string WithCompactClasses(std::string_view pattern);

}  // namespace kvreg
