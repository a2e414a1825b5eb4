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
};

TRENDWEB_TEST(HighlighterTest)
#include "tst_highlighter.moc"
