#include "export/htmlrenderer.h"
#include "markdown/markdowndocument.h"
#include "markdown/markdownhtml.h"
#include "testregistry.h"

#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

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

    // The preview, the re-check and an export run at the same time in the editor: each
    // must see exactly what it would have seen alone.
    void previewRecheckAndExportAtOnceGiveWhatEachGivesAlone()
    {
        const QStringList texts = {
            QStringLiteral("# Wonen\n\nDe *woningbouw*[^1] loopt ~~achter~~ op "
                           "https://example.org en [elders](zorg.md).\n\n[^1]: CBS, 2024."),
            QStringLiteral("| Jaar | Aantal |\n|---|---|\n| 2025 | 12 |\n\n<script>x</script>\n"),
            QStringLiteral("## Zorg\n\n- een\n- twee[^a]\n\n`code` en **vet**\n\n[^a]: Noot."),
            QStringLiteral(
                "Thema’s in Noord-Holland: [link](javascript:alert(1)) www.voorbeeld.nl"),
        };
        const auto summary = [](const QString &text) {
            const MarkdownDocument document = parseMarkdown(text);
            QStringList parts{QString::number(document.wordCount)};
            for (const MarkdownHeading &heading : document.headings)
                parts << heading.text << QString::number(heading.range.start);
            for (const MarkdownLink &link : document.links)
                parts << link.url << link.text << QString::number(link.range.end);
            for (const TextRange &paragraph : document.paragraphs)
                parts << QString::number(paragraph.start);
            for (const FootnoteReference &reference : document.footnoteReferences)
                parts << reference.label;
            return parts.join(QLatin1Char('|'));
        };
        const auto everything = [&](const QString &text) {
            return QStringList{summary(text), renderHtml(text), renderHtml(text, {true}),
                               renderMarkdown(text)};
        };
        QList<QStringList> alone;
        for (const QString &text : texts)
            alone.append(everything(text));
        QVERIFY(alone[1][1].contains(QLatin1String("<table>")));
        QVERIFY(!alone[1][1].contains(QLatin1String("<script>")));

        QList<int> jobs;
        for (int i = 0; i < 400; ++i)
            jobs.append(i % int(texts.size()));
        QThreadPool pool;
        pool.setMaxThreadCount(6);
        const QList<bool> same = QtConcurrent::blockingMapped(
            &pool, jobs, [&](int i) { return everything(texts[i]) == alone[i]; });
        QCOMPARE(same.count(false), 0);
    }
};

TRENDWEB_TEST(MarkdownTest)
#include "tst_markdown.moc"
