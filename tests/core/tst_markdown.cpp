#include "markdown/markdowndocument.h"
#include "testregistry.h"

#include <QTest>

using namespace trendweb;

class MarkdownTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingsAndParagraphs()
    {
        const auto doc = parseMarkdown(QStringLiteral(
            "Eerste alinea.\n\n## Relevantie voor Overijsselse gemeenten\n\nTweede.\n"));
        QCOMPARE(doc.headings.size(), 1);
        QCOMPARE(doc.headings[0].level, 2);
        QCOMPARE(doc.headings[0].text, QStringLiteral("Relevantie voor Overijsselse gemeenten"));
        QCOMPARE(doc.headings[0].range.startLine, 3);
        QCOMPARE(doc.headings[0].range.start, 16);
        QCOMPARE(doc.paragraphs.size(), 2);
    }

    void footnotesDefinedOrNot()
    {
        const auto doc = parseMarkdown(
            QStringLiteral("Één zin.[^1] Nog één[^ontbreekt] en `code [^x]`.\n\n[^1]: Bron.\n"
                           "[^ongebruikt]: Niemand verwijst hierheen.\n    Tweede regel.\n"));
        QCOMPARE(doc.footnoteReferences.size(), 2);
        QCOMPARE(doc.footnoteReferences[0].label, QStringLiteral("1"));
        QCOMPARE(doc.footnoteReferences[0].range.startColumn, 9);
        QCOMPARE(doc.footnoteReferences[0].range.start, 8); // "Één zin." is 8 characters
        QCOMPARE(doc.footnoteReferences[0].range.end, 12);
        QCOMPARE(doc.footnoteReferences[1].label, QStringLiteral("ontbreekt"));
        QCOMPARE(doc.footnoteDefinitions.size(), 2);
        QCOMPARE(doc.footnoteDefinitions[1].label, QStringLiteral("ongebruikt"));
        QCOMPARE(doc.footnoteDefinitions[1].text,
                 QStringLiteral("Niemand verwijst hierheen. Tweede regel."));
        QCOMPARE(doc.footnoteDefinitions[1].range.endLine, 5);
    }

    void linksAreCollected()
    {
        const auto doc = parseMarkdown(
            QStringLiteral("Zie [het CBS](https://www.cbs.nl/) en https://pbl.nl.\n"));
        QCOMPARE(doc.links.size(), 2);
        QCOMPARE(doc.links[0].url, QStringLiteral("https://www.cbs.nl/"));
        QCOMPARE(doc.links[0].text, QStringLiteral("het CBS"));
        QCOMPARE(doc.links[0].range.start, 4);
        QCOMPARE(doc.links[1].url, QStringLiteral("https://pbl.nl"));
    }

    void wordsAreCountedAsAReaderWould_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("plain") << QStringLiteral("Dit zijn vier woorden.") << 4;
        QTest::newRow("apostrophe") << QStringLiteral("De thema’s van 2025") << 4;
        QTest::newRow("hyphen") << QStringLiteral("Noord-Holland en e-Health") << 3;
        QTest::newRow("markup") << QStringLiteral(
                                       "## Kop\n\n*Nadruk* en **meer**.[^1]\n\n[^1]: Niet geteld.")
                                << 4;
        QTest::newRow("dashes") << QStringLiteral("2026 – 2030") << 2;
    }

    void wordsAreCountedAsAReaderWould()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(parseMarkdown(text).wordCount, words);
    }
};

TRENDWEB_TEST(MarkdownTest)
#include "tst_markdown.moc"
