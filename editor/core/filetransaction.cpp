#include "filetransaction.h"

#include "confinement.h"
#include "editionlock.h"
#include "messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trendweb {

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// A name next to `target` that nobody uses: ".<name>.<tag>-<random>".
QString sideName(const QString &target, const char *tag)
{
    const QFileInfo info(target);
    for (;;) {
        const QString name = QStringLiteral(".%1.%2-%3")
                                 .arg(info.fileName(), QLatin1String(tag),
                                      QString::number(QRandomGenerator::global()->generate(), 36));
        const QString candidate = info.dir().filePath(name);
        struct stat unused;
        if (::lstat(native(candidate).constData(), &unused) != 0)
            return candidate;
    }
}

// Writes `bytes` to a new file `path` (which must not exist) and makes sure they reached the
// disk. Returns 0 or the errno of the first failing call; a half-written file is removed.
int writeNewFile(const QString &path, const QByteArray &bytes, mode_t mode)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return errno;
    int failure = 0;
    for (qsizetype written = 0; written < bytes.size() && failure == 0;) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno != EINTR)
            failure = errno;
        else if (n > 0)
            written += n;
    }
    if (failure == 0 && ::fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
        failure = errno;
    if (::close(fd) != 0 && failure == 0 && errno != EINTR)
        failure = errno;
    if (failure != 0)
        ::unlink(native(path).constData());
    return failure;
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

// The errno behind a QFileDevice's message, which is the system's strerror text.
int errnoFromMessage(const QString &message)
{
    for (const int code : {ENOSPC, EDQUOT, EROFS, EACCES, EPERM, ENOENT, EIO, EFBIG}) {
        if (!message.isEmpty() && message.contains(qt_error_string(code)))
            return code;
    }
    return 0;
}

// The nearest folder on the way to `path` that exists.
QString existingFolder(const QString &path)
{
    QFileInfo info(path);
    QDir dir = info.dir();
    while (!dir.exists() && !dir.isRoot())
        dir.setPath(QFileInfo(dir.path()).path());
    return dir.path();
}

} // namespace

Error writeError(const QString &path, const QString &shown, int errorNumber,
                 const QString &systemMessage)
{
    int code = errorNumber != 0 ? errorNumber : errnoFromMessage(systemMessage);
    const QString folder = existingFolder(path);
    if (code == 0 || code == ENOENT) {
        // Find the cause from the disk itself.
        const QStorageInfo disk(folder);
        if (disk.isValid() && disk.isReadOnly())
            code = EROFS;
        else if (::access(native(folder).constData(), W_OK) != 0)
            code = errno == EROFS ? EROFS : EACCES;
        else if (disk.isValid() && disk.bytesAvailable() == 0)
            code = ENOSPC;
    }
    QString message;
    switch (code) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        message =
            CoreText::tr("de schijf is vol; %1 kon niet worden geschreven. Maak ruimte vrij op de "
                         "schijf en probeer het opnieuw.")
                .arg(shown);
        break;
    case EROFS:
        message =
            CoreText::tr("de map van %1 is alleen-lezen (de schijf mag niet worden beschreven). "
                         "Werk in een map waarin u mag schrijven, of maak de schijf beschrijfbaar.")
                .arg(shown);
        break;
    case EACCES:
    case EPERM:
        message =
            CoreText::tr("u hebt geen toestemming om %1 te schrijven (in de map %2). Vraag die "
                         "toestemming, of werk in een kopie waarin u mag schrijven.")
                .arg(shown, QDir::toNativeSeparators(folder));
        break;
    case ENOENT:
        message =
            CoreText::tr("de map van %1 bestaat niet (meer). Controleer of de editie nog op deze "
                         "plek staat en probeer het opnieuw.")
                .arg(shown);
        break;
    case EIO:
        message =
            CoreText::tr("de schijf gaf een fout bij het schrijven van %1. Controleer de schijf "
                         "en probeer het opnieuw.")
                .arg(shown);
        break;
    default:
        message =
            CoreText::tr("%1 kon niet worden geschreven. Controleer of de schijf werkt en of u er "
                         "mag schrijven, en probeer het opnieuw.")
                .arg(shown);
        break;
    }
    Error error;
    error.message = message;
    error.file = shown;
    error.detail = systemMessage.isEmpty() && code != 0 ? qt_error_string(code) : systemMessage;
    return error;
}

FileTransaction::FileTransaction(QString root)
    : m_root(std::move(root))
{}

FileTransaction::~FileTransaction()
{
    discardStaged();
}

QString FileTransaction::absolute(const QString &path) const
{
    return QDir::cleanPath(QDir(m_root).absoluteFilePath(path));
}

void FileTransaction::write(const QString &path, const QByteArray &bytes)
{
    Step step{Step::Kind::Write, absolute(path), {}, bytes, {}, {}};
    m_steps.append(step);
}

void FileTransaction::copy(const QString &path, const QString &sourceFile)
{
    Step step{
        Step::Kind::Copy, absolute(path), QFileInfo(sourceFile).absoluteFilePath(), {}, {}, {}};
    m_steps.append(step);
}

void FileTransaction::remove(const QString &path)
{
    Step step{Step::Kind::Remove, absolute(path), {}, {}, {}, {}};
    m_steps.append(step);
}

void FileTransaction::move(const QString &from, const QString &to)
{
    Step step{Step::Kind::Move, absolute(to), absolute(from), {}, {}, {}};
    m_steps.append(step);
}

Result<void> FileTransaction::stage(Step &step)
{
    const QString shown = QDir(m_root).relativeFilePath(step.target);
    if (step.kind == Step::Kind::Remove || step.kind == Step::Kind::Move)
        return {};
    // Never through a link that leaves the edition (a file of the program's own outside it,
    // such as the Git folder of a linked worktree, is not the edition's to judge).
    if (!shown.startsWith(QLatin1String("../")) && !staysInEdition(m_root, shown))
        return leavesEditionError(shown);
    QByteArray bytes = step.bytes;
    if (step.kind == Step::Kind::Copy) {
        QFile source(step.from);
        if (!source.open(QIODevice::ReadOnly)) {
            return Error{
                CoreText::tr("het bestand %1 kan niet worden gelezen. Controleer of het nog "
                             "bestaat en of u het mag openen.")
                    .arg(QDir::toNativeSeparators(step.from)),
                step.from};
        }
        bytes = source.readAll();
    }
    // The folder: made now, taken away again if nothing comes of it.
    const QString folder = QFileInfo(step.target).path();
    if (!QFileInfo(folder).isDir()) {
        QStringList missing;
        for (QString at = folder; !QFileInfo(at).exists(); at = QFileInfo(at).path())
            missing.prepend(at);
        for (const QString &each : std::as_const(missing)) {
            if (::mkdir(native(each).constData(), 0777) != 0 && errno != EEXIST)
                return writeError(each, QDir(m_root).relativeFilePath(each), errno);
            m_createdFolders.prepend(each);
        }
    }
    // The new file gets the permissions of the one it replaces.
    struct stat old;
    mode_t mode = 0666;
    if (::stat(native(step.target).constData(), &old) == 0)
        mode = old.st_mode & 07777;
    step.staged = sideName(step.target, "nieuw");
    if (const int failure = writeNewFile(step.staged, bytes, mode); failure != 0) {
        step.staged.clear();
        return writeError(step.target, shown, failure);
    }
    if (mode != 0666)
        (void)::chmod(native(step.staged).constData(), mode);
    return {};
}

Result<void> FileTransaction::apply(Step &step)
{
    const QString shown = QDir(m_root).relativeFilePath(step.target);
    const QByteArray target = native(step.target);
    switch (step.kind) {
    case Step::Kind::Write:
    case Step::Kind::Copy: {
        struct stat unused;
        if (::lstat(target.constData(), &unused) == 0) {
            // Keep the old file under another name until everything is in place.
            step.backup = sideName(step.target, "oud");
            if (::link(target.constData(), native(step.backup).constData()) != 0 &&
                ::rename(target.constData(), native(step.backup).constData()) != 0) {
                const int failure = errno;
                step.backup.clear();
                return writeError(step.target, shown, failure);
            }
        }
        if (::rename(native(step.staged).constData(), target.constData()) != 0) {
            const int failure = errno;
            if (!step.backup.isEmpty() && ::lstat(target.constData(), &unused) != 0)
                (void)::rename(native(step.backup).constData(), target.constData());
            else if (!step.backup.isEmpty())
                ::unlink(native(step.backup).constData());
            step.backup.clear();
            return writeError(step.target, shown, failure);
        }
        step.staged.clear();
        break;
    }
    case Step::Kind::Remove: {
        step.backup = sideName(step.target, "oud");
        if (::rename(target.constData(), native(step.backup).constData()) != 0) {
            const int failure = errno;
            step.backup.clear();
            if (failure == ENOENT)
                break; // already gone
            return writeError(step.target, shown, failure);
        }
        break;
    }
    case Step::Kind::Move: {
        struct stat unused;
        if (::lstat(target.constData(), &unused) == 0)
            return writeError(step.target, shown, EEXIST);
        if (::rename(native(step.from).constData(), target.constData()) != 0)
            return writeError(step.target, shown, errno);
        break;
    }
    }
    step.done = true;
    return {};
}

void FileTransaction::rollBack()
{
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it) {
        Step &step = *it;
        if (!step.done)
            continue;
        const QByteArray target = native(step.target);
        switch (step.kind) {
        case Step::Kind::Write:
        case Step::Kind::Copy:
            if (step.backup.isEmpty())
                ::unlink(target.constData());
            else
                (void)::rename(native(step.backup).constData(), target.constData());
            break;
        case Step::Kind::Remove:
            if (!step.backup.isEmpty())
                (void)::rename(native(step.backup).constData(), target.constData());
            break;
        case Step::Kind::Move:
            (void)::rename(target.constData(), native(step.from).constData());
            break;
        }
        step.backup.clear();
        step.done = false;
    }
}

void FileTransaction::discardStaged()
{
    for (Step &step : m_steps) {
        if (!step.staged.isEmpty())
            ::unlink(native(step.staged).constData());
        step.staged.clear();
    }
    for (const QString &folder : std::as_const(m_createdFolders))
        (void)::rmdir(native(folder).constData()); // only when still empty
    m_createdFolders.clear();
}

Result<void> FileTransaction::commit(const std::function<Result<void>()> &last)
{
    const auto failed = [](Error error) {
        error.message = CoreText::tr("Er is niets gewijzigd: %1").arg(error.message);
        return error;
    };
    // One writer at a time: another program's files go in before or after these, whole.
    auto lock = EditionLock::take(m_root);
    if (!lock)
        return failed(lock.error());
    // 1. Every new content in a temporary file next to its target.
    for (Step &step : m_steps) {
        if (auto staged = stage(step); !staged) {
            discardStaged();
            return failed(staged.error());
        }
    }
    // 2. Into place in one pass; on a failure, back to how it was.
    for (Step &step : m_steps) {
        if (auto applied = apply(step); !applied) {
            rollBack();
            discardStaged();
            return failed(applied.error());
        }
    }
    if (last) {
        if (auto done = last(); !done) {
            rollBack();
            discardStaged();
            return failed(done.error());
        }
    }
    // 3. The old copies go.
    QStringList folders;
    for (Step &step : m_steps) {
        if (!step.backup.isEmpty())
            ::unlink(native(step.backup).constData());
        step.backup.clear();
        folders << QFileInfo(step.target).path();
    }
    folders.removeDuplicates();
    for (const QString &folder : std::as_const(folders))
        syncFolder(folder);
    m_createdFolders.clear();
    m_steps.clear();
    return {};
}

} // namespace trendweb
