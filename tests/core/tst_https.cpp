#include "fixtures.h"
#include "git/repository.h"
#include "httpsgitserver.h"
#include "testregistry.h"
#include "textfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

// Sharing over HTTPS with a real Apache and `git http-backend` on 127.0.0.1 (Basic auth, a
// self-signed certificate that the tests trust through GIT_SSL_CAINFO): every way it can go
// wrong has its own Dutch message and kind, a wrong token is sent once, and the command line
// finds credentials the way Git does. HOME points into the test's folder.
class HttpsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<HttpsGitServer> server;
    const git::Signature anne{QStringLiteral("Anne"), QStringLiteral("anne@example.org")};

    QString path(const QString &name) const { return dir.filePath(name); }

    struct Asked
    {
        int credentials = 0;
        QList<bool> verdicts;
    };

    static git::RemoteCallbacks giving(const QString &user, const QString &token, Asked &asked)
    {
        git::RemoteCallbacks callbacks;
        callbacks.askCredentials = [user, token, &asked](const QString &) {
            ++asked.credentials;
            return std::make_optional(std::make_pair(user, token));
        };
        callbacks.secretVerdict = [&asked](bool accepted) { asked.verdicts.append(accepted); };
        return callbacks;
    }

    // No English from libgit2 as the message, only as the technical detail.
    static void verifyDutch(const Error &error)
    {
        for (const char *english : {"authentication", "callback", "failed to", "unexpected",
                                    "certificate is", "status code"})
            QVERIFY2(!error.message.contains(QLatin1String(english), Qt::CaseInsensitive),
                     qPrintable(error.message));
    }

    // A version that changes one lemma's last paragraph ("Veel." in eerste, "Ook." in tweede).
    void changeAndCommit(git::Repository &repository, const QString &words,
                         const QString &lemma = QStringLiteral("eerste"))
    {
        const QString relative = QStringLiteral("lemmas/%1.md").arg(lemma);
        const QString file = repository.workdir() + QLatin1Char('/') + relative;
        QString text = readTextFile(file).value();
        text.replace(lemma == QStringLiteral("eerste") ? QStringLiteral("Veel.")
                                                       : QStringLiteral("Ook."),
                     words);
        QVERIFY(writeTextFile(file, text).ok());
        QVERIFY(repository.commit({relative}, words, anne).ok());
    }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // The command line in a clean environment: the test's HOME, the test CA trusted.
    Run cli(const QStringList &arguments, const QMap<QString, QString> &extra = {}) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *variable :
             {"TRENDWEB_GIT_USER", "TRENDWEB_GIT_TOKEN", "GIT_ASKPASS", "SSH_ASKPASS"})
            environment.remove(QString::fromLatin1(variable));
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(TRENDWEB_CLI_BIN), arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    void setHelper(const QString &store)
    {
        QVERIFY(
            writeTextFile(path(QStringLiteral("home/.gitconfig")),
                          QStringLiteral("[credential]\n\thelper = store --file %1\n").arg(store))
                .ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/apache2")),
                 "apache2 missing: apt-get install apache2 apache2-utils");
        QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
        qputenv("HOME", path(QStringLiteral("home")).toLocal8Bit());
        server = std::make_unique<HttpsGitServer>(path(QStringLiteral("server")));
        QVERIFY2(server->addRepository(QStringLiteral("editie.git")), qPrintable(server->why()));
        QVERIFY2(server->addRepository(QStringLiteral("bewaakt.git"),
                                       QStringLiteral("Versies zonder bronvermelding worden "
                                                      "niet aangenomen.")),
                 qPrintable(server->why()));
        writeFiles(path(QStringLiteral("begin")), goodEdition());
        auto begin = git::Repository::init(path(QStringLiteral("begin"))).value();
        QVERIFY(begin.commitAll(QStringLiteral("Begin"), anne).ok());
        for (const char *repository : {"editie.git", "bewaakt.git"}) {
            QVERIFY(begin
                        .setRemote(server->repositories() + QLatin1Char('/') +
                                   QLatin1String(repository))
                        .ok());
            QVERIFY(begin.push().ok());
        }
        QVERIFY(server->setPassword(QStringLiteral("anne"), QStringLiteral("geheim")));
        QVERIFY2(server->start(), qPrintable(server->why()));
        qputenv("GIT_SSL_CAINFO", server->certificate().toLocal8Bit());
    }

    void cleanupTestCase() { server.reset(); }

    void theRightTokenIsAskedOnceAndAccepted()
    {
        Asked asked;
        auto cloned = git::Repository::clone(
            server->url(QStringLiteral("editie.git")), path(QStringLiteral("goed")),
            giving(QStringLiteral("anne"), QStringLiteral("geheim"), asked));
        QVERIFY2(cloned.ok(), qPrintable(cloned.error().toString()));
        QCOMPARE(asked.credentials, 1);
        QCOMPARE(asked.verdicts, QList<bool>{true});
        QVERIFY(QFile::exists(path(QStringLiteral("goed/lemmas/eerste.md"))));
    }

    void aWrongTokenIsSentOnceAndRefusedInDutch()
    {
        const int before = server->refusedAttempts(QStringLiteral("anne"));
        Asked asked;
        const auto cloned = git::Repository::clone(
            server->url(QStringLiteral("editie.git")), path(QStringLiteral("fout")),
            giving(QStringLiteral("anne"), QStringLiteral("fout"), asked));
        QVERIFY(!cloned.ok());
        QCOMPARE(git::syncError(cloned.error()), git::SyncError::AuthenticationRefused);
        QVERIFY2(cloned.error().message.contains(QStringLiteral("weigerde de gebruikersnaam of "
                                                                "het token")),
                 qPrintable(cloned.error().message));
        verifyDutch(cloned.error());
        QCOMPARE(asked.credentials, 1);
        QCOMPARE(asked.verdicts, QList<bool>{false});
        // The server saw the wrong token exactly once: no lockout after three tries.
        QTRY_COMPARE(server->refusedAttempts(QStringLiteral("anne")) - before, 1); // logged last
        QVERIFY(!QFile::exists(path(QStringLiteral("fout/lemmas"))));
    }

    void noTokenGivenSaysSo()
    {
        git::RemoteCallbacks none;
        none.askCredentials = [](const QString &) {
            return std::optional<std::pair<QString, QString>>();
        };
        const auto cloned = git::Repository::clone(server->url(QStringLiteral("editie.git")),
                                                   path(QStringLiteral("leeg")), none);
        QVERIFY(!cloned.ok());
        QCOMPARE(git::syncError(cloned.error()), git::SyncError::CredentialsMissing);
        verifyDutch(cloned.error());
    }

    void aDownServerIsUnreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closed = probe.serverPort();
        probe.close(); // nobody listens there now
        Asked asked;
        const auto cloned =
            git::Repository::clone(QStringLiteral("https://127.0.0.1:%1/editie.git").arg(closed),
                                   path(QStringLiteral("weg")),
                                   giving(QStringLiteral("anne"), QStringLiteral("geheim"), asked));
        QVERIFY(!cloned.ok());
        QCOMPARE(git::syncError(cloned.error()), git::SyncError::Unreachable);
        QVERIFY2(cloned.error().message.contains(QStringLiteral("niet bereikbaar")),
                 qPrintable(cloned.error().message));
        verifyDutch(cloned.error());
        QCOMPARE(asked.credentials, 0);
        QVERIFY(asked.verdicts.isEmpty());
    }

    void anUnknownAddressIsNotFound()
    {
        Asked asked;
        const auto cloned = git::Repository::clone(
            server->url(QStringLiteral("bestaatniet.git")), path(QStringLiteral("niets")),
            giving(QStringLiteral("anne"), QStringLiteral("geheim"), asked));
        QVERIFY(!cloned.ok());
        QCOMPARE(git::syncError(cloned.error()), git::SyncError::NotFound);
        QVERIFY2(cloned.error().message.contains(QStringLiteral("geen gedeelde editie gevonden")),
                 qPrintable(cloned.error().message));
        verifyDutch(cloned.error());
    }

    void anUntrustedCertificateIsRefusedBeforeAnyToken()
    {
        qunsetenv("GIT_SSL_CAINFO"); // the system's authorities only: self-signed is unknown
        Asked asked;
        const auto cloned = git::Repository::clone(
            server->url(QStringLiteral("editie.git")), path(QStringLiteral("onveilig")),
            giving(QStringLiteral("anne"), QStringLiteral("geheim"), asked));
        qputenv("GIT_SSL_CAINFO", server->certificate().toLocal8Bit());
        QVERIFY(!cloned.ok());
        QCOMPARE(git::syncError(cloned.error()), git::SyncError::CertificateUntrusted);
        QVERIFY2(cloned.error().message.contains(QStringLiteral("certificaat")),
                 qPrintable(cloned.error().message));
        verifyDutch(cloned.error());
        QCOMPARE(asked.credentials, 0); // the token never went to a server we do not trust
    }

    void aRefusingHookIsShownWithTheServersWords()
    {
        Asked asked;
        const auto callbacks = giving(QStringLiteral("anne"), QStringLiteral("geheim"), asked);
        auto cloned = git::Repository::clone(server->url(QStringLiteral("bewaakt.git")),
                                             path(QStringLiteral("bewaakt")), callbacks);
        QVERIFY2(cloned.ok(), qPrintable(cloned.error().toString()));
        git::Repository repository = std::move(cloned).value();
        changeAndCommit(repository, QStringLiteral("Zonder bron."));
        asked = {};
        const auto pushed = repository.push(callbacks);
        QVERIFY(!pushed.ok());
        QCOMPARE(git::syncError(pushed.error()), git::SyncError::RefusedByServer);
        QVERIFY2(pushed.error().message.contains(
                     QStringLiteral("Versies zonder bronvermelding worden niet aangenomen.")),
                 qPrintable(pushed.error().message));
        QVERIFY2(!pushed.error().message.contains(QStringLiteral("intussen veranderd")),
                 qPrintable(pushed.error().message));
        verifyDutch(pushed.error());
        QCOMPARE(asked.verdicts, QList<bool>{true}); // the token was fine; the hook said no
        QCOMPARE(server->newestSummary(QStringLiteral("bewaakt.git")), QStringLiteral("Begin"));
    }

    void aPushAfterSomeoneElsesIsMovedOn()
    {
        Asked asked;
        const auto callbacks = giving(QStringLiteral("anne"), QStringLiteral("geheim"), asked);
        auto first = git::Repository::clone(server->url(QStringLiteral("editie.git")),
                                            path(QStringLiteral("eerste")), callbacks);
        auto second = git::Repository::clone(server->url(QStringLiteral("editie.git")),
                                             path(QStringLiteral("tweede")), callbacks);
        QVERIFY(first.ok() && second.ok());
        changeAndCommit(first.value(), QStringLiteral("Eerst."));
        QVERIFY2(first.value().push(callbacks).ok(), "the first push must pass");
        changeAndCommit(second.value(), QStringLiteral("Later."), QStringLiteral("tweede"));
        const auto pushed = second.value().push(callbacks);
        QVERIFY(!pushed.ok());
        QCOMPARE(git::syncError(pushed.error()), git::SyncError::MovedOn);
        QVERIFY2(pushed.error().message.contains(QStringLiteral("Haal eerst op")),
                 qPrintable(pushed.error().message));
        QCOMPARE(server->newestSummary(QStringLiteral("editie.git")), QStringLiteral("Eerst."));
        // Pulling is then the way on: it brings the other version in.
        QVERIFY(second.value().pull(anne, callbacks).ok());
        QVERIFY2(second.value().push(callbacks).ok(), "after Ophalen the push passes");
    }

    void theCommandLineUsesGitsCredentialHelper()
    {
        const QString store = path(QStringLiteral("home/opgeslagen"));
        QVERIFY(writeTextFile(
                    store, QStringLiteral("https://anne:geheim@127.0.0.1:%1\n").arg(server->port()))
                    .ok());
        setHelper(store);
        const Run run = cli({QStringLiteral("clone"), server->url(QStringLiteral("editie.git")),
                             QStringLiteral("helper")},
                            {{QStringLiteral("GIT_SSL_CAINFO"), server->certificate()}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(path(QStringLiteral("helper/lemmas/eerste.md"))));
        QVERIFY(!run.err.contains(QStringLiteral("geheim")) &&
                !run.out.contains(QStringLiteral("geheim")));
    }

    void aRefusedTokenIsForgottenByTheHelper()
    {
        const QString store = path(QStringLiteral("home/oud"));
        QVERIFY(
            writeTextFile(
                store, QStringLiteral("https://anne:verlopen@127.0.0.1:%1\n").arg(server->port()))
                .ok());
        setHelper(store);
        const int before = server->refusedAttempts(QStringLiteral("anne"));
        const Run run = cli({QStringLiteral("clone"), server->url(QStringLiteral("editie.git")),
                             QStringLiteral("verlopen")},
                            {{QStringLiteral("GIT_SSL_CAINFO"), server->certificate()}});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("weigerde de gebruikersnaam of het token")),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("authentication")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("verlopen@")));
        QTRY_COMPARE(server->refusedAttempts(QStringLiteral("anne")) - before, 1); // logged last
        QVERIFY2(!readTextFile(store).value().contains(QStringLiteral("verlopen")),
                 qPrintable(readTextFile(store).value()));
    }

    void theCommandLineAsksGitAskPassAndTheHelperKeepsTheToken()
    {
        const QString store = path(QStringLiteral("home/nieuw"));
        setHelper(store);
        const QString script = path(QStringLiteral("askpass.sh"));
        const QString questions = path(QStringLiteral("askpass-vragen"));
        QVERIFY(writeTextFile(script, QStringLiteral("#!/bin/sh\necho \"$1\" >> %1\n"
                                                     "case \"$1\" in\n"
                                                     "  Username*) echo anne ;;\n"
                                                     "  *) echo geheim ;;\n"
                                                     "esac\n")
                                          .arg(questions))
                    .ok());
        QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::ExeOwner));
        const Run run = cli({QStringLiteral("clone"), server->url(QStringLiteral("editie.git")),
                             QStringLiteral("askpass")},
                            {{QStringLiteral("GIT_SSL_CAINFO"), server->certificate()},
                             {QStringLiteral("GIT_ASKPASS"), script}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString asked = readTextFile(questions).value();
        QVERIFY2(asked.contains(QStringLiteral("Username")) &&
                     asked.contains(QStringLiteral("Password")),
                 qPrintable(asked));
        // Accepted by the server, so Git's helper keeps it for the next time.
        QVERIFY2(readTextFile(store).value().contains(QStringLiteral("anne:geheim@")),
                 qPrintable(readTextFile(store).value()));
    }

    void theUserNameInTheAddressIsUsed()
    {
        setHelper(path(QStringLiteral("home/leeg")));
        // The environment names someone else; the address says it is Anne.
        const Run run = cli({QStringLiteral("clone"),
                             server->url(QStringLiteral("editie.git"), QStringLiteral("anne")),
                             QStringLiteral("metnaam")},
                            {{QStringLiteral("GIT_SSL_CAINFO"), server->certificate()},
                             {QStringLiteral("TRENDWEB_GIT_USER"), QStringLiteral("bert")},
                             {QStringLiteral("TRENDWEB_GIT_TOKEN"), QStringLiteral("geheim")}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::exists(path(QStringLiteral("metnaam/lemmas/eerste.md"))));
    }

    void withoutAnyTokenTheCommandLineSaysWhereToGiveOne()
    {
        setHelper(path(QStringLiteral("home/leeg")));
        const Run run = cli({QStringLiteral("clone"), server->url(QStringLiteral("editie.git")),
                             QStringLiteral("zonder")},
                            {{QStringLiteral("GIT_SSL_CAINFO"), server->certificate()}});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("TRENDWEB_GIT_TOKEN")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("callback")), qPrintable(run.err));
    }
};

TRENDWEB_TEST(HttpsTest)
#include "tst_https.moc"
