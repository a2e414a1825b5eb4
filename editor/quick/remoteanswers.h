// The app's side of network work, built in one place for every step that talks to a
// shared edition (Ophalen, Versturen, fetching a shared edition, sharing one): progress,
// Stoppen, the servers the author trusted, the user name and token they gave and the
// passphrases of SSH keys (kept in the desktop's keyring once they proved right).
// A step runs on a worker thread; what it asks that the app cannot answer yet is written
// down, the step stops, the window asks the author, and the step runs again.
#pragma once

#include "git/repository.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace trendweb {

// What a server asked during one step that the app had no answer to.
struct RemoteQuestion
{
    QString host;            // an unknown server …
    QString fingerprint;     // … and the fingerprint of its key
    QString credentialsUrl;  // HTTPS asked for a user name and token
    QString passphraseKey;   // an SSH key whose passphrase the app did not have
    QString passphraseGiven; // the SSH key whose passphrase was given (secretAccepted is on it)
    bool wrongPassphrase = false;
    std::optional<bool> secretAccepted; // a secret was given: did the server take it?
};

class Keyring;

class RemoteAnswers
{
public:
    // After an unknown server was shown: trust this fingerprint from now on.
    void trustHost(const QString &fingerprint) { m_trustedFingerprint = fingerprint; }
    // A user name and token for HTTPS, kept in memory only.
    void provideCredentials(const QString &user, const QString &token)
    {
        m_credentials = std::make_pair(user, token);
    }
    bool hasCredentials() const { return m_credentials.has_value(); }
    std::optional<std::pair<QString, QString>> credentials() const { return m_credentials; }
    void forgetCredentials() { m_credentials.reset(); }
    // The passphrase of an SSH key: typed in the dialog, or found in the keyring.
    void providePassphrase(const QString &keyFile, const QString &passphrase,
                           bool fromKeyring = false)
    {
        m_passphrases.insert(keyFile, passphrase);
        if (fromKeyring)
            m_keptPassphrases.insert(keyFile);
        else
            m_keptPassphrases.remove(keyFile);
    }
    void forgetPassphrases()
    {
        m_passphrases.clear();
        m_keptPassphrases.clear();
    }

    // Before the dialog asks for the passphrase of `keyFile`: looks in the desktop's keyring
    // (key: the private key file's path). `done(true)` when one was found there (and is
    // given from now on), on the thread of `context` and only while it lives.
    void lookUpPassphrase(const QString &keyFile, const Keyring &keyring, QObject *context,
                          std::function<void(bool found)> done);
    // After a step: a passphrase typed in the dialog that opened its key, and that the server
    // did not refuse (`serverRefused`), is kept in the keyring; a wrong one never is. One from
    // the keyring that no longer opens the key is removed there and forgotten: its key file is
    // returned so that the dialog asks for the right one ("" otherwise).
    QString settlePassphrase(const RemoteQuestion &question, bool serverRefused,
                             const Keyring &keyring);

    // Callbacks for one step on a worker thread. Progress (0…1) reaches `onProgress` on the
    // thread of `receiver`, as long as it lives; `cancel` stops the step; what the app could
    // not answer lands in `question`. Copies the answers: later ones count for the next step.
    git::RemoteCallbacks callbacks(QObject *receiver, std::function<void(double)> onProgress,
                                   std::shared_ptr<std::atomic_bool> cancel,
                                   std::shared_ptr<RemoteQuestion> question) const;

private:
    QString m_trustedFingerprint;
    std::optional<std::pair<QString, QString>> m_credentials;
    QHash<QString, QString> m_passphrases; // SSH key file → passphrase
    QSet<QString> m_keptPassphrases; // … of which these came from (or went into) the keyring
};

} // namespace trendweb
