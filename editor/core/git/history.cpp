// The past of an edition: its versions, newest first, a file's text at any of them,
// revisions resolved to commits, and the tags that mark editions.
#include "git/repository_p.h"
#include "messages.h"
#include "textfile.h"

#include <QHash>
#include <QTimeZone>

namespace trendweb::git {

QString Repository::headId() const
{
    git_oid id;
    if (git_reference_name_to_id(&id, d->repository.get(), "HEAD") < 0) {
        git_error_clear();
        return {};
    }
    return oidText(&id);
}

Result<QString> Repository::resolveRevision(const QString &revision) const
{
    git_object *raw = nullptr;
    if (git_revparse_single(&raw, d->repository.get(), revision.toUtf8().constData()) < 0)
        return lastError(GitText::tr("Deze versie bestaat niet"), revision);
    ObjectHandle object(raw);
    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT) < 0)
        return lastError(GitText::tr("Dit is geen versie van de editie"), revision);
    ObjectHandle commit(peeled);
    return oidText(git_object_id(commit.get()));
}

Result<QString> Repository::fileAt(const QString &revision, const QString &path) const
{
    auto id = resolveRevision(revision);
    if (!id)
        return id.error();
    git_oid oid;
    if (git_oid_fromstr(&oid, id->toLatin1().constData()) < 0)
        return lastError(GitText::tr("Deze versie bestaat niet"), revision);
    git_commit *rawCommit = nullptr;
    git_tree *rawTree = nullptr;
    if (git_commit_lookup(&rawCommit, d->repository.get(), &oid) < 0)
        return lastError(GitText::tr("Deze versie bestaat niet"), revision);
    CommitHandle commit(rawCommit);
    if (git_commit_tree(&rawTree, commit.get()) < 0)
        return lastError(GitText::tr("Deze versie is niet leesbaar"), revision);
    TreeHandle tree(rawTree);
    git_tree_entry *rawEntry = nullptr;
    if (const int found = git_tree_entry_bypath(&rawEntry, tree.get(), path.toUtf8().constData());
        found < 0) {
        if (isAbsent(found))
            return Error{GitText::tr("Dit bestand bestond in die versie nog niet."), path};
        return lastError(GitText::tr("Deze versie is niet leesbaar"), path);
    }
    TreeEntryHandle entry(rawEntry);
    git_blob *rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, d->repository.get(), git_tree_entry_id(entry.get())) < 0)
        return lastError(GitText::tr("Deze versie van het bestand is niet leesbaar"), path);
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
        return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
    RevwalkHandle walk(rawWalk);
    if (git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME) < 0)
        return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
    if (const int pushed = git_revwalk_push_head(walk.get()); pushed < 0) {
        if (isAbsent(pushed))
            return QList<CommitInfo>(); // no versions yet
        return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
    }
    // The file's name as the walk goes back; a rename switches it to the older name, as
    // `git log --follow` does.
    QString current = path;
    QByteArray pathBytes = path.toUtf8();
    // The id of the file in a commit's tree (a zero id when it is not there), or why the
    // tree could not be read; an unreadable tree must not look like a missing file. Each
    // commit is looked up once: as itself and as the parent of the next.
    QHash<QByteArray, git_oid> known;
    const auto entryId = [&](const git_commit *commit) -> Result<git_oid> {
        const QByteArray key(reinterpret_cast<const char *>(git_commit_id(commit)->id),
                             GIT_OID_RAWSZ);
        if (const auto found = known.constFind(key); found != known.cend())
            return *found;
        git_oid id = {};
        git_tree *rawTree = nullptr;
        if (git_commit_tree(&rawTree, commit) < 0)
            return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
        TreeHandle tree(rawTree);
        git_tree_entry *rawEntry = nullptr;
        const int found = git_tree_entry_bypath(&rawEntry, tree.get(), pathBytes.constData());
        if (found == 0) {
            TreeEntryHandle entry(rawEntry);
            id = *git_tree_entry_id(entry.get());
        } else if (!isAbsent(found)) {
            return lastError(GitText::tr("Kan de geschiedenis niet lezen"), current);
        }
        known.insert(key, id);
        return id;
    };
    // The name the file had in `parent`, when `commit` renamed it; empty otherwise.
    const auto renamedFrom = [&](git_commit *parent, git_commit *commit) -> Result<QString> {
        git_tree *rawOld = nullptr;
        git_tree *rawNew = nullptr;
        if (git_commit_tree(&rawOld, parent) < 0)
            return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
        TreeHandle oldTree(rawOld);
        if (git_commit_tree(&rawNew, commit) < 0)
            return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
        TreeHandle newTree(rawNew);
        git_diff *rawDiff = nullptr;
        if (git_diff_tree_to_tree(&rawDiff, repo, oldTree.get(), newTree.get(), nullptr) < 0)
            return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
        DiffHandle diff(rawDiff);
        git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;
        find.flags = GIT_DIFF_FIND_RENAMES;
        if (git_diff_find_similar(diff.get(), &find) < 0)
            return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
        for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
            const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
            if (delta->status == GIT_DELTA_RENAMED && pathBytes == delta->new_file.path)
                return QString::fromUtf8(delta->old_file.path);
        }
        return QString();
    };
    QList<CommitInfo> commits;
    git_oid id;
    while (limit < 0 || commits.size() < limit) {
        // The end of the history is GIT_ITEROVER; anything else is a damaged history.
        if (const int next = git_revwalk_next(&id, walk.get()); next == GIT_ITEROVER) {
            git_error_clear();
            break;
        } else if (next < 0) {
            return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
        }
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo, &id) < 0)
            return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
        CommitHandle commit(rawCommit);
        QString nameHere = current;
        if (!path.isEmpty()) {
            const Result<git_oid> mineOrError = entryId(commit.get());
            if (!mineOrError)
                return mineOrError.error();
            const git_oid mine = mineOrError.value();
            const unsigned parents = git_commit_parentcount(commit.get());
            bool changed = parents == 0;
            bool absentBefore = parents > 0;
            for (unsigned i = 0; i < parents; ++i) {
                git_commit *rawParent = nullptr;
                if (git_commit_parent(&rawParent, commit.get(), i) < 0)
                    return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
                CommitHandle parent(rawParent);
                const Result<git_oid> theirs = entryId(parent.get());
                if (!theirs)
                    return theirs.error();
                absentBefore = absentBefore && git_oid_is_zero(&theirs.value());
                changed = git_oid_cmp(&mine, &theirs.value()) != 0;
                if (!changed)
                    break; // the same as one parent: this version did not change it
            }
            if (!changed)
                continue;
            if (absentBefore && parents == 1) {
                git_commit *rawParent = nullptr;
                if (git_commit_parent(&rawParent, commit.get(), 0) < 0)
                    return lastError(GitText::tr("Kan de geschiedenis niet lezen"), workdir());
                CommitHandle parent(rawParent);
                const Result<QString> older = renamedFrom(parent.get(), commit.get());
                if (!older)
                    return older.error();
                if (!older->isEmpty()) {
                    current = older.value();
                    pathBytes = current.toUtf8();
                    known.clear();
                }
            }
        }
        const git_signature *author = git_commit_author(commit.get());
        CommitInfo info;
        info.id = oidText(&id);
        info.path = nameHere;
        info.message = QString::fromUtf8(git_commit_message(commit.get()));
        info.summary = info.message.section(QLatin1Char('\n'), 0, 0);
        info.authorName = QString::fromUtf8(author->name);
        info.authorEmail = QString::fromUtf8(author->email);
        info.time =
            QDateTime::fromSecsSinceEpoch(author->when.time, QTimeZone(author->when.offset * 60));
        commits.append(info);
    }
    return commits;
}

Result<QStringList> Repository::incomingAuthors() const
{
    git_repository *repo = d->repository.get();
    const QString what = GitText::tr("Kan niet lezen wie de andere versie maakte");
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo) < 0)
        return lastError(what, workdir());
    RevwalkHandle walk(rawWalk);
    const auto pushMerged = [](const git_oid *id, void *payload) {
        return git_revwalk_push(static_cast<git_revwalk *>(payload), id);
    };
    if (const int found = git_repository_mergehead_foreach(repo, pushMerged, walk.get());
        found < 0) {
        if (isAbsent(found))
            return QStringList(); // no merge going on
        return lastError(what, workdir());
    }
    if (git_revwalk_hide_head(walk.get()) < 0)
        return lastError(what, workdir());
    QStringList names;
    git_oid id;
    int next = 0;
    while ((next = git_revwalk_next(&id, walk.get())) == 0) {
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, repo, &id) < 0)
            return lastError(what, workdir());
        CommitHandle commit(raw);
        const QString name = QString::fromUtf8(git_commit_author(commit.get())->name);
        if (!names.contains(name))
            names.append(name);
    }
    if (next != GIT_ITEROVER)
        return lastError(what, workdir());
    git_error_clear();
    return names;
}

Result<QStringList> Repository::tags() const
{
    git_strarray names = {nullptr, 0};
    if (git_tag_list(&names, d->repository.get()) < 0)
        return lastError(GitText::tr("Kan de edities niet lezen"), workdir());
    QStringList list;
    for (size_t i = 0; i < names.count; ++i)
        list.append(QString::fromUtf8(names.strings[i]));
    git_strarray_dispose(&names);
    return list;
}

} // namespace trendweb::git
