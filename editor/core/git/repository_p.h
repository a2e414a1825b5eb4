// Internals of the git wrapper, shared by its .cpp files only.
#pragma once

#include "git/gitpointers.h"
#include "git/repository.h"
#include "messages.h"

#include <QCoreApplication>

namespace trendweb::git {

struct Repository::Private
{
    LibraryGuard guard;
    RepositoryHandle repository;
};

// Reads libgit2's message right at the failing call, on the same thread.
inline Error lastError(const QString &what, const QString &path = {})
{
    const git_error *error = git_error_last();
    const QString detail = error && error->message ? QString::fromUtf8(error->message)
                                                   : QStringLiteral("unknown error");
    return Error{QStringLiteral("%1 (%2)").arg(what, detail), path, 0, 0, detail};
}

// True for the results that mean "there is nothing (yet)": no such reference, or a
// branch without versions. Clears libgit2's message for them.
inline bool isAbsent(int result)
{
    if (result != GIT_ENOTFOUND && result != GIT_EUNBORNBRANCH)
        return false;
    git_error_clear();
    return true;
}

// Changes Git's index of `repo` with `change` (in memory) and writes it, for the file `path`.
// All or nothing: when the change or the write fails, the index is read back from the disk,
// so that neither the file nor this program's view of it changed; the error names the
// cause (a full disk, a read-only folder) in Dutch.
Result<void> changeIndex(git_repository *repo, const QString &path,
                         const std::function<int(git_index *)> &change);

inline QString oidText(const git_oid *oid)
{
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, oid);
    return QString::fromLatin1(hex);
}

using ObjectHandle = Handle<git_object, git_object_free>;
using BlobHandle = Handle<git_blob, git_blob_free>;
using RemoteHandle = Handle<git_remote, git_remote_free>;
using RevwalkHandle = Handle<git_revwalk, git_revwalk_free>;
using StatusListHandle = Handle<git_status_list, git_status_list_free>;
using AnnotatedCommitHandle = Handle<git_annotated_commit, git_annotated_commit_free>;
using TreeEntryHandle = Handle<git_tree_entry, git_tree_entry_free>;
using DiffHandle = Handle<git_diff, git_diff_free>;
using ConflictIteratorHandle =
    Handle<git_index_conflict_iterator, git_index_conflict_iterator_free>;

struct SshSession; // git/sshsession_p.h

// After git_merge: every text file of the edition that both sides changed is merged by its
// structure (versions/filemerge.h). What combines is written and staged; what does not stays
// a conflict in the index (added there where libgit2's line merge let it pass), with my text
// and the merged parts in the folder.
Result<void> mergeByStructure(git_repository *repo, const QString &workdir, const git_oid *ours,
                              const git_oid *theirs);

// The remote callbacks of libgit2 over ours; `payload` must outlive the operation.
struct CallbackPayload
{
    const RemoteCallbacks *callbacks = nullptr;
    QString url; // of the remote, as the person wrote it
    int credentialAttempts = 0;
    QString refusal;                  // why the operation was stopped, for the message
    SyncError kind = SyncError::None; // what stopped it, when a callback knows
    bool userPassGiven = false;       // HTTPS credentials were given once in this operation
    bool secretGiven = false;         // a secret was given: secretVerdict is owed
    QString serverText;               // what the server said on the side band ("remote: …")
    QString rejectedStatus;           // a push the server refused: its status for the branch
    std::shared_ptr<SshSession> ssh;  // set by prepareSsh() for a remote reached over SSH
};
git_remote_callbacks remoteCallbacks(CallbackPayload &payload);

// For an SSH remote: where ~/.ssh/config says it really is; libgit2 connects there while
// the remote keeps the URL as written. `remote` may be null (then only the payload is set).
void prepareSsh(CallbackPayload &payload, git_remote *remote);
// The end of a network call over SSH, for the verdict on a passphrase given during it.
void finishSsh(CallbackPayload &payload, bool succeeded);

// HTTPS user name and token, asked once per operation (credentials.cpp).
int userPassCredentials(git_credential **out, const char *url, CallbackPayload &payload);
// Trust for HTTPS follows GIT_SSL_CAINFO or SSL_CERT_FILE when set, as Git does.
void applyCertificateLocations();

// The end of a network call (errors.cpp). `result` is libgit2's return code; read right
// after the failing call. Tells the failure apart (SyncError in Error::kind), in Dutch with
// the next step, and gives secretVerdict its answer.
enum class SyncStep { Clone, Fetch, Push };
Error syncFailure(CallbackPayload &payload, SyncStep step, int result, const QString &where);
void syncSucceeded(CallbackPayload &payload);

} // namespace trendweb::git
