// An edition's repository itself: creating, opening and cloning it, Git's identity of the
// writer, and what has changed in the working folder. History and commits live beside it.
#include "git/repository_p.h"
#include "messages.h"

#include <QFile>

namespace trendweb::git {

Repository::Repository(std::unique_ptr<Private> d)
    : d(std::move(d))
{}
Repository::~Repository() = default;
Repository::Repository(Repository &&) noexcept = default;
Repository &Repository::operator=(Repository &&) noexcept = default;

Result<Repository> Repository::init(const QString &path, bool bare)
{
    auto d = std::make_unique<Private>();
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH | (bare ? GIT_REPOSITORY_INIT_BARE : 0);
    options.initial_head = "main";
    git_repository *repository = nullptr;
    if (git_repository_init_ext(&repository, QFile::encodeName(path).constData(), &options) < 0)
        return lastError(GitText::tr("Kan geen versiebeheer beginnen in deze map"), path);
    d->repository.reset(repository);
    return Repository(std::move(d));
}

Result<Repository> Repository::open(const QString &path)
{
    auto d = std::make_unique<Private>();
    git_repository *repository = nullptr;
    if (git_repository_open(&repository, QFile::encodeName(path).constData()) < 0)
        return lastError(GitText::tr("Kan het versiebeheer van deze editie niet openen"), path);
    d->repository.reset(repository);
    return Repository(std::move(d));
}

namespace {

// The clone's "origin" keeps the URL as written; over SSH libgit2 connects where
// ~/.ssh/config says the host really is.
int createOrigin(git_remote **out, git_repository *repository, const char *name, const char *url,
                 void *data)
{
    if (const int created = git_remote_create(out, repository, name, url); created < 0)
        return created;
    prepareSsh(*static_cast<CallbackPayload *>(data), *out);
    return 0;
}

} // namespace

namespace {

// A shared repository whose HEAD names a branch that does not exist (a plain
// `git init --bare` says "master", editions are on "main") is cloned as an empty folder.
// Then its one branch — "main" when there are several — is taken and checked out.
Result<void> adoptSharedBranch(git_repository *repo, const QString &url)
{
    if (git_repository_head_unborn(repo) != 1)
        return {};
    const QString what = GitText::tr("Kan de gedeelde editie niet neerzetten");
    git_reference *rawRemote = nullptr;
    if (git_reference_lookup(&rawRemote, repo, "refs/remotes/origin/main") < 0) {
        git_error_clear();
        git_branch_iterator *rawIterator = nullptr;
        if (git_branch_iterator_new(&rawIterator, repo, GIT_BRANCH_REMOTE) < 0)
            return lastError(what, url);
        Handle<git_branch_iterator, git_branch_iterator_free> iterator(rawIterator);
        git_branch_t type;
        git_reference *candidate = nullptr;
        while (git_branch_next(&candidate, &type, iterator.get()) == 0) {
            const QString name = QString::fromUtf8(git_reference_name(candidate));
            if (!name.endsWith(QLatin1String("/HEAD"))) {
                rawRemote = candidate;
                break;
            }
            git_reference_free(candidate);
        }
        git_error_clear();
        if (!rawRemote)
            return {}; // the shared edition is really empty
    }
    ReferenceHandle remote(rawRemote);
    const QString branch =
        QString::fromUtf8(git_reference_shorthand(remote.get())).section(QLatin1Char('/'), 1);
    git_commit *rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, repo, git_reference_target(remote.get())) < 0)
        return lastError(what, url);
    CommitHandle commit(rawCommit);
    git_reference *rawLocal = nullptr;
    if (git_branch_create(&rawLocal, repo, branch.toUtf8().constData(), commit.get(), 0) < 0)
        return lastError(what, url);
    ReferenceHandle local(rawLocal);
    if (git_branch_set_upstream(local.get(), git_reference_shorthand(remote.get())) < 0 ||
        git_repository_set_head(repo, git_reference_name(local.get())) < 0)
        return lastError(what, url);
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    checkout.checkout_strategy = GIT_CHECKOUT_SAFE;
    if (git_checkout_head(repo, &checkout) < 0)
        return lastError(what, url);
    return {};
}

} // namespace

Result<Repository> Repository::clone(const QString &url, const QString &path,
                                     const RemoteCallbacks &callbacks)
{
    auto d = std::make_unique<Private>();
    CallbackPayload payload{&callbacks, url};
    prepareSsh(payload, nullptr);
    git_clone_options options = GIT_CLONE_OPTIONS_INIT;
    options.fetch_opts.callbacks = remoteCallbacks(payload);
    // A shared edition on this machine or a network folder is copied as git copies it,
    // file by file, also when it is named by a file:// URL: libgit2's transport would pack
    // and index the whole past again (fourteen times slower on 5,000 versions).
    if (url.startsWith(QLatin1String("file://")))
        options.local = GIT_CLONE_LOCAL;
    options.remote_cb = createOrigin;
    options.remote_cb_payload = &payload;
    git_repository *repository = nullptr;
    if (const int cloned = git_clone(&repository, url.toUtf8().constData(),
                                     QFile::encodeName(path).constData(), &options);
        cloned < 0)
        return syncFailure(payload, SyncStep::Clone, cloned, url);
    finishSsh(payload, true);
    syncSucceeded(payload);
    d->repository.reset(repository);
    if (auto adopted = adoptSharedBranch(repository, url); !adopted)
        return adopted.error();
    return Repository(std::move(d));
}

QString Repository::workdir() const
{
    const char *dir = git_repository_workdir(d->repository.get());
    return dir ? QFile::decodeName(dir) : QString();
}

QString Repository::gitDir() const
{
    return QFile::decodeName(git_repository_path(d->repository.get()));
}

namespace {

QString configValue(git_config *config, const char *key)
{
    git_buf value = GIT_BUF_INIT;
    if (git_config_get_string_buf(&value, config, key) < 0) {
        git_error_clear(); // not set
        return {};
    }
    const QString text = QString::fromUtf8(value.ptr, qsizetype(value.size)).trimmed();
    git_buf_dispose(&value);
    return text;
}

Signature signatureIn(git_config *config)
{
    return {configValue(config, "user.name"), configValue(config, "user.email")};
}

} // namespace

Signature userSignature()
{
    LibraryGuard guard;
    git_config *raw = nullptr;
    if (git_config_open_default(&raw) < 0) {
        git_error_clear();
        return {};
    }
    ConfigHandle config(raw);
    return signatureIn(config.get());
}

QString missingNameMessage()
{
    return GitText::tr(
        "Er is geen naam bekend. Een versie of opmerking wordt altijd onder de naam van "
        "de schrijver bewaard.");
}

Signature Repository::configuredSignature() const
{
    git_config *raw = nullptr;
    if (git_repository_config_snapshot(&raw, d->repository.get()) < 0) {
        git_error_clear();
        return {};
    }
    ConfigHandle config(raw);
    return signatureIn(config.get());
}

Result<QList<FileStatus>> Repository::status() const
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    git_status_list *raw = nullptr;
    if (git_status_list_new(&raw, d->repository.get(), &options) < 0)
        return lastError(GitText::tr("Kan niet zien wat er veranderd is"), workdir());
    StatusListHandle list(raw);
    QList<FileStatus> statuses;
    for (size_t i = 0; i < git_status_list_entrycount(list.get()); ++i) {
        const git_status_entry *entry = git_status_byindex(list.get(), i);
        const git_diff_delta *delta =
            entry->index_to_workdir ? entry->index_to_workdir : entry->head_to_index;
        if (!delta)
            continue;
        FileStatus status;
        status.path =
            QString::fromUtf8(delta->new_file.path ? delta->new_file.path : delta->old_file.path);
        const unsigned flags = entry->status;
        if (flags & GIT_STATUS_CONFLICTED)
            status.change = FileStatus::Conflicted;
        else if (flags & GIT_STATUS_WT_NEW)
            status.change = FileStatus::Untracked;
        else if (flags & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
            status.change = FileStatus::Deleted;
        else if (flags & GIT_STATUS_INDEX_NEW)
            status.change = FileStatus::Added;
        else
            status.change = FileStatus::Modified;
        statuses.append(status);
    }
    return statuses;
}

bool Repository::isMerging() const
{
    return git_repository_state(d->repository.get()) == GIT_REPOSITORY_STATE_MERGE;
}

} // namespace trendweb::git
