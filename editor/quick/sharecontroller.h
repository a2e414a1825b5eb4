// Starting to share, for QML: fetching a shared edition into a new folder ("Gedeelde
// editie ophalen…") and sharing the open one through an empty shared repository
// ("Editie delen…"), off the UI thread with progress and Stoppen, asking for a host key
// or a token through the same RemoteAnswers as Ophalen and Versturen.
#pragma once

#include "keyring.h"
#include "remoteanswers.h"
#include "result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>

namespace trendweb {

class ShareController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit ShareController(QObject *parent = nullptr);
    ~ShareController() override;

    bool busy() const { return m_work.isRunning(); }
    double progress() const { return m_progress; }
    QString errorMessage() const { return m_errorMessage; }

    // A new folder for a shared edition: in the user's Documents, named after the URL
    // ("…/trendweb-2026.git" → Documents/trendweb-2026), with a number when it is taken.
    Q_INVOKABLE QString suggestedFolder(const QString &url) const;
    // Why `folder` (a path or file:// URL) is not an edition, in Dutch; "" when it is one.
    Q_INVOKABLE QString editionProblem(const QString &folder) const;
    // The user's Documents folder, as a file:// URL for a folder dialog to start in.
    Q_INVOKABLE QUrl documentsFolder() const;
    // A path for a folder a dialog chose (file:// URL or path).
    Q_INVOKABLE QString localPath(const QString &folderOrUrl) const;

    // Clones `url` into `folder` (new or empty); `fetched` follows with the folder. A
    // stopped or failed fetch leaves no folder behind (nor anything in an empty one).
    Q_INVOKABLE void fetch(const QString &url, const QString &folder);
    // Connects the edition in `root` to the empty shared repository at `url` and sends
    // it, as `trendweb share`; `shared` follows. The name is who records the first version.
    Q_INVOKABLE void share(const QString &root, const QString &url, const QString &authorName,
                           const QString &authorEmail);
    Q_INVOKABLE void cancel();
    // After unknownHost: trust the server and run the step again.
    Q_INVOKABLE void trustHost(const QString &fingerprint);
    // After credentialsRequested: a user name and token, then the step again. With
    // `remember` they go into the desktop's keyring once the server accepted them, so that
    // Ophalen and Versturen find them later without asking.
    Q_INVOKABLE void provideCredentials(const QString &user, const QString &token,
                                        bool remember = true);
    // After passphraseRequested: the passphrase of that SSH key, then the step again. Kept in
    // the desktop's keyring once the key opened with it and the server took it; looked up
    // there before the author is asked, and removed there when it no longer fits.
    Q_INVOKABLE void providePassphrase(const QString &keyFile, const QString &passphrase);
    Q_INVOKABLE void clearError() { setErrorMessage({}); }

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void errorMessageChanged();
    void fetched(const QString &folder);
    void shared(const QString &url);
    void unknownHost(const QString &host, const QString &fingerprint);
    void credentialsRequested(const QString &url);
    // `problem`: why it is asked again ("" the first time), in Dutch.
    void passphraseRequested(const QString &keyFile, const QString &problem);

private:
    struct Step;
    void start();
    void finish();
    // The keyring first; the dialog only when the passphrase is not kept there.
    void askPassphrase(const QString &keyFile);
    void setErrorMessage(const QString &message);

    std::shared_ptr<Step> m_step; // the last step, run again after a question
    RemoteAnswers m_answers;
    bool m_rememberCredentials = true;
    bool m_lookingUp = false; // reading the keyring between two runs of a step
    Keyring m_keyring;
    std::shared_ptr<std::atomic_bool> m_cancel;
    double m_progress = 0;
    QString m_errorMessage;
    QFutureWatcher<Result<void>> m_work;
};

} // namespace trendweb
