// Sorting names the way a Swedish clerk expects (ICU Collator, sv_SE): å, ä, ö after z,
// case and accents as secondary differences. A SwedishCollation is not thread-safe; make one
// per thread.
#pragma once

#include <unicode/uversion.h>

#include <memory>
#include <string>

U_NAMESPACE_BEGIN
class Collator;
U_NAMESPACE_END

namespace kvreg {

class SwedishCollation {
 public:
  SwedishCollation();
  ~SwedishCollation();
  // True when `a` sorts before `b`.
  bool Less(const std::string& a, const std::string& b) const;

 private:
  std::unique_ptr<icu::Collator> collator_;
};

}  // namespace kvreg
