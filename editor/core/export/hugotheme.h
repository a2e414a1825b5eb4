// The project's own Hugo theme: configuration and layouts, as files to write.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace trendweb {

// `siteTitle` is written into config.toml as it is given: already a quoted TOML string.
QList<QPair<QString, QString>> hugoTheme(const QString &siteTitle);

} // namespace trendweb
