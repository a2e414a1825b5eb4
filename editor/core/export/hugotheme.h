// The project's own Hugo theme: configuration and layouts, as files to write.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace trendweb {

// `siteTitle` is written into config.toml as it is given: already a quoted TOML string.
// `baseof` is the frame of every page (sitepages.h pageFrame), with the template's actions
// for the title and the body already in it.
QList<QPair<QString, QString>> hugoTheme(const QString &siteTitle, const QString &baseof);

} // namespace trendweb
