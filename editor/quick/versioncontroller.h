// Versions for QML: what changed, committing, history and differences per
// lemma, pulling and pushing off the UI thread with progress and cancel, the
// conflict of a merge paragraph by paragraph, and starting the next edition.
#pragma once

#include "keyring.h"
#include "remoteanswers.h"
#include "versionmodels.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>

namespace trendweb {

class VersionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString editionRoot READ editionRoot WRITE setEditionRoot NOTIFY editionRootChanged)
    Q_PROPERTY(bool available READ available NOTIFY stateChanged)
    Q_PROPERTY(QString branch READ branch NOTIFY stateChanged)
    Q_PROPERTY(int ahead READ ahead NOTIFY stateChanged)
    Q_PROPERTY(int behind READ behind NOTIFY stateChanged)
    Q_PROPERTY(bool hasRemote READ hasRemote NOTIFY stateChanged)
    // Where the edition is shared ("origin"), or "".
    Q_PROPERTY(QString remoteUrl READ remoteUrl NOTIFY stateChanged)
    // During a merge: who made the versions being merged in ("Anna en Bert"), for
    // "Versie van Anna" in the conflict view; "" otherwise.
    Q_PROPERTY(QString otherAuthors READ otherAuthors NOTIFY stateChanged)
    // Why the last pull or push failed, for the right button: "authenticationRefused",
    // "certificateUntrusted", "unreachable", "notFound", "movedOn", "refusedByServer",
    // "cancelled", "credentialsMissing", "hostKeyUnknown", "other"; empty otherwise.
    Q_PROPERTY(QString errorKind READ errorKind NOTIFY errorMessageChanged)
    Q_PROPERTY(bool merging READ merging NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // Who versions and comments are written by: the name and address the author confirmed
    // in this app ("Wie bent u?"), never taken silently from elsewhere.
    Q_PROPERTY(QString authorName READ authorName NOTIFY authorChanged)
    Q_PROPERTY(QString authorEmail READ authorEmail NOTIFY authorChanged)
    Q_PROPERTY(bool hasAuthor READ hasAuthor NOTIFY authorChanged)
    // Git's identity for this edition, offered as a suggestion when asking who the author is.
    Q_PROPERTY(QString suggestedName READ suggestedName NOTIFY suggestionChanged)
    Q_PROPERTY(QString suggestedEmail READ suggestedEmail NOTIFY suggestionChanged)
    Q_PROPERTY(trendweb::ChangeListModel *changes READ changes CONSTANT)
    Q_PROPERTY(trendweb::HistoryModel *history READ history CONSTANT)
    Q_PROPERTY(trendweb::ConflictModel *conflicts READ conflicts CONSTANT)

public:
    explicit VersionController(QObject *parent = nullptr);
    ~VersionController() override;

    QString editionRoot() const { return m_root; }
    void setEditionRoot(const QString &root);
    bool available() const { return m_repository != nullptr; }
    QString branch() const { return m_branch; }
    int ahead() const { return m_ahead; }
    int behind() const { return m_behind; }
    bool hasRemote() const { return !m_remoteUrl.isEmpty(); }
    QString remoteUrl() const { return m_remoteUrl; }
    QString errorKind() const { return m_errorKind; }
    QString otherAuthors() const { return m_otherAuthors; }
    bool merging() const { return m_merging; }
    // Busy from the start of a sync until its result has been taken in (not merely until
    // its thread ends), so that nobody reads the state in between.
    bool busy() const { return m_syncing; }
    double progress() const { return m_progress; }
    QString message() const { return m_message; }
    QString errorMessage() const { return m_errorMessage; }
    QString authorName() const { return m_author.name; }
    QString authorEmail() const { return m_author.email; }
    bool hasAuthor() const { return m_author.hasName(); }
    QString suggestedName() const { return m_suggestion.name; }
    QString suggestedEmail() const { return m_suggestion.email; }
    ChangeListModel *changes() { return &m_changes; }
    HistoryModel *history() { return &m_history; }
    ConflictModel *conflicts() { return &m_conflicts; }

    // The author says who they are; a blank name is refused. Kept for the next start.
    Q_INVOKABLE bool confirmAuthor(const QString &name, const QString &email);
    Q_INVOKABLE void refresh();
    // Commits the checked changes; during a merge, completes it.
    Q_INVOKABLE bool commit(const QString &message);
    // An edition without versions starts keeping them: a first version of everything, under
    // the author's name (who must be known). False, with the reason, when that fails.
    Q_INVOKABLE bool startVersions();
    Q_INVOKABLE void pull();
    Q_INVOKABLE void push();
    Q_INVOKABLE void cancel();
    // After an unknown server was shown: trust this fingerprint and try again.
    Q_INVOKABLE void trustHost(const QString &fingerprint);
    // After credentialsRequested: a user name and token for HTTPS. With `remember`, they are
    // kept in the desktop's keyring once the server accepted them, and found there the next
    // time; a token the server refuses is removed from it.
    Q_INVOKABLE void provideCredentials(const QString &user, const QString &token,
                                        bool remember = true);
    // After passphraseRequested: the passphrase of that SSH key. Kept in the desktop's
    // keyring once the key opened with it and the server took it, and found there the next
    // time before anything is asked; one kept there that no longer fits is removed.
    Q_INVOKABLE void providePassphrase(const QString &keyFile, const QString &passphrase);
    Q_INVOKABLE bool abortMerge();
    // take: "mine", "theirs", "both" or "edit" (with the edited text).
    Q_INVOKABLE bool resolve(const QString &path, int paragraph, const QString &take,
                             const QString &edited = {});
    // The same for a conflict about one key of edition.yaml or a front matter (no "both").
    Q_INVOKABLE bool resolveKey(const QString &path, const QString &key, const QString &take,
                                const QString &edited = {});
    // Keuze herzien: a decided paragraph (or key) is open again with both versions and the
    // file as before that choice; possible until the merge is committed.
    Q_INVOKABLE bool reconsider(const QString &path, int paragraph);
    Q_INVOKABLE bool reconsiderKey(const QString &path, const QString &key);
    Q_INVOKABLE void loadHistory(const QString &path);
    // The change a version made to a file, word by word, as HTML.
    Q_INVOKABLE QString diffHtml(const QString &commitId, const QString &path) const;
    Q_INVOKABLE QString textAt(const QString &revision, const QString &path) const;
    // Tags the current edition trendweb-YEAR and moves edition.yaml to the next year.
    Q_INVOKABLE bool startNextEdition();

Q_SIGNALS:
    void editionRootChanged();
    void stateChanged();
    void busyChanged();
    void progressChanged();
    void messageChanged();
    void errorMessageChanged();
    void authorChanged();
    void suggestionChanged();
    void committed(const QString &id);
    void pulled(); // the files may have changed: reload what is open
    void unknownHost(const QString &host, const QString &fingerprint);
    void credentialsRequested(const QString &url);
    // `problem`: why it is asked again ("" the first time), in Dutch.
    void passphraseRequested(const QString &keyFile, const QString &problem);

private:
    struct SyncResult;
    void openRepository();
    // After a choice was reopened: the models follow, or the reason is shown.
    bool reopened(const Result<void> &outcome);
    void settleMergeMessage();
    void startSync(bool pushing);
    void runSync(bool pushing);
    void finishSync();
    // The keyring's part after an operation in which a token was given.
    bool settleCredentials(const SyncResult &result);
    // The keyring's part for an SSH key's passphrase; true when the author is asked again.
    bool settlePassphrase(const SyncResult &result);
    // The keyring first; the dialog only when the passphrase is not kept there.
    void askPassphrase(const QString &keyFile);
    void setMessage(const QString &message);
    void setErrorMessage(const QString &message, const QString &kind = {});
    git::Signature signature() const { return m_author; }
    void readSuggestion();
    bool refuseWithoutAuthor();

    QString m_root;
    git::Signature m_author;
    git::Signature m_suggestion;
    std::unique_ptr<git::Repository> m_repository;
    QString m_branch;
    int m_ahead = 0;
    int m_behind = 0;
    QString m_remoteUrl;
    bool m_merging = false;
    double m_progress = 0;
    QString m_message;
    QString m_errorMessage;
    QString m_errorKind;
    QString m_otherAuthors;
    RemoteAnswers m_answers; // trust and secrets given for the shared edition
    enum class CredentialSource { None, Dialog, Keyring };
    CredentialSource m_credentialSource = CredentialSource::None;
    bool m_rememberCredentials = true;
    bool m_lookingUp = false; // reading the keyring before (or between runs of) a pull or push
    Keyring m_keyring;
    bool m_lastWasPush = false;
    ChangeListModel m_changes;
    HistoryModel m_history;
    ConflictModel m_conflicts;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<std::shared_ptr<SyncResult>> m_sync;
    bool m_syncing = false;
};

} // namespace trendweb
