#include "export/sitepages.h"

#include "export/htmlrenderer.h"
#include "export/webgraph.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>

namespace trendweb {

namespace {

// Every page: Dutch, one main landmark, a way to skip to it, the same navigation.
QString page(const Edition &edition, const QString &title, const QString &root, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>%1 — %2</title>\n<link rel=\"stylesheet\" href=\"%3style.css\">\n</head>\n"
               "<body>\n<a class=\"overslaan\" href=\"#inhoud\">Naar de inhoud</a>\n"
               "<header><nav aria-label=\"Hoofdmenu\"><ul>\n"
               "<li><a href=\"%3index.html\">%2</a></li>\n<li><a href=\"%3web.html\">HET "
               "WEB</a></li>\n"
               "<li><a href=\"%3lijst.html\">DE LIJST</a></li>\n</ul></nav></header>\n"
               "<main id=\"inhoud\">\n%4</main>\n<footer><p>%5</p></footer>\n</body>\n</html>\n")
        .arg(escapeHtml(title), escapeHtml(edition.info.title), root, body,
             escapeHtml(edition.info.publisher));
}

QString home(const Edition &edition)
{
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(escapeHtml(edition.info.title));
    for (const Document &intro : edition.intro)
        body += renderDocument(intro,
                               {QStringLiteral("lemmas/%1.html"), false, QString(), edition.root});
    body += QStringLiteral("<h2>De rode draden</h2>\n<ul>\n");
    for (const Document &thread : edition.threads) {
        body += QStringLiteral("<li><a href=\"draden/%1.html\">%2</a></li>\n")
                    .arg(thread.slug, escapeHtml(thread.displayTitle()));
    }
    body += QStringLiteral("</ul>\n<h2>De lemma's</h2>\n<ol class=\"lemmas\">\n");
    for (const Document &lemma : edition.lemmas) {
        body += QStringLiteral(
                    "<li><a href=\"lemmas/%1.html\"><span class=\"letter\">%2</span> %3</a></li>\n")
                    .arg(lemma.slug, escapeHtml(lemma.letter), escapeHtml(lemma.displayTitle()));
    }
    body += QStringLiteral("</ol>\n");
    return page(edition, edition.info.title, QString(), body);
}

QString list(const Edition &edition)
{
    QList<const Document *> sorted;
    for (const Document &lemma : edition.lemmas)
        sorted.append(&lemma);
    QCollator collator(QLocale(QLocale::Dutch, QLocale::Netherlands));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), [&](const Document *a, const Document *b) {
        return collator.compare(a->displayTitle(), b->displayTitle()) < 0;
    });
    QString body = QStringLiteral("<h1>DE LIJST</h1>\n<ul class=\"lijst\">\n");
    for (const Document *lemma : std::as_const(sorted)) {
        body += QStringLiteral(
                    "<li><a href=\"lemmas/%1.html\">%2 <span class=\"letter\">%3</span></a></li>\n")
                    .arg(lemma->slug, escapeHtml(lemma->displayTitle()), escapeHtml(lemma->letter));
    }
    return page(edition, QStringLiteral("DE LIJST"), QString(), body + QStringLiteral("</ul>\n"));
}

} // namespace

QList<SitePage> sitePages(const Edition &edition)
{
    QList<SitePage> pages;
    pages.append({QStringLiteral("index.html"), home(edition)});
    pages.append({QStringLiteral("web.html"),
                  page(edition, QStringLiteral("HET WEB"), QString(), webGraphHtml(edition))});
    pages.append({QStringLiteral("lijst.html"), list(edition)});
    // Pages in a folder: links and images one folder up, where the site keeps figures/.
    const RenderOptions fromSubfolder{QStringLiteral("../lemmas/%1.html"), false,
                                      QStringLiteral("../"), edition.root};
    for (const Document &thread : edition.threads) {
        const QString body =
            QStringLiteral("<article>\n<h1>%1</h1>\n%2</article>\n")
                .arg(escapeHtml(thread.displayTitle()), renderDocument(thread, fromSubfolder));
        pages.append({QStringLiteral("draden/%1.html").arg(thread.slug),
                      page(edition, thread.displayTitle(), QStringLiteral("../"), body)});
    }
    for (const Document &lemma : edition.lemmas) {
        if (!lemma.loaded)
            continue;
        pages.append({QStringLiteral("lemmas/%1.html").arg(lemma.slug),
                      page(edition, lemma.displayTitle(), QStringLiteral("../"),
                           renderLemma(edition, lemma, fromSubfolder))});
    }
    pages.append({QStringLiteral("style.css"), siteStylesheet()});
    pages.append({QStringLiteral("web.js"), webGraphScript()});
    return pages;
}

QString siteStylesheet()
{
    return QStringLiteral(
               R"(:root { --inkt: #1b1b1b; --papier: #fdfcf9; --accent: #1d4e89; --zacht: #5a5a5a; }
body { margin: 0; font-family: "DejaVu Serif", Georgia, serif; color: var(--inkt); background: var(--papier); line-height: 1.6; }
header nav ul { display: flex; gap: 1.5rem; list-style: none; margin: 0; padding: 1rem 2rem; background: var(--accent); }
header a { color: #fff; font-family: "DejaVu Sans", sans-serif; font-weight: bold; }
main { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
a { color: var(--accent); }
.overslaan { position: absolute; left: -999px; }
.overslaan:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
.letter { display: inline-block; min-width: 1.6em; font-family: "DejaVu Sans", sans-serif; font-weight: bold; color: var(--accent); }
figure { margin: 1.5rem 0; padding: 1rem; border-left: 4px solid var(--accent); background: #f1f0ec; }
figcaption { color: var(--zacht); }
figure img { display: block; max-width: 100%; height: auto; }
.geen-afbeelding { font-style: italic; color: var(--zacht); }
.footnotes { font-size: .9rem; border-top: 1px solid #ccc; margin-top: 2rem; }
.lees-meer ul { list-style: none; padding: 0; }
footer { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: var(--zacht); font-size: .9rem; }
.web svg { width: 100%; height: auto; }
.web line { stroke: #9aa7b8; stroke-width: 1.5; }
.web .knoop circle { fill: #fff; stroke: var(--accent); stroke-width: 2; }
.web .knoop text { font-family: "DejaVu Sans", sans-serif; font-weight: bold; fill: var(--accent); }
.web.licht line { opacity: .15; }
.web.licht .knoop { opacity: .35; }
.web.licht line.aan, .web.licht .knoop.aan { opacity: 1; }
.web line.aan { stroke: #c2410c; stroke-width: 3; }
.web .knoop.aan circle { fill: #fde7c8; }
.web .knoop:focus circle, .web .knoop:hover circle { stroke-width: 4; }
)") + lemmaBodyStylesheet();
}

} // namespace trendweb
