#include "editing/inlinemarks.h"
#include "editing/markdownhighlighter.h"
#include "spelling/speller.h"
#include "testregistry.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace trendweb;

namespace {

// The (position, length) of every range underlined as unknown, in document positions.
QList<QPair<int, int>> underlined(QTextDocument &document)
{
    QList<QPair<int, int>> ranges;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (MarkdownHighlighter::isMisspelled(range.format))
                ranges.append({block.position() + range.start, range.length});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    return ranges;
}

} // namespace

class HighlighterTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<Speller> speller;

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Speller::create();
        QVERIFY(created.ok());
        speller = std::move(created).value();
    }

    void unknownWordsAreUnderlinedExactly()
    {
        const QString text = QStringLiteral(
            "---\ntitle: Één titell\nrelated: [woningbouww]\n---\n"
            "Thema’s en café’s? Nee: één welllicht [^1] en https://www.cbs.nl/fouttt.\n"
            "## Relevantie voor Overijsel\n\n[^1]: Geraadpleegd op 1 mei 2025 uitganspunten.\n");
        QTextDocument document(text);
        MarkdownHighlighter highlighter(&document);
        QVERIFY(underlined(document).isEmpty()); // no speller yet: nothing marked
        highlighter.setSpeller(speller.get());
        const auto ranges = underlined(document);
        QStringList words;
        for (const auto &[position, length] : ranges)
            words.append(text.mid(position, length));
        QCOMPARE(words, QStringList({QStringLiteral("titell"), QStringLiteral("café’s"),
                                     QStringLiteral("welllicht"), QStringLiteral("Overijsel"),
                                     QStringLiteral("uitganspunten")}));
        QCOMPARE(ranges[2].first, int(text.indexOf(QStringLiteral("welllicht"))));
        QVERIFY(highlighter.isMisspelledAt(int(text.indexOf(QStringLiteral("welllicht"))) + 3));
        QVERIFY(!highlighter.isMisspelledAt(int(text.indexOf(QStringLiteral("thema’s")))));
    }

    void onlyTheChangedBlockIsCheckedAgain()
    {
        QTextDocument document(QStringLiteral("Eerste alinea zonder fouten.\n\nTweede alinea.\n"));
        document.documentLayout(); // as in an editor: only a laid-out document reports its edits
        MarkdownHighlighter highlighter(&document);
        highlighter.setSpeller(speller.get());
        QVERIFY(underlined(document).isEmpty());
        QTextCursor cursor(&document);
        cursor.setPosition(int(document.toPlainText().indexOf(QStringLiteral("Tweede"))) + 6);
        cursor.insertText(QStringLiteral("xx")); // "Tweedexx"
        const auto ranges = underlined(document);
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(document.toPlainText().mid(ranges[0].first, ranges[0].second),
                 QStringLiteral("Tweedexx"));
        cursor.deletePreviousChar();
        cursor.deletePreviousChar();
        QVERIFY(underlined(document).isEmpty());
    }

    void ignoredAndAddedWordsAreNoLongerMarked()
    {
        QTextDocument document(QStringLiteral("Het Knarrenhoffje en de Zuurmondtje."));
        MarkdownHighlighter highlighter(&document);
        highlighter.setSpeller(speller.get());
        QCOMPARE(underlined(document).size(), 2);
        speller->ignore(QStringLiteral("Knarrenhoffje"));
        speller->addWord(QStringLiteral("Zuurmondtje"));
        highlighter.rehighlight();
        QVERIFY(underlined(document).isEmpty());
    }

    // Text a reader must read, dimmed markup included, has at least 4.5:1 against the page
    // (WCAG AA), on a light page and on a dark one, even from a palette whose own link
    // colour is too pale.
    void markupIsDimmedButReadable_data()
    {
        QTest::addColumn<QColor>("page");
        QTest::addColumn<QColor>("text");
        QTest::addColumn<QColor>("link");
        QTest::newRow("light, Fusion's link")
            << QColor(Qt::white) << QColor(0x25, 0x25, 0x25) << QColor(42, 130, 218);
        QTest::newRow("grey page")
            << QColor(0xef, 0xef, 0xef) << QColor(Qt::black) << QColor(0x6c, 0x6c, 0xff);
        QTest::newRow("dark") << QColor(0x2a, 0x2a, 0x2a) << QColor(0xee, 0xee, 0xee)
                              << QColor(0x10, 0x40, 0x90);
    }

    void markupIsDimmedButReadable()
    {
        QFETCH(QColor, page);
        QFETCH(QColor, text);
        QFETCH(QColor, link);
        QPalette palette;
        palette.setColor(QPalette::Base, page);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Link, link);
        QTextDocument document(QStringLiteral("---\ntitle: A\n---\n## Kop\n\nZie *dit* en "
                                              "[woningbouw](woningbouw.md).[^1]\n"));
        MarkdownHighlighter highlighter(&document);
        highlighter.setPalette(palette);
        QVERIFY(MarkdownHighlighter::contrast(highlighter.markupColor(), page) >= 4.5);
        QVERIFY(MarkdownHighlighter::contrast(highlighter.linkColor(), page) >= 4.5);
        // Dimmed: further from the text than the text itself is.
        QVERIFY(MarkdownHighlighter::contrast(highlighter.markupColor(), page) <
                MarkdownHighlighter::contrast(text, page));
        QVERIFY(qAbs(MarkdownHighlighter::contrast(Qt::black, Qt::white) - 21.0) < 0.01);

        // Which characters are dimmed: the heading's hashes, the emphasis marks, the
        // link's brackets and target, the note label; not the words themselves.
        const auto colourAt = [&](const QString &line, int column) {
            const QTextBlock block = document.findBlockByNumber(
                document.toPlainText().split(QLatin1Char('\n')).indexOf(line));
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (column >= range.start && column < range.start + range.length &&
                    range.format.hasProperty(QTextFormat::ForegroundBrush))
                    return range.format.foreground().color();
            }
            return QColor();
        };
        const QString kop = QStringLiteral("## Kop");
        const QString zin = QStringLiteral("Zie *dit* en [woningbouw](woningbouw.md).[^1]");
        const QColor dim = highlighter.markupColor();
        QCOMPARE(colourAt(kop, 0), dim);
        QCOMPARE(colourAt(kop, 3), QColor());
        QCOMPARE(colourAt(zin, int(zin.indexOf(QLatin1Char('*')))), dim);
        QCOMPARE(colourAt(zin, int(zin.indexOf(QLatin1Char('d')))), QColor());
        QCOMPARE(colourAt(zin, int(zin.indexOf(QLatin1Char('[')))), dim);
        QCOMPARE(colourAt(zin, int(zin.indexOf(QLatin1String("woningbouw")))),
                 highlighter.linkColor());
        QCOMPARE(colourAt(zin, int(zin.indexOf(QLatin1String("(woningbouw")) + 3)), dim);
        QCOMPARE(colourAt(zin, int(zin.indexOf(QLatin1String("[^1]")) + 2)), dim);
        QCOMPARE(colourAt(QStringLiteral("title: A"), 0), dim);
    }

    // Headings are larger than the text.
    void headingsAreLarger()
    {
        QTextDocument document(QStringLiteral("Tekst\n## Kop\n### Kleiner\n"));
        MarkdownHighlighter highlighter(&document);
        document.documentLayout()->documentSize(); // laid out
        const auto sizeOf = [&](int blockNumber) {
            const QTextLayout *layout = document.findBlockByNumber(blockNumber).layout();
            return layout->lineCount() > 0 ? layout->lineAt(0).height() : 0.0;
        };
        QVERIFY2(sizeOf(1) > sizeOf(0) * 1.3, qPrintable(QString::number(sizeOf(1))));
        QVERIFY(sizeOf(2) > sizeOf(0) * 1.1);
        QVERIFY(sizeOf(1) > sizeOf(2));
    }

    // A passage a reviewer suggests to replace is struck through (not marked by colour
    // alone), over two lines too; the text around it is not.
    void suggestedPassagesAreStruckThrough()
    {
        QTextDocument document(QStringLiteral("Eerste regel hier.\nTweede regel daar.\n"));
        MarkdownHighlighter highlighter(&document);
        highlighter.setSuggestionRanges({{7, 25}});
        QList<int> struck;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (!range.format.fontStrikeOut())
                    continue;
                for (int i = range.start; i < range.start + range.length; ++i)
                    struck.append(block.position() + i);
            }
        }
        QList<int> expected;
        for (int i = 7; i < 25; ++i) {
            if (i != 18) // the line break is no character of a line
                expected.append(i);
        }
        QCOMPARE(struck, expected);
        highlighter.setSuggestionRanges({});
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats())
                QVERIFY(!range.format.fontStrikeOut());
        }
    }

    // The editor shows a note reference as its number and a lemma link with its letter:
    // it finds them, and nothing else, on every keystroke.
    void notesAndLemmaLinksAreFound()
    {
        const QString text =
            QStringLiteral("---\ntitle: A\n---\nZin.[^1] Zie [Woningbouw](woningbouw.md) en "
                           "[de site](https://cbs.nl) en [a\\]b](arbeidsmarkt.md).[^29-gt59]\n\n"
                           "[^1]: Bron.\n[^29-gt59]: Andere bron, zie [^1].\n");
        const QList<InlineMark> marks = inlineMarks(text, int(text.indexOf(QLatin1String("Zin"))));
        QStringList found;
        for (const InlineMark &mark : marks) {
            found << QStringLiteral("%1 %2 %3")
                         .arg(mark.kind == InlineMark::Kind::Note ? QLatin1String("noot")
                                                                  : QLatin1String("link"),
                              mark.key, text.mid(mark.start, mark.length));
        }
        QCOMPARE(found, QStringList({QStringLiteral("noot 1 [^1]"),
                                     QStringLiteral("link woningbouw (woningbouw.md)"),
                                     QStringLiteral("link arbeidsmarkt (arbeidsmarkt.md)"),
                                     QStringLiteral("noot 29-gt59 [^29-gt59]"),
                                     QStringLiteral("noot 1 [^1]")}));
    }
};

TRENDWEB_TEST(HighlighterTest)
#include "tst_highlighter.moc"
