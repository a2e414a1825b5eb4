// ~/.ssh/config through OpenSSH itself: `ssh -G HOST` prints the options that apply to a
// host after every Host and Match block, so aliases, ports, users and keys are read
// exactly as ssh reads them. Nothing of the file is parsed here.
#include "git/sshconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <pwd.h>
#include <unistd.h>

namespace trendweb::git {

namespace {

struct ParsedUrl
{
    QString user;
    QString host;
    int port = -1; // not given
    QString path;
};

QString localUser()
{
    const passwd *entry = getpwuid(getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}

// The home folder ssh itself uses (the password database), which can differ from $HOME.
QString passwdHome()
{
    const passwd *entry = getpwuid(getuid());
    return entry ? QFile::decodeName(entry->pw_dir) : QString();
}

std::optional<ParsedUrl> parse(const QString &url)
{
    static const QStringList schemes = {QStringLiteral("ssh://"), QStringLiteral("ssh+git://"),
                                        QStringLiteral("git+ssh://")};
    for (const QString &scheme : schemes) {
        if (!url.startsWith(scheme, Qt::CaseInsensitive))
            continue;
        const QUrl parsed(QStringLiteral("ssh://") + url.mid(scheme.size()));
        if (!parsed.isValid() || parsed.host().isEmpty())
            return std::nullopt;
        ParsedUrl result{parsed.userName(), parsed.host(), parsed.port(-1),
                         parsed.path(QUrl::FullyDecoded)};
        if (result.path.isEmpty())
            result.path = QStringLiteral("/");
        return result;
    }
    if (url.contains(QLatin1String("://")))
        return std::nullopt;
    // scp-like: [user@]host:path, the colon before any slash.
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    const qsizetype slash = url.indexOf(QLatin1Char('/'));
    if (colon <= 0 || (slash >= 0 && slash < colon))
        return std::nullopt;
    ParsedUrl result;
    QString authority = url.left(colon);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        result.user = authority.left(at);
        authority = authority.mid(at + 1);
    }
    if (authority.startsWith(QLatin1Char('[')) && authority.endsWith(QLatin1Char(']')))
        authority = authority.mid(1, authority.size() - 2);
    result.host = authority;
    result.path = url.mid(colon + 1);
    if (!result.path.startsWith(QLatin1Char('/')))
        result.path.prepend(QStringLiteral("/~/")); // relative to the home folder on the server
    return result;
}

QString expandHome(QString path, const SshTarget &target)
{
    const QString home = QDir::homePath();
    if (path == QLatin1String("~"))
        return home;
    if (path.startsWith(QLatin1String("~/")))
        path = home + path.mid(1);
    path.replace(QLatin1String("%d"), home)
        .replace(QLatin1String("%u"), localUser())
        .replace(QLatin1String("%h"), target.host)
        .replace(QLatin1String("%r"), target.user)
        .replace(QLatin1String("%p"), QString::number(target.port))
        .replace(QLatin1String("%%"), QLatin1String("%"));
    // ssh expands ~ with the password database's home; ours is $HOME.
    const QString pwHome = passwdHome();
    if (!pwHome.isEmpty() && pwHome != home && path.startsWith(pwHome + QLatin1Char('/')))
        path = home + path.mid(pwHome.size());
    return path;
}

QStringList defaultIdentities()
{
    QStringList files;
    for (const char *name : {"id_rsa", "id_ecdsa", "id_ed25519", "id_dsa"})
        files << QStringLiteral("~/.ssh/") + QLatin1String(name);
    return files;
}

// OpenSSH's own defaults when there is no ssh program to ask.
void applyDefaults(SshTarget &target, const ParsedUrl &url)
{
    target.user = url.user.isEmpty() ? localUser() : url.user;
    target.port = url.port > 0 ? url.port : 22;
    for (const QString &file : defaultIdentities())
        target.identityFiles << expandHome(file, target);
    target.userKnownHosts = {QDir::homePath() + QStringLiteral("/.ssh/known_hosts"),
                             QDir::homePath() + QStringLiteral("/.ssh/known_hosts2")};
    target.globalKnownHosts = {QStringLiteral("/etc/ssh/ssh_known_hosts"),
                               QStringLiteral("/etc/ssh/ssh_known_hosts2")};
}

// Asks `ssh -G`; false when there is no ssh program or it could not answer.
bool askOpenSsh(SshTarget &target, const ParsedUrl &url)
{
    const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (ssh.isEmpty() || url.host.startsWith(QLatin1Char('-')))
        return false;
    QStringList arguments{QStringLiteral("-G")};
    // ssh reads ~/.ssh/config from the password database's home; follow $HOME instead,
    // as every other part of the program does.
    const QString home = QDir::homePath();
    if (home != passwdHome()) {
        const QString config = home + QStringLiteral("/.ssh/config");
        arguments << QStringLiteral("-F")
                  << (QFileInfo::exists(config) ? config : QStringLiteral("/dev/null"));
    }
    if (url.port > 0)
        arguments << QStringLiteral("-p") << QString::number(url.port);
    if (!url.user.isEmpty())
        arguments << QStringLiteral("-l") << url.user;
    arguments << QStringLiteral("--") << url.host;
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(ssh, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return false;
    const QStringList lines =
        QString::fromLocal8Bit(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    QStringList identities;
    for (const QString &line : lines) {
        const QString key = line.section(QLatin1Char(' '), 0, 0).toLower();
        const QString value = line.section(QLatin1Char(' '), 1).trimmed();
        if (key == QLatin1String("hostname"))
            target.host = value;
        else if (key == QLatin1String("port"))
            target.port = value.toInt();
        else if (key == QLatin1String("user"))
            target.user = value;
        else if (key == QLatin1String("hostkeyalias"))
            target.hostKeyAlias = value;
        else if (key == QLatin1String("hashknownhosts"))
            target.hashKnownHosts = value == QLatin1String("yes");
        else if (key == QLatin1String("identityfile"))
            identities << value;
        else if (key == QLatin1String("userknownhostsfile"))
            target.userKnownHosts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (key == QLatin1String("globalknownhostsfile"))
            target.globalKnownHosts = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    if (target.host.isEmpty() || target.port <= 0)
        return false;
    for (QString &file : target.userKnownHosts)
        file = expandHome(file, target);
    for (QString &file : target.globalKnownHosts)
        file = expandHome(file, target);
    for (const QString &file : identities) {
        // Security-key and XMSS keys are beyond libssh2.
        if (file.endsWith(QLatin1String("_sk")) || file.endsWith(QLatin1String("_xmss")))
            continue;
        target.identityFiles << expandHome(file, target);
    }
    return true;
}

SshTarget resolve(const ParsedUrl &url)
{
    SshTarget target;
    target.host = url.host;
    target.path = url.path;
    if (!askOpenSsh(target, url)) {
        target = SshTarget{};
        target.host = url.host;
        target.path = url.path;
        applyDefaults(target, url);
    }
    target.identityFiles.removeDuplicates();
    return target;
}

} // namespace

QString SshTarget::effectiveUrl() const
{
    QString authority = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    if (!user.isEmpty())
        authority.prepend(user + QLatin1Char('@'));
    return QStringLiteral("ssh://%1:%2%3").arg(authority).arg(port).arg(path);
}

QString SshTarget::knownHostsName() const
{
    const QString name = hostKeyAlias.isEmpty() ? host : hostKeyAlias;
    if (port == 22 || !hostKeyAlias.isEmpty())
        return name;
    return QStringLiteral("[%1]:%2").arg(name).arg(port);
}

bool isSshUrl(const QString &url)
{
    if (!url.contains(QLatin1String("://")) && QFileInfo::exists(url))
        return false; // a local folder whose name has a colon
    return parse(url).has_value();
}

std::optional<SshTarget> resolveSshUrl(const QString &url)
{
    if (!isSshUrl(url))
        return std::nullopt;
    return resolve(*parse(url));
}

std::optional<SshTarget> resolveSshHost(const QString &hostAndPort)
{
    static const QRegularExpression form(
        QStringLiteral("^(?:\\[([^\\]]+)\\]|([^:\\[\\]]+))(?::(\\d+))?$"));
    const auto match = form.match(hostAndPort.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    ParsedUrl url;
    url.host = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    url.port = match.captured(3).isEmpty() ? -1 : match.captured(3).toInt();
    return resolve(url);
}

} // namespace trendweb::git
