#include "git/repository_p.h"
#include "textfile.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

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
        return lastError(tr("Kan geen versiebeheer beginnen in deze map"), path);
    d->repository.reset(repository);
    return Repository(std::move(d));
}

Result<Repository> Repository::open(const QString &path)
{
    auto d = std::make_unique<Private>();
    git_repository *repository = nullptr;
    if (git_repository_open(&repository, QFile::encodeName(path).constData()) < 0)
        return lastError(tr("Kan het versiebeheer van deze editie niet openen"), path);
    d->repository.reset(repository);
    return Repository(std::move(d));
}

Result<Repository> Repository::clone(const QString &url, const QString &path,
                                     const RemoteCallbacks &callbacks)
{
    auto d = std::make_unique<Private>();
    CallbackPayload payload{&callbacks, url};
    git_clone_options options = GIT_CLONE_OPTIONS_INIT;
    options.fetch_opts.callbacks = remoteCallbacks(payload);
    git_repository *repository = nullptr;
    if (git_clone(&repository, url.toUtf8().constData(), QFile::encodeName(path).constData(),
                  &options) < 0) {
        Error error = lastError(tr("Kan de gedeelde editie niet ophalen"), url);
        if (!payload.refusal.isEmpty())
            error.message = payload.refusal;
        return error;
    }
    d->repository.reset(repository);
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
    return tr("Er is geen naam bekend. Een versie of opmerking wordt altijd onder de naam van "
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

QString Repository::headId() const
{
    git_oid id;
    if (git_reference_name_to_id(&id, d->repository.get(), "HEAD") < 0) {
        git_error_clear();
        return {};
    }
    return oidText(&id);
}

namespace {

// A libgit2 signature for now, under Git's rules for names: a name is required, and
// neither the name nor the address may hold angle brackets or line breaks. An empty
// address is allowed (written as "<>"), which git_signature_now would refuse.
class SignatureNow
{
public:
    explicit SignatureNow(const Signature &who)
        : m_name(who.name.trimmed().toUtf8())
        , m_email(who.email.trimmed().toUtf8())
    {
        const QDateTime now = QDateTime::currentDateTime();
        const int offset = now.offsetFromUtc() / 60;
        m_signature.name = m_name.data();
        m_signature.email = m_email.data();
        m_signature.when.time = now.toSecsSinceEpoch();
        m_signature.when.offset = offset;
        m_signature.when.sign = offset < 0 ? '-' : '+';
    }
    Q_DISABLE_COPY_MOVE(SignatureNow)

    // Why this signature cannot be used, or nothing.
    std::optional<Error> problem(const QString &where) const
    {
        if (m_name.isEmpty())
            return Error{missingNameMessage(), where};
        static const QByteArray forbidden("<>\n\r");
        for (const char c : forbidden) {
            if (m_name.contains(c) || m_email.contains(c))
                return Error{tr("Een naam of e-mailadres mag geen < of > en geen regeleinde "
                                "bevatten."),
                             where};
        }
        return std::nullopt;
    }
    const git_signature *get() const { return &m_signature; }

private:
    QByteArray m_name;
    QByteArray m_email;
    git_signature m_signature{};
};

// Writes the index as a tree and commits it on HEAD, with MERGE_HEAD as a second parent
// during a merge.
Error unresolvedConflicts(const QString &where)
{
    return Error{tr("Er zijn nog conflicten. Los ze eerst op, dan kan de versie worden "
                    "vastgelegd."),
                 where};
}

Result<QString> commitIndex(git_repository *repo, git_index *index, const QString &message,
                            const Signature &author, const QString &where)
{
    if (git_index_has_conflicts(index))
        return unresolvedConflicts(where);
    const SignatureNow signature(author);
    if (auto problem = signature.problem(where))
        return *problem;
    git_oid treeId;
    if (git_index_write_tree(&treeId, index) < 0)
        return lastError(tr("Kan de versie niet samenstellen"), where);
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, repo, &treeId) < 0)
        return lastError(tr("Kan de versie niet samenstellen"), where);
    TreeHandle tree(rawTree);

    std::vector<CommitHandle> parents;
    git_oid headId;
    if (git_reference_name_to_id(&headId, repo, "HEAD") == 0) {
        git_commit *parent = nullptr;
        if (git_commit_lookup(&parent, repo, &headId) < 0)
            return lastError(tr("Kan de vorige versie niet lezen"), where);
        parents.emplace_back(parent);
    } else {
        git_error_clear(); // no commit yet: this is the first
    }
    std::vector<git_oid> mergeHeads;
    git_repository_mergehead_foreach(
        repo,
        [](const git_oid *id, void *payload) {
            static_cast<std::vector<git_oid> *>(payload)->push_back(*id);
            return 0;
        },
        &mergeHeads);
    git_error_clear();
    for (const git_oid &id : mergeHeads) {
        git_commit *parent = nullptr;
        if (git_commit_lookup(&parent, repo, &id) < 0)
            return lastError(tr("Kan de samengevoegde versie niet lezen"), where);
        parents.emplace_back(parent);
    }
    std::vector<const git_commit *> parentPointers;
    for (const CommitHandle &parent : parents)
        parentPointers.push_back(parent.get());
    git_oid commitId;
    if (git_commit_create(&commitId, repo, "HEAD", signature.get(), signature.get(), "UTF-8",
                          message.toUtf8().constData(), tree.get(), parentPointers.size(),
                          parentPointers.data()) < 0)
        return lastError(tr("Vastleggen is mislukt"), where);
    if (!mergeHeads.empty())
        git_repository_state_cleanup(repo);
    return oidText(&commitId);
}

} // namespace

Result<QString> Repository::commitAll(const QString &message, const Signature &author)
{
    // Refused before anything is staged: a version without a name is never begun.
    if (auto problem = SignatureNow(author).problem(workdir()))
        return *problem;
    git_repository *repo = d->repository.get();
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0)
        return lastError(tr("Kan de lijst met wijzigingen niet lezen"), workdir());
    IndexHandle index(rawIndex);
    // Staging a conflicted file would take its text as the resolution: refuse first.
    if (git_index_has_conflicts(index.get()))
        return unresolvedConflicts(workdir());
    git_strarray everything = {nullptr, 0};
    if (git_index_add_all(index.get(), &everything, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr) < 0 ||
        git_index_update_all(index.get(), &everything, nullptr, nullptr) < 0 ||
        git_index_write(index.get()) < 0)
        return lastError(tr("Kan de wijzigingen niet klaarzetten"), workdir());
    return commitIndex(repo, index.get(), message, author, workdir());
}

Result<QString> Repository::commit(const QStringList &paths, const QString &message,
                                   const Signature &author)
{
    // Refused before anything is staged: a version without a name is never begun.
    if (auto problem = SignatureNow(author).problem(workdir()))
        return *problem;
    git_repository *repo = d->repository.get();
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0)
        return lastError(tr("Kan de lijst met wijzigingen niet lezen"), workdir());
    IndexHandle index(rawIndex);
    if (git_index_has_conflicts(index.get()))
        return unresolvedConflicts(workdir());
    for (const QString &path : paths) {
        const QByteArray name = path.toUtf8();
        const bool exists = QFileInfo::exists(QDir(workdir()).filePath(path));
        const int result = exists ? git_index_add_bypath(index.get(), name.constData())
                                  : git_index_remove_bypath(index.get(), name.constData());
        if (result < 0)
            return lastError(tr("Kan deze wijziging niet klaarzetten"), path);
    }
    if (git_index_write(index.get()) < 0)
        return lastError(tr("Kan de wijzigingen niet klaarzetten"), workdir());
    return commitIndex(repo, index.get(), message, author, workdir());
}

Result<QList<FileStatus>> Repository::status() const
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS;
    git_status_list *raw = nullptr;
    if (git_status_list_new(&raw, d->repository.get(), &options) < 0)
        return lastError(tr("Kan niet zien wat er veranderd is"), workdir());
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

Result<QString> Repository::resolveRevision(const QString &revision) const
{
    git_object *raw = nullptr;
    if (git_revparse_single(&raw, d->repository.get(), revision.toUtf8().constData()) < 0)
        return lastError(tr("Deze versie bestaat niet"), revision);
    ObjectHandle object(raw);
    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT) < 0)
        return lastError(tr("Dit is geen versie van de editie"), revision);
    ObjectHandle commit(peeled);
    return oidText(git_object_id(commit.get()));
}

Result<QString> Repository::fileAt(const QString &revision, const QString &path) const
{
    auto id = resolveRevision(revision);
    if (!id)
        return id.error();
    git_oid oid;
    git_oid_fromstr(&oid, id->toLatin1().constData());
    git_commit *rawCommit = nullptr;
    git_tree *rawTree = nullptr;
    if (git_commit_lookup(&rawCommit, d->repository.get(), &oid) < 0)
        return lastError(tr("Deze versie bestaat niet"), revision);
    CommitHandle commit(rawCommit);
    if (git_commit_tree(&rawTree, commit.get()) < 0)
        return lastError(tr("Deze versie is niet leesbaar"), revision);
    TreeHandle tree(rawTree);
    git_tree_entry *rawEntry = nullptr;
    if (git_tree_entry_bypath(&rawEntry, tree.get(), path.toUtf8().constData()) < 0)
        return Error{tr("Dit bestand bestond in die versie nog niet."), path};
    TreeEntryHandle entry(rawEntry);
    git_blob *rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, d->repository.get(), git_tree_entry_id(entry.get())) < 0)
        return lastError(tr("Deze versie van het bestand is niet leesbaar"), path);
    BlobHandle blob(rawBlob);
    const QByteArray bytes(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                           qsizetype(git_blob_rawsize(blob.get())));
    return decodeUtf8(bytes, path);
}

Result<QList<CommitInfo>> Repository::log(const QString &path, int limit) const
{
    git_repository *repo = d->repository.get();
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo) < 0)
        return lastError(tr("Kan de geschiedenis niet lezen"), workdir());
    RevwalkHandle walk(rawWalk);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) < 0) {
        git_error_clear();
        return QList<CommitInfo>(); // no versions yet
    }
    const QByteArray pathBytes = path.toUtf8();
    // The id of the file in a commit's tree, or a zero id when it is not there.
    const auto entryId = [&](const git_commit *commit) {
        git_oid id = {};
        git_tree *rawTree = nullptr;
        if (git_commit_tree(&rawTree, commit) < 0)
            return id;
        TreeHandle tree(rawTree);
        git_tree_entry *rawEntry = nullptr;
        if (git_tree_entry_bypath(&rawEntry, tree.get(), pathBytes.constData()) == 0) {
            TreeEntryHandle entry(rawEntry);
            id = *git_tree_entry_id(entry.get());
        }
        return id;
    };
    QList<CommitInfo> commits;
    git_oid id;
    while ((limit < 0 || commits.size() < limit) && git_revwalk_next(&id, walk.get()) == 0) {
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo, &id) < 0)
            return lastError(tr("Kan de geschiedenis niet lezen"), workdir());
        CommitHandle commit(rawCommit);
        if (!path.isEmpty()) {
            const git_oid mine = entryId(commit.get());
            bool changed = git_commit_parentcount(commit.get()) == 0 && !git_oid_is_zero(&mine);
            for (unsigned i = 0; i < git_commit_parentcount(commit.get()); ++i) {
                git_commit *rawParent = nullptr;
                if (git_commit_parent(&rawParent, commit.get(), i) < 0)
                    continue;
                CommitHandle parent(rawParent);
                const git_oid theirs = entryId(parent.get());
                changed = git_oid_cmp(&mine, &theirs) != 0;
                if (!changed)
                    break; // the same as one parent: this version did not change it
            }
            if (!changed)
                continue;
        }
        const git_signature *author = git_commit_author(commit.get());
        CommitInfo info;
        info.id = oidText(&id);
        info.message = QString::fromUtf8(git_commit_message(commit.get()));
        info.summary = info.message.section(QLatin1Char('\n'), 0, 0);
        info.authorName = QString::fromUtf8(author->name);
        info.authorEmail = QString::fromUtf8(author->email);
        info.time =
            QDateTime::fromSecsSinceEpoch(author->when.time, QTimeZone(author->when.offset * 60));
        commits.append(info);
    }
    git_error_clear();
    return commits;
}

Result<QStringList> Repository::tags() const
{
    git_strarray names = {nullptr, 0};
    if (git_tag_list(&names, d->repository.get()) < 0)
        return lastError(tr("Kan de edities niet lezen"), workdir());
    QStringList list;
    for (size_t i = 0; i < names.count; ++i)
        list.append(QString::fromUtf8(names.strings[i]));
    git_strarray_dispose(&names);
    return list;
}

Result<void> Repository::createTag(const QString &name, const QString &message,
                                   const Signature &tagger)
{
    git_object *rawHead = nullptr;
    if (git_revparse_single(&rawHead, d->repository.get(), "HEAD^{commit}") < 0)
        return lastError(tr("Er is nog geen versie om te markeren"), workdir());
    ObjectHandle head(rawHead);
    const SignatureNow signature(tagger);
    if (auto problem = signature.problem(workdir()))
        return *problem;
    git_oid id;
    if (git_tag_create(&id, d->repository.get(), name.toUtf8().constData(), head.get(),
                       signature.get(), message.toUtf8().constData(), 0) < 0)
        return lastError(tr("Kan de editie niet markeren"), name);
    return {};
}

bool Repository::isMerging() const
{
    return git_repository_state(d->repository.get()) == GIT_REPOSITORY_STATE_MERGE;
}

} // namespace trendweb::git
