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
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT)
        return userPassCredentials(out, url, *payload);
    return GIT_PASSTHROUGH;
}

int certificateCheck(git_cert *cert, int valid, const char *host, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2) {
        if (valid)
            return 0;
        payload->kind = SyncError::CertificateUntrusted; // told in errors.cpp
        return GIT_ECERTIFICATE;
    }
    return sshCertificateCheck(cert, *payload);
}

int transferProgress(const git_indexer_progress *stats, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    const RemoteCallbacks &callbacks = *payload->callbacks;
    if (callbacks.cancel && callbacks.cancel->load()) {
        payload->kind = SyncError::Cancelled;
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
        payload->kind = SyncError::Cancelled;
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
    if (!status)
        return 0;
    // Git's words for "the shared edition has moved on"; anything else is the server's no.
    const QString verdict = QString::fromUtf8(status);
    payload->rejectedStatus = verdict;
    const bool movedOn = verdict.contains(QLatin1String("non-fast-forward")) ||
                         verdict.contains(QLatin1String("fetch first")) ||
                         verdict.contains(QLatin1String("stale info"));
    payload->kind = movedOn ? SyncError::MovedOn : SyncError::RefusedByServer;
    return GIT_EUSER;
}

// What the server says while it works; a refusing hook's words come this way.
int sideband(const char *text, int length, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    if (payload->serverText.size() < 16000)
        payload->serverText += QString::fromUtf8(text, length);
    return 0;
}

} // namespace

git_remote_callbacks remoteCallbacks(CallbackPayload &payload)
{
    static const RemoteCallbacks none;
    if (!payload.callbacks)
        payload.callbacks = &none;
    applyCertificateLocations();
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = credentials;
    callbacks.certificate_check = certificateCheck;
    callbacks.transfer_progress = transferProgress;
    callbacks.push_transfer_progress = pushProgress;
    callbacks.push_update_reference = pushUpdate;
    callbacks.sideband_progress = sideband;
    callbacks.payload = &payload;
    return callbacks;
}

} // namespace trendweb::git
