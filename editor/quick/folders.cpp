#include "folders.h"

#include <QStandardPaths>

namespace trendweb {

QUrl Folders::documents()
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

} // namespace trendweb
