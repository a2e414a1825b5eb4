#include "git/knownhosts.h"
#include "git/sshconfig.h"
#include "testregistry.h"
#include "textfile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;

// known_hosts as OpenSSH writes and reads it: plain, "[host]:port", patterns, negations
// and hashed names (hashed by ssh-keygen itself); a changed key told apart from a new one.
class KnownHostsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    git::HostKey serverKey;
    git::HostKey otherKey;
    QString serverLine; // "ssh-ed25519 AAAA…"
    QString otherLine;

    QString newKey(const QString &name)
    {
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-f"), dir.filePath(name)});
        keygen.waitForFinished(30000);
        return readTextFile(dir.filePath(name + QStringLiteral(".pub")))
            .value()
            .section(QLatin1Char(' '), 0, 1);
    }

    static git::HostKey keyOf(const QString &line)
    {
        return {line.section(QLatin1Char(' '), 0, 0),
                QByteArray::fromBase64(line.section(QLatin1Char(' '), 1, 1).toLatin1())};
    }

    QString file(const QString &text, bool hashed = false)
    {
        static int count = 0;
        const QString path = dir.filePath(QStringLiteral("known_hosts_%1").arg(++count));
        writeTextFile(path, text);
        if (hashed) {
            QProcess keygen;
            keygen.start(QStringLiteral("ssh-keygen"),
                         {QStringLiteral("-H"), QStringLiteral("-f"), path});
            keygen.waitForFinished(30000);
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        serverLine = newKey(QStringLiteral("server"));
        otherLine = newKey(QStringLiteral("ander"));
        serverKey = keyOf(serverLine);
        otherKey = keyOf(otherLine);
        QVERIFY(!serverKey.blob.isEmpty() && serverKey.blob != otherKey.blob);
    }

    void hostKeyState_data()
    {
        QTest::addColumn<QString>("entries"); // %S: this server's key, %O: another
        QTest::addColumn<bool>("hashed");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("state");
        const int known = git::HostKeyCheck::Known;
        const int unknown = git::HostKeyCheck::Unknown;
        const int changed = git::HostKeyCheck::Changed;
        QTest::newRow("plain") << "git.example.org %S\n" << false << "git.example.org" << known;
        QTest::newRow("other host") << "elders.example.org %O\n"
                                    << false << "git.example.org" << unknown;
        QTest::newRow("port") << "[git.example.org]:2222 %S\n"
                              << false << "[git.example.org]:2222" << known;
        QTest::newRow("port is part of the name") << "[git.example.org]:2223 %O\n"
                                                  << false << "[git.example.org]:2222" << unknown;
        QTest::newRow("other port") << "git.example.org %O\n"
                                    << false << "[git.example.org]:2222" << unknown;
        QTest::newRow("changed") << "git.example.org %O\n" << false << "git.example.org" << changed;
        QTest::newRow("changed, hashed") << "[127.0.0.1]:2222 %O\n"
                                         << true << "[127.0.0.1]:2222" << changed;
        QTest::newRow("known, hashed") << "[127.0.0.1]:2222 %S\n"
                                       << true << "[127.0.0.1]:2222" << known;
        QTest::newRow("list") << "a.example.org,git.example.org,10.0.0.1 %S\n"
                              << false << "git.example.org" << known;
        QTest::newRow("wildcard") << "*.example.org %O\n" << false << "git.example.org" << changed;
        QTest::newRow("negated") << "*.example.org,!git.example.org %O\n"
                                 << false << "git.example.org" << unknown;
        QTest::newRow("one of two matches") << "git.example.org %O\ngit.example.org %S\n"
                                            << false << "git.example.org" << known;
        QTest::newRow("comments and markers")
            << "# oud\n@cert-authority *.example.org %O\ngit.example.org %S\n"
            << false << "git.example.org" << known;
    }

    void hostKeyState()
    {
        QFETCH(QString, entries);
        QFETCH(bool, hashed);
        QFETCH(QString, name);
        QFETCH(int, state);
        entries.replace(QStringLiteral("%S"), serverLine).replace(QStringLiteral("%O"), otherLine);
        const auto check = git::checkHostKey({file(entries, hashed)}, name, serverKey);
        QCOMPARE(int(check.state), state);
        if (state == git::HostKeyCheck::Changed)
            QCOMPARE(check.others.first().key.fingerprint(), otherKey.fingerprint());
    }

    void aRememberedKeyIsKnownAndOnlyThatHostIsForgotten()
    {
        const QString path = file(QStringLiteral("elders.example.org %1\n").arg(otherLine));
        QVERIFY(
            git::rememberHostKey(path, QStringLiteral("[git.example.org]:2222"), serverKey, false)
                .ok());
        QVERIFY(
            git::rememberHostKey(path, QStringLiteral("geheim.example.org"), serverKey, true).ok());
        QCOMPARE(int(git::checkHostKey({path}, QStringLiteral("[git.example.org]:2222"), serverKey)
                         .state),
                 int(git::HostKeyCheck::Known));
        QCOMPARE(
            int(git::checkHostKey({path}, QStringLiteral("geheim.example.org"), serverKey).state),
            int(git::HostKeyCheck::Known));
        QVERIFY(!readTextFile(path).value().contains(QStringLiteral("geheim")));

        const auto removed = git::forgetHost({path}, QStringLiteral("[git.example.org]:2222"));
        QVERIFY(removed.ok());
        QCOMPARE(removed.value().size(), 1);
        QCOMPARE(removed.value().first().line, 2);
        QCOMPARE(removed.value().first().key.fingerprint(), serverKey.fingerprint());
        const QString left = readTextFile(path).value();
        QVERIFY(left.startsWith(QStringLiteral("elders.example.org ")));
        QCOMPARE(left.count(QLatin1Char('\n')), 2);
    }

    void aHostIsNamedAsOpenSshLooksItUp()
    {
        const auto plain = git::resolveSshUrl(QStringLiteral("ssh://anna@git.example.org/ed.git"));
        QVERIFY(plain);
        QCOMPARE(plain->knownHostsName(), QStringLiteral("git.example.org"));
        QCOMPARE(plain->effectiveUrl(), QStringLiteral("ssh://anna@git.example.org:22/ed.git"));
        const auto scp = git::resolveSshUrl(QStringLiteral("anna@git.example.org:edities/ed.git"));
        QVERIFY(scp);
        QCOMPARE(scp->user, QStringLiteral("anna"));
        QCOMPARE(scp->path, QStringLiteral("/~/edities/ed.git"));
        const auto port = git::resolveSshHost(QStringLiteral("git.example.org:2222"));
        QVERIFY(port);
        QCOMPARE(port->knownHostsName(), QStringLiteral("[git.example.org]:2222"));
        QVERIFY(!git::resolveSshUrl(QStringLiteral("https://git.example.org/ed.git")));
        QVERIFY(!git::resolveSshUrl(QStringLiteral("/srv/gedeeld/ed.git")));
    }
};

TRENDWEB_TEST(KnownHostsTest)
#include "tst_knownhosts.moc"
