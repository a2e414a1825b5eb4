#include "fixtures.h"
#include "git/repository.h"
#include "testregistry.h"
#include "textfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run trendwebIn(const QString &directory, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral(TRENDWEB_CLI_BIN), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void replaceIn(const QString &file, const QString &before, const QString &after)
{
    QString text = readTextFile(file).value();
    QVERIFY(text.contains(before));
    text.replace(before, after);
    QVERIFY(writeTextFile(file, text).ok());
}

} // namespace

// The versioning verbs as an editor scripts them, on real repositories.
class VersionCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authorsShareThroughTheCommandLine()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("gedeeld.git"));
        QVERIFY(git::Repository::init(shared, true).ok());
        writeFiles(dir.filePath(QStringLiteral("begin")), goodEdition());
        const QString begin = dir.filePath(QStringLiteral("begin"));
        auto first = git::Repository::init(begin).value();
        QVERIFY(
            first
                .commitAll(QStringLiteral("Begin"), {QStringLiteral("A"), QStringLiteral("a@b.nl")})
                .ok());
        QVERIFY(first.setRemote(shared).ok());
        QVERIFY(first.push().ok());

        QCOMPARE(trendwebIn(dir.path(), {QStringLiteral("clone"), QStringLiteral("gedeeld.git"),
                                         QStringLiteral("anna")})
                     .exitCode,
                 0);
        QCOMPARE(
            trendwebIn(dir.path(), {QStringLiteral("clone"), QStringLiteral("file://") + shared,
                                    QStringLiteral("bert")})
                .exitCode,
            0);
        const QString anna = dir.filePath(QStringLiteral("anna"));
        const QString bert = dir.filePath(QStringLiteral("bert"));

        replaceIn(anna + QStringLiteral("/lemmas/eerste.md"), QStringLiteral("\nVeel.\n"),
                  QStringLiteral("\nVeel, zegt Anna.\n"));
        Run run =
            trendwebIn(anna, {QStringLiteral("commit"), QStringLiteral("-m"),
                              QStringLiteral("Relevantie"), QStringLiteral("--author"),
                              QStringLiteral("Anna <anna@example.org>"), QStringLiteral("eerste")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(trendwebIn(anna, {QStringLiteral("push")}).exitCode, 0);

        replaceIn(bert + QStringLiteral("/lemmas/eerste.md"), QStringLiteral("\nVeel.\n"),
                  QStringLiteral("\nVeel, zegt Bert.\n"));
        QCOMPARE(trendwebIn(bert, {QStringLiteral("commit"), QStringLiteral("-m"),
                                   QStringLiteral("Ook relevantie"), QStringLiteral("--author"),
                                   QStringLiteral("Bert <bert@example.org>")})
                     .exitCode,
                 0);
        run = trendwebIn(bert, {QStringLiteral("push")});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains(QStringLiteral("Haal eerst")));

        run = trendwebIn(bert, {QStringLiteral("pull")});
        QVERIFY(run.exitCode != 0); // a conflict is waiting
        run = trendwebIn(bert, {QStringLiteral("conflicts"), QStringLiteral("--format"),
                                QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray conflicts = QJsonDocument::fromJson(run.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("conflicts"))
                                         .toArray();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject paragraph =
            conflicts[0].toObject().value(QStringLiteral("paragraphs")).toArray()[0].toObject();
        QCOMPARE(paragraph.value(QStringLiteral("base")).toString(), QStringLiteral("Veel."));
        QCOMPARE(paragraph.value(QStringLiteral("mine")).toString(),
                 QStringLiteral("Veel, zegt Bert."));
        QCOMPARE(paragraph.value(QStringLiteral("theirs")).toString(),
                 QStringLiteral("Veel, zegt Anna."));

        QVERIFY(trendwebIn(bert, {QStringLiteral("commit"), QStringLiteral("-m"),
                                  QStringLiteral("te vroeg")})
                    .exitCode != 0);
        QCOMPARE(trendwebIn(bert, {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                   QStringLiteral("--take"), QStringLiteral("both")})
                     .exitCode,
                 0);
        QCOMPARE(trendwebIn(bert, {QStringLiteral("commit"), QStringLiteral("-m"),
                                   QStringLiteral("Samengevoegd")})
                     .exitCode,
                 0);
        QCOMPARE(trendwebIn(bert, {QStringLiteral("push")}).exitCode, 0);
        QCOMPARE(trendwebIn(anna, {QStringLiteral("pull")}).exitCode, 0);
        QVERIFY(readTextFile(anna + QStringLiteral("/lemmas/eerste.md"))
                    .value()
                    .contains(QStringLiteral("Veel, zegt Bert.\n\nVeel, zegt Anna.")));

        run = trendwebIn(anna, {QStringLiteral("log"), QStringLiteral("eerste")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Samengevoegd")));
        QVERIFY(run.out.contains(QStringLiteral("Relevantie")));
        run = trendwebIn(anna, {QStringLiteral("diff"), QStringLiteral("eerste"),
                                QStringLiteral("HEAD~2"), QStringLiteral("HEAD")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("{+Veel, zegt Bert.")), qPrintable(run.out));
    }

    void abortOnTheCommandLineRestores()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("gedeeld.git"));
        QVERIFY(git::Repository::init(shared, true).ok());
        const QString anna = dir.filePath(QStringLiteral("anna"));
        writeFiles(anna, goodEdition());
        auto a = git::Repository::init(anna).value();
        QVERIFY(
            a.commitAll(QStringLiteral("Begin"), {QStringLiteral("A"), QStringLiteral("a@b.nl")})
                .ok());
        QVERIFY(a.setRemote(shared).ok());
        QVERIFY(a.push().ok());
        QCOMPARE(trendwebIn(dir.path(), {QStringLiteral("clone"), shared, QStringLiteral("bert")})
                     .exitCode,
                 0);
        const QString bert = dir.filePath(QStringLiteral("bert"));
        replaceIn(anna + QStringLiteral("/lemmas/eerste.md"), QStringLiteral("\nVeel.\n"),
                  QStringLiteral("\nA.\n"));
        QVERIFY(
            a.commitAll(QStringLiteral("A"), {QStringLiteral("A"), QStringLiteral("a@b.nl")}).ok());
        QVERIFY(a.push().ok());
        replaceIn(bert + QStringLiteral("/lemmas/eerste.md"), QStringLiteral("\nVeel.\n"),
                  QStringLiteral("\nB.\n"));
        QCOMPARE(
            trendwebIn(bert, {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("B")})
                .exitCode,
            0);
        const QString before = readTextFile(bert + QStringLiteral("/lemmas/eerste.md")).value();
        QVERIFY(trendwebIn(bert, {QStringLiteral("pull")}).exitCode != 0);
        QCOMPARE(trendwebIn(bert, {QStringLiteral("pull"), QStringLiteral("--abort")}).exitCode, 0);
        QCOMPARE(readTextFile(bert + QStringLiteral("/lemmas/eerste.md")).value(), before);
        QCOMPARE(trendwebIn(bert, {QStringLiteral("conflicts")}).exitCode, 0);
    }
};

TRENDWEB_TEST(VersionCliTest)
#include "tst_versioncli.moc"
