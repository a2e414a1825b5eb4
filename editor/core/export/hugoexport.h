// The edition as a Hugo site source that Debian's hugo builds offline: a
// content file per page (HTML made by the same renderer as the static site and
// the preview), the web graph and the list as data, and the project's own theme.
#pragma once

#include "export/siteexport.h"

namespace trendweb {

Result<ExportResult> exportHugoSite(const Edition &edition, const QString &outputDir, bool force,
                                    const std::function<void(int, int)> &progress = {});

} // namespace trendweb
