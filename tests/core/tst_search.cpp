// Find and replace: in one text (case, whole words, accents) and across the edition's
// files, which are all read before any is written.
#include "editing/search.h"
#include "editionloader.h"
#include "fixtures.h"
#include "testregistry.h"
#include "textfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

class SearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findInOneText()
    {
        const QString text = QStringLiteral("Één woning, twee woningen. ÉÉN Woning; woningbouw.");
        QCOMPARE(findAll(text, QStringLiteral("woning"), {}), QList<int>({4, 17, 31, 39}));
        QCOMPARE(findAll(text, QStringLiteral("woning"), {true, false}), QList<int>({4, 17, 39}));
        QCOMPARE(findAll(text, QStringLiteral("woning"), {false, true}), QList<int>({4, 31}));
        QCOMPARE(findAll(text, QStringLiteral("één"), {}), QList<int>({0, 27}));
        QCOMPARE(findAll(QStringLiteral("aaaa"), QStringLiteral("aa"), {}), QList<int>({0, 2}));
        QVERIFY(findAll(text, QString(), {}).isEmpty());
    }

    void replaceInOneText()
    {
        int count = 0;
        QCOMPARE(replaceAll(QStringLiteral("Wonen, wonen en bewonen."), QStringLiteral("wonen"),
                            QStringLiteral("leven"), {false, true}, &count),
                 QStringLiteral("leven, leven en bewonen."));
        QCOMPARE(count, 2);
    }

    void searchTheEdition()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition);
        const QList<SearchHit> hits = searchEdition(edition.value(), QStringLiteral("één"), {});
        QVERIFY(!hits.isEmpty());
        const SearchHit &first = hits.first();
        QCOMPARE(first.path, QStringLiteral("lemmas/eerste.md"));
        QCOMPARE(first.letter, QStringLiteral("A"));
        QCOMPARE(first.match, QStringLiteral("één"));
        const QString text = edition->lemmas.first().text;
        QCOMPARE(text.mid(first.start, first.length), QStringLiteral("één"));
        QCOMPARE(first.line, int(text.left(first.start).count(QLatin1Char('\n'))) + 1);
        QCOMPARE(first.before + first.match + first.after,
                 QStringLiteral("De thema’s van één lemma.[^1] Nog een zin.[^2]"));
        // Rode draden and the introduction are searched too.
        QVERIFY(!searchEdition(edition.value(), QStringLiteral("hangt samen"), {}).isEmpty());
        QVERIFY(!searchEdition(edition.value(), QStringLiteral("Welkom"), {}).isEmpty());
    }

    void replaceAcrossTheFiles()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        const QString untouched = readTextFile(dir.filePath(QStringLiteral("intro.md"))).value();
        int count = 0;
        const auto changed = replaceInFiles(
            dir.path(),
            {QStringLiteral("lemmas/eerste.md"), QStringLiteral("lemmas/tweede.md"),
             QStringLiteral("lemmas/derde.md"), QStringLiteral("intro.md")},
            QStringLiteral("lemma"), QStringLiteral("artikel"), {false, true}, &count);
        QVERIFY2(changed, qPrintable(changed.error().message));
        QVERIFY(changed->contains(QStringLiteral("lemmas/eerste.md")));
        QVERIFY(!changed->contains(QStringLiteral("intro.md")));
        QVERIFY(count >= 3);
        QCOMPARE(readTextFile(dir.filePath(QStringLiteral("intro.md"))).value(), untouched);
        QVERIFY(readTextFile(dir.filePath(QStringLiteral("lemmas/eerste.md")))
                    ->contains(QStringLiteral("title: Eerste artikel")));

        // A file that cannot be read stops it before anything is written.
        QFile bad(dir.filePath(QStringLiteral("lemmas/derde.md")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("titel \xff\xfe artikel");
        bad.close();
        const QString before =
            readTextFile(dir.filePath(QStringLiteral("lemmas/eerste.md"))).value();
        QVERIFY(!replaceInFiles(
            dir.path(), {QStringLiteral("lemmas/eerste.md"), QStringLiteral("lemmas/derde.md")},
            QStringLiteral("artikel"), QStringLiteral("stuk"), {}, &count));
        QCOMPARE(readTextFile(dir.filePath(QStringLiteral("lemmas/eerste.md"))).value(), before);

        // A file that cannot be written puts the ones already written back. This one reads
        // fine, but its atomic save needs a temporary name longer than a file name may be.
        const QString longName =
            QStringLiteral("lemmas/") + QString(246, QLatin1Char('z')) + QStringLiteral(".md");
        QVERIFY(writeTextFile(dir.filePath(longName), QStringLiteral("nog een artikel")));
        const QString tweede =
            readTextFile(dir.filePath(QStringLiteral("lemmas/tweede.md"))).value();
        QVERIFY(tweede.contains(QStringLiteral("artikel")));
        const auto failed = replaceInFiles(
            dir.path(),
            {QStringLiteral("lemmas/eerste.md"), QStringLiteral("lemmas/tweede.md"), longName},
            QStringLiteral("artikel"), QStringLiteral("stuk"), {}, &count);
        QVERIFY(!failed);
        QCOMPARE(readTextFile(dir.filePath(QStringLiteral("lemmas/eerste.md"))).value(), before);
        QCOMPARE(readTextFile(dir.filePath(QStringLiteral("lemmas/tweede.md"))).value(), tweede);
    }
};

TRENDWEB_TEST(SearchTest)
#include "tst_search.moc"
