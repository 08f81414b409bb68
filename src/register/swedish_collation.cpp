// Swedish collation with ICU; falls back to byte order if ICU has no Swedish rules.
#include "kvreg/swedish_collation.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace kvreg {

SwedishCollation::SwedishCollation() {
  UErrorCode status = U_ZERO_ERROR;
  collator_.reset(icu::Collator::createInstance(icu::Locale("sv", "SE"), status));
  if (U_FAILURE(status)) collator_.reset();
}

SwedishCollation::~SwedishCollation() = default;

bool SwedishCollation::Less(const std::string& a, const std::string& b) const {
  if (!collator_) return a < b;
  UErrorCode status = U_ZERO_ERROR;
  const UCollationResult r = collator_->compareUTF8(a, b, status);
  if (U_FAILURE(status)) return a < b;
  return r == UCOL_LESS;
}

}  // namespace kvreg
