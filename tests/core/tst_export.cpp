#include "editionloader.h"
#include "export/htmlrenderer.h"
#include "export/hugoexport.h"
#include "export/siteexport.h"
#include "export/webgraph.h"
#include "fixtures.h"
#include "testregistry.h"
#include "textfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace trendweb;
using namespace trendweb::test;

namespace {

QString read(const QString &path)
{
    return readTextFile(path).value();
}

// Every page of a built site: Dutch, and every internal link and anchor resolving.
// Returns the number of pages.
int checkSite(const QString &root)
{
    static const QRegularExpression href(QStringLiteral("(?:href|src)=\"([^\"]+)\""));
    static const QRegularExpression id(QStringLiteral("id=\"([^\"]+)\""));
    QDirIterator it(root, {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
    int pages = 0;
    while (it.hasNext()) {
        const QString page = it.next();
        const QString html = read(page);
        if (!html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"nl\">"))) {
            QTest::qFail(qPrintable(QStringLiteral("not a Dutch page: ") + page), __FILE__,
                         __LINE__);
            return -1;
        }
        for (auto links = href.globalMatch(html); links.hasNext();) {
            const QString target = links.next().captured(1);
            if (target.startsWith(QLatin1String("http")) ||
                target.startsWith(QLatin1String("mailto:")))
                continue;
            QString file = target.section(QLatin1Char('#'), 0, 0);
            const QString anchor = target.section(QLatin1Char('#'), 1);
            QString resolved = file.isEmpty() ? page : QFileInfo(page).dir().filePath(file);
            if (QFileInfo(resolved).isDir())
                resolved = QDir(resolved).filePath(QStringLiteral("index.html"));
            if (!QFileInfo::exists(resolved)) {
                QTest::qFail(qPrintable(page + QStringLiteral(" → ") + target), __FILE__, __LINE__);
                return -1;
            }
            if (!anchor.isEmpty()) {
                QStringList ids;
                for (auto found = id.globalMatch(read(resolved)); found.hasNext();)
                    ids.append(found.next().captured(1));
                if (!ids.contains(anchor)) {
                    QTest::qFail(qPrintable(page + QStringLiteral(" → ") + target), __FILE__,
                                 __LINE__);
                    return -1;
                }
            }
        }
        ++pages;
    }
    return pages;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The file that the first <img> of a page shows, resolved as a browser does from the
// page's own folder; empty when the page has no image.
QString imageFileOf(const QString &page)
{
    static const QRegularExpression img(QStringLiteral("<img src=\"([^\"]+)\""));
    const auto match = img.match(read(page));
    if (!match.hasMatch())
        return {};
    const QUrl src(match.captured(1));
    if (!src.isRelative())
        return QStringLiteral("(not relative: %1)").arg(src.toString());
    return QFileInfo(QFileInfo(page).dir().filePath(src.path())).canonicalFilePath();
}

// Every image file under a folder, relative to it.
QStringList imagesUnder(const QString &root)
{
    QStringList images;
    QDirIterator it(root, {QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        images.append(QDir(root).relativeFilePath(it.next()));
    return images;
}

} // namespace

class ExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theStaticSiteHasEveryPageAndEveryLinkResolves()
    {
        QTemporaryDir out;
        const auto edition = loadEdition(QStringLiteral(TRENDWEB_CONTENT_DIR)).value();
        int reported = 0;
        const auto exported =
            exportStaticSite(edition, out.path(), false, [&](int done, int total) {
                QVERIFY(done <= total);
                ++reported;
            });
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
        QCOMPARE(exported->pages, 3 + 3 + 20); // home, web, list; threads; lemmas
        QVERIFY(reported > 0);

        const int pages = checkSite(out.path());
        QCOMPARE(pages, 26);

        const QString lemma =
            read(out.filePath(QStringLiteral("lemmas/meer-bouwen-met-en-voor-natuur.html")));
        QVERIFY(lemma.contains(
            QStringLiteral("<span class=\"letter\">E</span> Meer bouwen met en voor natuur")));
        QVERIFY(lemma.contains(
            QStringLiteral("data-footnote-ref aria-label=\"Voetnoot 1\">1</a></sup>")));
        QVERIFY(lemma.contains(QStringLiteral("<section class=\"footnotes\"")));
        QVERIFY(lemma.contains(QStringLiteral("<h2>Lees meer over</h2>")));
        QVERIFY(lemma.contains(
            QStringLiteral("href=\"../lemmas/woningbouw.html\"><span class=\"letter\">C</span>")));
        QVERIFY(lemma.contains(QStringLiteral("Figuur 1: Waarden van natuur. Bron: PBL 2024")));
        QVERIFY(lemma.contains(QStringLiteral("Afbeelding nog niet beschikbaar.")));

        const QString web = read(out.filePath(QStringLiteral("web.html")));
        QCOMPARE(web.count(QStringLiteral("class=\"knoop")), 20);
        QCOMPARE(web.count(QStringLiteral("<line ")), 66);
        QVERIFY(web.contains(QStringLiteral("aria-label=\"E Meer bouwen met en voor natuur. "
                                            "Verwijst naar: B Regionale economie;")));
        const QString list = read(out.filePath(QStringLiteral("lijst.html")));
        QVERIFY(list.indexOf(QStringLiteral("Ambt onder druk")) <
                list.indexOf(QStringLiteral("Bestaans(on)zekerheid")));
    }

    // The home page reads like the printed report: a cover with title, edition, year,
    // publisher and council period, the reading guide, the contents with the rode draden
    // numbered and the lemmas lettered, and a colophon with the date the site was made.
    void theHomePageIsACoverWithContentsAndColophon()
    {
        QTemporaryDir out;
        qputenv("SOURCE_DATE_EPOCH", "1747224000"); // 14 May 2025, 12:00 UTC
        const auto edition = loadEdition(QStringLiteral(TRENDWEB_CONTENT_DIR)).value();
        const auto exported = exportStaticSite(edition, out.path(), false);
        qunsetenv("SOURCE_DATE_EPOCH");
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
        const QString home = read(out.filePath(QStringLiteral("index.html")));
        QVERIFY(home.contains(QStringLiteral("<title>Trendweb 2025</title>")));
        QVERIFY(!home.contains(QStringLiteral("Trendweb 2025 — Trendweb 2025")));
        for (const QString &part :
             {QStringLiteral("<p class=\"uitgever\">Trendbureau Overijssel</p>"),
              QStringLiteral("<h1 id=\"omslag-titel\" class=\"titel\">Trendweb 2025</h1>"),
              QStringLiteral("<span class=\"periode\">2026–2030</span>"),
              QStringLiteral("<span class=\"editie\">Derde editie</span> · "
                             "<span class=\"jaar\">2025</span>"),
              QStringLiteral("<h3>Hoe lees je dit document?</h3>"),
              QStringLiteral("<a href=\"draden/samenhang-en-samenwerking.html\"><span "
                             "class=\"nummer\">1</span> <span class=\"titel\">Samenhang en "
                             "samenwerking</span></a>"),
              QStringLiteral("<span class=\"nummer\">3</span> <span class=\"titel\">De "
                             "snelheid van ontwikkelingen</span>"),
              QStringLiteral("<a href=\"lemmas/ambt-onder-druk.html\"><span "
                             "class=\"letter\">O</span> <span class=\"titel\">Ambt onder "
                             "druk</span></a>"),
              QStringLiteral("<dt>Editie</dt><dd>Derde editie, 2025</dd>"),
              QStringLiteral("Gemaakt met Trendweb Studio op <time datetime=\"2025-05-14\">14 "
                             "mei 2025</time>")})
            QVERIFY2(home.contains(part), qPrintable(part));
        const qsizetype contents = home.indexOf(QStringLiteral("<ol class=\"lemmas\">"));
        QCOMPARE(home.mid(contents, home.indexOf(QStringLiteral("</ol>"), contents) - contents)
                     .count(QStringLiteral("<span class=\"letter\">")),
                 20);
        QVERIFY(home.indexOf(QStringLiteral("class=\"omslag\"")) <
                home.indexOf(QStringLiteral("class=\"leeswijzer\"")));
        QVERIFY(home.indexOf(QStringLiteral("class=\"leeswijzer\"")) < contents);
        QVERIFY(contents < home.indexOf(QStringLiteral("class=\"colofon\"")));

        // Every other page: its own title, then the edition's.
        QVERIFY(read(out.filePath(QStringLiteral("lemmas/ambt-onder-druk.html")))
                    .contains(QStringLiteral("<title>Ambt onder druk — Trendweb 2025</title>")));
        QVERIFY(read(out.filePath(QStringLiteral("web.html")))
                    .contains(QStringLiteral("<title>HET WEB — Trendweb 2025</title>")));
        const QString thread = read(out.filePath(QStringLiteral("draden/waarden-en-ethiek.html")));
        QVERIFY(
            thread.contains(QStringLiteral("<title>Waarden en ethiek — Trendweb 2025</title>")));
        QVERIFY(thread.contains(QStringLiteral("<p class=\"soort\">Rode draad 2</p>")));
    }

    // DE LIJST is an index: the lemmas by the first letter of their title, each with the
    // letter it has in HET WEB, and jump links to the groups.
    void deLijstIsAnIndexByFirstLetter()
    {
        QTemporaryDir out;
        const auto edition = loadEdition(QStringLiteral(TRENDWEB_CONTENT_DIR)).value();
        QVERIFY(exportStaticSite(edition, out.path(), false).ok());
        const QString list = read(out.filePath(QStringLiteral("lijst.html")));
        QVERIFY(!list.contains(QStringLiteral("<ul class=\"lijst\">")));
        static const QRegularExpression group(
            QStringLiteral("<h2 id=\"beginletter-(\\d+)\">([^<]+)</h2>"));
        QStringList letters;
        for (auto it = group.globalMatch(list); it.hasNext();)
            letters.append(it.next().captured(2));
        QCOMPARE(letters,
                 QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D"),
                              QStringLiteral("E"), QStringLiteral("H"), QStringLiteral("I"),
                              QStringLiteral("M"), QStringLiteral("O"), QStringLiteral("R"),
                              QStringLiteral("S"), QStringLiteral("T"), QStringLiteral("V"),
                              QStringLiteral("W")}));
        QCOMPARE(list.count(QStringLiteral("<a href=\"#beginletter-")), letters.size());
        QCOMPARE(list.count(QStringLiteral("<span class=\"verwijzing\">")), 20);
        // "Een arbeidsmarkt…" under E, with its letter K.
        const qsizetype e = list.indexOf(QStringLiteral(">E</h2>"));
        const qsizetype k = list.indexOf(
            QStringLiteral("Een arbeidsmarkt met steeds meer gaten</span><span class=\"stippel\" "
                           "aria-hidden=\"true\"></span><span class=\"verwijzing\"><span "
                           "class=\"verborgen\">lemma </span><span class=\"letter\">K</span>"));
        QVERIFY(e > 0 && k > e && k < list.indexOf(QStringLiteral(">H</h2>")));
    }

    // HET WEB names every lemma beside its letter, as the print does, and numbers the
    // rode draden; the label of a long title is wrapped onto lines.
    void hetWebNamesEveryLemmaBesideItsLetter()
    {
        const auto edition = loadEdition(QStringLiteral(TRENDWEB_CONTENT_DIR)).value();
        const QString web = webGraphHtml(edition);
        QCOMPARE(web.count(QStringLiteral("<text class=\"titel\"")), 20);
        QVERIFY(web.contains(QStringLiteral(">O</text><text class=\"titel\" "
                                            "text-anchor=\"end\"><tspan")));
        QVERIFY(web.contains(QStringLiteral(">Ambt onder druk</tspan></text></a>")));
        QVERIFY(web.contains(QStringLiteral(">Woningbouw: op zoek naar</tspan><tspan")));
        QVERIFY(web.contains(QStringLiteral(">1. Samenhang en</tspan><tspan")));
        QVERIFY(web.contains(QStringLiteral(">3. De snelheid van</tspan><tspan")));
        QCOMPARE(web.count(QStringLiteral("<a class=\"doel\"")), 66);
    }

    void theHugoSourceBuildsWithTheRealHugo()
    {
        QTemporaryDir out;
        const auto edition = loadEdition(QStringLiteral(TRENDWEB_CONTENT_DIR)).value();
        const auto exported = exportHugoSite(edition, out.path(), false);
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("data/web.json"))));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("content/lemmas/woningbouw.md"))));
        QVERIFY(read(out.filePath(QStringLiteral("content/lemmas/woningbouw.html")))
                    .contains(QStringLiteral("letter: \"C\"")));
        QProcess hugo;
        hugo.start(QStringLiteral("hugo"),
                   {QStringLiteral("--quiet"), QStringLiteral("-s"), out.path(),
                    QStringLiteral("-d"), out.filePath(QStringLiteral("public"))});
        QVERIFY2(hugo.waitForFinished(120000), "hugo is missing: apt-get install hugo");
        QVERIFY2(hugo.exitCode() == 0, hugo.readAllStandardError().constData());
        const QString publicDir = out.filePath(QStringLiteral("public"));
        QCOMPARE(checkSite(publicDir),
                 3 + 1 + 3 + 1 + 20); // home, web, list, threads (+index), lemmas (+index)
        const QString lemma =
            read(publicDir + QStringLiteral("/lemmas/meer-bouwen-met-en-voor-natuur/index.html"));
        QVERIFY(lemma.contains(
            QStringLiteral("data-footnote-ref aria-label=\"Voetnoot 1\">1</a></sup>")));
        QVERIFY(lemma.contains(QStringLiteral("<h2>Lees meer over</h2>")));
        QVERIFY(lemma.contains(QStringLiteral("href=\"../../lemmas/woningbouw/\"")));
        const QString web = read(publicDir + QStringLiteral("/web/index.html"));
        QCOMPARE(web.count(QStringLiteral("class=\"knoop")), 20);
        QVERIFY(QFileInfo::exists(publicDir + QStringLiteral("/web.js")));
        const QString list = read(publicDir + QStringLiteral("/lijst/index.html"));
        QVERIFY(list.indexOf(QStringLiteral("Ambt onder druk")) <
                list.indexOf(QStringLiteral("Woningbouw")));
        // The same pages as the static site, with the same titles.
        QVERIFY(list.contains(QStringLiteral("<div class=\"register\">")));
        const QString home = read(publicDir + QStringLiteral("/index.html"));
        QVERIFY2(home.contains(QStringLiteral("<title>Trendweb 2025</title>")), qPrintable(home));
        QVERIFY(home.contains(QStringLiteral("<section class=\"omslag\"")));
        QVERIFY(home.contains(QStringLiteral("<section class=\"colofon\"")));
        QVERIFY(lemma.contains(
            QStringLiteral("<title>Meer bouwen met en voor natuur — Trendweb 2025</title>")));
        QVERIFY(read(publicDir + QStringLiteral("/draden/waarden-en-ethiek/index.html"))
                    .contains(QStringLiteral("<p class=\"soort\">Rode draad 2</p>")));
    }

    void aFigureImageIsCopiedIntoTheStaticSiteAndShownOnItsPage()
    {
        QTemporaryDir out;
        const QString root = fixturePath(QStringLiteral("figure-edition"));
        const auto edition = loadEdition(root).value();
        const auto exported = exportStaticSite(edition, out.path(), false);
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
        QCOMPARE(exported->pages, 3 + 2);
        QCOMPARE(checkSite(out.path()), 5);

        const QString copied = out.filePath(QStringLiteral("figures/met-grafiek/grafiek.png"));
        const QByteArray original =
            bytesOf(root + QStringLiteral("/figures/met-grafiek/grafiek.png"));
        QVERIFY(!original.isEmpty());
        QCOMPARE(bytesOf(copied), original);
        QCOMPARE(imagesUnder(out.path()),
                 QStringList{QStringLiteral("figures/met-grafiek/grafiek.png")});

        const QString page = out.filePath(QStringLiteral("lemmas/met-grafiek.html"));
        QCOMPARE(imageFileOf(page), QFileInfo(copied).canonicalFilePath());
        QVERIFY(read(page).contains(
            QStringLiteral("alt=\"Staafgrafiek van het aantal inwoners per jaar\"")));
        QVERIFY(!read(page).contains(QStringLiteral("Afbeelding nog niet beschikbaar.")));
    }

    void aFigureImageLoadsInTheSiteThatHugoBuilds()
    {
        QTemporaryDir out;
        const QString root = fixturePath(QStringLiteral("figure-edition"));
        const auto edition = loadEdition(root).value();
        const auto exported = exportHugoSite(edition, out.path(), false);
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
        QProcess hugo;
        hugo.start(QStringLiteral("hugo"),
                   {QStringLiteral("--quiet"), QStringLiteral("-s"), out.path(),
                    QStringLiteral("-d"), out.filePath(QStringLiteral("public"))});
        QVERIFY2(hugo.waitForFinished(120000), "hugo is missing: apt-get install hugo");
        QVERIFY2(hugo.exitCode() == 0, hugo.readAllStandardError().constData());
        const QString publicDir = out.filePath(QStringLiteral("public"));
        QCOMPARE(checkSite(publicDir), 3 + 1 + 2 + 1); // home, web, list, threads, lemmas (+index)

        const QString page = publicDir + QStringLiteral("/lemmas/met-grafiek/index.html");
        const QString shown = imageFileOf(page);
        QVERIFY2(!shown.isEmpty(), qPrintable(read(page)));
        QVERIFY2(shown.startsWith(QFileInfo(publicDir).canonicalFilePath() + QLatin1Char('/')),
                 qPrintable(shown));
        QCOMPARE(bytesOf(shown),
                 bytesOf(root + QStringLiteral("/figures/met-grafiek/grafiek.png")));
    }

    // A shared repository is hostile input: a figure's image is shown and copied only when
    // it is a file in the edition's figures/ folder; anything else reads "not available".
    void anImageFromOutsideTheFiguresFolderIsNeverShownOrCopied_data()
    {
        QTest::addColumn<QString>("image");
        QTest::newRow("parent folder") << QStringLiteral("../geheim.png");
        QTest::newRow("up and back in") << QStringLiteral("figures/../../geheim.png");
        QTest::newRow("absolute path") << QStringLiteral("%1/geheim.png");
        QTest::newRow("file url") << QStringLiteral("file://%1/geheim.png");
        QTest::newRow("link leaving the edition") << QStringLiteral("figures/eerste/link.png");
        QTest::newRow("linked folder") << QStringLiteral("figures/buiten/geheim.png");
        QTest::newRow("outside figures/") << QStringLiteral("lemmas/plaatje.png");
        QTest::newRow("missing") << QStringLiteral("figures/eerste/bestaat-niet.png");
    }

    void anImageFromOutsideTheFiguresFolderIsNeverShownOrCopied()
    {
        QFETCH(QString, image);
        QTemporaryDir outside;
        const QString secret = outside.filePath(QStringLiteral("geheim.png"));
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("images/grafiek.png")), secret));
        image = image.contains(QLatin1String("%1")) ? image.arg(outside.path()) : image;

        const QString root = outside.filePath(QStringLiteral("editie"));
        auto files = goodEdition();
        QByteArray &lemma = files[QStringLiteral("lemmas/eerste.md")];
        lemma.replace("    note: \"2\"\n",
                      "    note: \"2\"\n    image: \"" + image.toUtf8() + "\"\n    alt: Geheim\n");
        files[QStringLiteral("lemmas/plaatje.png")] = bytesOf(secret);
        writeFiles(root, files);
        QVERIFY(QDir(root).mkpath(QStringLiteral("figures/eerste")));
        QVERIFY(QFile::link(secret, root + QStringLiteral("/figures/eerste/link.png")));
        QVERIFY(QFile::link(outside.path(), root + QStringLiteral("/figures/buiten")));
        const auto edition = loadEdition(root).value();
        QCOMPARE(edition.lemma(QStringLiteral("eerste"))->figures.value(0).image, image);

        QTemporaryDir site;
        QVERIFY(exportStaticSite(edition, site.path(), true).ok());
        QCOMPARE(imagesUnder(site.path()), QStringList());
        const QString page = read(site.filePath(QStringLiteral("lemmas/eerste.html")));
        QVERIFY2(!page.contains(QStringLiteral("<img")), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("Afbeelding nog niet beschikbaar.")));

        QTemporaryDir hugo;
        QVERIFY(exportHugoSite(edition, hugo.path(), true).ok());
        QCOMPARE(imagesUnder(hugo.path()), QStringList());
        QVERIFY(!read(hugo.filePath(QStringLiteral("content/lemmas/eerste.html")))
                     .contains(QStringLiteral("<img")));

        const QString preview = previewHtml(edition, *edition.lemma(QStringLiteral("eerste")));
        QVERIFY2(!preview.contains(QStringLiteral("<img")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("Afbeelding nog niet beschikbaar.")));
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
        const auto refused = exportStaticSite(edition, out.path(), false);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("--force")));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("index.html"))));
        const auto forced = exportStaticSite(edition, out.path(), true);
        QVERIFY(forced.ok());
        QCOMPARE(forced->errors.size(), 2);
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("index.html"))));
    }

    void contentCannotRunScript()
    {
        const QString html = renderMarkdown(QStringLiteral(
            "Hallo <script>alert(1)</script> en <img src=x onerror=\"alert(2)\">.\n\n"
            "[klik](javascript:alert(3)) [data](data:text/html;base64,PHNjcmlwdD4=) "
            "[vb](VBScript:msgbox) <a href=\"javascript:alert(4)\" onclick=\"alert(5)\">a</a>\n\n"
            "<iframe src=\"https://example.org\"></iframe>\n"));
        QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("onerror"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("onclick"), Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("javascript:"), Qt::CaseInsensitive),
                 qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("href=\"data:")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("vbscript:"), Qt::CaseInsensitive),
                 qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("<iframe")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Hallo")));
        // Titles and captions are text, not markup.
        Document lemma;
        lemma.letter = QStringLiteral("A");
        lemma.title = QStringLiteral("<b onmouseover=\"x()\">Titel</b>");
        lemma.figures.append(
            {QStringLiteral("f"), QStringLiteral("<script>y()</script>"), {}, {}, {}, {}});
        const QString page = renderLemma(Edition(), lemma);
        QVERIFY(!page.contains(QStringLiteral("<b ")));
        QVERIFY(!page.contains(QStringLiteral("<script>")));
    }

    void lemmaLinksInTheTextPointToPages()
    {
        const QString html = renderMarkdown(
            QStringLiteral(
                "Zie [woningbouw](woningbouw.md) en [kop](../lemmas/droger-en-natter.md#water)."),
            {QStringLiteral("../lemmas/%1.html")});
        QVERIFY(html.contains(QStringLiteral("href=\"../lemmas/woningbouw.html\"")));
        QVERIFY(html.contains(QStringLiteral("href=\"../lemmas/droger-en-natter.html#water\"")));
    }

    // Hugo runs shortcodes wherever they stand in a content file: {{% gist %}} would become
    // a script, {{< youtube >}} a frame, and an unknown one or a title with a "---" line would
    // break the build. Written by an author, they are only text in the site hugo builds.
    void hugoShortcodesInTheTextNeverRun()
    {
        QTemporaryDir dir;
        QTemporaryDir out;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/eerste.md")] =
            "---\ntitle: \"Eerste\\n---\\nlemma {{% gist a 1 %}} \\\" ' \\\\\"\nstatus: draft\n"
            "related: [tweede, derde]\n"
            "figures:\n  - id: kaart\n    caption: \"Kaart {{% gist spion 42 %}}\"\n"
            "    source: CBS\n---\n"
            "Tekst {{% gist spion 12345 %}} en {{< youtube dQw4w9WgXcQ >}} en {{< bestaatniet >}}"
            " en {%raw%} en {{ .Site.Title }}.\n\n"
            "## Relevantie voor Overijsselse gemeenten\n\nVeel.\n";
        files[QStringLiteral("threads/draad.md")] =
            "---\ntitle: Een rode draad\n---\n{{< youtube abc >}}\n";
        files[QStringLiteral("edition.yaml")].replace("title: Proefeditie",
                                                      "title: 'Proef \" editie {{ x }}'");
        writeFiles(dir.path(), files);
        const auto edition = loadEdition(dir.path()).value();
        const auto exported = exportHugoSite(edition, out.path(), true);
        QVERIFY2(exported.ok(), qPrintable(exported.error().toString()));
        QProcess hugo;
        hugo.start(QStringLiteral("hugo"),
                   {QStringLiteral("--quiet"), QStringLiteral("-s"), out.path(),
                    QStringLiteral("-d"), out.filePath(QStringLiteral("public"))});
        QVERIFY2(hugo.waitForFinished(120000), "hugo is missing: apt-get install hugo");
        QVERIFY2(hugo.exitCode() == 0, hugo.readAllStandardError().constData());
        const QString publicDir = out.filePath(QStringLiteral("public"));
        QDirIterator it(publicDir, {QStringLiteral("*.html")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString html = read(it.next());
            QVERIFY2(!html.contains(QStringLiteral("<script src=\"https://gist")),
                     qPrintable(it.filePath()));
            QVERIFY2(!html.contains(QStringLiteral("<iframe")), qPrintable(it.filePath()));
        }
        const QString lemma = read(publicDir + QStringLiteral("/lemmas/eerste/index.html"));
        QVERIFY2(lemma.contains(QStringLiteral("&#123;&#123;% gist spion 12345 %}}")),
                 qPrintable(lemma));
        QVERIFY(lemma.contains(QStringLiteral("youtube dQw4w9WgXcQ")));
        QVERIFY(lemma.contains(QStringLiteral("gist spion 42")));
        // The title with its "---" line is one value, shown as text.
        QVERIFY2(lemma.contains(QStringLiteral("<title>Eerste\n---\nlemma")), qPrintable(lemma));
    }

    // A NUL character in a file never reaches a page.
    void aNulCharacterNeverReachesTheSite()
    {
        QTemporaryDir dir;
        QTemporaryDir html;
        QTemporaryDir hugo;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/tweede.md")] =
            "---\ntitle: \"Twee\\0de\"\nstatus: review\nrelated: [eerste]\n---\nTekst" +
            QByteArray(1, '\0') + "nul.\n\n## Relevantie voor Overijsselse gemeenten\n\nOok.\n";
        writeFiles(dir.path(), files);
        const auto edition = loadEdition(dir.path()).value();
        QVERIFY(exportStaticSite(edition, html.path(), true).ok());
        QVERIFY(exportHugoSite(edition, hugo.path(), true).ok());
        for (const QString &root : {html.path(), hugo.path()}) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                QVERIFY2(!bytesOf(it.next()).contains('\0'), qPrintable(it.filePath()));
        }
    }

    // A lemma that is a symbolic link to a file outside the edition is not published, even
    // when the export is forced past the edition's errors.
    void aLemmaLinkedFromOutsideTheEditionIsNotPublished()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        QTemporaryDir html;
        QTemporaryDir hugo;
        writeFiles(dir.path(), goodEdition());
        writeFiles(elsewhere.path(),
                   {{QStringLiteral("geheim.md"),
                     "---\ntitle: Geheim\nstatus: draft\nrelated: [eerste]\n---\nGEHEIM\n"}});
        const QString link = dir.filePath(QStringLiteral("lemmas/tweede.md"));
        QVERIFY(QFile::remove(link));
        QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("geheim.md")), link));
        const auto edition = loadEdition(dir.path()).value();
        QVERIFY(!exportStaticSite(edition, html.path(), false).ok());
        QVERIFY(exportStaticSite(edition, html.path(), true).ok());
        QVERIFY(exportHugoSite(edition, hugo.path(), true).ok());
        for (const QString &root : {html.path(), hugo.path()}) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                QVERIFY2(!bytesOf(it.next()).contains("GEHEIM"), qPrintable(it.filePath()));
        }
    }

    // During an unfinished merge the files may hold both sides with Git's markers: export
    // refuses, also when forced, and writes nothing.
    void anUnfinishedMergeIsNeverPublished()
    {
        QTemporaryDir dir;
        QTemporaryDir out;
        auto files = goodEdition();
        files[QStringLiteral(".git/MERGE_HEAD")] = "0123456789abcdef0123456789abcdef01234567\n";
        files[QStringLiteral("lemmas/derde.md")] =
            "---\ntitle: Derde lemma\nstatus: final\nrelated: [eerste]\n---\n"
            "<<<<<<< HEAD\nMijn tekst.\n=======\nHun tekst.\n>>>>>>> origin/main\n\n"
            "## Relevantie voor Overijsselse gemeenten\n\nZeker.\n";
        writeFiles(dir.path(), files);
        const auto edition = loadEdition(dir.path()).value();
        QVERIFY(!exportStaticSite(edition, out.path(), true).ok());
        QVERIFY(!exportHugoSite(edition, out.path(), true).ok());
        QVERIFY(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        // Without the merge, the markers alone are enough to refuse.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral(".git/MERGE_HEAD"))));
        QVERIFY(!exportStaticSite(loadEdition(dir.path()).value(), out.path(), true).ok());
    }

    // Export writes into a new or empty folder, or into one it wrote before; never into a
    // folder with other files, the edition or the home folder, not even with --force.
    void exportWritesOnlyIntoItsOwnFolder()
    {
        QTemporaryDir dir;
        QTemporaryDir foreign;
        QTemporaryDir fresh;
        QTemporaryDir home;
        writeFiles(dir.path(), goodEdition());
        writeFiles(foreign.path(), {{QStringLiteral("index.html"), "mijn eigen pagina"}});
        const auto edition = loadEdition(dir.path()).value();
        for (const bool force : {false, true}) {
            QVERIFY(!exportStaticSite(edition, foreign.path(), force).ok());
            QVERIFY(!exportHugoSite(edition, foreign.path(), force).ok());
            QVERIFY(!exportStaticSite(edition, dir.path(), force).ok());
            QVERIFY(!exportStaticSite(edition, dir.filePath(QStringLiteral("lemmas")), force).ok());
            QVERIFY(!exportStaticSite(edition, dir.filePath(QStringLiteral("site")), force).ok());
            QVERIFY(!exportStaticSite(edition, QString(), force).ok());
        }
        QCOMPARE(bytesOf(foreign.filePath(QStringLiteral("index.html"))),
                 QByteArray("mijn eigen pagina"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("index.html"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("site"))));

        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", home.path().toUtf8());
        writeFiles(home.path(), {{QStringLiteral(".bashrc"), "export PATH\n"}});
        const bool intoHome = exportStaticSite(edition, home.path(), true).ok();
        qputenv("HOME", oldHome);
        QVERIFY(!intoHome);
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("index.html"))));

        // A new folder, and the same folder again: its own earlier output.
        const QString site = fresh.filePath(QStringLiteral("site"));
        QVERIFY(exportStaticSite(edition, site, false).ok());
        QVERIFY(QFileInfo::exists(site + QStringLiteral("/index.html")));
        QVERIFY(exportStaticSite(edition, site, false).ok());
        // The folder around it holds the site, but is no export itself.
        QVERIFY(!exportHugoSite(edition, fresh.path(), false).ok());
    }
};

TRENDWEB_TEST(ExportTest)
#include "tst_export.moc"
