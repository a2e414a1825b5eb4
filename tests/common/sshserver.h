// A real sshd on 127.0.0.1 for the tests of sharing over SSH, started by the test with its
// own configuration: the host key `hostkey` and the keys in `authorized_keys` of its folder,
// public keys only, as root (CI) or as anyone else.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

namespace trendweb::test {

class SshServer
{
public:
    ~SshServer() { stop(); }

    quint16 port() const { return m_port; }

    // Starts the server over `folder` (which holds `hostkey` and `authorized_keys`) and
    // waits until it listens; on failure, why.
    bool start(const QString &folder, QString *why)
    {
        const QDir dir(folder);
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return fail(why, QStringLiteral("no free port on 127.0.0.1"));
        m_port = probe.serverPort();
        probe.close();
        QFile config(dir.filePath(QStringLiteral("sshd_config")));
        if (!config.open(QIODevice::WriteOnly))
            return fail(why, QStringLiteral("cannot write ") + config.fileName());
        config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3\n"
                                    "AuthorizedKeysFile %4\nStrictModes no\n"
                                    "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                    "UsePAM no\nPermitRootLogin yes\n")
                         .arg(m_port)
                         .arg(dir.filePath(QStringLiteral("hostkey")),
                              dir.filePath(QStringLiteral("sshd.pid")),
                              dir.filePath(QStringLiteral("authorized_keys")))
                         .toUtf8());
        config.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(
            QStringLiteral("/usr/sbin/sshd"),
            {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config.fileName()});
        if (!m_process.waitForStarted())
            return fail(why, QStringLiteral("sshd did not start: ") + m_process.errorString());
        QString log;
        while (!log.contains(QStringLiteral("Server listening")) &&
               m_process.waitForReadyRead(10000))
            log += QString::fromUtf8(m_process.readAll());
        if (!log.contains(QStringLiteral("Server listening")))
            return fail(why, log);
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        m_process.waitForFinished(10000);
    }

private:
    static bool fail(QString *why, const QString &reason)
    {
        if (why)
            *why = reason;
        return false;
    }

    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace trendweb::test
