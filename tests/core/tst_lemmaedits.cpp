// The panels' edits of one lemma: footnotes inserted and deleted without touching the
// others, the related list in its own style, figures written back as they were read.
#include "editing/frontmatteredits.h"
#include "editing/lemmaedits.h"
#include "editing/propertyedits.h"
#include "editionloader.h"
#include "fixtures.h"
#include "frontmatter.h"
#include "markdown/markdowndocument.h"
#include "testregistry.h"
#include "textfile.h"
#include "validation/editionchecks.h"

#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

const QString lemma =
    QStringLiteral("---\n"
                   "title: Woningbouw\n"
                   "status: draft\n"
                   "related:\n"
                   "  - regionale-economie\n"
                   "  - van-mobiliteit-naar-bereikbaarheid\n"
                   "figures:\n"
                   "  - id: bouw\n"
                   "    caption: Woningbouw per jaar\n"
                   "    source: CBS\n"
                   "    note: \"2\"\n"
                   "---\n"
                   "Eerste zin met een bron.[^1] Tweede zin over één woning.[^2]\n"
                   "\n"
                   "Derde zin.[^1] Vierde zin zonder noot.\n"
                   "\n"
                   "[^1]: CBS (2024). Bouw. <https://www.cbs.nl/bouw>\n"
                   "[^2]: ABF Research, lange noot\n"
                   "    die doorloopt.\n"
                   "[^7]: Ongebruikt.\n");

QStringList definitionLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("[^")) || line.startsWith(QLatin1String("    ")))
            lines << line;
    }
    return lines;
}

} // namespace

class LemmaEditsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalEdits()
    {
        const TextEdit edit = minimalEdit(QStringLiteral("abcdef"), QStringLiteral("abXYef"));
        QCOMPARE(edit.start, 2);
        QCOMPARE(edit.end, 4);
        QCOMPARE(edit.text, QStringLiteral("XY"));
        const TextEdit none = minimalEdit(QStringLiteral("abc"), QStringLiteral("abc"));
        QCOMPARE(none.start, none.end);
        QVERIFY(none.text.isEmpty());
        const TextEdit insertion = minimalEdit(QStringLiteral("aa"), QStringLiteral("aaa"));
        QCOMPARE(insertion.end - insertion.start, 0);
        QCOMPARE(insertion.text, QStringLiteral("a"));
        // A character outside the BMP is never cut in half.
        const TextEdit emoji =
            minimalEdit(QStringLiteral("x\U0001F600"), QStringLiteral("x\U0001F601"));
        QCOMPARE(emoji.start, 1);
        QCOMPARE(emoji.text, QStringLiteral("\U0001F601"));
    }

    void insertKeepsTheOtherNotes()
    {
        const int cursor = int(lemma.indexOf(QLatin1String(" Tweede")));
        const auto inserted = insertFootnote(lemma, cursor);
        QVERIFY2(inserted, qPrintable(inserted.error().message));
        const QString label = inserted->label;
        // Above 7, which is unused but taken; and four characters of its own.
        QVERIFY2(QRegularExpression(QStringLiteral("^8-[a-z2-9]{4}$")).match(label).hasMatch(),
                 qPrintable(label));
        const QString reference = QStringLiteral("[^%1]").arg(label);
        const QString definition = QStringLiteral("[^%1]: ").arg(label);
        const QString &text = inserted->text;
        QCOMPARE(text.mid(cursor, reference.size()), reference);
        QCOMPARE(inserted->referenceEnd, cursor + reference.size());
        // The definition follows note 1's, the note referenced just before the cursor.
        QVERIFY(text.contains(
            QStringLiteral("<https://www.cbs.nl/bouw>\n%1\n[^2]: ABF").arg(definition)));
        QCOMPARE(text.mid(inserted->definitionEnd - definition.size(), definition.size()),
                 definition);
        // Every other definition is there, byte for byte, and the front matter too.
        QStringList before = definitionLines(lemma);
        QStringList after = definitionLines(text);
        after.removeAll(definition);
        QCOMPARE(after, before);
        QVERIFY(text.startsWith(lemma.left(lemma.indexOf(QLatin1String("Eerste")))));
        // Numbers follow at render time: 1, then the new one, then 2.
        const Document document =
            parseDocument(text, QStringLiteral("lemmas/woningbouw.md"), Document::Kind::Lemma);
        QCOMPARE(document.footnotes.value(1).label, label);
        QCOMPARE(document.footnotes.value(1).number, 2);
        QCOMPARE(document.footnotes.value(2).label, QStringLiteral("2"));
        QCOMPARE(document.footnotes.value(0).text,
                 QStringLiteral("CBS (2024). Bouw. <https://www.cbs.nl/bouw>"));
    }

    void insertWhereThereAreNoNotes()
    {
        const QString text = QStringLiteral("---\ntitle: X\n---\nEen zin.");
        const auto inserted = insertFootnote(text, int(text.size()));
        QVERIFY(inserted);
        const QString label = inserted->label;
        QVERIFY(label.startsWith(QStringLiteral("1-")));
        QCOMPARE(inserted->text,
                 QStringLiteral("---\ntitle: X\n---\nEen zin.[^%1]\n\n[^%1]: \n").arg(label));
        QCOMPARE(inserted->definitionEnd, int(inserted->text.size()) - 1);
        // Before the first note when none precedes the cursor.
        const auto first = insertFootnote(lemma, int(lemma.indexOf(QLatin1String("Eerste"))));
        QVERIFY(first);
        QVERIFY(
            first->text.contains(QStringLiteral("noot.\n\n[^%1]: \n[^1]: CBS").arg(first->label)));

        // Two authors adding a note to the same lemma at once choose different labels, and
        // the next label counts on from a label of that form.
        QRandomGenerator one(1);
        QRandomGenerator two(2);
        QVERIFY(newFootnoteLabel(lemma, &one) != newFootnoteLabel(lemma, &two));
        QVERIFY(newFootnoteLabel(first->text).startsWith(QStringLiteral("9-")));
    }

    void insertRefusedOutsideTheRunningText()
    {
        QVERIFY(!insertFootnote(lemma, 5)); // in the front matter
        const auto inNote = insertFootnote(lemma, int(lemma.indexOf(QLatin1String("ABF"))));
        QVERIFY(!inNote);
        QVERIFY(inNote.error().message.contains(QLatin1String("voetnoot")));
    }

    void editANote()
    {
        const auto edited = setFootnoteText(lemma, QStringLiteral("2"),
                                            QStringLiteral("ABF Research (2025). Primos."));
        QVERIFY(edited);
        QVERIFY(edited->contains(
            QLatin1String("[^2]: ABF Research (2025). Primos.\n[^7]: Ongebruikt.")));
        QVERIFY(!edited->contains(QLatin1String("die doorloopt")));
        QCOMPARE(definitionLines(edited.value()).first(), definitionLines(lemma).first());
        QVERIFY(!setFootnoteText(lemma, QStringLiteral("99"), QStringLiteral("x")));
    }

    void deleteTakesItsReferences()
    {
        const auto deleted = deleteFootnote(lemma, QStringLiteral("1"));
        QVERIFY(deleted);
        QVERIFY(!deleted->contains(QLatin1String("[^1]")));
        QVERIFY(deleted->contains(
            QStringLiteral("Eerste zin met een bron. Tweede zin over één woning.[^2]")));
        QVERIFY(deleted->contains(QLatin1String("Derde zin. Vierde")));
        QVERIFY(deleted->endsWith(QLatin1String(
            "[^2]: ABF Research, lange noot\n    die doorloopt.\n[^7]: Ongebruikt.\n")));
        const auto unused = deleteFootnote(lemma, QStringLiteral("7"));
        QVERIFY(unused);
        QCOMPARE(unused.value(), QString(lemma).remove(QStringLiteral("[^7]: Ongebruikt.\n")));
        QVERIFY(!deleteFootnote(lemma, QStringLiteral("99")));
    }

    void jumpBothWays()
    {
        const QList<int> references = footnoteReferencePositions(lemma, QStringLiteral("1"));
        QCOMPARE(references.size(), 2);
        QCOMPARE(lemma.mid(references.at(0), 4), QStringLiteral("[^1]"));
        QCOMPARE(lemma.mid(references.at(1) - 10, 10), QStringLiteral("Derde zin."));
        const int definition = footnoteDefinitionPosition(lemma, QStringLiteral("1"));
        QCOMPARE(lemma.mid(definition, 4), QStringLiteral("CBS "));
        QCOMPARE(footnoteDefinitionPosition(lemma, QStringLiteral("5")), -1);
    }

    void relatedInItsOwnStyle()
    {
        const auto added = addRelated(lemma, QStringLiteral("ambt"));
        QVERIFY(added);
        QVERIFY(added->contains(
            QLatin1String("related:\n  - regionale-economie\n  - "
                          "van-mobiliteit-naar-bereikbaarheid\n  - ambt\nfigures:")));
        QVERIFY(!addRelated(lemma, QStringLiteral("regionale-economie")));
        const auto moved = moveRelated(added.value(), QStringLiteral("ambt"), -1);
        QVERIFY(moved);
        QCOMPARE(relatedOf(moved.value()),
                 QStringList({QStringLiteral("regionale-economie"), QStringLiteral("ambt"),
                              QStringLiteral("van-mobiliteit-naar-bereikbaarheid")}));
        QVERIFY(!moveRelated(lemma, QStringLiteral("regionale-economie"), -1));
        const auto removed = removeRelated(moved.value(), QStringLiteral("ambt"));
        QVERIFY(removed);
        QCOMPARE(removed.value(), lemma);

        const QString flow =
            QStringLiteral("---\ntitle: X\nrelated: [a, b] # lees meer\n---\nTekst.\n");
        QCOMPARE(addRelated(flow, QStringLiteral("c")).value(),
                 QStringLiteral("---\ntitle: X\nrelated: [a, b, c]\n---\nTekst.\n"));
        QCOMPARE(setRelated(flow, {}).value(),
                 QStringLiteral("---\ntitle: X\nrelated: []\n---\nTekst.\n"));
        const QString none = QStringLiteral("---\ntitle: X\n---\nTekst.\n");
        QCOMPARE(addRelated(none, QStringLiteral("a")).value(),
                 QStringLiteral("---\ntitle: X\nrelated:\n  - a\n---\nTekst.\n"));
        QVERIFY(!addRelated(QStringLiteral("Geen kop."), QStringLiteral("a")));
    }

    void figuresRoundTrip()
    {
        QList<Figure> figures = figuresOf(lemma);
        QCOMPARE(figures.size(), 1);
        QCOMPARE(setFigures(lemma, figures).value(), lemma);

        Figure added;
        added.caption = QStringLiteral("Bron: één \"grafiek\" # met tekens");
        added.id = figureIdFor(added.caption, figures);
        added.source = QStringLiteral("2024 rapport");
        added.image = QStringLiteral("figures/woningbouw/grafiek.png");
        added.alt = QStringLiteral("Een lijn die stijgt");
        figures.prepend(added);
        const auto written = setFigures(lemma, figures);
        QVERIFY(written);
        const QList<Figure> read = figuresOf(written.value());
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).id, QStringLiteral("bron-een-grafiek-met-tekens"));
        QCOMPARE(read.at(0).caption, added.caption);
        QCOMPARE(read.at(0).source, added.source);
        QCOMPARE(read.at(0).alt, added.alt);
        QCOMPARE(read.at(1).note, QStringLiteral("2"));
        QVERIFY(written->endsWith(lemma.mid(lemma.indexOf(QLatin1String("---\nEerste")))));

        QVERIFY(!setFigures(written.value(), {})->contains(QLatin1String("figures")));
        QCOMPARE(figureIdFor(QStringLiteral("Woningbouw per jaar"),
                             {Figure{QStringLiteral("woningbouw-per-jaar")}}),
                 QStringLiteral("woningbouw-per-jaar-2"));
    }

    void imagesAreCopiedIntoTheEdition()
    {
        QTemporaryDir root;
        QTemporaryDir elsewhere;
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QString file = elsewhere.filePath(QStringLiteral("Grafiek Één.png"));
        QVERIFY(image.save(file));
        const auto copied = copyFigureImage(root.path(), QStringLiteral("woningbouw"), file);
        QVERIFY2(copied, qPrintable(copied.error().message));
        QCOMPARE(copied.value(), QStringLiteral("figures/woningbouw/grafiek-een.png"));
        QVERIFY(QFile::exists(root.filePath(copied.value())));
        // The same picture again is the same file; another one with that name gets its own.
        QCOMPARE(copyFigureImage(root.path(), QStringLiteral("woningbouw"), file).value(),
                 copied.value());
        image.fill(Qt::blue);
        QVERIFY(image.save(file));
        QCOMPARE(copyFigureImage(root.path(), QStringLiteral("woningbouw"), file).value(),
                 QStringLiteral("figures/woningbouw/grafiek-een-2.png"));
        const QString text = elsewhere.filePath(QStringLiteral("notities.txt"));
        QVERIFY(writeTextFile(text, QStringLiteral("x")));
        QVERIFY(!copyFigureImage(root.path(), QStringLiteral("woningbouw"), text));
        QVERIFY(!copyFigureImage(root.path(), QStringLiteral("woningbouw"),
                                 elsewhere.filePath(QStringLiteral("weg.png"))));
    }

    void theEditionStillValidates()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        const QString path = dir.filePath(QStringLiteral("lemmas/eerste.md"));
        QString text = readTextFile(path).value();
        const auto baseline = loadEdition(dir.path());
        QVERIFY(baseline);
        const int errors = countErrors(allDiagnostics(baseline.value()));

        const auto inserted = insertFootnote(
            text, int(text.indexOf(QLatin1String("\n\n"), splitFrontMatter(text).bodyOffset)));
        QVERIFY2(inserted, qPrintable(inserted.error().message));
        text = setFootnoteText(inserted->text, inserted->label,
                               QStringLiteral("Bron. <https://example.org/a>"))
                   .value();
        text = moveRelated(text, relatedOf(text).last(), -1).value();
        QList<Figure> figures = figuresOf(text);
        Figure figure;
        figure.caption = QStringLiteral("Nieuwe figuur");
        figure.id = figureIdFor(figure.caption, figures);
        figure.note = inserted->label;
        figures.append(figure);
        text = setFigures(text, figures).value();
        QVERIFY(writeTextFile(path, text));

        const auto edition = loadEdition(dir.path());
        QVERIFY(edition);
        QCOMPARE(countErrors(allDiagnostics(edition.value())), errors);
        QCOMPARE(edition->lemmas.first().figures.size(), figures.size());
    }
    // The status box reads the status as the author wrote it, whatever the quotes or line ends.
    void theStatusIsReadAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::newRow("plain") << QStringLiteral("---\ntitle: A\nstatus: draft\n---\nTekst.\n")
                               << QStringLiteral("draft");
        QTest::newRow("double quotes")
            << QStringLiteral("---\nstatus: \"review\"\n---\n") << QStringLiteral("review");
        QTest::newRow("single quotes")
            << QStringLiteral("---\nstatus: 'final'\n---\n") << QStringLiteral("final");
        QTest::newRow("comment") << QStringLiteral("---\nstatus: draft # nog niet af\n---\n")
                                 << QStringLiteral("draft");
        QTest::newRow("crlf") << QStringLiteral(
                                     "---\r\ntitle: A\r\nstatus: review\r\n---\r\nT.\r\n")
                              << QStringLiteral("review");
        QTest::newRow("none") << QStringLiteral("---\ntitle: A\n---\nstatus: draft\n") << QString();
        QTest::newRow("in the body only") << QStringLiteral("Tekst\nstatus: draft\n") << QString();
        QTest::newRow("never closed")
            << QStringLiteral("---\nstatus: draft\ntitle: A\n") << QString();
        QTest::newRow("nested key")
            << QStringLiteral("---\nbron:\n  status: final\n---\n") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void theStatusIsReadAsWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, status);
        QCOMPARE(statusOf(text), status);
    }

    void choosingAStatusRewritesOnlyItsLine_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("after");
        QTest::newRow("replaced") << QStringLiteral("---\ntitle: A\nstatus: draft\n---\nT.\n")
                                  << QStringLiteral("final")
                                  << QStringLiteral("---\ntitle: A\nstatus: final\n---\nT.\n");
        QTest::newRow("quoted") << QStringLiteral("---\nstatus: \"draft\"\n---\n")
                                << QStringLiteral("review")
                                << QStringLiteral("---\nstatus: review\n---\n");
        QTest::newRow("added") << QStringLiteral("---\ntitle: A\n---\nstatus: draft\n")
                               << QStringLiteral("review")
                               << QStringLiteral(
                                      "---\nstatus: review\ntitle: A\n---\nstatus: draft\n");
        QTest::newRow("crlf kept") << QStringLiteral("---\r\ntitle: A\r\nstatus: draft\r\n---\r\n")
                                   << QStringLiteral("final")
                                   << QStringLiteral("---\r\ntitle: A\r\nstatus: final\r\n---\r\n");
        QTest::newRow("crlf added")
            << QStringLiteral("---\r\ntitle: A\r\n---\r\n") << QStringLiteral("draft")
            << QStringLiteral("---\r\nstatus: draft\r\ntitle: A\r\n---\r\n");
        QTest::newRow("already") << QStringLiteral("---\nstatus: final\n---\n")
                                 << QStringLiteral("final")
                                 << QStringLiteral("---\nstatus: final\n---\n");
    }

    void choosingAStatusRewritesOnlyItsLine()
    {
        QFETCH(QString, before);
        QFETCH(QString, status);
        QFETCH(QString, after);
        const auto edit = statusEdit(before, status);
        QVERIFY2(edit.ok(), qPrintable(edit.error().message));
        QCOMPARE(QString(before).replace(edit->start, edit->end - edit->start, edit->text), after);
        QCOMPARE(statusOf(after), status);
    }

    void aStatusNeedsAFrontMatterAndAWord()
    {
        QVERIFY(!statusEdit(QStringLiteral("Alleen tekst.\n"), QStringLiteral("draft")).ok());
        QVERIFY(!statusEdit(QStringLiteral("---\ntitle: A\n"), QStringLiteral("draft")).ok());
        QVERIFY(!statusEdit(QStringLiteral("---\n---\n"), QStringLiteral("draft\n---")).ok());
    }

    // A link made with Ctrl+K reads as its label, brackets and backslashes included.
    void aLemmaLinkKeepsItsLabel_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("plain") << QStringLiteral("Wonen") << QStringLiteral("[Wonen](wonen.md)");
        QTest::newRow("brackets") << QStringLiteral("Wonen [2025]")
                                  << QStringLiteral("[Wonen \\[2025\\]](wonen.md)");
        QTest::newRow("closing first")
            << QStringLiteral("a]b(c)") << QStringLiteral("[a\\]b(c)](wonen.md)");
        QTest::newRow("backslash") << QStringLiteral("a\\") << QStringLiteral("[a\\\\](wonen.md)");
    }

    void aLemmaLinkKeepsItsLabel()
    {
        QFETCH(QString, label);
        QFETCH(QString, markdown);
        QCOMPARE(lemmaLinkMarkdown(label, QStringLiteral("wonen")), markdown);
        const MarkdownDocument document = parseMarkdown(markdown);
        QCOMPARE(document.links.size(), 1);
        QCOMPARE(document.links.first().url, QStringLiteral("wonen.md"));
        QCOMPARE(document.links.first().text, label);
    }
};

TRENDWEB_TEST(LemmaEditsTest)
#include "tst_lemmaedits.moc"
