#include "remoteanswers.h"

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
        if (passphrases.contains(keyFile))
            return passphrases.value(keyFile);
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

} // namespace trendweb
