#include "fixtures.h"
#include "git/repository.h"
#include "keyring.h"
#include "sharecontroller.h"
#include "sshserver.h"
#include "testregistry.h"
#include "textfile.h"
#include "versioncontroller.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <pwd.h>
#include <unistd.h>

using namespace trendweb;
using namespace trendweb::test;

// The passphrase of a protected SSH key is asked once and kept in the desktop's keyring: the
// next start of the app (Ophalen, Versturen, fetching a shared edition) finds it there without
// asking; a wrong one is never kept, and a kept one that no longer opens the key is removed
// and asked for again. Runs against a real sshd on 127.0.0.1 and a real Secret Service
// (gnome-keyring in a private D-Bus session, see tests/common/with-secret-service.sh).
class SshKeyringTest : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    SshServer sshd;
    quint16 port = 0;
    const QString passphrase = QStringLiteral("geheim woord");
    const QString upToDate = QStringLiteral("Al bijgewerkt.");
    const git::Signature anna{QStringLiteral("Anna"), QStringLiteral("anna@example.org")};

    QString path(const QString &name) const { return dir.filePath(name); }
    QString keyFile() const { return QDir::homePath() + QStringLiteral("/.ssh/id_ed25519"); }

    QString url() const
    {
        return QStringLiteral("ssh://%1@127.0.0.1:%2%3")
            .arg(QString::fromLocal8Bit(getpwuid(getuid())->pw_name))
            .arg(port)
            .arg(path(QStringLiteral("gedeeld.git")));
    }

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // What the keyring holds for the key, waited for (the keyring answers asynchronously).
    std::optional<QString> stored() const
    {
        bool answered = false;
        std::optional<QString> found;
        Keyring().readSecret(keyFile(), [&](std::optional<QString> secret, const QString &) {
            found = secret;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 20000))
            qWarning("the keyring did not answer");
        return found;
    }

    void keep(const QString &secret) const
    {
        bool written = false;
        Keyring().writeSecret(keyFile(), secret, [&](bool ok, const QString &error) {
            QVERIFY2(ok, qPrintable(error));
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
    }

    void forget() const
    {
        bool removed = false;
        Keyring().remove(keyFile(), [&](bool, const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run through tests/common/with-secret-service.sh");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/sshd")),
                 "sshd missing: apt-get install openssh-server");
        QVERIFY2(QDir(QStringLiteral("/run/sshd")).exists(),
                 "sshd needs /run/sshd (./dev.sh creates it)");
        qputenv("HOME", path(QStringLiteral("home")).toLocal8Bit());
        qunsetenv("SSH_AUTH_SOCK"); // no agent: the passphrase must come from the app
        QVERIFY(QDir().mkpath(path(QStringLiteral("home/.ssh"))));
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), QString(), QStringLiteral("-f"),
             path(QStringLiteral("hostkey"))});
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), passphrase, QStringLiteral("-f"), keyFile()});
        QVERIFY(QFile::copy(keyFile() + QStringLiteral(".pub"),
                            path(QStringLiteral("authorized_keys"))));

        QString why;
        QVERIFY2(sshd.start(dir.path(), &why), qPrintable(why));
        port = sshd.port();
        // The server is known already: only the passphrase is asked.
        QVERIFY(writeTextFile(path(QStringLiteral("home/.ssh/known_hosts")),
                              QStringLiteral("[127.0.0.1]:%1 %2")
                                  .arg(port)
                                  .arg(readTextFile(path(QStringLiteral("hostkey.pub"))).value()))
                    .ok());

        QVERIFY(git::Repository::init(path(QStringLiteral("gedeeld.git")), true).ok());
        writeFiles(path(QStringLiteral("begin")), goodEdition());
        auto begin = git::Repository::init(path(QStringLiteral("begin"))).value();
        QVERIFY(begin.commitAll(QStringLiteral("Begin"), anna).ok());
        QVERIFY(begin.setRemote(path(QStringLiteral("gedeeld.git"))).ok());
        QVERIFY(begin.push().ok());

        // Anna's edition, fetched over SSH with the passphrase given directly.
        git::RemoteCallbacks callbacks;
        callbacks.askPassphrase = [this](const QString &) {
            return std::optional<QString>(passphrase);
        };
        auto cloned = git::Repository::clone(url(), path(QStringLiteral("anna")), callbacks);
        QVERIFY2(cloned.ok(), qPrintable(cloned.error().toString()));
        QVERIFY(!stored());
    }

    void cleanupTestCase() { sshd.stop(); }

    void aWrongPassphraseIsNeverKept()
    {
        VersionController versions;
        versions.setEditionRoot(path(QStringLiteral("anna")));
        QSignalSpy asked(&versions, &VersionController::passphraseRequested);
        versions.pull();
        QVERIFY(asked.wait(60000));
        QCOMPARE(asked.first().at(0).toString(), keyFile());
        QCOMPARE(asked.first().at(1).toString(), QString()); // the first time: no problem
        versions.providePassphrase(keyFile(), QStringLiteral("raden"));
        QTRY_VERIFY_WITH_TIMEOUT(versions.errorMessage().contains(QStringLiteral("klopt niet")),
                                 60000);
        QVERIFY(!versions.busy());
        QVERIFY(!stored().has_value());
    }

    void thePassphraseIsAskedOnceAndFoundInTheKeyringNextTime()
    {
        {
            VersionController versions;
            versions.setEditionRoot(path(QStringLiteral("anna")));
            QSignalSpy asked(&versions, &VersionController::passphraseRequested);
            versions.pull();
            QVERIFY(asked.wait(60000));
            QCOMPARE(asked.count(), 1);
            QCOMPARE(asked.first().at(0).toString(), keyFile());
            versions.providePassphrase(keyFile(), passphrase);
            QTRY_COMPARE_WITH_TIMEOUT(versions.message(), upToDate, 60000);
            QCOMPARE(versions.errorMessage(), QString());
            QCOMPARE(asked.count(), 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(stored(), std::optional<QString>(passphrase), 20000);

        // The next start of the app: Ophalen asks nothing.
        VersionController later;
        later.setEditionRoot(path(QStringLiteral("anna")));
        QSignalSpy asked(&later, &VersionController::passphraseRequested);
        later.pull();
        QTRY_COMPARE_WITH_TIMEOUT(later.message(), upToDate, 60000);
        QCOMPARE(later.errorMessage(), QString());
        QCOMPARE(asked.count(), 0);

        // Never in a file: not in the edition, the app's settings or anywhere under HOME.
        for (const QString &root : {path(QStringLiteral("anna")), QDir::homePath(),
                                    qEnvironmentVariable("XDG_CONFIG_HOME")}) {
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(passphrase.toUtf8()),
                             qPrintable(file.fileName()));
            }
        }
    }

    void fetchingASharedEditionFindsTheKeptPassphrase()
    {
        QVERIFY(stored().has_value());
        ShareController share;
        QSignalSpy asked(&share, &ShareController::passphraseRequested);
        QSignalSpy fetched(&share, &ShareController::fetched);
        share.fetch(url(), path(QStringLiteral("tweede")));
        QVERIFY2(fetched.wait(60000), qPrintable(share.errorMessage()));
        QCOMPARE(asked.count(), 0);
        QVERIFY(QFile::exists(path(QStringLiteral("tweede/edition.yaml"))));
    }

    void aKeptPassphraseThatNoLongerFitsIsReplacedAfterAsking()
    {
        keep(QStringLiteral("verouderd"));
        VersionController versions;
        versions.setEditionRoot(path(QStringLiteral("anna")));
        QSignalSpy asked(&versions, &VersionController::passphraseRequested);
        versions.pull();
        QVERIFY(asked.wait(60000));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).toString(), keyFile());
        const QString problem = asked.first().at(1).toString();
        QVERIFY2(problem.contains(QStringLiteral("opgeslagen wachtwoordzin")) &&
                     problem.contains(QStringLiteral("klopt niet meer")),
                 qPrintable(problem));
        QCOMPARE(versions.errorMessage(), problem);
        QTRY_VERIFY_WITH_TIMEOUT(!stored().has_value(), 20000);

        versions.providePassphrase(keyFile(), passphrase);
        QTRY_COMPARE_WITH_TIMEOUT(versions.message(), upToDate, 60000);
        QCOMPARE(asked.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stored(), std::optional<QString>(passphrase), 20000);

        // The same when sharing starts: the stale one is removed, the dialog says why.
        keep(QStringLiteral("verouderd"));
        ShareController share;
        QSignalSpy shareAsked(&share, &ShareController::passphraseRequested);
        QSignalSpy fetched(&share, &ShareController::fetched);
        share.fetch(url(), path(QStringLiteral("derde")));
        QVERIFY(shareAsked.wait(60000));
        QVERIFY(shareAsked.first().at(1).toString().contains(QStringLiteral("klopt niet meer")));
        QTRY_VERIFY_WITH_TIMEOUT(!stored().has_value(), 20000);
        share.providePassphrase(keyFile(), passphrase);
        QVERIFY2(fetched.wait(60000), qPrintable(share.errorMessage()));
        QCOMPARE(shareAsked.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(stored(), std::optional<QString>(passphrase), 20000);
        forget();
    }
};

TRENDWEB_TEST(SshKeyringTest)
#include "tst_sshkeyring.moc"
