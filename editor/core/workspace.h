// Where editions live on the user's machine: the built-in edition that ships
// with the program, and the working copy of it that the editor opens.
#pragma once

#include "result.h"

#include <QString>

namespace trendweb {

// The built-in 2025 edition: TRENDWEB_CONTENT_DIR when set, else the installed
// share/trendweb-studio/content beside the program, else the source tree's content/.
QString builtinEditionDir();

// The working edition under the user's data folder (QStandardPaths::AppDataLocation).
QString defaultWorkingEditionDir();

// Makes sure `target` holds a working edition: on first use it copies `builtin`
// there, starts a Git repository and records a first version. Returns `target`.
Result<QString> prepareWorkingEdition(const QString &builtin, const QString &target);

} // namespace trendweb
