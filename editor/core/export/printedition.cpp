#include "export/printedition.h"

#include "export/htmlrenderer.h"
#include "export/sitecontents.h"
#include "export/sitelinks.h"
#include "export/webgraph.h"

#include <QLocale>
#include <QRegularExpression>

namespace trendweb {

namespace {

// The site's links are made with this root and then turned into anchors of the document.
const QString printRoot = QStringLiteral("druk:");

SiteLinks printLinks()
{
    return SiteLinks::staticSite(printRoot);
}

RenderOptions printOptions(const Edition &edition)
{
    // Figure images by their file URL in the edition: the engine reads them from there.
    return {printLinks().lemmaPattern(), false,
            previewBaseUrl(edition).toString(QUrl::FullyEncoded), edition.root};
}

// Every id and every link to an id of one rendered document given a prefix: each lemma
// numbers its notes from 1 (as on the site), and in one document note 1 of A is not
// note 1 of B.
QString withPrefix(const QString &html, const QString &prefix)
{
    static const QRegularExpression anchor(QStringLiteral("( id=\"| href=\"#)([^\"]*)\""));
    QString out;
    qsizetype from = 0;
    for (auto it = anchor.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(html).mid(from, match.capturedStart() - from);
        out += match.captured(1) + prefix + QLatin1Char('-') + match.captured(2) + QLatin1Char('"');
        from = match.capturedEnd();
    }
    return out + html.mid(from);
}

// The site's page links as anchors in the document; an image from anywhere but the
// edition's figures (a Markdown image on the web) is never fetched, its text stands instead.
// An image's alt text is also given as text (see below).
QString anchored(const QString &html, const QString &imagePrefix)
{
    static const QRegularExpression link(
        QStringLiteral("href=\"%1([^\"]*)\"").arg(QRegularExpression::escape(printRoot)));
    static const QRegularExpression page(QStringLiteral("^(lemmas|draden)/(.*)\\.html$"));
    QString out;
    qsizetype from = 0;
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(html).mid(from, match.capturedStart() - from);
        const QString target = match.captured(1);
        QString anchor = QStringLiteral("omslag");
        if (const auto parts = page.match(target); parts.hasMatch())
            anchor = (parts.captured(1) == QLatin1String("lemmas") ? QStringLiteral("lemma-")
                                                                   : QStringLiteral("draad-")) +
                     parts.captured(2);
        else if (target == QLatin1String("web.html"))
            anchor = QStringLiteral("het-web");
        else if (target == QLatin1String("lijst.html"))
            anchor = QStringLiteral("de-lijst");
        out += QStringLiteral("href=\"#%1\"").arg(anchor);
        from = match.capturedEnd();
    }
    out += QStringView(html).mid(from);

    // Every <img>, whatever its attributes: only one whose source is in the edition stays.
    static const QRegularExpression image(QStringLiteral("<img\\b[^>]*>"));
    static const QRegularExpression source(QStringLiteral(" src=\"([^\"]*)\""));
    static const QRegularExpression alternative(QStringLiteral(" alt=\"([^\"]*)\""));
    QString result;
    from = 0;
    for (auto it = image.globalMatch(out); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(out).mid(from, match.capturedStart() - from);
        const QString tag = match.captured(0);
        const QString alt = alternative.match(tag).captured(1);
        if (!imagePrefix.isEmpty() && source.match(tag).captured(1).startsWith(imagePrefix))
            // weasyprint 57 leaves images out of the PDF's tag tree, alt text and all: the
            // text alternative is put beside the image as text that is read but not seen,
            // as the site's "verborgen" text is.
            result += tag + (alt.isEmpty() ? QString()
                                           : QStringLiteral("<span class=\"alt-tekst\">"
                                                            "Afbeelding: %1</span>")
                                                 .arg(alt));
        else
            result += QStringLiteral("<span class=\"geen-afbeelding\">%1</span>").arg(alt);
        from = match.capturedEnd();
    }
    return result + out.mid(from);
}

QString cover(const EditionInfo &info)
{
    QString html = QStringLiteral("<section class=\"omslag\" id=\"omslag\">\n");
    if (!info.publisher.isEmpty())
        html += QStringLiteral("<p class=\"uitgever\">%1</p>\n").arg(escapeHtml(info.publisher));
    html += QStringLiteral("<h1 class=\"titel\">%1</h1>\n").arg(escapeHtml(info.title));
    if (!info.councilPeriod.isEmpty())
        html += QStringLiteral("<p class=\"ondertitel\">Trends en ontwikkelingen voor de "
                               "collegeperiode <span class=\"periode\">%1</span></p>\n")
                    .arg(escapeHtml(info.councilPeriod));
    QStringList edition;
    if (info.number > 0)
        edition.append(escapeHtml(editionName(info.number)));
    if (info.year > 0)
        edition.append(QString::number(info.year));
    if (!edition.isEmpty())
        html += QStringLiteral("<p class=\"uitgave\">%1</p>\n")
                    .arg(edition.join(QStringLiteral(" · ")));
    return html + QStringLiteral("</section>\n");
}

QString colophon(const EditionInfo &info, const QDate &made)
{
    const auto row = [](const QString &term, const QString &value) {
        return QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(term, value);
    };
    QString html = QStringLiteral("<section class=\"colofon\" id=\"colofon\">\n"
                                  "<h2>Colofon</h2>\n<dl>\n");
    html += row(QStringLiteral("Titel"), escapeHtml(info.title));
    if (!info.publisher.isEmpty())
        html += row(QStringLiteral("Uitgave"), escapeHtml(info.publisher));
    QStringList edition;
    if (info.number > 0)
        edition.append(editionName(info.number));
    if (info.year > 0)
        edition.append(QString::number(info.year));
    if (!edition.isEmpty())
        html += row(QStringLiteral("Editie"), escapeHtml(edition.join(QStringLiteral(", "))));
    if (!info.councilPeriod.isEmpty())
        html += row(QStringLiteral("Collegeperiode"), escapeHtml(info.councilPeriod));
    html += row(QStringLiteral("Gedrukte editie"),
                QStringLiteral("Gemaakt met Trendweb Studio op %1, uit dezelfde tekst als de "
                               "site; noten en figuren hebben dezelfde nummers.")
                    .arg(QLocale(QLocale::Dutch, QLocale::Netherlands)
                             .toString(made, QStringLiteral("d MMMM yyyy"))));
    return html + QStringLiteral("</dl>\n</section>\n");
}

QString contentsEntry(const QString &anchor, const QString &mark, const QString &title)
{
    return QStringLiteral("<li><a href=\"#%1\">%2<span class=\"titel\">%3</span></a></li>\n")
        .arg(escapeHtml(anchor), mark, escapeHtml(title));
}

QString contents(const Edition &edition)
{
    QString html = QStringLiteral("<nav class=\"inhoud\" id=\"inhoud\" aria-label=\"Inhoud\">\n"
                                  "<h2>Inhoud</h2>\n<ul class=\"delen\">\n");
    for (int i = 0; i < edition.intro.size(); ++i)
        html += contentsEntry(i == 0 ? QStringLiteral("leeswijzer")
                                     : QStringLiteral("leeswijzer-%1").arg(i + 1),
                              QString(),
                              edition.intro[i].title.isEmpty() ? QStringLiteral("Leeswijzer")
                                                               : edition.intro[i].displayTitle());
    html += contentsEntry(QStringLiteral("het-web"), QString(), QStringLiteral("HET WEB"));
    html += QStringLiteral("</ul>\n");
    if (!edition.threads.isEmpty()) {
        html += QStringLiteral("<h3>De rode draden</h3>\n<ul class=\"draden\">\n");
        for (int i = 0; i < edition.threads.size(); ++i)
            html += contentsEntry(QStringLiteral("draad-") + edition.threads[i].slug,
                                  QStringLiteral("<span class=\"nummer\">%1</span> ").arg(i + 1),
                                  edition.threads[i].displayTitle());
        html += QStringLiteral("</ul>\n");
    }
    html += QStringLiteral("<h3>De lemma's</h3>\n<ul class=\"lemmas\">\n");
    for (const Document &lemma : edition.lemmas) {
        if (lemma.loaded)
            html += contentsEntry(
                printLemmaAnchor(lemma.slug),
                QStringLiteral("<span class=\"letter\">%1</span> ").arg(escapeHtml(lemma.letter)),
                lemma.displayTitle());
    }
    html += QStringLiteral("</ul>\n<ul class=\"delen\">\n");
    html += contentsEntry(QStringLiteral("de-lijst"), QString(), QStringLiteral("DE LIJST"));
    return html + QStringLiteral("</ul>\n</nav>\n");
}

// The drawing of the web with the colours of the site: its stylesheet is part of the
// drawing, where the engine's SVG renderer reads it.
QString webPage(const Edition &edition)
{
    static const QString style = QStringLiteral(
        "<style>\n"
        "line { stroke: #7d8ba0; stroke-width: 1.5; }\n"
        ".draad rect { fill: #b23a0a; }\n"
        ".draad text { font-family: 'DejaVu Sans'; font-weight: bold; font-size: 16px; "
        "fill: #ffffff; }\n"
        ".knoop circle { fill: #ffffff; stroke: #1d4e89; stroke-width: 2; }\n"
        ".knoop .teken { font-family: 'DejaVu Sans'; font-weight: bold; font-size: 20px; "
        "fill: #1d4e89; }\n"
        ".knoop .titel { font-family: 'DejaVu Sans'; font-size: 16px; fill: #1b1b1b; }\n"
        "</style>\n");
    QString svg = webGraphSvg(edition, printLinks());
    const qsizetype open = svg.indexOf(QLatin1Char('>'));
    svg.insert(open + 1, QLatin1Char('\n') + style);
    const QString range = edition.lemmas.isEmpty()
                              ? QString()
                              : QStringLiteral(" %1 tot en met %2")
                                    .arg(escapeHtml(edition.lemmas.first().letter),
                                         escapeHtml(edition.lemmas.last().letter));
    return QStringLiteral(
               "<section class=\"het-web\" id=\"het-web\" data-kop=\"HET WEB\">\n<h1>HET WEB</h1>\n"
               "<p class=\"uitleg\">Bovenaan de rode draden, daaronder de lemma's%1 "
               "in een kring. Een pijl wijst van een lemma naar een lemma waarover u "
               "verder kunt lezen; de inhoud en DE LIJST geven de bladzijden.</p>\n"
               "<div class=\"web\">\n%2</div>\n</section>\n")
        .arg(range, svg);
}

} // namespace

QString printLemmaAnchor(const QString &slug)
{
    return QStringLiteral("lemma-") + slug;
}

QString printHtml(const Edition &edition, const QDate &made)
{
    const EditionInfo &info = edition.info;
    const RenderOptions options = printOptions(edition);
    QString body = cover(info) + colophon(info, made) + contents(edition);
    for (int i = 0; i < edition.intro.size(); ++i) {
        const Document &intro = edition.intro[i];
        const QString id =
            i == 0 ? QStringLiteral("leeswijzer") : QStringLiteral("leeswijzer-%1").arg(i + 1);
        body += QStringLiteral("<section class=\"leeswijzer\" id=\"%1\" data-kop=\"%2\">\n"
                               "<h1>%2</h1>\n%3</section>\n")
                    .arg(id,
                         escapeHtml(intro.title.isEmpty() ? QStringLiteral("Leeswijzer")
                                                          : intro.displayTitle()),
                         withPrefix(renderDocument(intro, options), id));
    }
    body += webPage(edition);
    if (!edition.threads.isEmpty()) {
        body += QStringLiteral("<section class=\"rode-draden\" id=\"rode-draden\" "
                               "data-kop=\"De rode draden\">\n<h1>De rode draden</h1>\n");
        for (int i = 0; i < edition.threads.size(); ++i) {
            const QString id = QStringLiteral("draad-") + edition.threads[i].slug;
            body += QStringLiteral("<div class=\"draad-blok\" id=\"%1\">\n%2</div>\n")
                        .arg(escapeHtml(id), withPrefix(threadBody(edition, i, options), id));
        }
        body += QStringLiteral("</section>\n");
    }
    for (const Document &lemma : edition.lemmas) {
        if (!lemma.loaded)
            continue;
        const QString id = printLemmaAnchor(lemma.slug);
        body += QStringLiteral("<section class=\"lemma-pagina\" id=\"%1\" data-kop=\"%2 · %3\">\n"
                               "%4</section>\n")
                    .arg(escapeHtml(id), escapeHtml(lemma.letter), escapeHtml(lemma.displayTitle()),
                         withPrefix(renderLemma(edition, lemma, options), id));
    }
    // DE LIJST of the site, with the page where each lemma begins.
    QString list = listBody(edition, printLinks());
    list.replace(QStringLiteral(" in HET WEB.</p>"),
                 QStringLiteral(" in HET WEB, het getal de bladzijde waarop het begint.</p>"));
    body += QStringLiteral("<section class=\"lijst\" id=\"de-lijst\" data-kop=\"DE LIJST\">\n%1"
                           "</section>\n")
                .arg(list);

    QStringList meta;
    if (!info.publisher.isEmpty())
        meta.append(QStringLiteral("<meta name=\"author\" content=\"%1\">")
                        .arg(escapeHtml(info.publisher)));
    if (!info.councilPeriod.isEmpty())
        meta.append(QStringLiteral("<meta name=\"description\" content=\"Trends en "
                                   "ontwikkelingen voor de collegeperiode %1\">")
                        .arg(escapeHtml(info.councilPeriod)));
    meta.append(QStringLiteral("<meta name=\"generator\" content=\"Trendweb Studio\">"));
    meta.append(QStringLiteral("<meta name=\"dcterms.created\" content=\"%1\">")
                    .arg(made.toString(Qt::ISODate)));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n%2\n<style>\n%3</style>\n</head>\n<body>\n%4"
                          "</body>\n</html>\n")
        .arg(escapeHtml(info.title), meta.join(QLatin1Char('\n')), printStylesheet(),
             anchored(body, options.imagePrefix));
}

} // namespace trendweb
