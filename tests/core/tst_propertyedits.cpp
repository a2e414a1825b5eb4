// Eigenschappen: the title, the authors and the length target are written by changing
// only their own lines of the front matter; everything else stays byte for byte.
#include "editing/frontmatteredits.h"
#include "editing/lemmaedits.h"
#include "editing/propertyedits.h"
#include "editionloader.h"
#include "fixtures.h"
#include "testregistry.h"
#include "validation/editionchecks.h"

#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

// Comments, an odd key order, quoting and a key the editor does not know about.
const QString lemma = QStringLiteral("---\n"
                                     "# kop van het lemma\n"
                                     "status: draft            # draft | review | final\n"
                                     "related: [woningbouw, arbeidsmarkt]\n"
                                     "title: \"Van mobiliteit: naar bereikbaarheid\"  # werktitel\n"
                                     "authors:\n"
                                     "  - Anne de Vries\n"
                                     "  - 'Bram ''t Hart'\n"
                                     "figures:\n"
                                     "  - id: kaart\n"
                                     "    caption: 'Kaart'\n"
                                     "---\n"
                                     "Eerste zin van de tekst.\n"
                                     "title: dit is tekst, geen kop\n");

QString applied(const QString &text, const TextEdit &edit)
{
    return QString(text).replace(edit.start, edit.end - edit.start, edit.text);
}

// The lines that differ between two texts with the same number of lines.
QStringList changedLines(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    QStringList changed;
    for (int i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            changed << b.value(i);
    }
    return changed;
}

} // namespace

class PropertyEditsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePropertiesAreReadAsWritten()
    {
        QCOMPARE(frontMatterValue(lemma, QStringLiteral("title")),
                 QStringLiteral("Van mobiliteit: naar bereikbaarheid"));
        QCOMPARE(frontMatterValue(lemma, QStringLiteral("status")), QStringLiteral("draft"));
        QCOMPARE(authorsOf(lemma),
                 QStringList({QStringLiteral("Anne de Vries"), QStringLiteral("Bram 't Hart")}));
        QCOMPARE(lengthTargetOf(lemma), 0);
        QCOMPARE(bodyStartOf(lemma), lemma.indexOf(QStringLiteral("Eerste zin")));
        QCOMPARE(bodyStartOf(QStringLiteral("Alleen tekst.\n")), 0);
        QCOMPARE(bodyStartOf(QStringLiteral("---\ntitle: nooit gesloten\n")), 0);
    }

    void changingTheTitleRewritesOnlyItsValue()
    {
        const auto edit = titleEdit(lemma, QStringLiteral("Bereikbaarheid: een nieuwe kijk"));
        QVERIFY2(edit.ok(), qPrintable(edit.error().message));
        const QString after = applied(lemma, edit.value());
        // The quotes, the comment after it and every other line stay as they were.
        QCOMPARE(
            changedLines(lemma, after),
            QStringList(QStringLiteral("title: \"Bereikbaarheid: een nieuwe kijk\"  # werktitel")));
        QCOMPARE(frontMatterValue(after, QStringLiteral("title")),
                 QStringLiteral("Bereikbaarheid: een nieuwe kijk"));
        // The body's look-alike line is not a key.
        QVERIFY(after.endsWith(QStringLiteral("title: dit is tekst, geen kop\n")));
    }

    void aTitleKeepsItsQuotingStyle_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain stays plain") << "title: Woningbouw"
                                           << "Woningbouw in Overijssel"
                                           << "title: Woningbouw in Overijssel";
        QTest::newRow("plain gets quotes where YAML needs them") << "title: Woningbouw"
                                                                 << "Wonen: de opgave"
                                                                 << "title: \"Wonen: de opgave\"";
        QTest::newRow("single quotes stay") << "title: 'Woningbouw'"
                                            << "Het ‘dak’ van 't huis"
                                            << "title: 'Het ‘dak’ van ''t huis'";
        QTest::newRow("double quotes stay") << "title: \"Woningbouw\""
                                            << "Zeg \"ja\""
                                            << "title: \"Zeg \\\"ja\\\"\"";
        QTest::newRow("comment kept") << "title: Woningbouw # oud"
                                      << "Wonen"
                                      << "title: Wonen # oud";
        QTest::newRow("empty value filled") << "title:"
                                            << "Wonen"
                                            << "title: Wonen";
        QTest::newRow("only a comment") << "title: # nog bedenken"
                                        << "Wonen"
                                        << "title: Wonen # nog bedenken";
    }

    void aTitleKeepsItsQuotingStyle()
    {
        QFETCH(QString, line);
        QFETCH(QString, title);
        QFETCH(QString, written);
        const QString before = QStringLiteral("---\n%1\nstatus: draft\n---\nTekst.\n").arg(line);
        const auto edit = titleEdit(before, title);
        QVERIFY2(edit.ok(), qPrintable(edit.error().message));
        const QString after = applied(before, edit.value());
        QCOMPARE(after, QStringLiteral("---\n%1\nstatus: draft\n---\nTekst.\n").arg(written));
        QCOMPARE(frontMatterValue(after, QStringLiteral("title")), title);
    }

    void aTitleIsNeverEmptyNorSpreadOverLines()
    {
        QVERIFY(!titleEdit(lemma, QStringLiteral("  ")).ok());
        QVERIFY(!titleEdit(lemma, QStringLiteral("Twee\nregels")).ok());
        QVERIFY(!titleEdit(QStringLiteral("Geen kop.\n"), QStringLiteral("Titel")).ok());
        // A folded title is left to Bron tonen rather than half rewritten.
        const QString folded = QStringLiteral("---\ntitle: >-\n  Lang\n  verhaal\n---\n");
        QVERIFY(!titleEdit(folded, QStringLiteral("Kort")).ok());
    }

    void theLengthTargetIsAddedChangedAndRemoved()
    {
        // Added: one line before the closing "---", nothing else moves.
        const auto added = lengthTargetEdit(lemma, 1500);
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        const QString withTarget = applied(lemma, added.value());
        QCOMPARE(withTarget, QString(lemma).replace(
                                 QStringLiteral("    caption: 'Kaart'\n---\n"),
                                 QStringLiteral("    caption: 'Kaart'\nlengte: 1500\n---\n")));
        QCOMPARE(lengthTargetOf(withTarget), 1500);

        const auto changed = lengthTargetEdit(withTarget, 2000);
        QVERIFY(changed.ok());
        QCOMPARE(changedLines(withTarget, applied(withTarget, changed.value())),
                 QStringList(QStringLiteral("lengte: 2000")));

        // Removed: the text is what it was before the target was set.
        const auto removed = lengthTargetEdit(withTarget, 0);
        QVERIFY(removed.ok());
        QCOMPARE(applied(withTarget, removed.value()), lemma);
        QVERIFY(!lengthTargetEdit(lemma, -3).ok());
    }

    void theLengthTargetKeepsCrlf()
    {
        const QString crlf = QStringLiteral("---\r\ntitle: A\r\n---\r\nT.\r\n");
        const auto added = lengthTargetEdit(crlf, 900);
        QVERIFY(added.ok());
        QCOMPARE(applied(crlf, added.value()),
                 QStringLiteral("---\r\ntitle: A\r\nlengte: 900\r\n---\r\nT.\r\n"));
    }

    void authorsAreWrittenInTheStyleTheyHad()
    {
        const QStringList three = {QStringLiteral("Anne de Vries"), QStringLiteral("Bram 't Hart"),
                                   QStringLiteral("Carla: redactie")};
        const auto block = setAuthors(lemma, three);
        QVERIFY2(block.ok(), qPrintable(block.error().message));
        QCOMPARE(block.value(),
                 QString(lemma).replace(
                     QStringLiteral("  - 'Bram ''t Hart'\n"),
                     QStringLiteral("  - 'Bram ''t Hart'\n  - \"Carla: redactie\"\n")));
        QCOMPARE(authorsOf(block.value()), three);

        const QString flow =
            QStringLiteral("---\ntitle: A\nauthors: [Anne]  \nstatus: draft\n---\n");
        const auto flowed = setAuthors(flow, {QStringLiteral("Anne"), QStringLiteral("Bram")});
        QVERIFY(flowed.ok());
        QCOMPARE(flowed.value(),
                 QStringLiteral("---\ntitle: A\nauthors: [Anne, Bram]\nstatus: draft\n---\n"));

        // Unchanged authors leave the text alone; none where there were none adds nothing.
        QCOMPARE(setAuthors(lemma, authorsOf(lemma)).value(), lemma);
        const QString none = QStringLiteral("---\ntitle: A\n---\n");
        QCOMPARE(setAuthors(none, {}).value(), none);
        QCOMPARE(setAuthors(none, {QStringLiteral("Anne")}).value(),
                 QStringLiteral("---\ntitle: A\nauthors:\n  - Anne\n---\n"));
    }

    void validateAcceptsALengthTargetAndExplainsAWrongOne()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        const QByteArray original = files.value(QStringLiteral("lemmas/eerste.md"));
        QVERIFY(original.startsWith("---\n"));
        const auto diagnosticsWith = [&](const QByteArray &line) {
            files[QStringLiteral("lemmas/eerste.md")] = "---\n" + line + original.mid(4);
            writeFiles(dir.path(), files);
            Diagnostics schema;
            for (const Diagnostic &d : allDiagnostics(loadEdition(dir.path()).value())) {
                if (d.code == QLatin1String("schema"))
                    schema.append(d);
            }
            return schema;
        };
        QVERIFY(diagnosticsWith("lengte: 1500\n").isEmpty());
        for (const QByteArray &wrong : {QByteArray("lengte: veel\n"), QByteArray("lengte: 0\n"),
                                        QByteArray("lengte: 12.5\n")}) {
            const Diagnostics found = diagnosticsWith(wrong);
            QVERIFY2(found.size() == 1, wrong.constData());
            QCOMPARE(found.first().messageNl,
                     QStringLiteral("De lengte is een aantal woorden, zoals 1500."));
            QCOMPARE(found.first().line, 2);
        }
    }
};

TRENDWEB_TEST(PropertyEditsTest)
#include "tst_propertyedits.moc"
