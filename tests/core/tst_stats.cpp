#include "editionloader.h"
#include "fixtures.h"
#include "stats.h"
#include "testregistry.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

class StatsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsLemmasWordsNotesFiguresAndLinks()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition.ok());
        const EditionStats stats = editionStats(edition.value());
        QCOMPARE(stats.lemmas, 3);
        QCOMPARE(stats.threads, 1);
        QCOMPARE(stats.footnotes, 3); // two in the first lemma, one in the thread
        QCOMPARE(stats.figures, 1);
        QCOMPARE(stats.crossLinks, 4);
        QCOMPARE(stats.perLemma[0].letter, QStringLiteral("A"));
        // "De thema’s van één lemma. Nog een zin." (8) + heading (4) + "Veel." (1)
        QCOMPARE(stats.perLemma[0].words, 13);
        const QJsonObject json = toJson(stats);
        QCOMPARE(json.value(QStringLiteral("lemmas")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("perLemma")).toArray().size(), 3);
    }
};

TRENDWEB_TEST(StatsTest)
#include "tst_stats.moc"
