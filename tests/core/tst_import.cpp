#include "import/footnotereferences.h"
#include "import/notelist.h"
#include "import/seedtext.h"
#include "testregistry.h"

#include <QTest>

using namespace trendweb::import;

class ImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referencesFollowTheSequence()
    {
        ReferenceDetector references({QStringLiteral("Platform31")});
        QCOMPARE(references.markLine(QStringLiteral("het openbaar vervoer.1"), false),
                 QStringLiteral("het openbaar vervoer.[^1]"));
        QCOMPARE(references.markLine(QStringLiteral("belangrijk is.2 In 2023 schreven"), false),
                 QStringLiteral("belangrijk is.[^2] In 2023 schreven"));
        QCOMPARE(
            references.markLine(QStringLiteral("bereikbaarheidsbeleid’.3 Met de figuur "), false),
            QStringLiteral("bereikbaarheidsbeleid’.[^3] Met de figuur "));
        QString source = QStringLiteral("Ministerie van Infrastructuur en Waterstaat4");
        QCOMPARE(references.takeTrailingNote(source), QStringLiteral("4"));
        QCOMPARE(source, QStringLiteral("Ministerie van Infrastructuur en Waterstaat"));
        QCOMPARE(
            references.markLine(QStringLiteral("groei.5,6,7 Maar 53 m2 en Platform31 zijn"), false),
            QStringLiteral("groei.[^5][^6][^7] Maar 53 m2 en Platform31 zijn"));
        QCOMPARE(references.markLine(
                     QStringLiteral("een groei van 3,5%.8,9 in Twente 207510 en 7,5 km"), false),
                 QStringLiteral("een groei van 3,5%.[^8][^9] in Twente 2075[^10] en 7,5 km"));
        QCOMPARE(references.markLine(QStringLiteral("veranderingen.’ 11 Daarna"), false),
                 QStringLiteral("veranderingen.’[^11] Daarna"));
        QCOMPARE(references.markLine(QStringLiteral("12 en ‘Cultuur"), true),
                 QString(QChar(1)) + QStringLiteral("[^12] en ‘Cultuur"));
        QCOMPARE(references.markLine(QStringLiteral("de jaren ’50 en F35’s"), false),
                 QStringLiteral("de jaren ’50 en F35’s"));
        QCOMPARE(references.numbers(), QList<int>({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
    }

    void brokenLinesJoin_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("joined");
        QTest::newRow("break hyphen") << "het aandeel Overijsse-"
                                      << "laren dat"
                                      << "het aandeel Overijsselaren dat";
        QTest::newRow("soft wrap") << "naar de "
                                   << "andere"
                                   << "naar de andere";
        QTest::newRow("capital after") << "het kabinet-"
                                       << "Schoof"
                                       << "het kabinet-Schoof";
        QTest::newRow("acronym before") << "de (ESG-"
                                        << "criteria)"
                                        << "de (ESG-criteria)";
        QTest::newRow("kept word") << "een mbo-"
                                   << "opleiding"
                                   << "een mbo-opleiding";
        QTest::newRow("suspended") << "planten- "
                                   << "en dierensoorten"
                                   << "planten- en dierensoorten";
        QTest::newRow("inner hyphen") << "woon-werkver-"
                                      << "keer"
                                      << "woon-werkverkeer";
    }

    void brokenLinesJoin()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, joined);
        QCOMPARE(joinLines(first, second, {QStringLiteral("mbo")}), joined);
    }

    void debrisIsRecognised()
    {
        QVERIFY(isNavigationOrBadge(QStringLiteral("KLIK EN GA NAAR:")));
        QVERIFY(isNavigationOrBadge(QStringLiteral("LEMMA S")));
        QVERIFY(isNavigationOrBadge(QStringLiteral("B")));
        QVERIFY(isUppercaseLine(QStringLiteral("AMBT ONDER DRUKO")));
        QVERIFY(!isUppercaseLine(QStringLiteral("De VNG en het IPO")));
        QVERIFY(isCaptionStart(QStringLiteral(" Figuur 5:\tGemiddelde afstand")));
        QVERIFY(isNoteStart(QStringLiteral("10\tVan Dam, F.")));
        QVERIFY(!isNoteStart(QStringLiteral("\t Regionale economie")));
    }

    void urlsArePairedWithTheirNotes()
    {
        QList<SeedLine> lines = {
            {1, QStringLiteral("1\t College (z.d.). Wat is natuurinclusief bouwen?")},
            {2, QStringLiteral("\t Rijksoverheid. Geraadpleegd op 24 maart 2025.")},
            {3, QStringLiteral("2\t College (z.d.). Programmalijn: Een nieuwe ")},
            {4, QStringLiteral("\t bouwcultuur | Projecten. Geraadpleegd op 24 maart 2025.")},
            {5, QStringLiteral("3\t Idem, p.5.")},
            {6, QStringLiteral("4\tZie: Natuur voor Elkaar.")},
            {7, QStringLiteral("https://www.college.nl/projecten/nieuwe-bouwcultuur/"
                               "wat-is-natuurinclusief-bouwen")},
            {8, QStringLiteral("https://www.college.nl/projecten/nieuwe-bouwcultuur")},
            {9, QStringLiteral("https://www.college.nl/projecten/nieuwe-bouwcultuur")},
            {10, QStringLiteral("https://www.natuurvoorelkaar.nl/a b")},
        };
        QList<SeedLine> urls;
        QList<SeedLine> unplaced;
        QList<ExtractedNote> notes = parseNotes(lines, urls, {}, unplaced);
        QCOMPARE(notes.size(), 4);
        QCOMPARE(notes[1].text,
                 QStringLiteral("College (z.d.). Programmalijn: Een nieuwe bouwcultuur | "
                                "Projecten. Geraadpleegd op 24 maart 2025."));
        QCOMPARE(notes[1].lineCount, 2);
        QVERIFY(pairUrls(notes, urls).isEmpty());
        QCOMPARE(notes[0].urls.size(), 1);
        QCOMPARE(notes[1].urls, QStringList(QStringLiteral(
                                    "https://www.college.nl/projecten/nieuwe-bouwcultuur")));
        QVERIFY(notes[2].urls.isEmpty());
        QCOMPARE(notes[3].urls,
                 QStringList(QStringLiteral("https://www.natuurvoorelkaar.nl/a%20b")));
    }
};

TRENDWEB_TEST(ImportTest)
#include "tst_import.moc"
