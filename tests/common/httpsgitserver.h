// A real HTTPS Git server on 127.0.0.1 for the tests of sharing: Apache 2 started by the
// test with its own configuration, mod_ssl with a self-signed certificate made by openssl,
// Basic authentication from an htpasswd file, and `git http-backend` behind mod_cgi.
// As root (CI), Apache's workers run as nobody and the server's folder is given to them.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <unistd.h>

namespace trendweb::test {

class HttpsGitServer
{
public:
    // `root`: an empty folder for the server's files (certificate, repositories, logs).
    explicit HttpsGitServer(const QString &root)
        : m_root(root)
    {
        QDir().mkpath(repositories());
    }
    ~HttpsGitServer() { stop(); }

    QString repositories() const { return m_root + QStringLiteral("/repos"); }
    QString certificate() const { return m_root + QStringLiteral("/cert.pem"); }
    quint16 port() const { return m_port; }
    QString url(const QString &repository, const QString &user = {}) const
    {
        const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
        return QStringLiteral("https://") + who +
               QStringLiteral("127.0.0.1:%1/%2").arg(m_port).arg(repository);
    }
    QString why() const { return m_why; }

    // A bare repository whose first branch is main; with a refusal, its pre-receive hook
    // refuses every push with that message. Before start().
    bool addRepository(const QString &name, const QString &refusal = {})
    {
        const QString path = repositories() + QLatin1Char('/') + name;
        if (!run(QStringLiteral("git"),
                 {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                  QStringLiteral("-b"), QStringLiteral("main"), path}))
            return false;
        if (refusal.isEmpty())
            return true;
        const QString hook = path + QStringLiteral("/hooks/pre-receive");
        QFile file(hook);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write ") + hook);
        file.write("#!/bin/sh\necho '" + refusal.toUtf8() + "' >&2\nexit 1\n");
        file.close();
        return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                   QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                   QFile::ExeGroup);
    }

    // The account the server knows; may be changed while it runs.
    bool setPassword(const QString &user, const QString &password)
    {
        const QString file = m_root + QStringLiteral("/htpasswd");
        if (!run(QStringLiteral("htpasswd"), {QStringLiteral("-bc"), file, user, password}))
            return false;
        return QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                               QFile::ReadOther);
    }

    bool start()
    {
        if (!run(QStringLiteral("openssl"),
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                  m_root + QStringLiteral("/key.pem"), QStringLiteral("-out"), certificate(),
                  QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                  QStringLiteral("subjectAltName=DNS:127.0.0.1,IP:127.0.0.1")}))
            return false;
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return fail(QStringLiteral("no free port"));
        m_port = probe.serverPort();
        probe.close();
        const bool root = geteuid() == 0;
        const QString modules = QStringLiteral("/usr/lib/apache2/modules/");
        QString config =
            QStringLiteral("ServerRoot %1\nDefaultRuntimeDir %1\nPidFile %1/httpd.pid\n"
                           "Listen 127.0.0.1:%2\nServerName 127.0.0.1\n"
                           "ErrorLog /proc/self/fd/2\nLogLevel notice\n"
                           "Mutex file:%1\n")
                .arg(m_root)
                .arg(m_port);
        for (const char *module : {"mpm_prefork", "authz_core", "authn_core", "authn_file",
                                   "authz_user", "auth_basic", "ssl", "cgi", "alias", "env"})
            config += QStringLiteral("LoadModule %1_module %2mod_%1.so\n")
                          .arg(QLatin1String(module), modules);
        // Apache refuses to serve as root: its workers become nobody, who gets the folder.
        if (root)
            config += QStringLiteral("User nobody\nGroup nogroup\n");
        config +=
            QStringLiteral(
                "LogFormat \"%h %u %>s \\\"%r\\\"\" trendweb\nCustomLog %1/access.log trendweb\n"
                "SSLEngine on\nSSLCertificateFile %1/cert.pem\n"
                "SSLCertificateKeyFile %1/key.pem\nSSLSessionCache none\n"
                "SetEnv GIT_PROJECT_ROOT %1/repos\nSetEnv GIT_HTTP_EXPORT_ALL 1\n"
                "ScriptAlias / /usr/lib/git-core/git-http-backend/\n"
                "<Location />\n  AuthType Basic\n  AuthName \"Gedeelde editie\"\n"
                "  AuthUserFile %1/htpasswd\n  Require valid-user\n</Location>\n")
                .arg(m_root);
        QFile file(m_root + QStringLiteral("/httpd.conf"));
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write httpd.conf"));
        file.write(config.toUtf8());
        file.close();
        if (root) {
            if (!run(QStringLiteral("chown"),
                     {QStringLiteral("-R"), QStringLiteral("nobody:nogroup"), m_root}))
                return false;
            // nobody must reach the folder through the test's own (private) folders.
            for (QDir dir(m_root); !dir.isRoot(); dir.cdUp()) {
                QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::ExeOther |
                                                      QFile::ExeGroup);
                if (dir.path() == QDir::tempPath())
                    break;
            }
        }
        m_apache.setProcessChannelMode(QProcess::MergedChannels);
        // Its own session: when Apache stops it signals its whole process group.
        m_apache.setChildProcessModifier([] { setsid(); });
        m_apache.start(QStringLiteral("/usr/sbin/apache2"),
                       {QStringLiteral("-f"), m_root + QStringLiteral("/httpd.conf"),
                        QStringLiteral("-DFOREGROUND")});
        if (!m_apache.waitForStarted())
            return fail(QStringLiteral("apache2 did not start"));
        QString log;
        while (!log.contains(QStringLiteral("resuming normal operations")) &&
               m_apache.waitForReadyRead(20000))
            log += QString::fromUtf8(m_apache.readAll());
        if (!log.contains(QStringLiteral("resuming normal operations")))
            return fail(log);
        return true;
    }

    void stop()
    {
        if (m_apache.state() == QProcess::NotRunning)
            return;
        m_apache.terminate();
        if (!m_apache.waitForFinished(10000))
            m_apache.kill();
        m_apache.waitForFinished();
    }

    // The requests the server answered, one line each: "127.0.0.1 USER STATUS \"REQUEST\"".
    QStringList accessLog() const
    {
        QFile file(m_root + QStringLiteral("/access.log"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    // How many requests came with this user and were refused (401).
    int refusedAttempts(const QString &user) const
    {
        int count = 0;
        for (const QString &line : accessLog())
            count += line.contains(QStringLiteral(" %1 401 ").arg(user)) ? 1 : 0;
        return count;
    }

    // The summary of the newest version of a repository on the server (git, as any user).
    QString newestSummary(const QString &repository) const
    {
        QProcess git;
        git.start(QStringLiteral("git"),
                  {QStringLiteral("-c"), QStringLiteral("safe.directory=*"),
                   QStringLiteral("--git-dir"), repositories() + QLatin1Char('/') + repository,
                   QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")});
        git.waitForFinished(30000);
        return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
    }

private:
    bool run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return fail(program + QStringLiteral(": ") + QString::fromUtf8(process.readAll()) +
                        process.errorString());
        return true;
    }
    bool fail(const QString &why)
    {
        m_why = why;
        return false;
    }

    QString m_root;
    quint16 m_port = 0;
    QProcess m_apache;
    QString m_why;
};

} // namespace trendweb::test
