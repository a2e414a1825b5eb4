#include "remoteanswers.h"

#include "keyring.h"

#include <QPointer>

namespace trendweb {

git::RemoteCallbacks RemoteAnswers::callbacks(QObject *receiver,
                                              std::function<void(double)> onProgress,
                                              std::shared_ptr<std::atomic_bool> cancel,
                                              std::shared_ptr<RemoteQuestion> question) const
{
    git::RemoteCallbacks callbacks;
    callbacks.cancel = cancel.get();
    const QPointer<QObject> target(receiver);
    callbacks.progress = [target, onProgress, cancel](const git::SyncProgress &progress) {
        if (progress.total <= 0 || !target)
            return;
        const double done = double(progress.done) / progress.total;
        // Queued to the receiver's thread; dropped when it is gone by then.
        QMetaObject::invokeMethod(
            target.data(),
            [target, onProgress, done] {
                if (target)
                    onProgress(done);
            },
            Qt::QueuedConnection);
    };
    const QString trusted = m_trustedFingerprint;
    callbacks.acceptHostKey = [question, trusted](const QString &host, const QString &fingerprint) {
        if (!trusted.isEmpty() && fingerprint == trusted)
            return true;
        question->host = host;
        question->fingerprint = fingerprint;
        return false;
    };
    const auto credentials = m_credentials;
    callbacks.askCredentials =
        [question, credentials](const QString &url) -> std::optional<std::pair<QString, QString>> {
        if (credentials)
            return credentials;
        question->credentialsUrl = url;
        return std::nullopt;
    };
    const auto passphrases = m_passphrases;
    callbacks.askPassphrase = [question,
                               passphrases](const QString &keyFile) -> std::optional<QString> {
        if (passphrases.contains(keyFile)) {
            question->passphraseGiven = keyFile; // the verdict that follows is about this key
            return passphrases.value(keyFile);
        }
        if (question->passphraseKey.isEmpty())
            question->passphraseKey = keyFile; // asked for after this step, then run again
        return std::nullopt;
    };
    callbacks.secretVerdict = [question](bool accepted) {
        question->secretAccepted = accepted;
        if (!accepted)
            question->wrongPassphrase = true; // asked again next time
    };
    return callbacks;
}

void RemoteAnswers::lookUpPassphrase(const QString &keyFile, const Keyring &keyring,
                                     QObject *context, std::function<void(bool found)> done)
{
    const QPointer<QObject> alive(context);
    keyring.readSecret(keyFile,
                       [this, alive, keyFile, done](std::optional<QString> found, const QString &) {
                           if (!alive)
                               return; // the controller holding these answers is gone
                           if (found)
                               providePassphrase(keyFile, *found, true);
                           done(found.has_value());
                       });
}

QString RemoteAnswers::settlePassphrase(const RemoteQuestion &question, bool serverRefused,
                                        const Keyring &keyring)
{
    const QString keyFile = question.passphraseGiven;
    if (keyFile.isEmpty() || !question.secretAccepted || !m_passphrases.contains(keyFile))
        return {};
    const bool kept = m_keptPassphrases.contains(keyFile);
    if (*question.secretAccepted) {
        // The key opened with it: kept for the next start, unless the server refused the key
        // itself (then whether it is the right key is not known yet).
        if (!kept && !serverRefused) {
            keyring.writeSecret(keyFile, m_passphrases.value(keyFile));
            m_keptPassphrases.insert(keyFile);
        }
        return {};
    }
    // Wrong: never sent again, and never kept.
    forgetPassphrases();
    if (!kept)
        return {};
    keyring.remove(keyFile);
    return keyFile;
}

} // namespace trendweb
