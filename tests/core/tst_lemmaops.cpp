// New and deleted lemmas: edition.yaml follows, a linked lemma is not deleted behind
// its readers' backs, and the edition still validates afterwards.
#include "editing/editionsnapshot.h"
#include "editing/lemmaops.h"
#include "editing/renamelemma.h"
#include "editionloader.h"
#include "fixtures.h"
#include "testregistry.h"
#include "textfile.h"
#include "validation/editionchecks.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

QString read(const QTemporaryDir &dir, const QString &path)
{
    return readTextFile(dir.filePath(path)).value();
}

int errorsIn(const QString &root)
{
    const auto edition = loadEdition(root);
    return edition ? countErrors(allDiagnostics(edition.value())) : -1;
}

} // namespace

class LemmaOpsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugsFromTitles_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << "Regionale economie"
                               << "regionale-economie";
        QTest::newRow("accents") << "Onzekere overheidsfinanciën"
                                 << "onzekere-overheidsfinancien";
        QTest::newRow("signs") << "Bestaans(on)zekerheid & één!"
                               << "bestaans-on-zekerheid-een";
        QTest::newRow("colon") << "Woningbouw: vraag en aanbod"
                               << "woningbouw-vraag-en-aanbod";
        QTest::newRow("nothing") << " ?! "
                                 << "";
    }

    void slugsFromTitles()
    {
        QFETCH(QString, title);
        QFETCH(QString, slug);
        QCOMPARE(slugFromTitle(title), slug);
    }

    void aNewLemmaJoinsTheEdition()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        const auto slug = createLemma(dir.path(), QStringLiteral("Werk: en \"inkomen\""));
        QVERIFY2(slug, qPrintable(slug.error().message));
        QCOMPARE(slug.value(), QStringLiteral("werk-en-inkomen"));
        QVERIFY(read(dir, QStringLiteral("edition.yaml"))
                    .contains(QStringLiteral("lemmas: [eerste, tweede, derde, werk-en-inkomen]")));
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition);
        QCOMPARE(edition->lemmas.size(), 4);
        QCOMPARE(edition->lemmas.last().title, QStringLiteral("Werk: en \"inkomen\""));
        QCOMPARE(edition->lemmas.last().status, QStringLiteral("draft"));

        // Twice the same title: refused, nothing written.
        const QString yaml = read(dir, QStringLiteral("edition.yaml"));
        QVERIFY(!createLemma(dir.path(), QStringLiteral("Werk en inkomen")));
        QCOMPARE(read(dir, QStringLiteral("edition.yaml")), yaml);
    }

    void aNewLemmaInABlockList()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("edition.yaml")] =
            "title: Proefeditie\nyear: 2025\nedition: 3\npublisher: Trendbureau Overijssel\n"
            "council_period: 2026–2030\nlemmas:\n  - eerste\n  - tweede\n  - derde\n"
            "threads: [draad]\n";
        writeFiles(dir.path(), files);
        QVERIFY(createLemma(dir.path(), QStringLiteral("Vierde")));
        QVERIFY(read(dir, QStringLiteral("edition.yaml"))
                    .contains(QStringLiteral("lemmas:\n  - eerste\n  - tweede\n  - derde\n"
                                             "  - vierde\nthreads: [draad]\n")));
    }

    void movingALemmaMovesItsLetter()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        QVERIFY(moveLemma(dir.path(), QStringLiteral("derde"), -1));
        QVERIFY(read(dir, QStringLiteral("edition.yaml"))
                    .contains(QStringLiteral("lemmas: [eerste, derde, tweede]\n")));
        const auto edition = loadEdition(dir.path());
        QCOMPARE(edition->lemmas.at(1).slug, QStringLiteral("derde"));
        QCOMPARE(edition->lemmas.at(1).letter, QStringLiteral("B"));
        const auto atTheTop = moveLemma(dir.path(), QStringLiteral("eerste"), -1);
        QVERIFY(!atTheTop);
        QVERIFY(atTheTop.error().message.contains(QStringLiteral("vooraan")));
        QVERIFY(!moveLemma(dir.path(), QStringLiteral("vierde"), 1));

        // A block list keeps its layout.
        auto files = goodEdition();
        files[QStringLiteral("edition.yaml")] =
            "title: Proefeditie\nyear: 2025\nedition: 3\npublisher: Trendbureau Overijssel\n"
            "council_period: 2026–2030\nlemmas:\n  - eerste # begin\n  - tweede\n  - derde\n"
            "threads: [draad]\n";
        QTemporaryDir block;
        writeFiles(block.path(), files);
        QVERIFY(moveLemma(block.path(), QStringLiteral("tweede"), 1));
        QVERIFY(read(block, QStringLiteral("edition.yaml"))
                    .contains(QStringLiteral("lemmas:\n  - eerste # begin\n  - derde\n  - tweede\n"
                                             "threads:")));
        QVERIFY(!moveLemma(block.path(), QStringLiteral("tweede"), 1));
        QVERIFY(moveLemma(block.path(), QStringLiteral("eerste"), 1)); // its comment goes along
        QVERIFY(read(block, QStringLiteral("edition.yaml"))
                    .contains(QStringLiteral("lemmas:\n  - derde\n  - eerste # begin\n")));
    }

    void anOperationIsTakenBackByteForByte()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("figures/tweede/grafiek.png")] =
            QByteArray("\x89PNG\r\n\x1a\n\0\xff", 10);
        writeFiles(dir.path(), files);
        const auto before = EditionSnapshot::take(dir.path());
        QVERIFY(before);
        QCOMPARE(before->size(), files.size());
        QVERIFY(before->matches(dir.path()));

        QVERIFY(renameLemma(dir.path(), QStringLiteral("tweede"), QStringLiteral("wonen"), {}));
        QVERIFY(!before->matches(dir.path()));
        const auto after = EditionSnapshot::take(dir.path());
        QVERIFY(after);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("figures/wonen/grafiek.png"))));

        QVERIFY(before->restore(dir.path()));
        QVERIFY(before->matches(dir.path()));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            QFile file(dir.filePath(it.key()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), it.value());
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("lemmas/wonen.md"))));
        QVERIFY(!QFileInfo::exists(
            dir.filePath(QStringLiteral("figures/wonen")))); // no empty folder left

        // And done again.
        QVERIFY(after->restore(dir.path()));
        QVERIFY(after->matches(dir.path()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("lemmas/tweede.md"))));
    }

    void aLinkedLemmaIsNotDeletedBehindItsReadersBacks()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/derde.md")] =
            "---\ntitle: Derde lemma\nstatus: final\nrelated:\n  - eerste\n  - tweede\n---\n"
            "Zie [het tweede](tweede.md#relevantie).\n\n"
            "## Relevantie voor Overijsselse gemeenten\n\nZeker.\n";
        writeFiles(dir.path(), files);

        QCOMPARE(
            referencesTo(dir.path(), QStringLiteral("tweede")),
            QStringList({QStringLiteral("lemmas/derde.md"), QStringLiteral("lemmas/eerste.md")}));
        const auto refused = deleteLemma(dir.path(), QStringLiteral("tweede"), false);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("lemmas/derde.md")));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("lemmas/tweede.md"))));

        const auto deleted = deleteLemma(dir.path(), QStringLiteral("tweede"), true);
        QVERIFY2(deleted, qPrintable(deleted.error().message));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("lemmas/tweede.md"))));
        QVERIFY(read(dir, QStringLiteral("edition.yaml"))
                    .contains(QStringLiteral("lemmas: [eerste, derde]")));
        QVERIFY(read(dir, QStringLiteral("lemmas/eerste.md"))
                    .contains(QStringLiteral("related: [derde]")));
        const QString derde = read(dir, QStringLiteral("lemmas/derde.md"));
        QVERIFY(derde.startsWith(QStringLiteral("---\ntitle: Derde lemma\nstatus: final\n"
                                                "related:\n  - eerste\n---\n")));
        QVERIFY(derde.contains(QStringLiteral("Zie het tweede.")));
        QCOMPARE(errorsIn(dir.path()), 0);

        // A lemma nobody links to goes at once.
        QVERIFY(createLemma(dir.path(), QStringLiteral("Vijfde")));
        QVERIFY(referencesTo(dir.path(), QStringLiteral("vijfde")).isEmpty());
        const auto alone = deleteLemma(dir.path(), QStringLiteral("vijfde"), false);
        QVERIFY2(alone, qPrintable(alone.error().message));
        QCOMPARE(alone.value(),
                 QStringList({QStringLiteral("edition.yaml"), QStringLiteral("lemmas/vijfde.md")}));
        QVERIFY(read(dir, QStringLiteral("edition.yaml"))
                    .contains(QStringLiteral("lemmas: [eerste, derde]\n")));
    }
};

TRENDWEB_TEST(LemmaOpsTest)
#include "tst_lemmaops.moc"
