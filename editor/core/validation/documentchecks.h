// Checks of one lemma, thread or introduction that need nothing but the file
// itself (and, for figure images, the edition folder).
#pragma once

#include "edition.h"

namespace trendweb {

// Appends schema, footnote, link, figure and section findings to `document.diagnostics`.
void checkDocument(Document &document, const QString &editionRoot);

} // namespace trendweb
