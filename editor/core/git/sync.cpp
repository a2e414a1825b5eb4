// Sharing an edition: fetch, merge and push through libgit2, with progress,
// cancel, credentials and host-key checks.
#include "confinement.h"
#include "editionlock.h"
#include "filetransaction.h"
#include "git/repository_p.h"
#include "git/sshsession_p.h"
#include "messages.h"
#include "textfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace trendweb::git {

Result<void> Repository::setRemote(const QString &url)
{
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, d->repository.get(), "origin") == 0) {
        RemoteHandle existing(raw);
        if (git_remote_set_url(d->repository.get(), "origin", url.toUtf8().constData()) < 0)
            return lastError(GitText::tr("Kan de gedeelde plek niet instellen"), url);
        return {};
    }
    git_error_clear();
    if (git_remote_create(&raw, d->repository.get(), "origin", url.toUtf8().constData()) < 0)
        return lastError(GitText::tr("Kan de gedeelde plek niet instellen"), url);
    RemoteHandle created(raw);
    return {};
}

QString Repository::remoteUrl() const
{
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, d->repository.get(), "origin") < 0) {
        git_error_clear();
        return {};
    }
    RemoteHandle remote(raw);
    return QString::fromUtf8(git_remote_url(remote.get()));
}

Result<void> Repository::fetch(const RemoteCallbacks &callbacks)
{
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, d->repository.get(), "origin") < 0)
        return lastError(GitText::tr("Deze editie heeft geen gedeelde plek om mee te delen"),
                         workdir());
    RemoteHandle remote(raw);
    CallbackPayload payload{&callbacks, QString::fromUtf8(git_remote_url(remote.get()))};
    prepareSsh(payload, remote.get());
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    options.callbacks = remoteCallbacks(payload);
    if (const int fetched = git_remote_fetch(remote.get(), nullptr, &options, nullptr); fetched < 0)
        return syncFailure(payload, SyncStep::Fetch, fetched, payload.url);
    finishSsh(payload, true);
    syncSucceeded(payload);
    return {};
}

namespace {

QString currentBranch(git_repository *repo)
{
    git_reference *raw = nullptr;
    if (git_repository_head(&raw, repo) < 0) {
        git_error_clear();
        return QStringLiteral("main");
    }
    ReferenceHandle head(raw);
    return QString::fromUtf8(git_reference_shorthand(head.get()));
}

} // namespace

Result<std::pair<int, int>> Repository::aheadBehind() const
{
    git_repository *repo = d->repository.get();
    const QString what = GitText::tr("Kan niet zien welke versies nog gedeeld moeten worden");
    git_oid local;
    git_oid upstream;
    const QByteArray remoteRef =
        QStringLiteral("refs/remotes/origin/%1").arg(currentBranch(repo)).toUtf8();
    const int localFound = git_reference_name_to_id(&local, repo, "HEAD");
    if (localFound < 0 && !isAbsent(localFound))
        return lastError(what, workdir());
    const int upstreamFound = git_reference_name_to_id(&upstream, repo, remoteRef.constData());
    if (upstreamFound < 0 && !isAbsent(upstreamFound))
        return lastError(what, workdir());
    if (localFound < 0)
        return std::make_pair(0, 0);
    if (upstreamFound < 0) {
        // Nothing shared yet: every local version is still to be sent.
        git_revwalk *raw = nullptr;
        if (git_revwalk_new(&raw, repo) < 0)
            return lastError(what, workdir());
        RevwalkHandle walk(raw);
        if (git_revwalk_push_head(walk.get()) < 0)
            return lastError(what, workdir());
        int count = 0;
        git_oid id;
        int next = 0;
        while ((next = git_revwalk_next(&id, walk.get())) == 0)
            ++count;
        if (next != GIT_ITEROVER)
            return lastError(what, workdir());
        git_error_clear();
        return std::make_pair(count, 0);
    }
    size_t ahead = 0;
    size_t behind = 0;
    if (git_graph_ahead_behind(&ahead, &behind, repo, &local, &upstream) < 0)
        return lastError(what, workdir());
    return std::make_pair(int(ahead), int(behind));
}

Result<PullOutcome> Repository::pull(const Signature &author, const RemoteCallbacks &callbacks)
{
    // No version or other merge in between: the folder is checked and merged as one step.
    auto lock = EditionLock::take(workdir());
    if (!lock)
        return lock.error();
    git_repository *repo = d->repository.get();
    if (isMerging())
        return Error{
            GitText::tr("Er loopt nog een samenvoeging met conflicten. Los die eerst op of breek "
                        "hem af."),
            workdir()};
    auto changes = status();
    if (!changes)
        return changes.error();
    for (const FileStatus &change : changes.value()) {
        if (change.change != FileStatus::Untracked)
            return Error{
                GitText::tr("Er zijn wijzigingen die nog niet zijn vastgelegd (%1). Leg ze "
                            "eerst vast; dan kan ophalen zonder dat er iets verloren gaat.")
                    .arg(change.path),
                workdir()};
    }
    if (auto fetched = fetch(callbacks); !fetched)
        return fetched.error();

    const QByteArray remoteRef =
        QStringLiteral("refs/remotes/origin/%1").arg(currentBranch(repo)).toUtf8();
    git_reference *rawUpstream = nullptr;
    if (const int found = git_reference_lookup(&rawUpstream, repo, remoteRef.constData());
        found < 0) {
        if (isAbsent(found))
            return PullOutcome::UpToDate; // the shared place is still empty
        return lastError(GitText::tr("Kan de gedeelde versie niet lezen"), workdir());
    }
    ReferenceHandle upstream(rawUpstream);
    git_annotated_commit *rawTheirs = nullptr;
    if (git_annotated_commit_from_ref(&rawTheirs, repo, upstream.get()) < 0)
        return lastError(GitText::tr("Kan de gedeelde versie niet lezen"), workdir());
    AnnotatedCommitHandle theirs(rawTheirs);
    const git_annotated_commit *heads[] = {theirs.get()};

    git_merge_analysis_t analysis;
    git_merge_preference_t preference;
    if (git_merge_analysis(&analysis, &preference, repo, heads, 1) < 0)
        return lastError(GitText::tr("Kan de versies niet vergelijken"), workdir());
    if (analysis & GIT_MERGE_ANALYSIS_UP_TO_DATE)
        return PullOutcome::UpToDate;

    if (analysis & (GIT_MERGE_ANALYSIS_FASTFORWARD | GIT_MERGE_ANALYSIS_UNBORN)) {
        const git_oid *target = git_annotated_commit_id(theirs.get());
        git_object *rawTarget = nullptr;
        if (git_object_lookup(&rawTarget, repo, target, GIT_OBJECT_COMMIT) < 0)
            return lastError(GitText::tr("Kan de gedeelde versie niet lezen"), workdir());
        ObjectHandle targetObject(rawTarget);
        git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
        checkout.checkout_strategy = GIT_CHECKOUT_SAFE;
        if (git_checkout_tree(repo, targetObject.get(), &checkout) < 0)
            return lastError(GitText::tr("Kan de nieuwe versie niet neerzetten"), workdir());
        const QByteArray branch = QStringLiteral("refs/heads/%1").arg(currentBranch(repo)).toUtf8();
        git_reference *rawNew = nullptr;
        if (git_reference_create(&rawNew, repo, branch.constData(), target, 1,
                                 "pull: fast-forward") < 0)
            return lastError(GitText::tr("Kan de nieuwe versie niet neerzetten"), workdir());
        ReferenceHandle created(rawNew);
        return PullOutcome::FastForward;
    }

    // Both sides changed: the merge will be a version of its own, under a name.
    if (!author.hasName())
        return Error{
            GitText::tr("Ophalen vraagt om de versies samen te voegen, en dat wordt een nieuwe "
                        "versie onder uw naam. %1")
                .arg(missingNameMessage()),
            workdir()};
    // Both sides changed: merge. Files that conflict keep my text in the folder (no
    // markers ever reach a lemma); the three versions stay in the index.
    git_merge_options merge = GIT_MERGE_OPTIONS_INIT;
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    checkout.checkout_strategy =
        GIT_CHECKOUT_SAFE | GIT_CHECKOUT_ALLOW_CONFLICTS | GIT_CHECKOUT_USE_OURS;
    if (git_merge(repo, heads, 1, &merge, &checkout) < 0)
        return lastError(GitText::tr("Samenvoegen is mislukt"), workdir());
    git_oid ours;
    if (git_reference_name_to_id(&ours, repo, "HEAD") < 0)
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), workdir());
    if (auto merged =
            mergeByStructure(repo, workdir(), &ours, git_annotated_commit_id(theirs.get()));
        !merged)
        return merged.error();
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0)
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), workdir());
    IndexHandle index(rawIndex);
    if (git_index_has_conflicts(index.get()))
        return PullOutcome::Conflicts;
    if (auto committed =
            commit({}, GitText::tr("Wijzigingen van de gedeelde editie samengevoegd"), author);
        !committed)
        return committed.error();
    return PullOutcome::Merged;
}

Result<void> Repository::push(const RemoteCallbacks &callbacks)
{
    git_repository *repo = d->repository.get();
    if (isMerging())
        return Error{GitText::tr("Los eerst de conflicten op en leg de samenvoeging vast."),
                     workdir()};
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, repo, "origin") < 0)
        return lastError(GitText::tr("Deze editie heeft geen gedeelde plek om mee te delen"),
                         workdir());
    RemoteHandle remote(raw);
    CallbackPayload payload{&callbacks, QString::fromUtf8(git_remote_url(remote.get()))};
    prepareSsh(payload, remote.get());
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    options.callbacks = remoteCallbacks(payload);
    const QByteArray branch = currentBranch(repo).toUtf8();
    const QByteArray refspec = "refs/heads/" + branch + ":refs/heads/" + branch;
    char *refspecs[] = {const_cast<char *>(refspec.constData())};
    const git_strarray list = {refspecs, 1};
    const int pushed = git_remote_push(remote.get(), &list, &options);
    if (pushed < 0 || payload.kind != SyncError::None || !payload.refusal.isEmpty())
        return syncFailure(payload, SyncStep::Push, pushed, payload.url);
    finishSsh(payload, true);
    syncSucceeded(payload);
    return {};
}

Result<QList<ConflictedFile>> Repository::conflicts() const
{
    git_repository *repo = d->repository.get();
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0)
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), workdir());
    IndexHandle index(rawIndex);
    // As it is on disk: another handle (the command line, a reopened choice) may have changed it.
    if (git_index_read(index.get(), false) < 0)
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), workdir());
    git_index_conflict_iterator *rawIterator = nullptr;
    if (git_index_conflict_iterator_new(&rawIterator, index.get()) < 0)
        return lastError(GitText::tr("Kan de conflicten niet lezen"), workdir());
    ConflictIteratorHandle iterator(rawIterator);
    // A side that cannot be read must not look like an empty text: that would offer
    // "delete everything" as one of the choices.
    const auto text = [repo](const git_index_entry *entry) -> Result<QString> {
        if (!entry)
            return QString();
        git_blob *raw = nullptr;
        if (git_blob_lookup(&raw, repo, &entry->id) < 0)
            return lastError(GitText::tr("Kan een kant van het conflict niet lezen"),
                             QString::fromUtf8(entry->path));
        BlobHandle blob(raw);
        return QString::fromUtf8(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                                 qsizetype(git_blob_rawsize(blob.get())));
    };
    QList<ConflictedFile> files;
    const git_index_entry *ancestor = nullptr;
    const git_index_entry *ours = nullptr;
    const git_index_entry *theirs = nullptr;
    for (;;) {
        // The end of the list is GIT_ITEROVER; anything else is an unreadable index.
        const int next = git_index_conflict_next(&ancestor, &ours, &theirs, iterator.get());
        if (next == GIT_ITEROVER)
            break;
        if (next < 0)
            return lastError(GitText::tr("Kan de conflicten niet lezen"), workdir());
        const git_index_entry *any = ours ? ours : (theirs ? theirs : ancestor);
        auto base = text(ancestor);
        auto mine = text(ours);
        auto other = text(theirs);
        for (const auto *side : {&base, &mine, &other}) {
            if (!*side)
                return side->error();
        }
        files.append({QString::fromUtf8(any->path), std::move(base).value(),
                      std::move(mine).value(), std::move(other).value(), ancestor != nullptr,
                      ours != nullptr, theirs != nullptr});
    }
    git_error_clear();
    return files;
}

Result<void> Repository::resolveConflict(const QString &path, const QString &text)
{
    auto lock = EditionLock::take(workdir());
    if (!lock)
        return lock.error();
    if (!staysInEdition(workdir(), path))
        return leavesEditionError(path);
    // The file and the index together: the file goes in place first, the index follows;
    // when the index cannot be written, the file is put back.
    FileTransaction transaction(workdir());
    transaction.writeText(path, text);
    const QByteArray name = path.toUtf8();
    return transaction.commit([&]() {
        return changeIndex(d->repository.get(), path, [&name](git_index *index) {
            return git_index_add_bypath(index, name.constData());
        });
    });
}

Result<void> Repository::abortMerge()
{
    auto lock = EditionLock::take(workdir());
    if (!lock)
        return lock.error();
    git_repository *repo = d->repository.get();
    git_object *rawHead = nullptr;
    if (git_revparse_single(&rawHead, repo, "HEAD") < 0)
        return lastError(GitText::tr("Kan de vorige versie niet terugzetten"), workdir());
    ObjectHandle head(rawHead);
    // Pull only starts from a clean folder, so putting HEAD back restores everything.
    if (git_reset(repo, head.get(), GIT_RESET_HARD, nullptr) < 0)
        return lastError(GitText::tr("Kan de vorige versie niet terugzetten"), workdir());
    if (git_repository_state_cleanup(repo) < 0)
        return lastError(
            GitText::tr("De vorige versie is terug, maar de samenvoeging staat nog open"),
            workdir());
    return {};
}

} // namespace trendweb::git
