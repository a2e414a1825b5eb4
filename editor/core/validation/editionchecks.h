// Checks across the lemmas of an edition: titles, cross-links, orphans. They
// use the parsed documents only and never read a file.
#pragma once

#include "edition.h"

namespace trendweb {

Diagnostics checkEdition(const Edition &edition);

// Everything: loading, each document's own findings and the checks across them,
// ordered by file, line and column.
Diagnostics allDiagnostics(const Edition &edition);

} // namespace trendweb
