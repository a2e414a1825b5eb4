// One network call over SSH, as OpenSSH would make it: the target ~/.ssh/config gives,
// the server's key checked against known_hosts, the keys offered one by one (asking for
// a passphrase where one is needed), and the reason in Dutch when it fails.
// Internal to the git wrapper.
#pragma once

#include "git/repository_p.h"
#include "git/sshconfig.h"

#include <QHash>

namespace trendweb::git {

struct SshSession
{
    SshTarget target;
    bool reachedServer = false; // the server showed its key
    bool candidatesListed = false;
    QStringList candidates; // key files; an empty entry is the ssh-agent
    int next = 0;
    QStringList tried;               // offered to the server
    QStringList locked;              // protected keys whose passphrase was not given
    QHash<QString, QString> secrets; // passphrases given during this call
    QString pendingPassphraseKey;    // offered with a passphrase, not yet judged
};

// True when the private key in `file` is protected by a passphrase (OpenSSH's own format
// with a KDF other than "none", or PEM marked ENCRYPTED).
bool isEncryptedKey(const QString &file);

int sshCredentials(git_credential **out, const char *user, unsigned int allowed,
                   CallbackPayload &payload);
int sshCertificateCheck(git_cert *cert, CallbackPayload &payload);

// Why a network call over SSH failed, in Dutch, read from libgit2's error right after the
// failing call; empty when it is not an SSH matter or not recognised.
QString sshFailureReason(const CallbackPayload &payload);

} // namespace trendweb::git
