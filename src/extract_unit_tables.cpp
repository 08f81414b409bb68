// Units in tables: see AddUnitsFromTables in extract_internal.h.
#include "extract_internal.h"
#include "unit_items.h"

namespace kvreg {

void AddUnitsFromTables(const ExtractionContext&, const DocumentText&, UnitCollector*) {}

}  // namespace kvreg
