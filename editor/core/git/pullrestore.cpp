#include "git/pullrestore.h"

#include "git/repository_p.h"
#include "messages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace trendweb::git {

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

bool exists(const QString &path)
{
    struct stat unused;
    return ::lstat(native(path).constData(), &unused) == 0;
}

bool isDiskFull(const Error &error, const QString &workdir)
{
    for (const int code : {ENOSPC, EDQUOT}) {
        const QString text = qt_error_string(code);
        if (error.detail.contains(text) || error.message.contains(text))
            return true;
    }
    const QStorageInfo disk(workdir);
    return disk.isValid() && disk.bytesAvailable() == 0;
}

// The paths that `target` has and HEAD has not: what the pull may add to the folder.
Result<QStringList> addedPaths(git_repository *repo, const git_oid *head, const git_oid *target)
{
    const QString what = GitText::tr("Kan de versies niet vergelijken");
    const auto treeOf = [&](const git_oid *id, TreeHandle &tree) -> bool {
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, repo, id) < 0)
            return false;
        CommitHandle commit(raw);
        git_tree *rawTree = nullptr;
        if (git_commit_tree(&rawTree, commit.get()) < 0)
            return false;
        tree.reset(rawTree);
        return true;
    };
    TreeHandle from;
    TreeHandle to;
    if ((head && !treeOf(head, from)) || !treeOf(target, to))
        return lastError(what);
    git_diff *raw = nullptr;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    if (git_diff_tree_to_tree(&raw, repo, from.get(), to.get(), &options) < 0)
        return lastError(what);
    DiffHandle diff(raw);
    QStringList paths;
    for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        if (delta->status == GIT_DELTA_ADDED || delta->status == GIT_DELTA_TYPECHANGE)
            paths.append(QString::fromUtf8(delta->new_file.path));
    }
    return paths;
}

} // namespace

Result<PullStart> PullStart::note(git_repository *repo, const QString &workdir,
                                  const git_oid *target)
{
    PullStart start;
    start.m_repo = repo;
    start.m_workdir = workdir;
    const int found = git_reference_name_to_id(&start.m_head, repo, "HEAD");
    if (found < 0 && !isAbsent(found))
        return lastError(GitText::tr("Kan de huidige versie niet lezen"), workdir);
    const bool born = found == 0;
    auto added = addedPaths(repo, born ? &start.m_head : nullptr, target);
    if (!added)
        return added.error();
    // Only what is not there yet is the pull's to take away again (an untracked file in its
    // way stops libgit2's checkout before it writes anything).
    for (const QString &path : std::as_const(added.value())) {
        if (!exists(QDir(workdir).filePath(path)))
            start.m_added.append(path);
    }
    if (!born)
        start.m_head = git_oid{};
    const QString gitFolder = QString::fromUtf8(git_repository_path(repo));
    start.m_index = QDir(gitFolder).filePath(QStringLiteral("index"));
    start.m_indexExisted = exists(start.m_index);
    if (start.m_indexExisted) {
        const QString kept =
            QDir(gitFolder).filePath(QStringLiteral("index.voor-ophalen-%1")
                                         .arg(QRandomGenerator::global()->generate(), 0, 36));
        if (::link(native(start.m_index).constData(), native(kept).constData()) == 0)
            start.m_keptIndex = kept;
    }
    return start;
}

PullStart::PullStart(PullStart &&other) noexcept
    : m_repo(other.m_repo)
    , m_workdir(std::move(other.m_workdir))
    , m_head(other.m_head)
    , m_index(std::move(other.m_index))
    , m_keptIndex(std::move(other.m_keptIndex))
    , m_indexExisted(other.m_indexExisted)
    , m_added(std::move(other.m_added))
{
    other.m_keptIndex.clear();
}

PullStart::~PullStart()
{
    if (!m_keptIndex.isEmpty())
        ::unlink(native(m_keptIndex).constData());
}

namespace {

// True when every tracked file is as in HEAD and the index holds HEAD's files.
bool matchesHead(git_repository *repo)
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = 0; // untracked files are not the pull's
    git_status_list *raw = nullptr;
    if (git_status_list_new(&raw, repo, &options) < 0)
        return false;
    StatusListHandle list(raw);
    return git_status_list_entrycount(list.get()) == 0;
}

} // namespace

Error PullStart::restore(const Error &failure)
{
    const bool full = isDiskFull(failure, m_workdir);
    QString detail;
    if (!git_oid_is_zero(&m_head)) {
        // Every tracked file back as in HEAD; also the ones libgit2 half wrote.
        git_object *raw = nullptr;
        if (git_object_lookup(&raw, m_repo, &m_head, GIT_OBJECT_COMMIT) == 0) {
            ObjectHandle head(raw);
            if (git_reset(m_repo, head.get(), GIT_RESET_HARD, nullptr) < 0) {
                const git_error *error = git_error_last();
                detail = error && error->message ? QString::fromUtf8(error->message) : QString();
            }
        }
    }
    for (const QString &path : std::as_const(m_added)) {
        const QString file = QDir(m_workdir).filePath(path);
        struct stat info;
        if (::lstat(native(file).constData(), &info) == 0 && !S_ISDIR(info.st_mode))
            ::unlink(native(file).constData());
        // Folders the pull made, when nothing else is in them.
        for (QString folder = QFileInfo(file).path();
             folder.startsWith(m_workdir + QLatin1Char('/')) &&
             ::rmdir(native(folder).constData()) == 0;
             folder = QFileInfo(folder).path()) {
        }
    }
    // The index with its old bytes (a reset writes the same entries anew), or none when
    // there was none.
    if (!m_keptIndex.isEmpty()) {
        if (::rename(native(m_keptIndex).constData(), native(m_index).constData()) == 0)
            m_keptIndex.clear();
    } else if (!m_indexExisted) {
        ::unlink(native(m_index).constData());
    }
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, m_repo) == 0) {
        IndexHandle index(rawIndex);
        (void)git_index_read(index.get(), 1);
    }
    // Whatever libgit2 reported on the way, what counts is where the folder is now.
    const bool restored = matchesHead(m_repo);
    if (restored)
        (void)git_repository_state_cleanup(m_repo);
    git_error_clear();
    Error error;
    error.file = m_workdir;
    error.detail = failure.message;
    if (!detail.isEmpty())
        error.detail += QStringLiteral(" (%1)").arg(detail);
    if (restored) {
        error.message =
            full ? GitText::tr("Ophalen kon niet worden afgemaakt: de schijf is vol. Alles staat "
                               "weer zoals voor het ophalen. Maak ruimte vrij op de schijf en "
                               "haal dan opnieuw op.")
                 : GitText::tr("Ophalen kon niet worden afgemaakt; alles staat weer zoals voor "
                               "het ophalen. %1")
                       .arg(failure.message);
        return error;
    }
    error.message =
        full
            ? GitText::tr(
                  "Ophalen kon niet worden afgemaakt: de schijf is vol, ook om alles "
                  "terug te zetten. Uw vastgelegde versies zijn veilig. Maak ruimte vrij "
                  "op de schijf en breek het ophalen dan af (Samenvoegen afbreken, of trendweb "
                  "pull --abort); haal daarna opnieuw op.")
            : GitText::tr(
                  "Ophalen kon niet worden afgemaakt en niet helemaal worden "
                  "teruggedraaid. Uw vastgelegde versies zijn veilig. Breek het "
                  "ophalen af (Samenvoegen afbreken, of trendweb pull --abort) en haal opnieuw op. "
                  "%1")
                  .arg(failure.message);
    return error;
}

} // namespace trendweb::git
