#include "bodymarkers.h"
#include "editing/frontmatteredits.h"
#include "editionloader.h"
#include "export/htmlrenderer.h"
#include "export/hugoexport.h"
#include "export/siteexport.h"
#include "testregistry.h"
#include "validation/editionchecks.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;

namespace {

const QString seedPath = QStringLiteral(TRENDWEB_IMPORT_DIR "/2025/trendweb-2025.txt");

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

Document lemma(const QString &frontMatter, const QString &body)
{
    return parseDocument(QStringLiteral("---\ntitle: Proef\nstatus: draft\nrelated: []\n") +
                             frontMatter + QStringLiteral("---\n") + body,
                         QStringLiteral("lemmas/proef.md"), Document::Kind::Lemma, QString());
}

const QString twoFigures = QStringLiteral("figures:\n"
                                          "  - id: later\n    caption: Tweede in de tekst\n"
                                          "    note: \"3\"\n"
                                          "  - id: eerder\n    caption: Eerste in de tekst\n"
                                          "    note: \"2\"\n"
                                          "  - id: los\n    caption: Zonder nummer\n"
                                          "    numbered: false\n    source: CBS\n");

QStringList codes(const Document &document)
{
    QStringList list;
    for (const Diagnostic &d : document.diagnostics)
        list.append(d.code);
    return list;
}

// The note numbers of a page's references, in reading order, with their labels.
QList<std::pair<QString, int>> references(const QString &html)
{
    static const QRegularExpression reference(
        QStringLiteral("<sup class=\"footnote-ref\"><a href=\"#fn-([^\"]+)\"[^>]*>(\\d+)</a>"));
    QList<std::pair<QString, int>> list;
    for (auto it = reference.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        list.append({m.captured(1), m.captured(2).toInt()});
    }
    return list;
}

QStringList filesUnder(const QString &root, const QString &suffix)
{
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.endsWith(suffix))
            files.append(file);
    }
    return files;
}

} // namespace

// Figures sit in the text where a marker line puts them, and notes are numbered as the
// reader meets them, figure captions included: the 2025 site reads as the print.
class FiguresTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_site;
    QTemporaryDir m_hugo;
    Edition m_content;

private Q_SLOTS:
    void initTestCase()
    {
        auto content = loadEdition(QStringLiteral(TRENDWEB_CONTENT_DIR));
        QVERIFY(content.ok());
        m_content = content.value();
        QVERIFY(exportStaticSite(m_content, m_site.path(), false).ok());
        QVERIFY(exportHugoSite(m_content, m_hugo.path(), false).ok());
    }

    void markersAreLinesOfTheirOwnOutsideCode()
    {
        const QList<BodyMarker> markers = bodyMarkers(
            QStringLiteral("Tekst.\n\n[[figuur: kaart-1]]\n\n```\n[[figuur: code]]\n```\n\n"
                           "Zie [[figuur: midden]] hier.\n\n  [[Lijst ontbreekt in de bron]]\n"
                           "[[tabel ontbreekt in de bron]]\n"));
        QCOMPARE(markers.size(), 3);
        QCOMPARE(markers[0].id, QStringLiteral("kaart-1"));
        QCOMPARE(markers[0].line, 3);
        QCOMPARE(markers[1].kind, BodyMarker::Kind::MissingList);
        QCOMPARE(markers[2].kind, BodyMarker::Kind::MissingTable);
        QCOMPARE(figureMarker(QStringLiteral("kaart-1")), QStringLiteral("[[figuur: kaart-1]]"));
    }

    void theCheckReportsFigurePlacement_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        const QString notes = QStringLiteral("\n\n[^2]: Bron.\n[^3]: Bron.\n");
        QTest::newRow("each placed once")
            << QStringLiteral("[[figuur: eerder]]\n\n[[figuur: later]]\n\n[[figuur: los]]") + notes
            << QStringList{}
            << QStringList{QStringLiteral("figure-not-placed"),
                           QStringLiteral("figure-placed-twice"),
                           QStringLiteral("figure-marker-unknown")};
        QTest::newRow("never placed")
            << QStringLiteral("[[figuur: eerder]]\n\n[[figuur: later]]") + notes
            << QStringList{QStringLiteral("figure-not-placed")}
            << QStringList{QStringLiteral("figure-placed-twice")};
        QTest::newRow("placed twice")
            << QStringLiteral("[[figuur: eerder]]\n\n[[figuur: later]]\n\n[[figuur: los]]\n\n"
                              "[[figuur: eerder]]") +
                   notes
            << QStringList{QStringLiteral("figure-placed-twice")}
            << QStringList{QStringLiteral("figure-not-placed")};
        QTest::newRow("unknown figure")
            << QStringLiteral("[[figuur: eerder]]\n\n[[figuur: later]]\n\n[[figuur: los]]\n\n"
                              "[[figuur: bestaat-niet]]") +
                   notes
            << QStringList{QStringLiteral("figure-marker-unknown")}
            << QStringList{QStringLiteral("figure-not-placed")};
        QTest::newRow("lost list and table")
            << QStringLiteral("[[figuur: eerder]]\n\n[[figuur: later]]\n\n[[figuur: los]]\n\n"
                              "[[lijst ontbreekt in de bron]]\n\n[[tabel ontbreekt in de bron]]") +
                   notes
            << QStringList{QStringLiteral("source-list-missing"),
                           QStringLiteral("source-table-missing")}
            << QStringList{QStringLiteral("print-reference")};
        QTest::newRow("print-only wording")
            << QStringLiteral("[[figuur: eerder]]\n\n[[figuur: later]]\n\n[[figuur: los]]\n\n"
                              "Zie de figuur op de volgende bladzijde. Bovenstaande cijfers "
                              "kloppen.") +
                   notes
            << QStringList{QStringLiteral("print-reference")}
            << QStringList{QStringLiteral("source-list-missing")};
    }

    void theCheckReportsFigurePlacement()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        const Document document = lemma(twoFigures, body);
        const QStringList found = codes(document);
        for (const QString &code : expected) {
            QVERIFY2(found.count(code) == 1, qPrintable(found.join(u' ')));
            for (const Diagnostic &d : document.diagnostics) {
                if (d.code == code) {
                    QVERIFY(!d.messageNl.isEmpty());
                    QVERIFY(!d.messageEn.isEmpty());
                    QVERIFY(d.line > 0);
                }
            }
        }
        for (const QString &code : absent)
            QVERIFY2(!found.contains(code), qPrintable(found.join(u' ')));
    }

    void aFigureIsDrawnAtItsMarkerNumberedInTextOrder()
    {
        const Document document =
            lemma(twoFigures, QStringLiteral("Begin.[^1]\n\n[[figuur: eerder]]\n\nMidden.\n\n"
                                             "[[figuur: los]]\n\n[[figuur: later]]\n\nEind.[^4]\n\n"
                                             "[^1]: Een.\n[^2]: Twee.\n[^3]: Drie.\n[^4]:\n"));
        const QString html = renderDocument(document);
        const qsizetype first = html.indexOf(QStringLiteral("Figuur 1: Eerste in de tekst"));
        const qsizetype unnumbered = html.indexOf(QStringLiteral("<figcaption>Zonder nummer"));
        const qsizetype second = html.indexOf(QStringLiteral("Figuur 2: Tweede in de tekst"));
        QVERIFY2(first > html.indexOf(QStringLiteral("Begin.")), qPrintable(html));
        QVERIFY(first < html.indexOf(QStringLiteral("Midden.")));
        QVERIFY(unnumbered > first && second > unnumbered);
        QVERIFY(second < html.indexOf(QStringLiteral("Eind.")));
        QVERIFY(!html.contains(QStringLiteral("[[figuur")));
        // No image yet: a caption line, not an empty box.
        QVERIFY(html.contains(QStringLiteral("class=\"figuur zonder-afbeelding\"")));
        QVERIFY(!html.contains(QStringLiteral("<p class=\"geen-afbeelding\"")));
        // Notes in reading order, the captions' included: 1 text, 2 and 3 figures, 4 text.
        QList<std::pair<QString, int>> expected = {{QStringLiteral("1"), 1},
                                                   {QStringLiteral("2"), 2},
                                                   {QStringLiteral("3"), 3},
                                                   {QStringLiteral("4"), 4}};
        QCOMPARE(references(html), expected);
        for (const Footnote &note : document.footnotes)
            QCOMPARE(note.number, note.label.toInt()); // the panel counts as the page does
        // The note without text says so instead of being an empty item.
        QVERIFY(html.contains(QStringLiteral("<span class=\"bron-volgt\">Bron volgt.</span>")));
        QCOMPARE(html.count(QStringLiteral("Bron volgt.")), 1);
    }

    void aFigureWithoutMarkerComesAfterTheText()
    {
        const Document document =
            lemma(twoFigures, QStringLiteral("Tekst.[^1]\n\n[[figuur: later]]\n\n[^1]: Een.\n"
                                             "[^2]: Twee.\n[^3]: Drie.\n"));
        const QString html = renderDocument(document);
        QVERIFY(html.indexOf(QStringLiteral("Figuur 1: Tweede")) <
                html.indexOf(QStringLiteral("Figuur 2: Eerste")));
        QVERIFY(codes(document).contains(QStringLiteral("figure-not-placed")));
    }

    void runsOfReferencesAreSeparated()
    {
        const QString html =
            renderMarkdown(QStringLiteral("Handel.[^5][^6][^7]\n\n[^5]: A.\n[^6]: B.\n[^7]: C.\n"));
        Document document = lemma({}, QStringLiteral("Handel.[^5][^6][^7]\n\n[^5]: A.\n[^6]: B.\n"
                                                     "[^7]: C.\n"));
        const QString rendered = renderDocument(document);
        QCOMPARE(rendered.count(QStringLiteral("<sup class=\"noot-komma\">,</sup>")), 2);
        QVERIFY(!rendered.contains(QStringLiteral("</a></sup><sup class=\"footnote-ref\">")));
        QVERIFY(html.contains(QStringLiteral("</a></sup><sup class=\"footnote-ref\">")));
    }

    void theFiguresPanelPlacesAMarkerAfterTheParagraph()
    {
        const QString text = QStringLiteral("---\ntitle: Proef\n") + twoFigures +
                             QStringLiteral("---\nEerste alinea,\nnog steeds.\n\nTweede.\n");
        const int inFirst = int(text.indexOf(QStringLiteral("nog")));
        const auto placed = placeFigure(text, inFirst, QStringLiteral("eerder"));
        QVERIFY(placed.ok());
        QVERIFY2(placed->text.endsWith(QStringLiteral(
                     "---\nEerste alinea,\nnog steeds.\n\n[[figuur: eerder]]\n\nTweede.\n")),
                 qPrintable(placed->text));
        QCOMPARE(placed->text.mid(placed->cursor - 18, 18), QStringLiteral("[[figuur: eerder]]"));
        // Placed again at the end: it moves, it is not doubled.
        const auto moved =
            placeFigure(placed->text, int(placed->text.size()), QStringLiteral("eerder"));
        QVERIFY(moved.ok());
        QVERIFY2(moved->text.endsWith(QStringLiteral(
                     "---\nEerste alinea,\nnog steeds.\n\nTweede.\n\n[[figuur: eerder]]\n")),
                 qPrintable(moved->text));
        QVERIFY(!placeFigure(text, 0, QStringLiteral("onbekend")).ok());
    }

    // --- The 2025 edition against its print ---

    void everyFigureOfTheEditionIsPlacedOnce()
    {
        QList<const Document *> documents;
        for (const Document &document : m_content.lemmas)
            documents.append(&document);
        int figures = 0;
        for (const Document *document : documents) {
            for (const Figure &figure : document->figures) {
                int markers = 0;
                for (const BodyMarker &marker : document->markers)
                    markers += marker.kind == BodyMarker::Kind::Figure && marker.id == figure.id;
                QVERIFY2(markers == 1, qPrintable(document->slug + u' ' + figure.id));
                ++figures;
            }
        }
        QVERIFY(figures >= 50);
    }

    void theSitesNoteNumbersAreThePrints()
    {
        // The import labels each note with the number printed beside it in the seed, so a
        // page matches the print when every reference shows its own label, and numbers
        // run 1, 2, 3 … without a gap as the print's do.
        int compared = 0;
        for (const Document &document : m_content.lemmas) {
            const QString page =
                read(m_site.filePath(QStringLiteral("lemmas/%1.html").arg(document.slug)));
            QVERIFY2(!page.isEmpty(), qPrintable(document.slug));
            int highest = 0;
            for (const auto &[label, number] : references(page)) {
                QVERIFY2(label.startsWith(QString::number(number)),
                         qPrintable(QStringLiteral("%1: note %2 shows as %3")
                                        .arg(document.slug, label)
                                        .arg(number)));
                QVERIFY2(number <= highest + 1, qPrintable(document.slug));
                highest = qMax(highest, number);
                ++compared;
            }
        }
        QVERIFY(compared > 450);
    }

    void theSitesFigureNumbersAreThePrints()
    {
        // Every "Figuur N: caption" of the seed appears with the same number on its page.
        static const QRegularExpression caption(
            QStringLiteral("Figuur (\\d+):\\s*([A-Z][^.\\n-]{12,30})"));
        const QString seed = read(seedPath);
        QString pages;
        for (const QString &file :
             filesUnder(m_site.path() + QStringLiteral("/lemmas"), QStringLiteral(".html")))
            pages += read(file);
        int compared = 0;
        for (auto it = caption.globalMatch(seed); it.hasNext();) {
            const auto m = it.next();
            const QString printed =
                QStringLiteral("Figuur %1: %2").arg(m.captured(1), m.captured(2).simplified());
            QVERIFY2(pages.contains(printed.toHtmlEscaped()), qPrintable(printed));
            ++compared;
        }
        QVERIFY(compared >= 50);
        // B's text names Figuur 2 for the trading partners; G's 6 and 7 after the lost 5.
        const QString b = read(m_site.filePath(QStringLiteral("lemmas/regionale-economie.html")));
        QVERIFY(b.contains(QStringLiteral("Figuur 2: Handelspartners van Overijssel")));
        QVERIFY(b.indexOf(QStringLiteral("Figuur 2 toont")) <
                b.indexOf(QStringLiteral("Figuur 2: Handelspartners")));
        const QString g =
            read(m_site.filePath(QStringLiteral("lemmas/demografische-ontwikkelingen.html")));
        QVERIFY(g.contains(QStringLiteral("Figuur 6: Ontwikkeling eenpersoonshuishoudens")));
        QVERIFY(g.contains(QStringLiteral("Figuur 7: Ontwikkeling aantal alleenstaanden")));
        // A's figure 1 cites note 4, as printed.
        const QString a =
            read(m_site.filePath(QStringLiteral("lemmas/van-mobiliteit-naar-bereikbaarheid.html")));
        QVERIFY(QRegularExpression(QStringLiteral("Figuur 1: Integrale aanpak mobiliteitsvisie[^<]*"
                                                  "<sup class=\"footnote-ref\"><a [^>]*>4</a>"))
                    .match(a)
                    .hasMatch());
    }

    void noPageShowsAnEmptyNote()
    {
        static const QRegularExpression emptyItem(
            QStringLiteral("<li id=\"fn-[^\"]*\"[^>]*>\\s*<a [^>]*footnote-backref"));
        static const QRegularExpression touching(
            QStringLiteral("</a></sup><sup class=\"footnote-ref\">"));
        const QStringList pages = filesUnder(m_site.path(), QStringLiteral(".html")) +
                                  filesUnder(m_hugo.path(), QStringLiteral(".md")) +
                                  filesUnder(m_hugo.path(), QStringLiteral(".html"));
        QVERIFY(pages.size() > 40);
        int sourceFollows = 0;
        for (const QString &file : pages) {
            const QString page = read(file);
            QVERIFY2(!emptyItem.match(page).hasMatch(), qPrintable(file));
            QVERIFY2(!touching.match(page).hasMatch(), qPrintable(file));
            QVERIFY2(!page.contains(QStringLiteral("[[figuur")), qPrintable(file));
            sourceFollows += page.count(QStringLiteral("Bron volgt."));
        }
        QVERIFY(sourceFollows > 300);
    }
};

TRENDWEB_TEST(FiguresTest)
#include "tst_figures.moc"
