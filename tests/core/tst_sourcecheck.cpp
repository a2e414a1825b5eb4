// check-sources against a real HTTP server on 127.0.0.1: 200, 301, 404, a redirect
// loop, a refused connection and an endpoint that never answers; bounded concurrency,
// the cache, and the CLI end to end.
#include "fixtures.h"
#include "loopbackserver.h"
#include "sources/sourcechecker.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

SourceResult byUrl(const QList<SourceResult> &results, const QString &url)
{
    for (const SourceResult &result : results) {
        if (result.url == url)
            return result;
    }
    return {};
}

bool run(SourceChecker &checker, const QStringList &urls, const SourceCheckOptions &options)
{
    QSignalSpy finished(&checker, &SourceChecker::finished);
    checker.start(urls, options);
    return finished.count() > 0 || finished.wait(30000);
}

int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const int port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class SourceCheckTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("no_proxy", "*");
        qunsetenv("http_proxy");
    }

    void statusRedirectAndReason()
    {
        LoopbackServer server;
        const QString refused = QStringLiteral("http://127.0.0.1:%1/").arg(closedPort());
        const QStringList urls = {
            server.url(QStringLiteral("/ok")),    server.url(QStringLiteral("/oud")),
            server.url(QStringLiteral("/weg")),   server.url(QStringLiteral("/stil")),
            server.url(QStringLiteral("/lus")),   refused,
            QStringLiteral("javascript:alert(1)")};
        SourceChecker checker;
        SourceCheckOptions options;
        options.timeoutMs = 800;
        QVERIFY(run(checker, urls, options));
        const QList<SourceResult> results = checker.results();
        QCOMPARE(results.size(), urls.size());

        const SourceResult ok = byUrl(results, urls.at(0));
        QVERIFY(ok.ok());
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.redirect.isEmpty());

        const SourceResult moved = byUrl(results, urls.at(1));
        QVERIFY(moved.ok());
        QCOMPARE(moved.status, 301);
        QCOMPARE(moved.redirect, server.url(QStringLiteral("/ok-nieuw")));
        QCOMPARE(moved.finalStatus, 200);
        QVERIFY(moved.summary().contains(QStringLiteral("doorverwezen (301)")));

        const SourceResult gone = byUrl(results, urls.at(2));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.failure, QStringLiteral("niet gevonden (404)"));

        const SourceResult silent = byUrl(results, urls.at(3));
        QVERIFY(!silent.ok());
        QCOMPARE(silent.status, 0);
        QVERIFY2(silent.failure.startsWith(QStringLiteral("geen antwoord binnen")),
                 qPrintable(silent.failure));

        QCOMPARE(byUrl(results, urls.at(4)).failure, QStringLiteral("te veel doorverwijzingen"));
        QCOMPARE(byUrl(results, refused).failure, QStringLiteral("verbinding geweigerd"));
        QCOMPARE(byUrl(results, urls.at(6)).failure, QStringLiteral("geen geldig webadres"));
    }

    void concurrencyIsBounded()
    {
        LoopbackServer server;
        QStringList urls;
        for (int i = 0; i < 6; ++i)
            urls << server.url(QStringLiteral("/wacht?%1").arg(i));
        SourceChecker checker;
        SourceCheckOptions options;
        options.concurrency = 2;
        QSignalSpy progress(&checker, &SourceChecker::progress);
        QSignalSpy finished(&checker, &SourceChecker::finished);
        checker.start(urls, options);
        // The server answers what it holds each time requests arrive; never more than two wait.
        while (finished.isEmpty()) {
            QTRY_VERIFY(server.held() > 0 || !finished.isEmpty());
            server.release();
        }
        QCOMPARE(server.mostHeld(), 2);
        QCOMPARE(server.requests(), 6);
        QCOMPARE(progress.last().at(0).toInt(), 6);
        for (const SourceResult &result : checker.results())
            QVERIFY(result.ok());
    }

    void answersAreCached()
    {
        LoopbackServer server;
        QTemporaryDir dir;
        SourceCheckOptions options;
        options.timeoutMs = 300;
        options.cacheFile = dir.filePath(QStringLiteral("cache/bronnen.json"));
        const QStringList urls = {server.url(QStringLiteral("/ok")),
                                  server.url(QStringLiteral("/weg")),
                                  server.url(QStringLiteral("/stil"))};
        SourceChecker checker;
        QVERIFY(run(checker, urls, options));
        QCOMPARE(server.requests(), 3);
        QVERIFY(QFile::exists(options.cacheFile));

        // Again: the two answers come from the cache; the silent one is asked again.
        SourceChecker again;
        QVERIFY(run(again, urls, options));
        QCOMPARE(server.requests(), 4);
        QVERIFY(again.result(urls.at(0)).cached);
        QVERIFY(again.result(urls.at(0)).ok());
        QCOMPARE(again.result(urls.at(1)).failure, QStringLiteral("niet gevonden (404)"));
        QVERIFY(
            again.result(urls.at(1)).summary().contains(QStringLiteral("eerder gecontroleerd")));
        QVERIFY(!again.result(urls.at(2)).cached);

        options.refresh = true;
        SourceChecker fresh;
        QVERIFY(run(fresh, urls, options));
        QCOMPARE(server.requests(), 7);
        QVERIFY(!fresh.result(urls.at(0)).cached);
    }

    void httpsIsCheckedWithItsCertificate()
    {
        // A certificate for 127.0.0.1, made for this test by openssl.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
        QCOMPARE(certificates.size(), 1);
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(&keyFile, QSsl::Rsa);
        QVERIFY(!key.isNull());

        QSslServer server;
        QSslConfiguration serverConfiguration = QSslConfiguration::defaultConfiguration();
        serverConfiguration.setLocalCertificate(certificates.first());
        serverConfiguration.setPrivateKey(key);
        server.setSslConfiguration(serverConfiguration);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (socket->readAll().contains("\r\n\r\n"))
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        const QString url = QStringLiteral("https://127.0.0.1:%1/ok").arg(server.serverPort());

        // Nobody vouches for this certificate: said plainly, not ignored.
        SourceChecker checker;
        SourceCheckOptions options;
        options.timeoutMs = 5000;
        QVERIFY(run(checker, {url}, options));
        QCOMPARE(checker.result(url).failure,
                 QStringLiteral("beveiligde verbinding mislukt (certificaat)"));

        // Once it is trusted, the address works.
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(certificates);
        QSslConfiguration::setDefaultConfiguration(trusting);
        SourceChecker trusted;
        const bool ran = run(trusted, {url}, options);
        QSslConfiguration::setDefaultConfiguration(original);
        QVERIFY(ran);
        QVERIFY2(trusted.result(url).ok(), qPrintable(trusted.result(url).summary()));
        QCOMPARE(trusted.result(url).status, 200);
    }

    void theCommandLine()
    {
        LoopbackServer server;
        QTemporaryDir dir;
        QMap<QString, QByteArray> files = goodEdition();
        files[QStringLiteral("lemmas/eerste.md")].replace(
            "[^1]: CBS (2024). Titel. <https://www.cbs.nl/>",
            QStringLiteral("[^1]: CBS. <%1> en <%2>")
                .arg(server.url(QStringLiteral("/ok")), server.url(QStringLiteral("/oud")))
                .toUtf8());
        files[QStringLiteral("lemmas/eerste.md")].replace(
            "[^2]: PBL (2023).",
            QStringLiteral("[^2]: PBL. <%1>").arg(server.url(QStringLiteral("/weg"))).toUtf8());
        writeFiles(dir.path(), files);

        QProcess cli;
        cli.setProcessChannelMode(QProcess::SeparateChannels);
        QSignalSpy done(&cli, &QProcess::finished);
        const QStringList arguments = {
            QStringLiteral("check-sources"), dir.path(),
            QStringLiteral("--timeout"),     QStringLiteral("2"),
            QStringLiteral("--cache"),       dir.filePath(QStringLiteral("c.json"))};
        cli.start(QStringLiteral(TRENDWEB_CLI_BIN), arguments);
        QVERIFY(done.wait(30000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(out.contains(QStringLiteral("lemmas/eerste.md [^2] %1 — niet gevonden (404)")
                                  .arg(server.url(QStringLiteral("/weg")))),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("[^1] %1 — doorverwezen (301)")
                                 .arg(server.url(QStringLiteral("/oud")))));
        QVERIFY(out.contains(QStringLiteral("3 adressen gecontroleerd, 1 werkt niet.")));

        cli.start(QStringLiteral(TRENDWEB_CLI_BIN),
                  arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(done.wait(30000));
        const QJsonArray json = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(json.size(), 3);
        QCOMPARE(json.at(2).toObject().value(QStringLiteral("status")).toInt(), 404);
        QVERIFY(json.at(2).toObject().value(QStringLiteral("cached")).toBool());
        QCOMPARE(json.at(0).toObject().value(QStringLiteral("number")).toInt(), 1);
    }
};

TRENDWEB_TEST(SourceCheckTest)
#include "tst_sourcecheck.moc"
