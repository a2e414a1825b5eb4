// Overzicht: the headings and figures of a lemma, in reading order, each with the place
// in the file where the editor jumps to.
#include "editing/outline.h"
#include "outlinemodel.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace trendweb;

namespace {

const QString lemma = QStringLiteral("---\n"
                                     "title: Arbeidsmarkt\n"
                                     "figures:\n"
                                     "  - id: vacatures\n"
                                     "    caption: Openstaande vacatures\n"
                                     "  - id: logo\n"
                                     "    caption: Het logo\n"
                                     "    numbered: false\n"
                                     "  - id: deeltijd\n"
                                     "    caption: Deeltijdwerkers\n"
                                     "---\n"
                                     "Eerste zin.\n"
                                     "\n"
                                     "## Openstaande vacatures ##\n"
                                     "\n"
                                     "[[figuur: deeltijd]]\n"
                                     "\n"
                                     "```\n"
                                     "## geen kop in code\n"
                                     "[[figuur: vacatures]]\n"
                                     "```\n"
                                     "#geen kop zonder spatie\n"
                                     "### Niet iedereen mag meedoen\n"
                                     "[[figuur: logo]]\n"
                                     "[[figuur: vacatures]]\n"
                                     "## Relevantie voor Overijsselse gemeenten\n");

} // namespace

class OutlineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingsAndFiguresInReadingOrder()
    {
        const QList<OutlineEntry> outline = lemmaOutline(lemma);
        QStringList titles;
        QList<int> levels;
        for (const OutlineEntry &entry : outline) {
            titles.append(entry.title);
            levels.append(entry.level);
        }
        // Figures numbered as the reader meets them; the unnumbered one by its caption.
        QCOMPARE(titles, QStringList({QStringLiteral("Openstaande vacatures"),
                                      QStringLiteral("Figuur 1: Deeltijdwerkers"),
                                      QStringLiteral("Niet iedereen mag meedoen"),
                                      QStringLiteral("Het logo"),
                                      QStringLiteral("Figuur 2: Openstaande vacatures"),
                                      QStringLiteral("Relevantie voor Overijsselse gemeenten")}));
        QCOMPARE(levels, QList<int>({2, 3, 3, 4, 4, 2}));
        QCOMPARE(outline.at(1).kind, OutlineEntry::Kind::Figure);
        QCOMPARE(outline.at(0).kind, OutlineEntry::Kind::Heading);
        // Each entry's position is the start of its line in the file.
        QCOMPARE(lemma.mid(outline.at(0).position, 27),
                 QStringLiteral("## Openstaande vacatures ##"));
        QCOMPARE(lemma.mid(outline.at(1).position, 20), QStringLiteral("[[figuur: deeltijd]]"));
        QCOMPARE(lemma.mid(outline.at(5).position, 13), QStringLiteral("## Relevantie"));
    }

    void frontMatterIsNoHeading()
    {
        // "# comment" lines in the YAML are no headings.
        const QString text = QStringLiteral("---\n# kop van het bestand\ntitle: X\n---\n# Kop\n");
        const QList<OutlineEntry> outline = lemmaOutline(text);
        QCOMPARE(outline.size(), 1);
        QCOMPARE(outline.first().title, QStringLiteral("Kop"));
        QCOMPARE(outline.first().position, int(text.indexOf(QLatin1String("# Kop"))));
    }

    void modelFollowsTheTextAndFindsTheCursorsPart()
    {
        OutlineModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy counted(&model, &OutlineModel::countChanged);
        model.setText(lemma);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(model.data(model.index(1), OutlineModel::KindRole).toString(),
                 QStringLiteral("figure"));
        const int second = model.position(2);
        QCOMPARE(model.rowAt(second), 2);
        QCOMPARE(model.rowAt(second + 5), 2);
        QCOMPARE(model.rowAt(0), -1);

        // Typing above moves the entries without rebuilding the list.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moved(&model, &QAbstractItemModel::dataChanged);
        model.setText(QString(lemma).replace(QLatin1String("Eerste zin."),
                                             QLatin1String("Eerste zin, langer.")));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.position(2), second + 8);

        // A new heading is in the list.
        model.setText(lemma + QStringLiteral("\n## Bronnen\n"));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.data(model.index(6), OutlineModel::TitleRole).toString(),
                 QStringLiteral("Bronnen"));
        QCOMPARE(counted.size(), 2);
    }
};

TRENDWEB_TEST(OutlineTest)
#include "tst_outline.moc"
