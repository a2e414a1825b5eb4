// The callbacks libgit2 calls during network work: credentials, the server's
// key, progress, cancel and the push verdict, over our RemoteCallbacks.
#include "git/repository_p.h"
#include "git/sshsession_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace trendweb::git {

namespace {

int credentials(git_credential **out, const char *url, const char *userFromUrl,
                unsigned int allowed, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    const RemoteCallbacks &callbacks = *payload->callbacks;
    const int attempt = payload->credentialAttempts++;
    if (allowed & (GIT_CREDENTIAL_SSH_KEY | GIT_CREDENTIAL_USERNAME))
        return sshCredentials(out, userFromUrl, allowed, *payload);
    if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && callbacks.askCredentials && attempt < 3) {
        const auto answer = callbacks.askCredentials(QString::fromUtf8(url));
        if (!answer) {
            payload->refusal = tr("Ophalen of versturen is gestopt: er is geen wachtwoord of "
                                  "token gegeven.");
            return GIT_EUSER;
        }
        return git_credential_userpass_plaintext_new(out, answer->first.toUtf8().constData(),
                                                     answer->second.toUtf8().constData());
    }
    return GIT_PASSTHROUGH;
}

int certificateCheck(git_cert *cert, int valid, const char *host, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2) {
        if (valid)
            return 0;
        payload->refusal = tr("Het certificaat van %1 is niet geldig; er is niets verstuurd of "
                              "opgehaald.")
                               .arg(QString::fromUtf8(host));
        return GIT_ECERTIFICATE;
    }
    return sshCertificateCheck(cert, *payload);
}

int transferProgress(const git_indexer_progress *stats, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    const RemoteCallbacks &callbacks = *payload->callbacks;
    if (callbacks.cancel && callbacks.cancel->load()) {
        payload->refusal = tr("Gestopt op uw verzoek; er is niets veranderd.");
        return GIT_EUSER;
    }
    if (callbacks.progress)
        callbacks.progress({int(stats->received_objects), int(stats->total_objects),
                            qint64(stats->received_bytes)});
    return 0;
}

int pushProgress(unsigned int current, unsigned int total, size_t bytes, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    const RemoteCallbacks &callbacks = *payload->callbacks;
    if (callbacks.cancel && callbacks.cancel->load()) {
        payload->refusal = tr("Gestopt op uw verzoek.");
        return GIT_EUSER;
    }
    if (callbacks.progress)
        callbacks.progress({int(current), int(total), qint64(bytes)});
    return 0;
}

int pushUpdate(const char *refname, const char *status, void *data)
{
    Q_UNUSED(refname);
    auto *payload = static_cast<CallbackPayload *>(data);
    if (status) {
        payload->refusal = tr("De gedeelde editie is intussen veranderd. Haal eerst de nieuwe "
                              "versie op (Ophalen) en verstuur daarna opnieuw; hier is niets "
                              "veranderd.");
        return GIT_EUSER;
    }
    return 0;
}

} // namespace

Error failure(const CallbackPayload &payload, const QString &what, const QString &where)
{
    Error error = lastError(what, where);
    if (const QString reason = sshFailureReason(payload); !reason.isEmpty())
        error.message = reason;
    else if (!payload.refusal.isEmpty())
        error.message = payload.refusal;
    return error;
}

git_remote_callbacks remoteCallbacks(CallbackPayload &payload)
{
    static const RemoteCallbacks none;
    if (!payload.callbacks)
        payload.callbacks = &none;
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = credentials;
    callbacks.certificate_check = certificateCheck;
    callbacks.transfer_progress = transferProgress;
    callbacks.push_transfer_progress = pushProgress;
    callbacks.push_update_reference = pushUpdate;
    callbacks.payload = &payload;
    return callbacks;
}

} // namespace trendweb::git
