#include "editionwatcher.h"

#include "edition.h"

#include <QDir>
#include <QFileInfo>

namespace trendweb {

EditionWatcher::EditionWatcher(QObject *parent)
    : QObject(parent)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(300);
    connect(&m_quiet, &QTimer::timeout, this, &EditionWatcher::settled);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &EditionWatcher::touched);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &EditionWatcher::touched);
}

void EditionWatcher::watch(const Edition &edition)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    const QDir root(edition.root);
    QStringList paths{edition.root};
    // .git's index and HEAD: versions made by command-line Git or trendweb show too.
    for (const char *name :
         {"lemmas", "threads", "edition.yaml", "intro.md", ".git/index", ".git/HEAD"})
        paths.append(root.filePath(QString::fromLatin1(name)));
    for (const QList<Document> *documents : {&edition.lemmas, &edition.threads, &edition.intro}) {
        for (const Document &document : *documents)
            paths.append(root.filePath(document.path));
    }
    // review/ and a folder per thread: comments and decisions fetched or written elsewhere.
    const QString review = root.filePath(QStringLiteral("review"));
    m_review = review;
    paths.append(review);
    for (const QString &thread : QDir(review).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        paths.append(QDir(review).filePath(thread));
    QStringList existing;
    for (const QString &path : std::as_const(paths)) {
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    if (!existing.isEmpty())
        m_watcher.addPaths(existing);
}

void EditionWatcher::touched(const QString &path)
{
    // A new thread's folder under review/ is watched too.
    // (review/ itself once it appears in the edition's folder.)
    const QString review = m_review;
    if (!review.isEmpty() && QFileInfo::exists(review)) {
        if (!m_watcher.directories().contains(review))
            m_watcher.addPath(review);
        for (const QString &thread : QDir(review).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString folder = QDir(review).filePath(thread);
            if (!m_watcher.directories().contains(folder))
                m_watcher.addPath(folder);
        }
    }
    // A file replaced by a rename (every atomic save) leaves the watch: watched again.
    if (!m_watcher.files().contains(path) && !m_watcher.directories().contains(path) &&
        QFileInfo::exists(path))
        m_watcher.addPath(path);
    m_quiet.start();
}

} // namespace trendweb
