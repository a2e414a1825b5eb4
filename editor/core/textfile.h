// Reading and writing the plain files of an edition: UTF-8 in, UTF-8 out,
// writes atomic through QSaveFile.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace trendweb {

// Decodes UTF-8; on invalid bytes the error names the line and column of the first one.
Result<QString> decodeUtf8(const QByteArray &bytes, const QString &fileName);

// Reads a whole file as UTF-8 text (a leading byte order mark is dropped).
Result<QString> readTextFile(const QString &path);

// Replaces the file's content atomically: a crash or a full disk leaves the old or the new
// text, never half. The error names the cause (disk full, read-only, no permission) in Dutch.
Result<void> writeTextFile(const QString &path, const QString &text);

// writeTextFile for the file `relative` of the edition at `root`: refused, with nothing
// written, when the path leads outside the edition (a symbolic link to elsewhere, "..",
// an absolute path). Every write of a single file of an edition goes through here.
Result<void> writeEditionFile(const QString &root, const QString &relative, const QString &text);

} // namespace trendweb
