// The callbacks libgit2 calls during network work: credentials, the server's
// key, progress, cancel and the push verdict, over our RemoteCallbacks.
#include "git/repository_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace trendweb::git {

namespace {

QString knownHostsPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

int credentials(git_credential **out, const char *url, const char *userFromUrl,
                unsigned int allowed, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    const RemoteCallbacks &callbacks = *payload->callbacks;
    const int attempt = payload->credentialAttempts++;
    const char *user = userFromUrl ? userFromUrl : "git";
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        QStringList keys;
        if (!callbacks.sshKey.isEmpty())
            keys << callbacks.sshKey;
        keys << QDir::homePath() + QStringLiteral("/.ssh/id_ed25519")
             << QDir::homePath() + QStringLiteral("/.ssh/id_rsa");
        if (attempt == 0 && callbacks.sshKey.isEmpty() &&
            qEnvironmentVariableIsSet("SSH_AUTH_SOCK"))
            return git_credential_ssh_key_from_agent(out, user);
        const int index =
            attempt -
            (callbacks.sshKey.isEmpty() && qEnvironmentVariableIsSet("SSH_AUTH_SOCK") ? 1 : 0);
        int found = 0;
        for (const QString &key : keys) {
            if (!QFileInfo::exists(key))
                continue;
            if (found++ == index) {
                const QString publicKey = key + QStringLiteral(".pub");
                return git_credential_ssh_key_new(out, user,
                                                  QFileInfo::exists(publicKey)
                                                      ? QFile::encodeName(publicKey).constData()
                                                      : nullptr,
                                                  QFile::encodeName(key).constData(), nullptr);
            }
        }
        payload->refusal = tr("De gedeelde editie liet ons niet binnen: geen van de SSH-sleutels "
                              "werd geaccepteerd. Vraag de beheerder uw publieke sleutel toe te "
                              "voegen.");
        return GIT_EUSER;
    }
    if (allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT)
        return userPassCredentials(out, url, *payload);
    return GIT_PASSTHROUGH;
}

QString keyType(git_cert_ssh_raw_type_t type)
{
    switch (type) {
    case GIT_CERT_SSH_RAW_TYPE_RSA:
        return QStringLiteral("ssh-rsa");
    case GIT_CERT_SSH_RAW_TYPE_DSS:
        return QStringLiteral("ssh-dss");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_256:
        return QStringLiteral("ecdsa-sha2-nistp256");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_384:
        return QStringLiteral("ecdsa-sha2-nistp384");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_521:
        return QStringLiteral("ecdsa-sha2-nistp521");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ED25519:
        return QStringLiteral("ssh-ed25519");
    default:
        return {};
    }
}

int certificateCheck(git_cert *cert, int valid, const char *host, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    if (valid)
        return 0; // known and matching
    if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2) {
        payload->kind = SyncError::CertificateUntrusted; // told in errors.cpp
        return GIT_ECERTIFICATE;
    }
    const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
    QString fingerprint;
    if (hostKey->type & GIT_CERT_SSH_SHA256) {
        fingerprint =
            QStringLiteral("SHA256:") +
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hostKey->hash_sha256), 32)
                                    .toBase64(QByteArray::OmitTrailingEquals));
    }
    const RemoteCallbacks &callbacks = *payload->callbacks;
    if (!callbacks.acceptHostKey ||
        !callbacks.acceptHostKey(QString::fromUtf8(host), fingerprint)) {
        payload->refusal = tr("De sleutel van %1 is onbekend (%2). Controleer hem bij de "
                              "beheerder en vertrouw hem pas daarna.")
                               .arg(QString::fromUtf8(host), fingerprint);
        return GIT_ECERTIFICATE;
    }
    // Trusted by the person: remember it the way ssh does ("[host]:port" off port 22).
    const QUrl url(payload->url);
    QString entry = QString::fromUtf8(host);
    if (url.port(22) != 22)
        entry = QStringLiteral("[%1]:%2").arg(entry).arg(url.port());
    if ((hostKey->type & GIT_CERT_SSH_RAW) && hostKey->hostkey) {
        QDir().mkpath(QFileInfo(knownHostsPath()).absolutePath());
        QFile file(knownHostsPath());
        if (file.open(QIODevice::Append)) {
            file.write(QStringLiteral("%1 %2 %3\n")
                           .arg(entry, keyType(hostKey->raw_type),
                                QString::fromLatin1(
                                    QByteArray(hostKey->hostkey, qsizetype(hostKey->hostkey_len))
                                        .toBase64()))
                           .toUtf8());
        }
    }
    return 0;
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
