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

// The check before every export: never an unsettled merge, errors only when forced.
// Returns the errors let through.
Result<ExportResult> checkBeforeExport(const Edition &edition, bool force);

// Refuses an edition with errors unless `force`; `progress(done, total)` may be empty.
// The check before either export: never an unsettled merge, errors only when forced, and
// an output folder that is new, empty or the export's own. Returns the errors let through.
Result<ExportResult> prepareExport(const Edition &edition, const QString &outputDir, bool force);

Result<ExportResult> exportStaticSite(const Edition &edition, const QString &outputDir, bool force,
                                      const std::function<void(int, int)> &progress = {});

} // namespace trendweb
