// Where an export may write. A site is written into a new or empty folder, or into one
// that an earlier export wrote (it holds a marker file); never into the edition, the
// user's home folder or a folder that holds other files. Forcing an export past the
// edition's errors does not change this.
#pragma once

#include "result.h"

#include <QString>

namespace trendweb {

// The marker file an export leaves in its folder.
QString exportMarkerName(); // ".trendweb-export"

// Whether a site may be written into `outputDir` (the refusals below, and a folder the user
// may write in), without creating or writing anything: the dialog asks this before it starts.
Result<void> checkExportFolder(const QString &outputDir, const QString &editionRoot);

// Where `path` (a file or folder that may not exist yet) cannot be written: the Dutch reason
// (read-only, no permission, disk full) for its nearest existing folder; empty when it can.
QString unwritableReason(const QString &path);

// Checks `outputDir` for an export of the edition at `editionRoot`, creates it when it
// does not exist and leaves the marker in it.
Result<void> claimExportFolder(const QString &outputDir, const QString &editionRoot);

} // namespace trendweb
