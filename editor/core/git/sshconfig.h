// Where an SSH remote really is, as OpenSSH would reach it: `ssh -G` is asked for the
// host name, port, user, keys and known_hosts files that ~/.ssh/config gives a host.
#pragma once

#include <QStringList>
#include <optional>

namespace trendweb::git {

struct SshTarget
{
    QString user; // empty only when no ssh program was found and the URL names none
    QString host; // the real host name (HostName), not the alias
    int port = 22;
    QString path;                 // the repository on the server ("/~/…" when relative)
    QString hostKeyAlias;         // HostKeyAlias: the name under which the key is known
    bool hashKnownHosts = false;  // HashKnownHosts: new entries are written hashed
    QStringList identityFiles;    // IdentityFile, ~ expanded, in OpenSSH's order
    QStringList userKnownHosts;   // UserKnownHostsFile; the first is where keys are added
    QStringList globalKnownHosts; // GlobalKnownHostsFile, read only

    // The URL libgit2 connects to: ssh://user@host:port/path.
    QString effectiveUrl() const;
    // The name of the host in known_hosts: "host", or "[host]:port" off port 22.
    QString knownHostsName() const;
    QStringList knownHostsFiles() const { return userKnownHosts + globalKnownHosts; }
};

// True for ssh://, ssh+git://, git+ssh:// and scp-like "[user@]host:path" URLs.
bool isSshUrl(const QString &url);

// The target of an SSH URL with ~/.ssh/config applied. Without an ssh program the URL is
// taken as it is, with OpenSSH's default key and known_hosts places. nullopt: not SSH.
std::optional<SshTarget> resolveSshUrl(const QString &url);

// The target for a host as a person names it ("alias", "host:2222", "[host]:2222").
std::optional<SshTarget> resolveSshHost(const QString &hostAndPort);

} // namespace trendweb::git
