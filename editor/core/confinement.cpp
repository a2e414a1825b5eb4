#include "confinement.h"

#include <QDir>
#include <QFileInfo>

namespace trendweb {

bool staysInEdition(const QString &root, const QString &relative)
{
    if (relative.isEmpty() || QDir::isAbsolutePath(relative) ||
        relative.contains(QLatin1Char('\\')) || relative.contains(QChar(u'\0')))
        return false;
    for (const QString &part : relative.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return false;
    }
    const QString edition = QFileInfo(root).canonicalFilePath();
    if (edition.isEmpty())
        return false;
    QString path = QDir::cleanPath(QDir(edition).filePath(relative));
    while (true) {
        const QFileInfo info(path);
        if (info.isSymLink() && !info.exists())
            return false; // a link that leads nowhere: writing through it would create its target
        if (info.exists())
            break;
        const QString parent = info.path();
        if (parent == path)
            return false;
        path = parent;
    }
    const QString real = QFileInfo(path).canonicalFilePath();
    return real == edition || real.startsWith(edition + QLatin1Char('/'));
}

bool mergeInProgress(const QString &root)
{
    return QFileInfo(QDir(root).filePath(QStringLiteral(".git/MERGE_HEAD"))).isFile();
}

} // namespace trendweb
