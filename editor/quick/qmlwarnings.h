// Warnings from the project's own QML are defects: the app (when asked) and the
// Qt Quick tests count them and fail on them.
#pragma once

#include <QStringList>

namespace trendweb {

// Installs a message handler that passes every message on as before and keeps the
// warnings that come from the Trendweb.Studio QML module (qrc:/Trendweb/Studio/…) or
// from QML files under `extraFolders` (test files, for instance).
void watchQmlWarnings(const QStringList &extraFolders = {});

// The project's QML warnings seen so far.
QStringList qmlWarnings();

} // namespace trendweb
