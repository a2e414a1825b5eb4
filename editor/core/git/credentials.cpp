// HTTPS: the user name and token for the shared edition, asked once per operation, and
// the certificates that are trusted.
#include "git/repository_p.h"

#include <QFile>
#include <mutex>

namespace trendweb::git {

int userPassCredentials(git_credential **out, const char *url, CallbackPayload &payload)
{
    const RemoteCallbacks &callbacks = *payload.callbacks;
    // libgit2 asks again after the server said 401: the token was wrong. It is never sent a
    // second time (accounts get locked after a few wrong attempts).
    if (payload.userPassGiven) {
        payload.kind = SyncError::AuthenticationRefused;
        return GIT_EUSER;
    }
    if (!callbacks.askCredentials) {
        payload.kind = SyncError::CredentialsMissing;
        return GIT_EUSER;
    }
    const auto answer = callbacks.askCredentials(QString::fromUtf8(url));
    if (!answer || answer->second.isEmpty()) {
        payload.kind = SyncError::CredentialsMissing;
        return GIT_EUSER;
    }
    payload.userPassGiven = true;
    payload.secretGiven = true;
    return git_credential_userpass_plaintext_new(out, answer->first.toUtf8().constData(),
                                                 answer->second.toUtf8().constData());
}

void applyCertificateLocations()
{
    // Git's own variable first, then OpenSSL's; libgit2's built-in default otherwise. Applied
    // before every network call: libgit2 forgets it whenever it is shut down and started again.
    static std::mutex mutex;
    static bool replaced = false;
    QByteArray file = qgetenv("GIT_SSL_CAINFO");
    if (file.isEmpty())
        file = qgetenv("SSL_CERT_FILE");
    const std::lock_guard<std::mutex> lock(mutex);
    if (file.isEmpty() && !replaced)
        return;
    const QByteArray location =
        file.isEmpty() ? QByteArrayLiteral("/etc/ssl/certs/ca-certificates.crt") : file;
    if (QFile::exists(QFile::decodeName(location)) &&
        git_libgit2_opts(GIT_OPT_SET_SSL_CERT_LOCATIONS, location.constData(), nullptr) == 0)
        replaced = !file.isEmpty();
    else
        git_error_clear();
}

} // namespace trendweb::git
