#include "fixtures.h"
#include "git/repository.h"
#include "httpsgitserver.h"
#include "keyring.h"
#include "testregistry.h"
#include "textfile.h"
#include "versioncontroller.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

// The app keeps a shared edition's token in the desktop's keyring: asked once, found there
// the next time, removed (and asked again, once) when the server refuses it. Runs against a
// real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/common/with-secret-service.sh) and a real HTTPS Git server on 127.0.0.1.
class KeyringTest : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<HttpsGitServer> server;
    const git::Signature anne{QStringLiteral("Anne"), QStringLiteral("anne@example.org")};
    const QString sent = QStringLiteral("Verstuurd naar de gedeelde editie.");

    QString path(const QString &name) const { return dir.filePath(name); }
    QString key() const { return Keyring::keyFor(server->url(QStringLiteral("editie.git"))); }

    // What the keyring holds for the server, waited for (the keyring answers asynchronously).
    static std::optional<StoredCredentials> stored(const QString &key)
    {
        bool answered = false;
        std::optional<StoredCredentials> found;
        Keyring().read(key, [&](std::optional<StoredCredentials> credentials, const QString &) {
            found = credentials;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 20000))
            qWarning("the keyring did not answer");
        return found;
    }

    void commitChange(const QString &words)
    {
        auto repository = git::Repository::open(path(QStringLiteral("anne"))).value();
        const QString file = repository.workdir() + QStringLiteral("/lemmas/eerste.md");
        QString text = readTextFile(file).value();
        text.replace(QStringLiteral("Veel."), words + QStringLiteral(" Veel."));
        QVERIFY(writeTextFile(file, text).ok());
        QVERIFY(repository.commit({QStringLiteral("lemmas/eerste.md")}, words, anne).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run through tests/common/with-secret-service.sh");
        server = std::make_unique<HttpsGitServer>(path(QStringLiteral("server")));
        QVERIFY2(server->addRepository(QStringLiteral("editie.git")), qPrintable(server->why()));
        writeFiles(path(QStringLiteral("begin")), goodEdition());
        auto begin = git::Repository::init(path(QStringLiteral("begin"))).value();
        QVERIFY(begin.commitAll(QStringLiteral("Begin"), anne).ok());
        QVERIFY(begin.setRemote(server->repositories() + QStringLiteral("/editie.git")).ok());
        QVERIFY(begin.push().ok());
        QVERIFY(server->setPassword(QStringLiteral("anne"), QStringLiteral("geheim")));
        QVERIFY2(server->start(), qPrintable(server->why()));
        qputenv("GIT_SSL_CAINFO", server->certificate().toLocal8Bit());

        git::RemoteCallbacks callbacks;
        callbacks.askCredentials = [](const QString &) {
            return std::make_optional(
                std::make_pair(QStringLiteral("anne"), QStringLiteral("geheim")));
        };
        auto cloned = git::Repository::clone(server->url(QStringLiteral("editie.git")),
                                             path(QStringLiteral("anne")), callbacks);
        QVERIFY2(cloned.ok(), qPrintable(cloned.error().toString()));
        QVERIFY(!stored(key()));
    }

    void cleanupTestCase() { server.reset(); }

    void theTokenIsAskedOnceAndFoundInTheKeyringNextTime()
    {
        commitChange(QStringLiteral("Eerste keer."));
        {
            VersionController versions;
            versions.setEditionRoot(path(QStringLiteral("anne")));
            QSignalSpy asked(&versions, &VersionController::credentialsRequested);
            versions.push();
            QVERIFY(asked.wait(60000));
            QCOMPARE(asked.count(), 1);
            versions.provideCredentials(QStringLiteral("anne"), QStringLiteral("geheim"), true);
            QTRY_COMPARE_WITH_TIMEOUT(versions.message(), sent, 60000);
            QCOMPARE(asked.count(), 1);
            QCOMPARE(versions.errorMessage(), QString());
        }
        QTRY_VERIFY_WITH_TIMEOUT(stored(key()).has_value(), 20000);
        QCOMPARE(stored(key())->user, QStringLiteral("anne"));
        QCOMPARE(server->newestSummary(QStringLiteral("editie.git")),
                 QStringLiteral("Eerste keer."));

        // The next start of the app: nothing is asked.
        commitChange(QStringLiteral("Tweede keer."));
        VersionController later;
        later.setEditionRoot(path(QStringLiteral("anne")));
        QSignalSpy asked(&later, &VersionController::credentialsRequested);
        later.push();
        QTRY_COMPARE_WITH_TIMEOUT(later.message(), sent, 60000);
        QCOMPARE(asked.count(), 0);
        QCOMPARE(server->newestSummary(QStringLiteral("editie.git")),
                 QStringLiteral("Tweede keer."));

        // Never in a file: not in the edition, the app's settings or anywhere under HOME.
        for (const QString &root : {path(QStringLiteral("anne")), QDir::homePath(),
                                    qEnvironmentVariable("XDG_CONFIG_HOME")}) {
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains("geheim"), qPrintable(file.fileName()));
            }
        }
    }

    void aRefusedTokenIsRemovedAndAskedForAgainOnce()
    {
        QVERIFY(stored(key()).has_value());
        QVERIFY(server->setPassword(QStringLiteral("anne"), QStringLiteral("nieuw")));
        commitChange(QStringLiteral("Nieuw token."));
        const int before = server->refusedAttempts(QStringLiteral("anne"));
        VersionController versions;
        versions.setEditionRoot(path(QStringLiteral("anne")));
        QSignalSpy asked(&versions, &VersionController::credentialsRequested);
        versions.push();
        QVERIFY(asked.wait(60000));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(versions.errorKind(), QStringLiteral("authenticationRefused"));
        QTRY_COMPARE(server->refusedAttempts(QStringLiteral("anne")) - before, 1); // logged last
        QTRY_VERIFY_WITH_TIMEOUT(!stored(key()).has_value(), 20000);

        versions.provideCredentials(QStringLiteral("anne"), QStringLiteral("nieuw"), true);
        QTRY_COMPARE_WITH_TIMEOUT(versions.message(), sent, 60000);
        QCOMPARE(asked.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(stored(key()).has_value(), 20000);
        QCOMPARE(stored(key())->token, QStringLiteral("nieuw"));
    }

    void aTokenNotToBeRememberedStaysOutOfTheKeyring()
    {
        bool removed = false;
        Keyring().remove(key(), [&removed](bool, const QString &) { removed = true; });
        QTRY_VERIFY(removed);
        commitChange(QStringLiteral("Niet onthouden."));
        VersionController versions;
        versions.setEditionRoot(path(QStringLiteral("anne")));
        QSignalSpy asked(&versions, &VersionController::credentialsRequested);
        versions.push();
        QVERIFY(asked.wait(60000));
        versions.provideCredentials(QStringLiteral("anne"), QStringLiteral("nieuw"), false);
        QTRY_COMPARE_WITH_TIMEOUT(versions.message(), sent, 60000);
        QVERIFY(!stored(key()).has_value());
    }
};

TRENDWEB_TEST(KeyringTest)
#include "tst_keyring.moc"
