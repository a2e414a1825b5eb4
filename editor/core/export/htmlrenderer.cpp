#include "export/htmlrenderer.h"

#include "export/figureimages.h"
#include "export/sitepages.h"
#include "markdown/markdownhtml.h"

#include <QDir>
#include <QRegularExpression>

namespace trendweb {

QString escapeHtml(const QString &text)
{
    // A NUL byte in a file is no text: it is shown as the replacement character, as
    // cmark-gfm does in the body.
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    return escaped;
}

QString renderMarkdown(const QString &markdown, const RenderOptions &options)
{
    const QString html = renderHtml(markdown, {options.sourcePositions});
    // Links to other lemmas ("woningbouw.md") become links to their pages.
    static const QRegularExpression lemmaHref(
        QStringLiteral("href=\"(?:\\.\\./lemmas/|lemmas/)?([a-z0-9-]+)\\.md(#[^\"]*)?\""));
    QString result;
    qsizetype last = 0;
    for (auto it = lemmaHref.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(html).mid(last, match.capturedStart() - last);
        result += QStringLiteral("href=\"%1%2\"")
                      .arg(options.lemmaLink.arg(match.captured(1)), match.captured(2));
        last = match.capturedEnd();
    }
    result += QStringView(html).mid(last);
    // cmark-gfm labels the way back from a note in English; the site speaks Dutch.
    result.replace(QStringLiteral("aria-label=\"Back to content\""),
                   QStringLiteral("aria-label=\"Terug naar de tekst\""));
    return result;
}

namespace {

// Characters that would make Markdown of a caption's text.
QString escapeMarkdown(QString text)
{
    static const QRegularExpression special(QStringLiteral("([\\\\`*_{}\\[\\]<>#+!|~])"));
    return text.replace(special, QStringLiteral("\\\\1"));
}

const QString figureMark = QStringLiteral("TWFIGUUR");

} // namespace

QString figuresMarkdown(const Document &document)
{
    // Each figure as a paragraph of the document itself, so that the note its source
    // cites is numbered and listed with the others; made into <figure> after rendering.
    QString markdown;
    int number = 0;
    for (const Figure &figure : document.figures) {
        markdown += QStringLiteral("\n\n%1-%2: %3")
                        .arg(figureMark)
                        .arg(++number)
                        .arg(escapeMarkdown(figure.caption));
        if (!figure.source.isEmpty())
            markdown += QStringLiteral(". Bron: ") + escapeMarkdown(figure.source);
        if (!figure.note.isEmpty())
            markdown += QStringLiteral("[^%1]").arg(figure.note);
    }
    return markdown;
}

QString renderFigures(const Document &document, const QString &html, const RenderOptions &options)
{
    static const QRegularExpression paragraph(
        QStringLiteral("<p(?: [^>]*)?>%1-(\\d+): (.*?)</p>").arg(figureMark),
        QRegularExpression::DotMatchesEverythingOption);
    QString result;
    qsizetype last = 0;
    bool opened = false;
    for (auto it = paragraph.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(html).mid(last, match.capturedStart() - last);
        if (!opened) {
            result += QStringLiteral("<section class=\"figuren\" aria-label=\"Figuren\">\n");
            opened = true;
        }
        const Figure &figure = document.figures.value(match.captured(1).toInt() - 1);
        const QString image = figureImagePath(options.editionRoot, figure.image);
        result += QStringLiteral("<figure id=\"figuur-%1\">\n").arg(match.captured(1));
        if (image.isEmpty())
            result += QStringLiteral(
                "<p class=\"geen-afbeelding\">Afbeelding nog niet beschikbaar.</p>\n");
        else
            result += QStringLiteral("<img src=\"%1\" alt=\"%2\">\n")
                          .arg(escapeHtml(options.imagePrefix + figureImageUrlPath(image)),
                               escapeHtml(figure.alt));
        result += QStringLiteral("<figcaption>Figuur %1: %2</figcaption>\n</figure>\n")
                      .arg(match.captured(1), match.captured(2));
        last = match.capturedEnd();
        if (!it.hasNext())
            result += QStringLiteral("</section>\n");
    }
    result += QStringView(html).mid(last);
    return result;
}

QString renderDocument(const Document &document, const RenderOptions &options)
{
    return renderFigures(
        document, renderMarkdown(document.body() + figuresMarkdown(document), options), options);
}

QString renderLemma(const Edition &edition, const Document &lemma, const RenderOptions &options)
{
    QString html =
        QStringLiteral("<article class=\"lemma\">\n<h1><span class=\"letter\">%1</span> %2</h1>\n")
            .arg(escapeHtml(lemma.letter), escapeHtml(lemma.displayTitle()));
    html += renderDocument(lemma, options);
    if (!lemma.related.isEmpty()) {
        html += QStringLiteral("<nav class=\"lees-meer\" aria-label=\"Lees meer over\">\n"
                               "<h2>Lees meer over</h2>\n<ul>\n");
        for (const QString &slug : lemma.related) {
            const Document *target = edition.lemma(slug);
            if (!target)
                continue;
            html +=
                QStringLiteral("<li><a href=\"%1\"><span class=\"letter\">%2</span> %3</a></li>\n")
                    .arg(options.lemmaLink.arg(slug), escapeHtml(target->letter),
                         escapeHtml(target->displayTitle()));
        }
        html += QStringLiteral("</ul>\n</nav>\n");
    }
    return html + QStringLiteral("</article>\n");
}

} // namespace trendweb

namespace trendweb {

QString previewHtml(const Edition &edition, const Document &lemma)
{
    RenderOptions options;
    options.lemmaLink = QStringLiteral("lemma:%1");
    options.sourcePositions = true;
    options.editionRoot = edition.root;
    // The page is handed over from memory: images are addressed by their full file URL.
    options.imagePrefix = previewBaseUrl(edition).toString(QUrl::FullyEncoded);
    // Only in the editor: long words wrap in the narrow column, and reviewers' comments
    // stand in the margin beside their passage.
    static const QString previewStyle = QStringLiteral(
        "main { overflow-wrap: anywhere; }\n"
        ".kantlijn { float: right; clear: right; width: 40%; margin: .2rem 0 .6rem 1rem; "
        "padding: .4rem .6rem; font: .8rem/1.4 \"DejaVu Sans\", sans-serif; "
        "background: #fff6d6; border-left: 3px solid #c28a00; }\n"
        ".kantlijn b { display: block; }\n"
        ".met-opmerking { background: #fffbea; }\n");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<style>\n%1%4</style>\n</head>\n<body>\n<main id=\"inhoud\" "
                          "data-line-offset=\"%2\">\n%3</main>\n</body>\n</html>\n")
        .arg(siteStylesheet(), QString::number(lemma.bodyFirstLine - 1),
             renderLemma(edition, lemma, options), previewStyle);
}

QUrl previewBaseUrl(const Edition &edition)
{
    if (edition.root.isEmpty())
        return QUrl(QStringLiteral("about:blank"));
    return QUrl::fromLocalFile(QDir(edition.root).absolutePath() + QLatin1Char('/'));
}

} // namespace trendweb
