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

// Whether `folder` holds an edition: nothing when it does, else an error that says what is
// missing (the folder, edition.yaml, lemmas/), in the reader's terms.
Result<void> checkEditionFolder(const QString &folder);

// ".gitattributes": the file that keeps an edition's line endings the same for everyone.
QString gitAttributesFile();
// Writes the edition's .gitattributes when it is missing: text files normalised to LF,
// images binary. An existing one is left as it is (it belongs to the edition). Returns
// whether it was written.
Result<bool> ensureGitAttributes(const QString &root);

} // namespace trendweb
