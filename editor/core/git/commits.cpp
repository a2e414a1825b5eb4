// Recording versions: the changes of some files or of all (completing a merge), and the
// tags that mark an edition, each under a name that Git's rules accept.
#include "editionlock.h"
#include "git/repository_p.h"
#include "messages.h"

#include <QDir>
#include <QFileInfo>
#include <functional>

namespace trendweb::git {

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
                return Error{
                    GitText::tr("Een naam of e-mailadres mag geen < of > en geen regeleinde "
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

Error unresolvedConflicts(const QString &where)
{
    return Error{GitText::tr("Er zijn nog conflicten. Los ze eerst op, dan kan de versie worden "
                             "vastgelegd."),
                 where};
}

// Writes the index as a tree and commits it on HEAD, with MERGE_HEAD as a second parent
// during a merge.
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
        return lastError(GitText::tr("Kan de versie niet samenstellen"), where);
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, repo, &treeId) < 0)
        return lastError(GitText::tr("Kan de versie niet samenstellen"), where);
    TreeHandle tree(rawTree);

    std::vector<CommitHandle> parents;
    git_oid headId;
    if (const int found = git_reference_name_to_id(&headId, repo, "HEAD"); found == 0) {
        git_commit *parent = nullptr;
        if (git_commit_lookup(&parent, repo, &headId) < 0)
            return lastError(GitText::tr("Kan de vorige versie niet lezen"), where);
        parents.emplace_back(parent);
    } else if (!isAbsent(found)) { // absent: no version yet, this is the first
        return lastError(GitText::tr("Kan de vorige versie niet lezen"), where);
    }
    std::vector<git_oid> mergeHeads;
    const int merging = git_repository_mergehead_foreach(
        repo,
        [](const git_oid *id, void *payload) {
            static_cast<std::vector<git_oid> *>(payload)->push_back(*id);
            return 0;
        },
        &mergeHeads);
    if (merging < 0 && !isAbsent(merging)) // absent: no merge under way
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), where);
    for (const git_oid &id : mergeHeads) {
        git_commit *parent = nullptr;
        if (git_commit_lookup(&parent, repo, &id) < 0)
            return lastError(GitText::tr("Kan de samengevoegde versie niet lezen"), where);
        parents.emplace_back(parent);
    }
    // A version that changes nothing is never made (a merge's version always is).
    if (mergeHeads.empty() && parents.size() == 1 &&
        git_oid_equal(git_commit_tree_id(parents.front().get()), &treeId))
        return Error{
            GitText::tr("Er is niets veranderd sinds de laatste versie; er is geen nieuwe versie "
                        "gemaakt."),
            where};
    std::vector<const git_commit *> parentPointers;
    for (const CommitHandle &parent : parents)
        parentPointers.push_back(parent.get());
    git_oid commitId;
    if (git_commit_create(&commitId, repo, "HEAD", signature.get(), signature.get(), "UTF-8",
                          message.toUtf8().constData(), tree.get(), parentPointers.size(),
                          parentPointers.data()) < 0)
        return lastError(GitText::tr("Vastleggen is mislukt"), where);
    if (!mergeHeads.empty() && git_repository_state_cleanup(repo) < 0)
        return lastError(
            GitText::tr("De versie is vastgelegd, maar de samenvoeging staat nog open"), where);
    return oidText(&commitId);
}

} // namespace

namespace {

// Records a version of what `stage` puts in the index, under the author's name and the
// edition's lock: another writer finishes first, and its version is built on.
Result<QString> recordVersion(git_repository *repo, const QString &where, const QString &message,
                              const Signature &author,
                              const std::function<Result<void>(git_index *)> &stage)
{
    // Refused before anything is staged: a version without a name is never begun.
    if (auto problem = SignatureNow(author).problem(where))
        return *problem;
    auto lock = EditionLock::take(where);
    if (!lock)
        return lock.error();
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0)
        return lastError(GitText::tr("Kan de lijst met wijzigingen niet lezen"), where);
    IndexHandle index(rawIndex);
    if (git_index_read(index.get(), 0) < 0) // as another writer may have left it
        return lastError(GitText::tr("Kan de lijst met wijzigingen niet lezen"), where);
    // Staging a conflicted file would take its text as the resolution: refuse first.
    if (git_index_has_conflicts(index.get()))
        return unresolvedConflicts(where);
    if (auto staged = stage(index.get()); !staged)
        return staged.error();
    if (git_index_write(index.get()) < 0)
        return lastError(GitText::tr("Kan de wijzigingen niet klaarzetten"), where);
    return commitIndex(repo, index.get(), message, author, where);
}

} // namespace

Result<QString> Repository::commitAll(const QString &message, const Signature &author)
{
    const QString where = workdir();
    return recordVersion(
        d->repository.get(), where, message, author, [&where](git_index *index) -> Result<void> {
            git_strarray everything = {nullptr, 0};
            if (git_index_add_all(index, &everything, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr) <
                    0 ||
                git_index_update_all(index, &everything, nullptr, nullptr) < 0)
                return lastError(GitText::tr("Kan de wijzigingen niet klaarzetten"), where);
            return {};
        });
}

Result<QString> Repository::commit(const QStringList &paths, const QString &message,
                                   const Signature &author)
{
    const QString where = workdir();
    return recordVersion(
        d->repository.get(), where, message, author,
        [&paths, &where](git_index *index) -> Result<void> {
            for (const QString &path : paths) {
                const QByteArray name = path.toUtf8();
                const bool exists = QFileInfo::exists(QDir(where).filePath(path));
                const int result = exists ? git_index_add_bypath(index, name.constData())
                                          : git_index_remove_bypath(index, name.constData());
                if (result < 0)
                    return lastError(GitText::tr("Kan deze wijziging niet klaarzetten"), path);
            }
            return {};
        });
}

Result<void> Repository::createTag(const QString &name, const QString &message,
                                   const Signature &tagger)
{
    git_object *rawHead = nullptr;
    if (git_revparse_single(&rawHead, d->repository.get(), "HEAD^{commit}") < 0)
        return lastError(GitText::tr("Er is nog geen versie om te markeren"), workdir());
    ObjectHandle head(rawHead);
    const SignatureNow signature(tagger);
    if (auto problem = signature.problem(workdir()))
        return *problem;
    git_oid id;
    if (git_tag_create(&id, d->repository.get(), name.toUtf8().constData(), head.get(),
                       signature.get(), message.toUtf8().constData(), 0) < 0)
        return lastError(GitText::tr("Kan de editie niet markeren"), name);
    return {};
}

} // namespace trendweb::git
