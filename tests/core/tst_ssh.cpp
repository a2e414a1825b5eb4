#include "fixtures.h"
#include "git/repository.h"
#include "sshserver.h"
#include "testregistry.h"
#include "textfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <unistd.h>

using namespace trendweb;
using namespace trendweb::test;

// Clone and push over SSH to a real sshd on 127.0.0.1, started by the test, with the
// server's key checked against known_hosts and ~/.ssh/config read through `ssh -G`. HOME
// points into the test's folder, so ~/.ssh is the test's own; no ssh-agent is reachable.
class SshTest : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    SshServer sshd;
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

    struct CliResult
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // The command line as a script runs it: no terminal, so nothing can be typed in.
    CliResult cli(const QStringList &arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral(TRENDWEB_CLI_BIN), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString user() const { return QString::fromLocal8Bit(getpwuid(getuid())->pw_name); }

    QString knownHosts() const
    {
        return readTextFile(path(QStringLiteral("home/.ssh/known_hosts"))).value();
    }

    // A new key pair at `file` (passphrase may be empty) that the server accepts.
    void authorizedKey(const QString &file, const QString &passphrase = {})
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), passphrase, QStringLiteral("-f"), file});
        QFile keys(path(QStringLiteral("authorized_keys")));
        QVERIFY(keys.open(QIODevice::Append));
        keys.write(readTextFile(file + QStringLiteral(".pub")).value().toUtf8());
    }

    // The key in OpenSSH's default place, out of the way while a test shows that
    // another key is the one used.
    struct DefaultKeyAway
    {
        QString key;
        explicit DefaultKeyAway(const QString &key)
            : key(key)
        {
            QFile::rename(key, key + QStringLiteral(".weg"));
        }
        ~DefaultKeyAway() { QFile::rename(key + QStringLiteral(".weg"), key); }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/sshd")),
                 "sshd missing: apt-get install openssh-server");
        QVERIFY2(QDir(QStringLiteral("/run/sshd")).exists(),
                 "sshd needs /run/sshd (./dev.sh creates it)");
        qputenv("HOME", path(QStringLiteral("home")).toLocal8Bit());
        qunsetenv("SSH_AUTH_SOCK"); // keys come from files here, as on a desktop without agent
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

        QString why;
        QVERIFY2(sshd.start(dir.path(), &why), qPrintable(why));
        port = sshd.port();

        // The shared edition, made locally and reached over SSH by the tests.
        QVERIFY(git::Repository::init(path(QStringLiteral("gedeeld.git")), true).ok());
        writeFiles(path(QStringLiteral("begin")), goodEdition());
        auto begin = git::Repository::init(path(QStringLiteral("begin"))).value();
        QVERIFY(begin.commitAll(QStringLiteral("Begin"), anna).ok());
        QVERIFY(begin.setRemote(path(QStringLiteral("gedeeld.git"))).ok());
        QVERIFY(begin.push().ok());
    }

    void cleanupTestCase() { sshd.stop(); }

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

    void anAliasOfSshConfigGivesHostPortUserAndKey()
    {
        // The only key the server knows for this test is one outside ~/.ssh's default names.
        const QString key = path(QStringLiteral("home/sleutels/werk_ed25519"));
        authorizedKey(key);
        QVERIFY(writeTextFile(path(QStringLiteral("home/.ssh/config")),
                              QStringLiteral("Host gedeeld-werk\n  HostName 127.0.0.1\n  Port %1\n"
                                             "  User %2\n  IdentityFile ~/sleutels/werk_ed25519\n"
                                             "  UserKnownHostsFile ~/.ssh/known_hosts_werk\n")
                                  .arg(port)
                                  .arg(user()))
                    .ok());
        const DefaultKeyAway away(path(QStringLiteral("home/.ssh/id_ed25519")));
        const QString alias = QStringLiteral("gedeeld-werk:") + path(QStringLiteral("gedeeld.git"));
        git::RemoteCallbacks callbacks;
        int asked = 0;
        callbacks.acceptHostKey = [&](const QString &host, const QString &fingerprint) {
            ++asked;
            return host == QLatin1String("127.0.0.1") && fingerprint == hostFingerprint;
        };
        auto cloned = git::Repository::clone(alias, path(QStringLiteral("alias")), callbacks);
        QVERIFY2(cloned.ok(), qPrintable(cloned.error().message));
        QCOMPARE(asked, 1);
        QVERIFY(QFile::exists(path(QStringLiteral("alias/lemmas/eerste.md"))));
        // The shared place stays as written; the key went where the alias keeps its hosts.
        QCOMPARE(cloned.value().remoteUrl(), alias);
        const QString werk =
            readTextFile(path(QStringLiteral("home/.ssh/known_hosts_werk"))).value();
        QVERIFY2(werk.startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(port)),
                 qPrintable(werk));
        // Fetching later goes the same way, and the server is known now.
        auto repository = std::move(cloned).value();
        const auto fetched = repository.fetch(callbacks);
        QVERIFY2(fetched.ok(), qPrintable(fetched.error().message));
        QCOMPARE(asked, 1);
        QVERIFY(QFile::remove(path(QStringLiteral("home/.ssh/config"))));
    }

    void aChangedHostKeyIsRefusedNamingBothKeys()
    {
        // Another key for the same host in known_hosts, hashed by OpenSSH itself: to us a
        // different server answers.
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), QString(), QStringLiteral("-f"),
             path(QStringLiteral("anderekey"))});
        const QString other = readTextFile(path(QStringLiteral("anderekey.pub")))
                                  .value()
                                  .section(QLatin1Char(' '), 0, 1);
        const QString otherFingerprint =
            run(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-l"), QStringLiteral("-f"), path(QStringLiteral("anderekey.pub"))})
                .section(QLatin1Char(' '), 1, 1);
        const QString knownHostsFile = path(QStringLiteral("home/.ssh/known_hosts"));
        QVERIFY(writeTextFile(knownHostsFile,
                              QStringLiteral("[127.0.0.1]:%1 %2\n").arg(port).arg(other))
                    .ok());
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-H"), QStringLiteral("-f"), knownHostsFile});
        const QString before = knownHosts();
        QVERIFY2(before.startsWith(QStringLiteral("|1|")), qPrintable(before));

        int asked = 0;
        const auto cloned =
            git::Repository::clone(url(), path(QStringLiteral("misleid")), trusting(true, &asked));
        QVERIFY(!cloned.ok());
        QCOMPARE(asked, 0); // not a question of trust: refused
        const QString message = cloned.error().message;
        QVERIFY2(message.contains(otherFingerprint) && message.contains(hostFingerprint),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("forget-host 127.0.0.1:%1").arg(port)),
                 qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("onbekend")));

        // Following the advice for an unknown server does not help, and writes nothing.
        const CliResult trusted =
            cli({QStringLiteral("clone"), url(), QStringLiteral("misleid-cli"),
                 QStringLiteral("--trust-host"), hostFingerprint});
        QVERIFY(trusted.exitCode != 0);
        QVERIFY2(trusted.err.contains(otherFingerprint) && trusted.err.contains(hostFingerprint),
                 qPrintable(trusted.err));
        QCOMPARE(knownHosts(), before);
        QVERIFY(!QFile::exists(path(QStringLiteral("misleid-cli/lemmas/eerste.md"))));

        // Forgetting the old key is its own step, and says what it removed.
        const CliResult forgotten =
            cli({QStringLiteral("forget-host"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY2(forgotten.exitCode == 0, qPrintable(forgotten.err));
        QVERIFY2(forgotten.out.contains(otherFingerprint) &&
                     forgotten.out.contains(QStringLiteral("regel 1")),
                 qPrintable(forgotten.out));
        QVERIFY(knownHosts().trimmed().isEmpty());

        // Then the new key is trusted like any unknown one: exactly one line for the host.
        const CliResult again = cli({QStringLiteral("clone"), url(), QStringLiteral("vertrouwd"),
                                     QStringLiteral("--trust-host"), hostFingerprint});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QStringList lines = knownHosts().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(port)),
                 qPrintable(lines.first()));
    }

    void aProtectedKeyIsAskedForItsPassphrase()
    {
        const QString key = path(QStringLiteral("home/sleutels/geheim_ed25519"));
        authorizedKey(key, QStringLiteral("geheim woord"));
        const DefaultKeyAway away(path(QStringLiteral("home/.ssh/id_ed25519")));
        QStringList askedFor;
        QList<bool> verdicts;
        const auto withPassphrase = [&](const QString &passphrase) {
            git::RemoteCallbacks callbacks = trusting(false);
            callbacks.sshKey = key;
            callbacks.askPassphrase = [&askedFor, passphrase](const QString &file) {
                askedFor << file;
                return std::optional<QString>(passphrase);
            };
            callbacks.secretVerdict = [&verdicts](bool accepted) { verdicts << accepted; };
            return callbacks;
        };

        const auto wrong = git::Repository::clone(url(), path(QStringLiteral("geheim-fout")),
                                                  withPassphrase(QStringLiteral("raden")));
        QVERIFY(!wrong.ok());
        QCOMPARE(askedFor, QStringList{key}); // tried once
        QCOMPARE(verdicts, QList<bool>{false});
        QVERIFY2(wrong.error().message.contains(QStringLiteral("wachtwoordzin")) &&
                     wrong.error().message.contains(QStringLiteral("klopt niet")) &&
                     wrong.error().message.contains(key),
                 qPrintable(wrong.error().message));

        askedFor.clear();
        verdicts.clear();
        const auto right = git::Repository::clone(url(), path(QStringLiteral("geheim")),
                                                  withPassphrase(QStringLiteral("geheim woord")));
        QVERIFY2(right.ok(), qPrintable(right.error().message));
        QCOMPARE(askedFor, QStringList{key});
        QCOMPARE(verdicts, QList<bool>{true});

        // Not given (the dialog closed): the message names the key and the agent's way.
        git::RemoteCallbacks refused = trusting(false);
        refused.sshKey = key;
        refused.askPassphrase = [](const QString &) { return std::optional<QString>(); };
        const auto none =
            git::Repository::clone(url(), path(QStringLiteral("geheim-niet")), refused);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().message.contains(key) &&
                     none.error().message.contains(QStringLiteral("ssh-add")),
                 qPrintable(none.error().message));
    }

    void theCommandLineWithoutTerminalSaysHowToGiveThePassphrase()
    {
        const QString key = path(QStringLiteral("home/sleutels/geheim_ed25519"));
        QVERIFY(QFile::exists(key));
        QVERIFY(writeTextFile(path(QStringLiteral("home/.ssh/config")),
                              QStringLiteral("Host geheim\n  HostName 127.0.0.1\n  Port %1\n"
                                             "  IdentityFile %2\n")
                                  .arg(port)
                                  .arg(key))
                    .ok());
        const CliResult cloned =
            cli({QStringLiteral("clone"),
                 QStringLiteral("geheim:") + path(QStringLiteral("gedeeld.git")),
                 QStringLiteral("geheim-cli"), QStringLiteral("--trust-host"), hostFingerprint});
        QVERIFY(QFile::remove(path(QStringLiteral("home/.ssh/config"))));
        QVERIFY(cloned.exitCode != 0);
        QVERIFY2(cloned.err.contains(key) && cloned.err.contains(QStringLiteral("ssh-add")) &&
                     cloned.err.contains(QStringLiteral("wachtwoordzin")),
                 qPrintable(cloned.err));
    }

    void eachSshFailureHasItsOwnMessage()
    {
        // A key the server does not know: the message says which keys were tried.
        const QString stranger = path(QStringLiteral("vreemd_ed25519"));
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), QString(), QStringLiteral("-f"), stranger});
        git::RemoteCallbacks callbacks = trusting(true);
        callbacks.sshKey = stranger;
        const auto refused = [&] {
            const DefaultKeyAway away(path(QStringLiteral("home/.ssh/id_ed25519")));
            return git::Repository::clone(url(), path(QStringLiteral("vreemd")), callbacks);
        }();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(stranger) &&
                     refused.error().message.contains(QStringLiteral("publieke sleutel")),
                 qPrintable(refused.error().message));

        // No server at that port.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closed = probe.serverPort();
        probe.close();
        const auto unreachable = git::Repository::clone(
            QStringLiteral("ssh://%1@127.0.0.1:%2/x.git").arg(user()).arg(closed),
            path(QStringLiteral("onbereikbaar")), trusting(true));
        QVERIFY(!unreachable.ok());
        QVERIFY2(unreachable.error().message.contains(QStringLiteral("niet bereikbaar")),
                 qPrintable(unreachable.error().message));

        // The server is there, the repository is not.
        const auto missing =
            git::Repository::clone(QStringLiteral("ssh://%1@127.0.0.1:%2%3")
                                       .arg(user())
                                       .arg(port)
                                       .arg(path(QStringLiteral("bestaat-niet.git"))),
                                   path(QStringLiteral("nergens")), trusting(true));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("geen gedeelde editie")),
                 qPrintable(missing.error().message));

        // Never libgit2's English.
        for (const auto *result : {&refused, &unreachable, &missing})
            QVERIFY2(!result->error().message.contains(QRegularExpression(
                         QStringLiteral("\\b(failed|error|unable|remote|ssh-userauth)\\b"))),
                     qPrintable(result->error().message));
    }
};

TRENDWEB_TEST(SshTest)
#include "tst_ssh.moc"
