// Renaming a lemma: every reference follows and the edition still validates; nothing
// changes when the rename cannot be done.
#include "editing/renamelemma.h"
#include "editionloader.h"
#include "fixtures.h"
#include "testregistry.h"
#include "textfile.h"
#include "validation/editionchecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

QString read(const QTemporaryDir &dir, const QString &path)
{
    return readTextFile(dir.filePath(path)).value();
}

// The good edition, with an inline link, a figure image and a review event on "tweede".
QMap<QString, QByteArray> editionWithReferences()
{
    QMap<QString, QByteArray> files = goodEdition();
    files[QStringLiteral("lemmas/derde.md")] =
        "---\ntitle: Derde lemma\nstatus: final\nrelated:\n  - eerste\n  - tweede\n---\n"
        "Derde tekst, zie [het tweede](tweede.md#relevantie) en [ook](../lemmas/tweede.md).\n"
        "Een [tweede-hands](tweede-hands.md) link en tweede.md als woord blijven.\n\n"
        "## Relevantie voor Overijsselse gemeenten\n\nZeker.\n";
    files[QStringLiteral("lemmas/tweede.md")] =
        "---\ntitle: Tweede lemma\nstatus: review\nrelated: [eerste]\nfigures:\n"
        "  - id: grafiek\n    caption: Een grafiek\n    source: CBS\n"
        "    image: figures/tweede/grafiek.png\n---\n"
        "Tekst van het tweede lemma.\n\n## Relevantie voor Overijsselse gemeenten\n\nOok.\n";
    files[QStringLiteral("figures/tweede/grafiek.png")] = QByteArray("\x89PNG\r\n\x1a\n", 8);
    files[QStringLiteral("review/t1/0001.yaml")] = "type: comment\nlemma: tweede\nauthor: Expert\n";
    files[QStringLiteral("review/t2/0001.yaml")] = "type: comment\nlemma: eerste\nauthor: Expert\n";
    return files;
}

int errorsIn(const QString &root)
{
    const auto edition = loadEdition(root);
    return edition ? countErrors(allDiagnostics(edition.value())) : -1;
}

} // namespace

class RenameLemmaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReferenceFollows()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), editionWithReferences());
        const int errorsBefore = errorsIn(dir.path());

        const auto renamed =
            renameLemma(dir.path(), QStringLiteral("tweede"), QStringLiteral("wonen"),
                        QStringLiteral("Wonen: een kwestie"));
        QVERIFY2(renamed, qPrintable(renamed.error().message));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("lemmas/tweede.md"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("lemmas/wonen.md"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("figures/wonen/grafiek.png"))));
        QVERIFY(renamed->contains(QStringLiteral("edition.yaml")));
        QVERIFY(renamed->contains(QStringLiteral("lemmas/eerste.md")));

        QVERIFY(read(dir, QStringLiteral("edition.yaml"))
                    .contains(QStringLiteral("lemmas: [eerste, wonen, derde]")));
        QVERIFY(read(dir, QStringLiteral("lemmas/eerste.md"))
                    .contains(QStringLiteral("related: [wonen, derde]")));
        const QString derde = read(dir, QStringLiteral("lemmas/derde.md"));
        QVERIFY(derde.contains(QStringLiteral("  - eerste\n  - wonen\n")));
        QVERIFY(derde.contains(QStringLiteral("[het tweede](wonen.md#relevantie)")));
        QVERIFY(derde.contains(QStringLiteral("[ook](../lemmas/wonen.md)")));
        // Not a link to the lemma, or not a link at all: untouched.
        QVERIFY(derde.contains(QStringLiteral("[tweede-hands](tweede-hands.md)")));
        QVERIFY(derde.contains(QStringLiteral("tweede.md als woord")));

        const QString wonen = read(dir, QStringLiteral("lemmas/wonen.md"));
        QVERIFY(wonen.contains(QStringLiteral("title: \"Wonen: een kwestie\"\n")));
        QVERIFY(wonen.contains(QStringLiteral("image: figures/wonen/grafiek.png")));
        QVERIFY(wonen.contains(QStringLiteral("Tekst van het tweede lemma.")));
        QCOMPARE(read(dir, QStringLiteral("review/t1/0001.yaml")),
                 QStringLiteral("type: comment\nlemma: wonen\nauthor: Expert\n"));
        QCOMPARE(read(dir, QStringLiteral("review/t2/0001.yaml")),
                 QStringLiteral("type: comment\nlemma: eerste\nauthor: Expert\n"));

        // The edition still holds together, and knows the lemma by its new name.
        QCOMPARE(errorsIn(dir.path()), errorsBefore);
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition);
        QVERIFY(edition->lemma(QStringLiteral("wonen")));
        QCOMPARE(edition->lemma(QStringLiteral("wonen"))->title,
                 QStringLiteral("Wonen: een kwestie"));
        QVERIFY(!edition->lemma(QStringLiteral("tweede")));
    }

    void onlyTheTitle()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        const auto renamed = renameLemma(dir.path(), QStringLiteral("derde"),
                                         QStringLiteral("derde"), QStringLiteral("Het derde"));
        QVERIFY(renamed);
        QCOMPARE(renamed.value(), QStringList{QStringLiteral("lemmas/derde.md")});
        QVERIFY(read(dir, QStringLiteral("lemmas/derde.md"))
                    .startsWith(QStringLiteral("---\ntitle: Het derde\nstatus: final\n")));
    }

    void refusedWithoutChangingAnything_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown") << "vierde"
                                 << "vijfde"
                                 << "geen lemma";
        QTest::newRow("taken") << "tweede"
                               << "derde"
                               << "al een lemma";
        QTest::newRow("not a slug") << "tweede"
                                    << "Wonen en zo"
                                    << "kleine letters";
        QTest::newRow("path") << "tweede"
                              << "../buiten"
                              << "kleine letters";
    }

    void refusedWithoutChangingAnything()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const auto files = editionWithReferences();
        writeFiles(dir.path(), files);
        const auto renamed = renameLemma(dir.path(), from, to);
        QVERIFY(!renamed);
        QVERIFY2(renamed.error().message.contains(says), qPrintable(renamed.error().message));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QFile file(dir.filePath(it.key()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), it.value());
        }
    }

    void fromTheCommandLine()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        QProcess cli;
        cli.start(QStringLiteral(TRENDWEB_CLI_BIN),
                  {QStringLiteral("rename-lemma"), QStringLiteral("eerste"),
                   QStringLiteral("begin"), QStringLiteral("--title"), QStringLiteral("Het begin"),
                   dir.path()});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("lemmas/begin.md")), qPrintable(out));
        QVERIFY(read(dir, QStringLiteral("lemmas/tweede.md"))
                    .contains(QStringLiteral("related: [begin]")));

        cli.start(QStringLiteral(TRENDWEB_CLI_BIN),
                  {QStringLiteral("rename-lemma"), QStringLiteral("begin"),
                   QStringLiteral("tweede"), dir.path()});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError())
                    .contains(QStringLiteral("Er is al een lemma ‘tweede’")));
    }

    // A lemma of the edition that is a symbolic link to a file elsewhere (it can arrive
    // through a clone): the rename refuses, and the file elsewhere is left as it was.
    void aRenameNeverWritesThroughALinkOutOfTheEdition()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        writeFiles(dir.path(), goodEdition());
        const QByteArray outside = "---\ntitle: Elders\nrelated: [eerste]\n---\nZie eerste.md.\n";
        writeFiles(elsewhere.path(), {{QStringLiteral("elders.md"), outside}});
        const QString link = dir.filePath(QStringLiteral("lemmas/tweede.md"));
        QVERIFY(QFile::remove(link));
        QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("elders.md")), link));
        const auto renamed =
            renameLemma(dir.path(), QStringLiteral("eerste"), QStringLiteral("begin"), QString());
        QVERIFY(!renamed.ok());
        QVERIFY2(renamed.error().message.contains(QStringLiteral("lemmas/tweede.md")),
                 qPrintable(renamed.error().message));
        QFile file(elsewhere.filePath(QStringLiteral("elders.md")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), outside);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("lemmas/eerste.md"))));
    }

    void anOldNameThatIsNoSlugIsRefused()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        for (const QString &name : {QStringLiteral("../lemmas/eerste"), QStringLiteral("Eerste"),
                                    QStringLiteral("/etc/passwd")}) {
            QVERIFY(!renameLemma(dir.path(), name, QStringLiteral("begin"), QString()).ok());
        }
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("lemmas/eerste.md"))));
    }
};

TRENDWEB_TEST(RenameLemmaTest)
#include "tst_renamelemma.moc"
