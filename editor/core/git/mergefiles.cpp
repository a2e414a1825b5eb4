// Merging the files of an edition by their structure, right after libgit2's merge; and
// settling a conflicted file with one side's version.
#include "confinement.h"
#include "editionlock.h"
#include "filetransaction.h"
#include "git/repository_p.h"
#include "messages.h"
#include "textfile.h"
#include "versions/filemerge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace trendweb::git {

namespace {

using DiffHandle = Handle<git_diff, git_diff_free>;

Result<TreeHandle> treeOf(git_repository *repo, const git_oid *commitId)
{
    git_commit *rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, repo, commitId) < 0)
        return lastError(GitText::tr("Kan een versie niet lezen"));
    CommitHandle commit(rawCommit);
    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, commit.get()) < 0)
        return lastError(GitText::tr("Kan een versie niet lezen"));
    return TreeHandle(rawTree);
}

Result<QSet<QString>> changedPaths(git_repository *repo, git_tree *from, git_tree *to)
{
    git_diff *raw = nullptr;
    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    if (git_diff_tree_to_tree(&raw, repo, from, to, &options) < 0)
        return lastError(GitText::tr("Kan de versies niet vergelijken"));
    DiffHandle diff(raw);
    QSet<QString> paths;
    for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
        const git_diff_delta *delta = git_diff_get_delta(diff.get(), i);
        paths.insert(QString::fromUtf8(delta->old_file.path));
        paths.insert(QString::fromUtf8(delta->new_file.path));
    }
    return paths;
}

// The two sides and where they parted (no tree when they share no history).
struct Sides
{
    TreeHandle base;
    TreeHandle mine;
    TreeHandle theirs;
    QSet<QString> changedByMine;
    QSet<QString> changedByTheirs;
};

Result<Sides> sidesOf(git_repository *repo, const git_oid *ours, const git_oid *theirs)
{
    Sides sides;
    git_oid baseId;
    if (const int found = git_merge_base(&baseId, repo, ours, theirs); found == 0) {
        auto base = treeOf(repo, &baseId);
        if (!base)
            return base.error();
        sides.base = std::move(base).value();
    } else if (found != GIT_ENOTFOUND) {
        return lastError(GitText::tr("Kan de versies niet vergelijken"));
    }
    git_error_clear();
    auto mine = treeOf(repo, ours);
    auto other = treeOf(repo, theirs);
    if (!mine || !other)
        return mine ? other.error() : mine.error();
    sides.mine = std::move(mine).value();
    sides.theirs = std::move(other).value();
    auto changedMine = changedPaths(repo, sides.base.get(), sides.mine.get());
    auto changedTheirs = changedPaths(repo, sides.base.get(), sides.theirs.get());
    if (!changedMine || !changedTheirs)
        return changedMine ? changedTheirs.error() : changedMine.error();
    sides.changedByMine = changedMine.value();
    sides.changedByTheirs = changedTheirs.value();
    return sides;
}

// One side of a file: its text and its index entry (no entry when the side has no file).
struct Version
{
    std::optional<QString> text;
    bool present = false;
    bool readable = true; // UTF-8 text
    git_index_entry entry{};
};

Result<Version> versionAt(git_repository *repo, git_tree *tree, const QByteArray &path)
{
    Version version;
    if (!tree)
        return version;
    git_tree_entry *rawEntry = nullptr;
    if (const int found = git_tree_entry_bypath(&rawEntry, tree, path.constData()); found < 0) {
        if (found == GIT_ENOTFOUND) {
            git_error_clear();
            return version;
        }
        return lastError(GitText::tr("Kan een bestand van een versie niet lezen"),
                         QString::fromUtf8(path));
    }
    TreeEntryHandle entry(rawEntry);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_BLOB) {
        version.readable = false;
        return version;
    }
    git_blob *rawBlob = nullptr;
    if (git_blob_lookup(&rawBlob, repo, git_tree_entry_id(entry.get())) < 0)
        return lastError(GitText::tr("Kan een bestand van een versie niet lezen"),
                         QString::fromUtf8(path));
    BlobHandle blob(rawBlob);
    version.present = true;
    version.entry.mode = git_tree_entry_filemode(entry.get());
    git_oid_cpy(&version.entry.id, git_tree_entry_id(entry.get()));
    const QByteArray bytes(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                           qsizetype(git_blob_rawsize(blob.get())));
    auto text = decodeUtf8(bytes, QString::fromUtf8(path));
    version.readable = text.ok();
    if (text)
        version.text = text.value();
    return version;
}

} // namespace

Result<void> mergeByStructure(git_repository *repo, const QString &workdir, const git_oid *ours,
                              const git_oid *theirs)
{
    const QString what = GitText::tr("Kan de samenvoeging niet afmaken");
    auto sides = sidesOf(repo, ours, theirs);
    if (!sides)
        return sides.error();
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0)
        return lastError(what, workdir);
    IndexHandle index(rawIndex);
    const MergeContext context{sides->changedByMine, sides->changedByTheirs};
    QStringList both;
    for (const QString &path : std::as_const(sides->changedByMine)) {
        if (sides->changedByTheirs.contains(path) && isMergedByStructure(path))
            both.append(path);
    }
    // The list of lemmas also when one side changed it: a lemma it drops may have been
    // edited on the other side.
    const QString edition = QStringLiteral("edition.yaml");
    if (!both.contains(edition) &&
        (sides->changedByMine.contains(edition) || sides->changedByTheirs.contains(edition)))
        both.append(edition);
    std::sort(both.begin(), both.end());
    const QDir folder(workdir);
    for (const QString &path : std::as_const(both)) {
        const QByteArray name = path.toUtf8();
        auto base = versionAt(repo, sides->base.get(), name);
        auto mine = versionAt(repo, sides->mine.get(), name);
        auto other = versionAt(repo, sides->theirs.get(), name);
        for (const auto *version : {&base, &mine, &other}) {
            if (!*version)
                return version->error();
        }
        if (!base->readable || !mine->readable || !other->readable)
            continue; // not text: as libgit2 left it
        const FileMerge merge = mergeFile(path, base->text, mine->text, other->text, context);
        const QString file = folder.filePath(path);
        if (merge.removed()) {
            if (QFile::exists(file) && !QFile::remove(file))
                return Error{
                    GitText::tr("Kan een bestand dat beide kanten verwijderden niet weghalen"),
                    path};
        } else if (auto written = writeEditionFile(workdir, path, merge.text()); !written) {
            // Never through a link that leaves the edition (it can arrive with the pull).
            return written.error();
        }
        if (merge.conflicts.isEmpty()) {
            const int staged = merge.removed()
                                   ? git_index_remove_bypath(index.get(), name.constData())
                                   : git_index_add_bypath(index.get(), name.constData());
            if (staged < 0)
                return lastError(what, path);
            continue;
        }
        // Still to decide: the three sides stay in the index, also where the line merge
        // would have passed it.
        const git_index_entry *ancestorEntry = nullptr;
        const git_index_entry *ourEntry = nullptr;
        const git_index_entry *theirEntry = nullptr;
        if (git_index_conflict_get(&ancestorEntry, &ourEntry, &theirEntry, index.get(),
                                   name.constData()) == 0)
            continue;
        git_error_clear();
        for (Version *version : {&base.value(), &mine.value(), &other.value()})
            version->entry.path = name.constData();
        if (git_index_conflict_add(index.get(), base->present ? &base->entry : nullptr,
                                   mine->present ? &mine->entry : nullptr,
                                   other->present ? &other->entry : nullptr) < 0)
            return lastError(what, path);
    }
    if (git_index_write(index.get()) < 0)
        return lastError(what, workdir);
    return {};
}

Result<void> changeIndex(git_repository *repo, const QString &path,
                         const std::function<int(git_index *)> &change)
{
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0)
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), path);
    IndexHandle index(rawIndex);
    if (change(index.get()) >= 0 && git_index_write(index.get()) >= 0)
        return {};
    const git_error *failure = git_error_last();
    const QString detail =
        failure && failure->message ? QString::fromUtf8(failure->message) : QString();
    // libgit2 writes the index through a lock file and a rename: the file on the disk is
    // still the old one; the index in memory goes back to it.
    (void)git_index_read(index.get(), 1);
    const QString indexFile =
        QDir(QString::fromUtf8(git_repository_path(repo))).filePath(QStringLiteral("index"));
    Error error = writeError(indexFile, path, 0, detail);
    error.message =
        GitText::tr("Uw keuze voor %1 kon niet worden vastgelegd: %2").arg(path, error.message);
    return error;
}

Result<void> Repository::takeConflictSide(const QString &path, bool theirs)
{
    auto lock = EditionLock::take(workdir());
    if (!lock)
        return lock.error();
    if (!staysInEdition(workdir(), path))
        return leavesEditionError(path);
    git_repository *repo = d->repository.get();
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0)
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), workdir());
    IndexHandle index(rawIndex);
    const QByteArray name = path.toUtf8();
    const git_index_entry *ancestor = nullptr;
    const git_index_entry *ours = nullptr;
    const git_index_entry *other = nullptr;
    if (git_index_conflict_get(&ancestor, &ours, &other, index.get(), name.constData()) < 0)
        return lastError(GitText::tr("Dit bestand heeft geen conflict."), path);
    const git_index_entry *chosen = theirs ? other : ours;
    // The file and the index together: the file goes in place first, the index follows;
    // when the index cannot be written, the file is put back.
    FileTransaction transaction(workdir());
    if (!chosen) {
        if (QFileInfo(QDir(workdir()).filePath(path)).exists())
            transaction.remove(path);
        return transaction.commit([&]() {
            return changeIndex(repo, path, [&name](git_index *changed) {
                return git_index_remove_bypath(changed, name.constData());
            });
        });
    }
    git_blob *raw = nullptr;
    if (git_blob_lookup(&raw, repo, &chosen->id) < 0)
        return lastError(GitText::tr("Kan een kant van het conflict niet lezen"), path);
    BlobHandle blob(raw);
    git_index_entry entry = *chosen;
    entry.flags = 0;
    entry.flags_extended = 0;
    entry.path = name.constData();
    transaction.write(path, QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                                       qsizetype(git_blob_rawsize(blob.get()))));
    return transaction.commit([&]() {
        return changeIndex(repo, path, [&](git_index *changed) {
            const int removed = git_index_conflict_remove(changed, name.constData());
            return removed < 0 ? removed : git_index_add(changed, &entry);
        });
    });
}

namespace {

const char *const sideNames[] = {"base", "mine", "theirs"};

} // namespace

Result<QByteArray> Repository::conflictEntries(const QString &path) const
{
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, d->repository.get()) < 0)
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), workdir());
    IndexHandle index(rawIndex);
    if (git_index_read(index.get(), false) < 0)
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), workdir());
    const git_index_entry *sides[3] = {nullptr, nullptr, nullptr};
    if (git_index_conflict_get(&sides[0], &sides[1], &sides[2], index.get(),
                               path.toUtf8().constData()) < 0)
        return lastError(GitText::tr("Dit bestand heeft geen conflict."), path);
    QJsonObject entries;
    for (int side = 0; side < 3; ++side) {
        if (!sides[side])
            continue;
        char id[GIT_OID_HEXSZ + 1] = {};
        git_oid_tostr(id, sizeof id, &sides[side]->id);
        entries.insert(QLatin1String(sideNames[side]),
                       QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                                   {QStringLiteral("mode"), qint64(sides[side]->mode)}});
    }
    return QJsonDocument(entries).toJson(QJsonDocument::Compact);
}

Result<void> Repository::restoreConflict(const QString &path, const QByteArray &entries)
{
    auto lock = EditionLock::take(workdir());
    if (!lock)
        return lock.error();
    const QString what = GitText::tr("Kan het conflict niet terugzetten");
    const QJsonObject stored = QJsonDocument::fromJson(entries).object();
    if (stored.isEmpty())
        return Error{what, path};
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, d->repository.get()) < 0)
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), workdir());
    IndexHandle index(rawIndex);
    if (git_index_read(index.get(), false) < 0)
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), workdir());
    const QByteArray name = path.toUtf8();
    git_index_entry sides[3];
    bool present[3] = {false, false, false};
    for (int side = 0; side < 3; ++side) {
        const QJsonObject entry = stored.value(QLatin1String(sideNames[side])).toObject();
        if (entry.isEmpty())
            continue;
        sides[side] = {};
        sides[side].path = name.constData();
        sides[side].mode = quint32(entry.value(QLatin1String("mode")).toInteger());
        if (git_oid_fromstr(&sides[side].id,
                            entry.value(QLatin1String("id")).toString().toLatin1().constData()) < 0)
            return Error{what, path};
        git_blob *raw = nullptr; // the side's text must still be there
        if (git_blob_lookup(&raw, d->repository.get(), &sides[side].id) < 0)
            return lastError(what, path);
        BlobHandle blob(raw);
        present[side] = true;
    }
    // Any entry of the path (the settled file) is replaced by its three sides.
    if (git_index_conflict_add(index.get(), present[0] ? &sides[0] : nullptr,
                               present[1] ? &sides[1] : nullptr,
                               present[2] ? &sides[2] : nullptr) < 0 ||
        git_index_write(index.get()) < 0)
        return lastError(what, path);
    return {};
}

Result<std::pair<QSet<QString>, QSet<QString>>> Repository::changedSinceMergeBase() const
{
    git_repository *repo = d->repository.get();
    std::vector<git_oid> heads;
    const int merging = git_repository_mergehead_foreach(
        repo,
        [](const git_oid *id, void *payload) {
            static_cast<std::vector<git_oid> *>(payload)->push_back(*id);
            return 0;
        },
        &heads);
    if (merging < 0 && !isAbsent(merging))
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), workdir());
    if (heads.empty())
        return std::make_pair(QSet<QString>(), QSet<QString>());
    git_oid ours;
    if (git_reference_name_to_id(&ours, repo, "HEAD") < 0)
        return lastError(GitText::tr("Kan de samenvoeging niet lezen"), workdir());
    auto sides = sidesOf(repo, &ours, &heads.front());
    if (!sides)
        return sides.error();
    return std::make_pair(sides->changedByMine, sides->changedByTheirs);
}

} // namespace trendweb::git
