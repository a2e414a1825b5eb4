// An edition's Git repository, through libgit2. No git process is ever run.
// Every version is a commit; the shared place is the remote "origin".
#pragma once

#include "git/syncerror.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace trendweb::git {

// Who made a version. The name is required: somebody answers for every version and every
// comment. The e-mail address may be empty.
struct Signature
{
    QString name;
    QString email;

    bool hasName() const { return !name.trimmed().isEmpty(); }
};

// Git's identity of the person outside any repository (user.name and user.email of the
// global, XDG and system configuration); empty fields when not set. Never made up.
Signature userSignature();

// The message for a version or comment that has no name, in the reader's terms.
QString missingNameMessage();

struct FileStatus
{
    enum Change { Added, Modified, Deleted, Untracked, Conflicted };
    QString path;
    Change change = Modified;
};

struct CommitInfo
{
    QString id;
    QString summary; // first line of the message
    QString message;
    QString authorName;
    QString authorEmail;
    QDateTime time;
    QString path; // with log(path): the file's name in this version (it may have been renamed)
};

// Text of one file in the three versions of a merge that could not be combined.
struct ConflictedFile
{
    QString path;
    QString base;
    QString mine;
    QString theirs;
    bool inBase = false; // false: that side has no such file (added, or removed)
    bool inMine = false;
    bool inTheirs = false;
};

struct SyncProgress
{
    int done = 0;
    int total = 0;
    qint64 bytes = 0;
};

// What network work needs from the person: progress, a way to stop, trust and secrets.
struct RemoteCallbacks
{
    std::function<void(const SyncProgress &)> progress;
    const std::atomic_bool *cancel = nullptr;
    // A host whose key is not in known_hosts; true trusts it (and remembers it there).
    std::function<bool(const QString &host, const QString &fingerprint)> acceptHostKey;
    // HTTPS: user name and token for this URL (which may name the user: https://anne@host/…).
    // Asked at most once per operation: a refused token is never sent again, the operation
    // ends with SyncError::AuthenticationRefused. nullopt: none (SyncError::CredentialsMissing).
    std::function<std::optional<std::pair<QString, QString>>(const QString &url)> askCredentials;
    // SSH: a private key file tried first; then the agent, then the keys ~/.ssh/config names
    // (or OpenSSH's default ones).
    QString sshKey;
    // SSH: the passphrase of a protected private key; nullopt when none is given (the key is
    // then skipped and the message says how to unlock it).
    std::function<std::optional<QString>(const QString &keyFile)> askPassphrase;
    // Called once after the operation when a secret (token or passphrase) was given: true =
    // accepted, false = refused (a wrong passphrase, a refused token). Not called when the
    // outcome says nothing about the secret (the server could not be reached, Stoppen).
    std::function<void(bool accepted)> secretVerdict;
};

enum class PullOutcome { UpToDate, FastForward, Merged, Conflicts };

class Repository
{
public:
    ~Repository();
    Repository(Repository &&) noexcept;
    Repository &operator=(Repository &&) noexcept;

    // Creates a repository whose first branch is "main".
    static Result<Repository> init(const QString &path, bool bare = false);
    static Result<Repository> open(const QString &path);
    // Clones a local path, file://, ssh:// or https:// URL into `path`.
    static Result<Repository> clone(const QString &url, const QString &path,
                                    const RemoteCallbacks &callbacks = {});

    QString workdir() const;
    QString gitDir() const;

    // Git's identity for this repository: user.name and user.email of its own configuration,
    // else the user's; empty fields when not set. Never made up.
    Signature configuredSignature() const;

    // Stages every change in the working folder and commits it; returns the new commit id.
    Result<QString> commitAll(const QString &message, const Signature &author);
    // Commits the changes of these files only (added, changed or deleted). During a
    // merge this completes it, once no conflict is left.
    Result<QString> commit(const QStringList &paths, const QString &message,
                           const Signature &author);

    Result<QList<FileStatus>> status() const;
    // Newest first; with a path, only the versions that changed that file, following it
    // back through renames as `git log --follow` does.
    Result<QList<CommitInfo>> log(const QString &path = {}, int limit = -1) const;
    // The text of a file at a commit, tag or other revision.
    Result<QString> fileAt(const QString &revision, const QString &path) const;
    Result<QString> resolveRevision(const QString &revision) const; // → commit id
    QString headId() const;

    Result<QStringList> tags() const;
    Result<void> createTag(const QString &name, const QString &message, const Signature &tagger);

    // The shared place: "origin".
    Result<void> setRemote(const QString &url);
    QString remoteUrl() const;
    Result<void> fetch(const RemoteCallbacks &callbacks = {});
    // Fetches and merges the shared version into the current one. Refuses while there
    // are changes not yet committed, so that nothing can be lost.
    Result<PullOutcome> pull(const Signature &author, const RemoteCallbacks &callbacks = {});
    // Sends the current version; when the shared place has moved on, it is refused and
    // nothing changes here.
    Result<void> push(const RemoteCallbacks &callbacks = {});
    // Versions here and not yet shared, and shared and not yet here.
    Result<std::pair<int, int>> aheadBehind() const;

    bool isMerging() const;
    // During a merge: the names of who made the versions being merged in (not yet here),
    // so that a conflict can say whose text "the other version" is.
    Result<QStringList> incomingAuthors() const;
    Result<QList<ConflictedFile>> conflicts() const;
    // Writes the resolved text of a conflicted file and marks it resolved.
    Result<void> resolveConflict(const QString &path, const QString &text);
    // Resolves a conflicted file with one side's file as it is (bytes and all), or removes
    // it when that side removed it.
    Result<void> takeConflictSide(const QString &path, bool theirs);
    // The sides of a conflicted file as the index holds them (ids and modes, as compact text),
    // kept so that a settled file can be put back in conflict: restoreConflict does that,
    // until the merge is committed (the sides' contents stay in the repository).
    Result<QByteArray> conflictEntries(const QString &path) const;
    Result<void> restoreConflict(const QString &path, const QByteArray &entries);
    // During a merge: the paths my side and their side each changed since they parted.
    Result<std::pair<QSet<QString>, QSet<QString>>> changedSinceMergeBase() const;
    // Ends a merge with conflicts and restores the state from before the pull.
    Result<void> abortMerge();

    struct Private;

private:
    explicit Repository(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace trendweb::git
