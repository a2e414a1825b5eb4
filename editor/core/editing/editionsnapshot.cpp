#include "editionsnapshot.h"

#include "filetransaction.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace trendweb {

namespace {

QStringList filesUnder(const QString &root)
{
    QStringList paths;
    const QDir dir(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = dir.relativeFilePath(it.next());
        if (path == QLatin1String(".git") || path.startsWith(QLatin1String(".git/")))
            continue;
        paths.append(path);
    }
    return paths;
}

Error fileError(const QString &message, const QString &file, const QString &detail)
{
    Error error;
    error.message = message;
    error.file = file;
    error.detail = detail;
    return error;
}

} // namespace

Result<EditionSnapshot> EditionSnapshot::take(const QString &root)
{
    EditionSnapshot snapshot;
    const QDir dir(root);
    for (const QString &path : filesUnder(root)) {
        QFile file(dir.filePath(path));
        if (!file.open(QIODevice::ReadOnly))
            return fileError(QObject::tr("%1 kan niet worden gelezen.").arg(path), path,
                             file.errorString());
        snapshot.m_files.insert(path, file.readAll());
    }
    return snapshot;
}

bool EditionSnapshot::matches(const QString &root) const
{
    const QStringList paths = filesUnder(root);
    if (paths.size() != m_files.size())
        return false;
    const QDir dir(root);
    for (const QString &path : paths) {
        const auto it = m_files.constFind(path);
        if (it == m_files.cend())
            return false;
        QFile file(dir.filePath(path));
        if (!file.open(QIODevice::ReadOnly) || file.size() != it->size() || file.readAll() != *it)
            return false;
    }
    return true;
}

Result<void> EditionSnapshot::restore(const QString &root) const
{
    const QDir dir(root);
    // Every file back as it was, or none: on a full disk, a read-only folder or a file that
    // became a link out of the edition nothing is changed (filetransaction.h).
    FileTransaction transaction(root);
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        QFile current(dir.filePath(it.key()));
        if (!QFileInfo(current.fileName()).isSymLink() && current.open(QIODevice::ReadOnly) &&
            current.readAll() == it.value())
            continue;
        transaction.write(it.key(), it.value());
    }
    QStringList removed;
    for (const QString &path : filesUnder(root)) {
        if (m_files.contains(path))
            continue;
        transaction.remove(path);
        removed << path;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    // A folder left empty by it goes too (figures/<slug>/ after a rename).
    for (const QString &path : std::as_const(removed)) {
        QDir parent = QFileInfo(dir.filePath(path)).dir();
        while (parent != dir && parent.isEmpty())
            if (!parent.removeRecursively() || !parent.cdUp())
                break;
    }
    return {};
}

} // namespace trendweb
