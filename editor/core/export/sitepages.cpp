#include "export/sitepages.h"

#include "export/htmlrenderer.h"
#include "export/sitecontents.h"
#include "export/webgraph.h"

namespace trendweb {

QString pageFrame(const Edition &edition, const SiteLinks &links, const QString &titleHtml,
                  const QString &bodyHtml)
{
    const EditionInfo &info = edition.info;
    QString footer = escapeHtml(info.title);
    if (!info.publisher.isEmpty())
        footer += QStringLiteral(" · ") + escapeHtml(info.publisher);
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>%1</title>\n<link rel=\"stylesheet\" href=\"%2\">\n</head>\n"
               "<body>\n<a class=\"overslaan\" href=\"#inhoud\">Naar de inhoud</a>\n"
               "<header><nav aria-label=\"Hoofdmenu\"><ul>\n"
               "<li><a href=\"%3\">%4</a></li>\n<li><a href=\"%5\">HET WEB</a></li>\n"
               "<li><a href=\"%6\">DE LIJST</a></li>\n</ul></nav></header>\n"
               "<main id=\"inhoud\">\n%7</main>\n<footer><p>%8</p></footer>\n</body>\n</html>\n")
        .arg(titleHtml, links.file(QStringLiteral("style.css")), links.home(),
             escapeHtml(info.title), links.web(), links.list(), bodyHtml, footer);
}

QList<SitePage> sitePages(const Edition &edition, const QDate &made)
{
    const SiteLinks top = SiteLinks::staticSite();
    const SiteLinks sub = SiteLinks::staticSite(QStringLiteral("../"));
    const auto page = [&](const SiteLinks &links, const QString &title, const QString &body) {
        return pageFrame(edition, links, escapeHtml(pageTitle(edition, title)), body);
    };
    QList<SitePage> pages;
    const RenderOptions fromTop{top.lemmaPattern(), false, QString(), edition.root};
    pages.append({QStringLiteral("index.html"),
                  page(top, QString(), homeBody(edition, top, fromTop, made))});
    pages.append({QStringLiteral("web.html"),
                  page(top, QStringLiteral("HET WEB"), webGraphHtml(edition, top))});
    pages.append({QStringLiteral("lijst.html"),
                  page(top, QStringLiteral("DE LIJST"), listBody(edition, top))});
    // Pages in a folder: links and images one folder up, where the site keeps figures/.
    const RenderOptions fromSubfolder{sub.lemmaPattern(), false, sub.root, edition.root};
    for (int i = 0; i < edition.threads.size(); ++i) {
        const Document &thread = edition.threads[i];
        pages.append({QStringLiteral("draden/%1.html").arg(thread.slug),
                      page(sub, thread.displayTitle(), threadBody(edition, i, fromSubfolder))});
    }
    for (const Document &lemma : edition.lemmas) {
        if (!lemma.loaded)
            continue;
        pages.append({QStringLiteral("lemmas/%1.html").arg(lemma.slug),
                      page(sub, lemma.displayTitle(), renderLemma(edition, lemma, fromSubfolder))});
    }
    pages.append({QStringLiteral("style.css"), siteStylesheet()});
    pages.append({QStringLiteral("web.js"), webGraphScript()});
    return pages;
}

} // namespace trendweb
