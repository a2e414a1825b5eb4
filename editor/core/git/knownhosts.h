// OpenSSH's known_hosts files: is this server's key the one we know, another one, or
// new? Plain and hashed ("|1|") host names, "[host]:port", wildcards and negations.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace trendweb::git {

struct HostKey
{
    QString type;    // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", …
    QByteArray blob; // the key as sent by the server (not base64)

    QString fingerprint() const; // "SHA256:…", as ssh-keygen -l shows it
};

// One line of a known_hosts file that names a host.
struct KnownHostLine
{
    QString file;
    int line = 0; // 1-based
    HostKey key;
};

struct HostKeyCheck
{
    enum State { Known, Unknown, Changed };
    State state = Unknown;
    QList<KnownHostLine> others; // the keys known for the host that are not this one
};

// `name` is what ssh looks up: "host" or "[host]:port". Changed: the host is known with
// another key of the same type; only other types known is Unknown, as for OpenSSH.
HostKeyCheck checkHostKey(const QStringList &files, const QString &name, const HostKey &key);

// Adds the key for `name` at the end of `file` (hashed when asked), as ssh does.
Result<void> rememberHostKey(const QString &file, const QString &name, const HostKey &key,
                             bool hashed);

// Removes every line that names `name` from these files; returns what was removed.
Result<QList<KnownHostLine>> forgetHost(const QStringList &files, const QString &name);

} // namespace trendweb::git
