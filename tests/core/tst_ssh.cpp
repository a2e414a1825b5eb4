#include "fixtures.h"
#include "git/repository.h"
#include "testregistry.h"
#include "textfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <unistd.h>

using namespace trendweb;
using namespace trendweb::test;

// Clone and push over SSH to a real sshd on 127.0.0.1, started by the test, with the
// server's key checked against known_hosts. HOME points into the test's folder, so
// ~/.ssh is the test's own.
class SshTest : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    QProcess sshd;
    quint16 port = 0;
    QString hostFingerprint;
    const git::Signature anna{QStringLiteral("Anna"), QStringLiteral("anna@example.org")};

    QString path(const QString &name) const { return dir.filePath(name); }

    QString url() const
    {
        const QString user = QString::fromLocal8Bit(getpwuid(getuid())->pw_name);
        return QStringLiteral("ssh://%1@127.0.0.1:%2%3")
            .arg(user)
            .arg(port)
            .arg(path(QStringLiteral("gedeeld.git")));
    }

    git::RemoteCallbacks trusting(bool trust, int *asked = nullptr) const
    {
        git::RemoteCallbacks callbacks;
        callbacks.sshKey = path(QStringLiteral("home/.ssh/id_ed25519"));
        callbacks.acceptHostKey = [this, trust, asked](const QString &,
                                                       const QString &fingerprint) {
            if (asked)
                ++*asked;
            return trust && fingerprint == hostFingerprint;
        };
        return callbacks;
    }

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/sshd")),
                 "sshd missing: apt-get install openssh-server");
        QVERIFY2(QDir(QStringLiteral("/run/sshd")).exists(),
                 "sshd needs /run/sshd (./dev.sh creates it)");
        qputenv("HOME", path(QStringLiteral("home")).toLocal8Bit());
        QVERIFY(QDir().mkpath(path(QStringLiteral("home/.ssh"))));
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), QString(), QStringLiteral("-f"),
             path(QStringLiteral("hostkey"))});
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), QString(), QStringLiteral("-f"),
             path(QStringLiteral("home/.ssh/id_ed25519"))});
        QVERIFY(QFile::copy(path(QStringLiteral("home/.ssh/id_ed25519.pub")),
                            path(QStringLiteral("authorized_keys"))));
        hostFingerprint =
            run(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-l"), QStringLiteral("-f"), path(QStringLiteral("hostkey.pub"))})
                .section(QLatin1Char(' '), 1, 1);
        QVERIFY(hostFingerprint.startsWith(QStringLiteral("SHA256:")));

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
        probe.close();
        QVERIFY(
            writeTextFile(
                path(QStringLiteral("sshd_config")),
                QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3\n"
                               "AuthorizedKeysFile %4\nStrictModes no\nPasswordAuthentication no\n"
                               "KbdInteractiveAuthentication no\nUsePAM no\nPermitRootLogin yes\n")
                    .arg(port)
                    .arg(path(QStringLiteral("hostkey")), path(QStringLiteral("sshd.pid")),
                         path(QStringLiteral("authorized_keys"))))
                .ok());
        sshd.setProcessChannelMode(QProcess::MergedChannels);
        sshd.start(QStringLiteral("/usr/sbin/sshd"),
                   {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                    path(QStringLiteral("sshd_config"))});
        QVERIFY(sshd.waitForStarted());
        QString log;
        while (!log.contains(QStringLiteral("Server listening")) && sshd.waitForReadyRead(10000))
            log += QString::fromUtf8(sshd.readAll());
        QVERIFY2(log.contains(QStringLiteral("Server listening")), qPrintable(log));

        // The shared edition, made locally and reached over SSH by the tests.
        QVERIFY(git::Repository::init(path(QStringLiteral("gedeeld.git")), true).ok());
        writeFiles(path(QStringLiteral("begin")), goodEdition());
        auto begin = git::Repository::init(path(QStringLiteral("begin"))).value();
        QVERIFY(begin.commitAll(QStringLiteral("Begin"), anna).ok());
        QVERIFY(begin.setRemote(path(QStringLiteral("gedeeld.git"))).ok());
        QVERIFY(begin.push().ok());
    }

    void cleanupTestCase()
    {
        sshd.terminate();
        sshd.waitForFinished(10000);
    }

    void anUnknownHostIsShownWithItsFingerprintAndNotTrusted()
    {
        int asked = 0;
        const auto cloned = git::Repository::clone(url(), path(QStringLiteral("weigeraar")),
                                                   trusting(false, &asked));
        QVERIFY(!cloned.ok());
        QCOMPARE(asked, 1);
        QVERIFY2(cloned.error().message.contains(hostFingerprint),
                 qPrintable(cloned.error().message));
        QVERIFY(!QFile::exists(path(QStringLiteral("home/.ssh/known_hosts"))));
    }

    void aTrustedHostIsRememberedAndCloneAndPushWork()
    {
        int asked = 0;
        auto cloned =
            git::Repository::clone(url(), path(QStringLiteral("anna")), trusting(true, &asked));
        QVERIFY2(cloned.ok(), qPrintable(cloned.error().toString()));
        QCOMPARE(asked, 1);
        const QString knownHosts =
            readTextFile(path(QStringLiteral("home/.ssh/known_hosts"))).value();
        QVERIFY2(knownHosts.startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(port)),
                 qPrintable(knownHosts));

        git::Repository anna = std::move(cloned).value();
        QString text = readTextFile(anna.workdir() + QStringLiteral("/lemmas/eerste.md")).value();
        text.replace(QStringLiteral("Veel."), QStringLiteral("Via SSH."));
        QVERIFY(writeTextFile(anna.workdir() + QStringLiteral("/lemmas/eerste.md"), text).ok());
        QVERIFY(anna.commit({QStringLiteral("lemmas/eerste.md")}, QStringLiteral("Over SSH"),
                            this->anna)
                    .ok());
        const auto pushed = anna.push(trusting(false, &asked));
        QVERIFY2(pushed.ok(), qPrintable(pushed.error().toString()));
        QCOMPARE(asked, 1); // known now: not asked again

        auto shared = git::Repository::open(path(QStringLiteral("gedeeld.git")));
        QCOMPARE(shared.value().log().value().first().summary, QStringLiteral("Over SSH"));
        auto second =
            git::Repository::clone(url(), path(QStringLiteral("bert")), trusting(false, &asked));
        QVERIFY2(second.ok(), qPrintable(second.error().toString()));
        QCOMPARE(asked, 1);
    }

    void aCancelledCloneStopsAndLeavesNothing()
    {
        std::atomic_bool cancel = true; // the person pressed Stoppen
        git::RemoteCallbacks callbacks = trusting(false);
        callbacks.cancel = &cancel;
        int progressReports = 0;
        callbacks.progress = [&progressReports](const git::SyncProgress &) { ++progressReports; };
        const auto cloned =
            git::Repository::clone(url(), path(QStringLiteral("gestopt")), callbacks);
        QVERIFY(!cloned.ok());
        QVERIFY2(cloned.error().message.contains(QStringLiteral("Gestopt")),
                 qPrintable(cloned.error().message));
        QCOMPARE(progressReports, 0);
        QVERIFY(!QFile::exists(path(QStringLiteral("gestopt/lemmas/eerste.md"))));
    }

    void aChangedHostKeyIsRefused()
    {
        // Another key for the same host in known_hosts: a different server answers.
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), QString(), QStringLiteral("-f"),
             path(QStringLiteral("anderekey"))});
        const QString other = readTextFile(path(QStringLiteral("anderekey.pub")))
                                  .value()
                                  .section(QLatin1Char(' '), 0, 1);
        QVERIFY(writeTextFile(path(QStringLiteral("home/.ssh/known_hosts")),
                              QStringLiteral("[127.0.0.1]:%1 %2\n").arg(port).arg(other))
                    .ok());
        const auto cloned =
            git::Repository::clone(url(), path(QStringLiteral("misleid")), trusting(false));
        QVERIFY(!cloned.ok());
    }
};

TRENDWEB_TEST(SshTest)
#include "tst_ssh.moc"
