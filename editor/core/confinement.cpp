#include "confinement.h"

#include "git/repository.h"

#include <QCoreApplication>
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

Error leavesEditionError(const QString &relative)
{
    return Error{QCoreApplication::translate(
                     "trendweb", "%1 verwijst naar een plek buiten de editie (een snelkoppeling "
                                 "of een pad naar elders); daar schrijft dit programma niet. Er "
                                 "is niets gewijzigd. Vervang de verwijzing door een gewoon "
                                 "bestand in de editie.")
                     .arg(relative),
                 relative};
}

bool mergeInProgress(const QString &root)
{
    // libgit2's view of the repository's state: `.git` may be a folder or a file that
    // points to the repository elsewhere (a linked worktree, a submodule).
    const auto repository = git::Repository::open(root);
    if (repository)
        return repository->isMerging();
    // Not a repository libgit2 can open (e.g. one owned by another user): Git's own mark.
    return QFileInfo(QDir(root).filePath(QStringLiteral(".git/MERGE_HEAD"))).isFile();
}

} // namespace trendweb
