// The edition as a self-contained static site: every page made by the core,
// links relative, so that it works from file:// and from any web server.
#pragma once

#include "diagnostic.h"
#include "edition.h"
#include "result.h"

#include <functional>

namespace trendweb {

struct ExportResult
{
    int pages = 0;
    Diagnostics errors; // the errors that were forced past
};

// Refuses an edition with errors unless `force`; `progress(done, total)` may be empty.
Result<ExportResult> exportStaticSite(const Edition &edition, const QString &outputDir, bool force,
                                      const std::function<void(int, int)> &progress = {});

} // namespace trendweb
