// The print edition: the built-in edition exported as a PDF through the real weasyprint,
// and read back with the tools a person would check it with (poppler's pdfinfo, pdffonts,
// pdftotext and pdftoppm; qpdf for the bookmarks). The cover, a lemma spread and HET WEB
// are kept as PNGs in TRENDWEB_PRINT_OUTPUT (or print-output/ beside the test program)
// for a person to look at.
#include "editionloader.h"
#include "export/htmlrenderer.h"
#include "export/printedition.h"
#include "export/printexport.h"
#include "fixtures.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QUrl>

using namespace trendweb;
using namespace trendweb::test;

namespace {

// A tool's standard output; fails the test when it does not run or fails.
QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning() << program << arguments << process.errorString()
                   << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

QString pageText(const QString &pdf, int page)
{
    return QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                  QString::number(page), pdf, QStringLiteral("-")}));
}

// Whitespace, line breaks included, as single spaces.
QString simplified(const QString &text)
{
    return QString(text).replace(QChar(0x00a0), QLatin1Char(' ')).simplified();
}

// A title as a pattern that allows a line break (and the contents' leader dots) anywhere
// between its words.
QString wordsPattern(const QString &title)
{
    QStringList words;
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        words.append(QRegularExpression::escape(word));
    return words.join(QStringLiteral("\\s+"));
}

QString outputFolder()
{
    const QString configured = qEnvironmentVariable("TRENDWEB_PRINT_OUTPUT");
    const QString folder =
        configured.isEmpty()
            ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("print-output"))
            : configured;
    QDir().mkpath(folder);
    return folder;
}

} // namespace

class PrintTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Edition m_edition;
    QString m_pdf;
    int m_pages = 0;
    QStringList m_texts;          // the text of every page, from 1 at index 1
    QHash<QString, int> m_starts; // lemma slug → page where the contents says it begins

    // Whether the page's running head names the lemma. The head ("C · Woningbouw: …") may
    // wrap; its letter is the lemma's own. It stands on the outer side, after the edition's
    // name on a right-hand page.
    bool hasHeadOf(int page, const Document &lemma) const
    {
        const QString head = lemma.letter + QStringLiteral(" · ");
        const QString text = simplified(m_texts.value(page));
        return text.startsWith(head) ||
               (page % 2 == 1 && text.startsWith(m_edition.info.title) &&
                text.left(m_edition.info.title.size() + 40).contains(QLatin1Char(' ') + head));
    }

    // The first page whose running head names the lemma.
    int firstPageOf(const Document &lemma) const
    {
        for (int page = 1; page <= m_pages; ++page) {
            if (hasHeadOf(page, lemma))
                return page;
        }
        return 0;
    }

    QString lemmaText(const Document &lemma) const
    {
        const int first = firstPageOf(lemma);
        QString text;
        for (int page = first; page > 0 && page <= m_pages; ++page) {
            if (page > first && !hasHeadOf(page, lemma))
                break;
            text += m_texts.value(page) + QLatin1Char('\n');
        }
        return simplified(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!weasyprintProgram().isEmpty(), "weasyprint is not installed (dev.sh)");
        m_edition = loadEdition(QStringLiteral(TRENDWEB_CONTENT_DIR)).value();
        m_pdf = m_dir.filePath(QStringLiteral("Trendweb-2025.pdf"));
        QList<int> progress;
        const auto exported = exportPdf(m_edition, m_pdf, true, [&](int done, int total) {
            progress.append(done * 100 / total);
        });
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
        QVERIFY(QFileInfo(m_pdf).isFile());
        // Progress goes forward to the end.
        QVERIFY(progress.size() >= 4);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.last(), 100);
        m_pages = exported->pages;
        m_texts.append(QString());
        for (int page = 1; page <= m_pages; ++page)
            m_texts.append(pageText(m_pdf, page));
        QFile::remove(QDir(outputFolder()).filePath(QStringLiteral("Trendweb-2025.pdf")));
        QFile::copy(m_pdf, QDir(outputFolder()).filePath(QStringLiteral("Trendweb-2025.pdf")));
    }

    void theMetadataSaysWhatItIsAndThePdfIsTagged()
    {
        const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {m_pdf}));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("(?m)^Title:\\s+Trendweb 2025$"))));
        QVERIFY(info.contains(
            QRegularExpression(QStringLiteral("(?m)^Author:\\s+Trendbureau Overijssel$"))));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("(?m)^Tagged:\\s+yes$"))));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("(?m)^Page size:.*\\(A4\\)$"))));
        const auto pages = QRegularExpression(QStringLiteral("(?m)^Pages:\\s+(\\d+)$")).match(info);
        QVERIFY(pages.hasMatch());
        QCOMPARE(pages.captured(1).toInt(), m_pages);
        // Front matter, HET WEB, three threads, twenty lemmas of several pages, DE LIJST.
        QVERIFY2(m_pages >= 60 && m_pages <= 200, qPrintable(QString::number(m_pages)));
        // The document language, in the catalogue.
        QFile pdf(m_pdf);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().contains("/Lang (nl)"));
        // A tag tree with headings, as PDF/UA asks.
        const QString tree =
            QString::fromUtf8(run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct"), m_pdf}));
        QVERIFY(tree.startsWith(QStringLiteral("Document")));
        QVERIFY(tree.contains(QStringLiteral("H1 (block)")));
        QVERIFY(tree.contains(QStringLiteral("Link (inline)")));
    }

    void everyFontIsEmbedded()
    {
        const QStringList lines = QString::fromUtf8(run(QStringLiteral("pdffonts"), {m_pdf}))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        int fonts = 0;
        for (const QString &line : lines.mid(2)) {
            // name type encoding emb sub uni object ID: "emb" is the fourth column from the end.
            const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY(columns.size() >= 7);
            QVERIFY2(columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
            ++fonts;
        }
        QVERIFY(fonts >= 2);
    }

    void theContentsGivesThePageWhereEachLemmaBegins()
    {
        int contentsPage = 0;
        for (int page = 1; page <= 6 && contentsPage == 0; ++page) {
            if (m_texts.value(page).contains(QStringLiteral("De lemma's")))
                contentsPage = page;
        }
        QVERIFY(contentsPage > 0);
        const QString contents = m_texts.value(contentsPage);
        QCOMPARE(m_edition.lemmas.size(), 20);
        int previous = contentsPage;
        for (const Document &lemma : std::as_const(m_edition.lemmas)) {
            const QRegularExpression entry(
                QStringLiteral("(?:^|\\n)%1\\s+%2[\\s.]*?(\\d+)\\n")
                    .arg(lemma.letter, wordsPattern(lemma.displayTitle())));
            const auto match = entry.match(contents);
            QVERIFY2(match.hasMatch(), qPrintable(lemma.displayTitle()));
            const int page = match.captured(1).toInt();
            QVERIFY2(page > previous, qPrintable(lemma.displayTitle()));
            QCOMPARE(page, firstPageOf(lemma));
            // The lemma's own heading is on that page, below the running head.
            const QString text = m_texts.value(page);
            QVERIFY2(text.mid(text.indexOf(QLatin1Char('\n')))
                         .contains(QRegularExpression(wordsPattern(lemma.displayTitle()))),
                     qPrintable(lemma.displayTitle()));
            m_starts.insert(lemma.slug, page);
            previous = page;
        }
        QVERIFY(previous < m_pages); // DE LIJST comes after the last lemma
    }

    void everyLemmaHasABookmarkToItsFirstPage()
    {
        QVERIFY(!m_starts.isEmpty());
        const QJsonObject json =
            QJsonDocument::fromJson(
                run(QStringLiteral("qpdf"),
                    {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), m_pdf}))
                .object();
        QHash<QString, int> bookmarks;
        for (const QJsonValue &outline : json.value(QStringLiteral("outlines")).toArray()) {
            bookmarks.insert(outline[QStringLiteral("title")].toString(),
                             outline[QStringLiteral("destpageposfrom1")].toInt());
        }
        for (const Document &lemma : std::as_const(m_edition.lemmas)) {
            const QString title = lemma.letter + QLatin1Char(' ') + lemma.displayTitle();
            QVERIFY2(bookmarks.contains(title), qPrintable(title));
            QCOMPARE(bookmarks.value(title), m_starts.value(lemma.slug));
        }
        for (const QString &part :
             {QStringLiteral("Inhoud"), QStringLiteral("HET WEB"), QStringLiteral("DE LIJST")})
            QVERIFY2(bookmarks.contains(part), qPrintable(part));
    }

    void notesAndFiguresHaveTheNumbersOfTheSite()
    {
        // E has note texts in the 2025 edition; A has the most figures.
        for (const QString &slug : {QStringLiteral("meer-bouwen-met-en-voor-natuur"),
                                    QStringLiteral("van-mobiliteit-naar-bereikbaarheid")}) {
            const Document *lemma = m_edition.lemma(slug);
            QVERIFY(lemma);
            const QString site = renderLemma(m_edition, *lemma);
            const QString printed = lemmaText(*lemma);
            QVERIFY(!printed.isEmpty());
            // The notes in the order the site numbers them.
            static const QRegularExpression item(QStringLiteral("<li id=\"fn-[^\"]*\">(.*?)</li>"),
                                                 QRegularExpression::DotMatchesEverythingOption);
            int number = 0;
            for (auto it = item.globalMatch(site); it.hasNext();) {
                ++number;
                // The site's way back to the text ("↩") is not printed.
                const QStringList words =
                    simplified(QTextDocumentFragment::fromHtml(it.next().captured(1))
                                   .toPlainText()
                                   .remove(QChar(0x21a9)))
                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
                // The first words, before any web address (which may break anywhere).
                QStringList start;
                for (const QString &word : std::as_const(words)) {
                    if (start.size() == 4 || word.size() > 20 || word.contains(QLatin1Char('/')))
                        break;
                    start.append(word);
                }
                if (start.isEmpty())
                    continue;
                const QString expected =
                    QStringLiteral("%1. %2").arg(number).arg(start.join(QLatin1Char(' ')));
                QVERIFY2(printed.contains(expected),
                         qPrintable(slug + QStringLiteral(": ") + expected));
            }
            QVERIFY2(number >= 10, qPrintable(slug));
            static const QRegularExpression figure(QStringLiteral("Figuur (\\d+): "));
            QStringList siteFigures, printedFigures;
            for (auto it = figure.globalMatch(site); it.hasNext();)
                siteFigures.append(it.next().captured(1));
            for (auto it = figure.globalMatch(printed); it.hasNext();)
                printedFigures.append(it.next().captured(1));
            QCOMPARE(printedFigures, siteFigures);
        }
    }

    void leesMeerOverAndDeLijstGivePageNumbers()
    {
        QVERIFY(!m_starts.isEmpty());
        int linked = 0;
        for (const Document &lemma : std::as_const(m_edition.lemmas)) {
            const QString printed = lemmaText(lemma);
            for (const QString &slug : lemma.related) {
                const Document *target = m_edition.lemma(slug);
                const QString expected = QStringLiteral("%1, blz. %2")
                                             .arg(target->displayTitle())
                                             .arg(m_starts.value(slug));
                QVERIFY2(printed.contains(expected),
                         qPrintable(lemma.slug + QStringLiteral(": ") + expected));
                ++linked;
            }
        }
        QVERIFY(linked > 40);
        const QString list = m_texts.value(m_pages);
        QVERIFY(list.contains(QStringLiteral("DE LIJST")));
        for (const Document &lemma : std::as_const(m_edition.lemmas)) {
            const QRegularExpression entry(
                QStringLiteral("%1\\s+\\(%2\\)[\\s.]*(\\d+)\\n")
                    .arg(wordsPattern(lemma.displayTitle()), lemma.letter));
            const auto match = entry.match(list);
            QVERIFY2(match.hasMatch(), qPrintable(lemma.displayTitle()));
            QCOMPARE(match.captured(1).toInt(), m_starts.value(lemma.slug));
        }
    }

    void hetWebIsAPageWithEveryLemma()
    {
        int web = 0;
        for (int page = 2; page <= m_pages && web == 0; ++page) {
            if (simplified(m_texts.value(page)).startsWith(QStringLiteral("HET WEB")))
                web = page;
        }
        QVERIFY(web > 0);
        const QString text = simplified(m_texts.value(web));
        for (const Document &lemma : std::as_const(m_edition.lemmas)) {
            // The drawing wraps titles; their first word beside the letter.
            QVERIFY2(text.contains(lemma.displayTitle().section(QLatin1Char(' '), 0, 0)),
                     qPrintable(lemma.displayTitle()));
        }
        for (const Document &thread : std::as_const(m_edition.threads))
            QVERIFY(text.contains(thread.displayTitle().section(QLatin1Char(' '), 0, 0)));

        // For a person to look at: the cover, HET WEB and a spread (left and right page).
        const QDir out(outputFolder());
        const int spread = m_starts.value(QStringLiteral("van-mobiliteit-naar-bereikbaarheid"));
        const QList<QPair<QString, int>> pictures = {
            {QStringLiteral("omslag"), 1},
            {QStringLiteral("het-web"), web},
            {QStringLiteral("lemma-links"), spread % 2 == 0 ? spread : spread + 1},
            {QStringLiteral("lemma-rechts"), spread % 2 == 0 ? spread + 1 : spread + 2}};
        for (const auto &[name, page] : pictures) {
            QFile::remove(out.filePath(name + QStringLiteral(".png")));
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"),
                 QString::number(page), QStringLiteral("-l"), QString::number(page),
                 QStringLiteral("-png"), QStringLiteral("-singlefile"), m_pdf, out.filePath(name)});
            QVERIFY2(QFileInfo(out.filePath(name + QStringLiteral(".png"))).size() > 1000,
                     qPrintable(name));
        }
        // The two pages of the spread side by side, as they lie open.
        const QImage left(out.filePath(QStringLiteral("lemma-links.png")));
        const QImage right(out.filePath(QStringLiteral("lemma-rechts.png")));
        QVERIFY(!left.isNull() && !right.isNull());
        QImage spreadImage(left.width() + right.width(), qMax(left.height(), right.height()),
                           QImage::Format_RGB32);
        spreadImage.fill(Qt::white);
        QPainter painter(&spreadImage);
        painter.drawImage(0, 0, left);
        painter.drawImage(left.width(), 0, right);
        painter.end();
        QVERIFY(spreadImage.save(out.filePath(QStringLiteral("lemma-spread.png"))));
    }

    // The running head is mirrored as the page numbers are: the lemma on the outer side,
    // left on a left-hand (even) page, right on a right-hand (odd) page.
    void theRunningHeadStandsOnTheOuterSide()
    {
        QVERIFY(!m_starts.isEmpty());
        int left = 0;
        int right = 0;
        for (const Document &lemma : std::as_const(m_edition.lemmas)) {
            const int first = m_starts.value(lemma.slug);
            for (int page = first; page <= first + 1 && hasHeadOf(page, lemma); ++page) {
                const QString layout = QString::fromUtf8(
                    run(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                         QStringLiteral("-l"), QString::number(page), m_pdf, QStringLiteral("-")}));
                QString line;
                for (const QString &candidate : layout.split(QLatin1Char('\n'))) {
                    if (!candidate.trimmed().isEmpty()) {
                        line = candidate;
                        break;
                    }
                }
                const qsizetype head = line.indexOf(lemma.letter + QStringLiteral(" · "));
                const qsizetype edition = line.indexOf(m_edition.info.title);
                QVERIFY2(head >= 0 && edition >= 0, qPrintable(line));
                if (page % 2 == 0) {
                    QVERIFY2(head < edition,
                             qPrintable(QStringLiteral("%1: %2").arg(page).arg(line)));
                    ++left;
                } else {
                    QVERIFY2(head > edition,
                             qPrintable(QStringLiteral("%1: %2").arg(page).arg(line)));
                    ++right;
                }
            }
        }
        QVERIFY(left > 0 && right > 0);
    }

    // A list or table still to come is printed as the editors' note it is: in a grey box,
    // not as a line of the text.
    void aMissingListOrTableIsAMarkedNote()
    {
        int page = 0;
        for (int i = 1; i <= m_pages && page == 0; ++i) {
            if (simplified(m_texts.value(i))
                    .contains(QStringLiteral(
                        "Hier staat in de gedrukte editie een tabel; die ontbreekt nog.")))
                page = i;
        }
        QVERIFY(page > 0);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("pagina"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-f"),
             QString::number(page), QStringLiteral("-l"), QString::number(page),
             QStringLiteral("-png"), QStringLiteral("-singlefile"), m_pdf, png});
        const QImage image(png + QStringLiteral(".png"));
        QVERIFY(!image.isNull());
        int grey = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                grey += image.pixelColor(x, y) == QColor(0xee, 0xee, 0xee);
        }
        // A box across the text's width, at least a line high.
        QVERIFY2(grey > image.width() / 2 * 8, qPrintable(QString::number(grey)));
    }

    void aMissingEngineIsNamedInDutch()
    {
        QTemporaryDir empty;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", empty.path().toLocal8Bit());
        const QString target = empty.filePath(QStringLiteral("uit.pdf"));
        const auto exported = exportPdf(m_edition, target, true);
        qputenv("PATH", path);
        QVERIFY(!exported.ok());
        QVERIFY2(exported.error().message.contains(QStringLiteral("weasyprint ontbreekt")),
                 qPrintable(exported.error().message));
        QVERIFY(exported.error().message.contains(QStringLiteral("apt install weasyprint")));
        QVERIFY(!QFileInfo::exists(target));
    }

    void thePdfIsNeverWrittenIntoTheEditionOrOverAnotherFile()
    {
        QTemporaryDir edition;
        writeFiles(edition.path(), goodEdition());
        const Edition loaded = loadEdition(edition.path()).value();

        const auto inside = exportPdf(loaded, edition.filePath(QStringLiteral("druk.pdf")), true);
        QVERIFY(!inside.ok());
        QVERIFY(inside.error().message.contains(QStringLiteral("editie zelf")));
        QVERIFY(!QFileInfo::exists(edition.filePath(QStringLiteral("druk.pdf"))));
        // Not over a lemma either, by way of "..".
        const QString lemma = edition.filePath(QStringLiteral("lemmas/eerste.md"));
        QFile file(lemma);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QVERIFY(
            !exportPdf(loaded, edition.filePath(QStringLiteral("lemmas/../lemmas/eerste.md")), true)
                 .ok());

        QTemporaryDir out;
        writeFiles(out.path(), {{QStringLiteral("brief.txt"), "Niet overschrijven.\n"}});
        const auto other = exportPdf(loaded, out.filePath(QStringLiteral("brief.txt")), true);
        QVERIFY(!other.ok());
        QVERIFY(other.error().message.contains(QStringLiteral("geen PDF")));
        QFile letter(out.filePath(QStringLiteral("brief.txt")));
        QVERIFY(letter.open(QIODevice::ReadOnly));
        QCOMPARE(letter.readAll(), QByteArray("Niet overschrijven.\n"));
        const auto folder = exportPdf(loaded, out.path(), true);
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().message.contains(QStringLiteral("is een map")));

        // A PDF is replaced whole; nothing else is left beside it.
        const QString pdf = out.filePath(QStringLiteral("druk.pdf"));
        QVERIFY(exportPdf(loaded, pdf, false).ok());
        const QByteArray first = [&] {
            QFile f(pdf);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(first.startsWith("%PDF-"));
        QVERIFY(exportPdf(loaded, pdf, false).ok());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral("brief.txt"), QStringLiteral("druk.pdf")}));
        QFile check(lemma);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), before);
    }

    void anEditionWithErrorsIsRefusedUnlessForced()
    {
        QTemporaryDir dir;
        QTemporaryDir out;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/eerste.md")] =
            "---\ntitle: Eerste\nstatus: draft\nrelated: [bestaat-niet]\n---\nTekst.[^9]\n";
        writeFiles(dir.path(), files);
        const auto edition = loadEdition(dir.path()).value();
        const QString pdf = out.filePath(QStringLiteral("druk.pdf"));
        const auto refused = exportPdf(edition, pdf, false);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("--force")));
        QVERIFY(!QFileInfo::exists(pdf));
        const auto forced = exportPdf(edition, pdf, true);
        QVERIFY2(forced.ok(), qPrintable(forced.error().toString()));
        QCOMPARE(forced->errors.size(), 2);
        QVERIFY(QFileInfo::exists(pdf));
    }

    // The engine fetches what a document asks for; the print edition asks for nothing but the
    // edition's own figures, and its links are anchors in the document.
    void anImageFromTheWebOrOutsideTheFiguresIsNeverFetched()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/eerste.md")].replace(
            "Nog een zin.", "Nog een zin. ![Kaart van Overijssel](https://example.org/kaart.png) "
                            "![Wachtwoorden](../../etc/passwd) [Tweede](tweede.md)");
        writeFiles(dir.path(), files);
        const Edition edition = loadEdition(dir.path()).value();
        const QString html = printHtml(edition, QDate(2025, 5, 1));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("example.org")));
        QVERIFY(!html.contains(QStringLiteral("passwd\"")));
        QVERIFY(html.contains(
            QStringLiteral("<span class=\"geen-afbeelding\">Kaart van Overijssel</span>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"#lemma-tweede\">Tweede</a>")));
        // Every link within the document leads to an id in it.
        static const QRegularExpression anchor(QStringLiteral("href=\"#([^\"]+)\""));
        for (auto it = anchor.globalMatch(html); it.hasNext();) {
            const QString id = it.next().captured(1);
            QVERIFY2(html.contains(QStringLiteral(" id=\"%1\"").arg(id)), qPrintable(id));
        }
    }

    void theCommandLineWritesThePdfAndSaysWhere()
    {
        QTemporaryDir edition;
        writeFiles(edition.path(), goodEdition());
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("druk/Trendweb.pdf"));
        QProcess cli;
        cli.setWorkingDirectory(edition.path());
        cli.start(QStringLiteral(TRENDWEB_CLI_BIN),
                  {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError())
                    .contains(QStringLiteral("geef het PDF-bestand met --output")));

        cli.start(QStringLiteral(TRENDWEB_CLI_BIN),
                  {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                   QStringLiteral("--output"), pdf});
        QVERIFY(cli.waitForFinished(120000));
        const QString said = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(said));
        QVERIFY2(said.contains(pdf + QStringLiteral(" geschreven: ")), qPrintable(said));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}));
        const auto pages = QRegularExpression(QStringLiteral("(?m)^Pages:\\s+(\\d+)$")).match(info);
        QVERIFY(said.contains(QStringLiteral(": %1 bladzijden").arg(pages.captured(1))));
    }

    void aFigureImageIsPrintedWithItsTextAlternative()
    {
        const Edition edition = loadEdition(fixturePath(QStringLiteral("figure-edition"))).value();
        const QString html = printHtml(edition, QDate(2025, 5, 1));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"nl\">")));
        QVERIFY(html.contains(QStringLiteral("<title>") + escapeHtml(edition.info.title)));
        static const QRegularExpression image(
            QStringLiteral("<img src=\"(file:[^\"]+)\" alt=\"([^\"]+)\""));
        const auto match = image.match(html);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(2),
                 QStringLiteral("Staafgrafiek van het aantal inwoners per jaar"));
        QVERIFY(QFileInfo(QUrl(match.captured(1)).toLocalFile()).isFile());

        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("figuren.pdf"));
        const auto exported = exportPdf(edition, pdf, false);
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
        // The text alternative is in the PDF's text (weasyprint 57 does not tag images).
        QString text;
        for (int page = 1; page <= exported->pages; ++page)
            text += pageText(pdf, page);
        QVERIFY(simplified(text).contains(
            QStringLiteral("Afbeelding: Staafgrafiek van het aantal inwoners per jaar")));
        // The image is in the PDF, beside its caption.
        const QString images =
            QString::fromUtf8(run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}));
        QVERIFY(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() >= 3);
    }
};

TRENDWEB_TEST(PrintTest)
#include "tst_print.moc"
