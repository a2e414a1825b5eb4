#include "editionlock.h"

#include "messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <utility>

namespace trendweb {

namespace {

// Inside .git where there is one, so that the lock is never part of a version.
QString lockPath(const QString &root)
{
    const QDir edition(root);
    if (QFileInfo(edition.filePath(QStringLiteral(".git"))).isDir())
        return edition.filePath(QStringLiteral(".git/trendweb.lock"));
    return edition.filePath(QStringLiteral(".trendweb.lock"));
}

// How often this program holds each lock (the file is held by the first, the others share).
struct Holders
{
    QMutex mutex;
    QHash<QString, int> count;
    QHash<QString, QLockFile *> file;
};

Holders &holders()
{
    static Holders instance;
    return instance;
}

} // namespace

EditionLock::EditionLock(QString path, std::unique_ptr<QLockFile> file)
    : m_path(std::move(path))
    , m_file(std::move(file))
{}

EditionLock::EditionLock(EditionLock &&other) noexcept
    : m_path(std::exchange(other.m_path, {}))
    , m_file(std::move(other.m_file))
{}

EditionLock &EditionLock::operator=(EditionLock &&other) noexcept
{
    std::swap(m_path, other.m_path);
    std::swap(m_file, other.m_file);
    return *this;
}

EditionLock::~EditionLock()
{
    if (m_path.isEmpty())
        return;
    Holders &held = holders();
    QMutexLocker lock(&held.mutex);
    if (--held.count[m_path] > 0) {
        if (m_file) // the first holder goes first: a sharer keeps the file locked
            held.file[m_path] = m_file.release();
        return;
    }
    held.count.remove(m_path);
    delete held.file.take(m_path); // unlocks, when a sharer was the last
}

Result<EditionLock> EditionLock::take(const QString &root, int waitMs)
{
    const QString path = lockPath(root);
    Holders &held = holders();
    {
        QMutexLocker lock(&held.mutex);
        if (held.count.value(path) > 0) {
            ++held.count[path];
            return EditionLock(path, nullptr);
        }
    }
    // Tests and scripts may wait less than a person would (TRENDWEB_LOCK_WAIT_MS).
    bool custom = false;
    const int wait = qEnvironmentVariableIntValue("TRENDWEB_LOCK_WAIT_MS", &custom);
    if (custom)
        waitMs = wait;
    auto file = std::make_unique<QLockFile>(path);
    // A lock whose program stopped is stale at once; a living one is waited for.
    file->setStaleLockTime(0);
    if (file->tryLock(waitMs)) {
        QMutexLocker lock(&held.mutex);
        held.count[path] = 1;
        return EditionLock(path, std::move(file));
    }
    if (file->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString program;
        file->getLockInfo(&pid, &host, &program);
        return Error{
            CoreText::tr("Een ander programma (%1, proces %2) werkt nu aan deze editie. Wacht tot "
                         "het klaar is en probeer het dan opnieuw.")
                .arg(program.isEmpty() ? CoreText::tr("onbekend") : program)
                .arg(pid),
            root};
    }
    // No lock file can be made (a full disk, a read-only folder): nothing else can be
    // written either, and the operation itself says why in its own words.
    return EditionLock(QString(), nullptr);
}

} // namespace trendweb
