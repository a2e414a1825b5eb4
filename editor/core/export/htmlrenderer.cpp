#include "export/htmlrenderer.h"

#include "export/figureimages.h"
#include "export/sitepages.h"
#include "markdown/markdownhtml.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

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
const QString missingMark = QStringLiteral("TWONTBREEKT");

// A figure as a paragraph of the document itself, so that the note its source cites is
// numbered and listed with the others; made into <figure> after rendering.
QString figureParagraph(const Figure &figure, int index)
{
    QString markdown =
        QStringLiteral("%1-%2: %3").arg(figureMark).arg(index).arg(escapeMarkdown(figure.caption));
    if (!figure.source.isEmpty())
        markdown += QStringLiteral(". Bron: ") + escapeMarkdown(figure.source);
    if (!figure.note.isEmpty())
        markdown += QStringLiteral("[^%1]").arg(figure.note);
    return markdown;
}

// The body with each marker line replaced, line for line (so that source positions
// stay), and the figures without a place after it.
QString markedMarkdown(const Document &document, const QList<FigureInText> &order)
{
    QStringList lines = document.body().split(QLatin1Char('\n'));
    QHash<int, int> placedAt; // body line → figure index
    for (const FigureInText &figure : order) {
        if (figure.line > 0)
            placedAt.insert(figure.line, figure.index);
    }
    QSet<QString> known;
    for (const Figure &figure : document.figures)
        known.insert(figure.id);
    for (const BodyMarker &marker : bodyMarkers(document.body())) {
        QString &line = lines[marker.line - 1];
        switch (marker.kind) {
        case BodyMarker::Kind::Figure:
            if (placedAt.contains(marker.line))
                line =
                    figureParagraph(document.figures[placedAt[marker.line]], placedAt[marker.line]);
            else if (known.contains(marker.id))
                line.clear(); // placed twice: shown at its first place (the check says so)
            break;            // an unknown figure stays as written, for the author to see
        case BodyMarker::Kind::MissingList:
        case BodyMarker::Kind::MissingTable:
            // Its note, if any, stays: "[[tabel ontbreekt in de bron]][^8]".
            line = missingMark +
                   (marker.kind == BodyMarker::Kind::MissingList ? QStringLiteral("-lijst")
                                                                 : QStringLiteral("-tabel")) +
                   line.mid(line.indexOf(QStringLiteral("]]")) + 2);
            break;
        }
    }
    QString markdown = lines.join(QLatin1Char('\n'));
    for (const FigureInText &figure : order) {
        if (figure.line == 0)
            markdown += QStringLiteral("\n\n") +
                        figureParagraph(document.figures[figure.index], figure.index);
    }
    return markdown;
}

QString renderFigures(const Document &document, const QList<FigureInText> &order,
                      const QString &html, const RenderOptions &options)
{
    static const QRegularExpression paragraph(
        QStringLiteral("<p( [^>]*)?>%1-(\\d+): (.*?)</p>").arg(figureMark),
        QRegularExpression::DotMatchesEverythingOption);
    QHash<int, int> numbers; // figure index → "Figuur N", 0 for an unnumbered one
    for (const FigureInText &figure : order)
        numbers.insert(figure.index, figure.number);
    QString result;
    qsizetype last = 0;
    for (auto it = paragraph.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(html).mid(last, match.capturedStart() - last);
        const int index = match.captured(2).toInt();
        const Figure &figure = document.figures.value(index);
        const int number = numbers.value(index);
        const QString image = figureImagePath(options.editionRoot, figure.image);
        const QString caption =
            number > 0 ? QStringLiteral("Figuur %1: %2").arg(number).arg(match.captured(3))
                       : match.captured(3);
        const QString id = number > 0 ? QStringLiteral("figuur-%1").arg(number)
                                      : QStringLiteral("figuur-%1").arg(escapeHtml(figure.id));
        if (image.isEmpty()) {
            // No image yet: the caption on one line, not an empty box.
            result += QStringLiteral("<figure id=\"%1\" class=\"figuur zonder-afbeelding\"%2>\n"
                                     "<figcaption>%3 <span class=\"geen-afbeelding\">Afbeelding "
                                     "nog niet beschikbaar.</span></figcaption>\n</figure>")
                          .arg(id, match.captured(1), caption);
        } else {
            result += QStringLiteral("<figure id=\"%1\" class=\"figuur\"%2>\n<img src=\"%3\" "
                                     "alt=\"%4\">\n<figcaption>%5</figcaption>\n</figure>")
                          .arg(id, match.captured(1),
                               escapeHtml(options.imagePrefix + figureImageUrlPath(image)),
                               escapeHtml(figure.alt), caption);
        }
        last = match.capturedEnd();
    }
    result += QStringView(html).mid(last);
    static const QRegularExpression missing(
        QStringLiteral("<p( [^>]*)?>%1-(lijst|tabel)(.*?)</p>").arg(missingMark));
    result.replace(missing, QStringLiteral("<p class=\"ontbreekt\"\\1>Hier staat in de gedrukte "
                                           "editie een \\2; die ontbreekt nog.\\3</p>"));
    return result;
}

// What cmark-gfm writes for notes, made to read as the print does: a run of references
// separated by commas ("5,6,7", not "567"), and a note whose text is still to be written
// saying so instead of being an empty item.
QString readableNotes(QString html)
{
    static const QRegularExpression run(QStringLiteral("</sup>(?=<sup class=\"footnote-ref\">)"));
    html.replace(run, QStringLiteral("</sup><sup class=\"noot-komma\">,</sup>"));
    // A screen reader says "link 1" for a bare number: the reference is named as a note.
    static const QRegularExpression reference(
        QStringLiteral("(<sup class=\"footnote-ref\"><a href=\"#fn-[^\"]*\" id=\"fnref-[^\"]*\" "
                       "data-footnote-ref)>(\\d+)</a>"));
    html.replace(reference, QStringLiteral("\\1 aria-label=\"Voetnoot \\2\">\\2</a>"));
    static const QRegularExpression empty(
        QStringLiteral("(<li id=\"fn-[^\"]*\"[^>]*>\\s*)(<a href=\"#fnref-[^>]*"
                       "class=\"footnote-backref\")"));
    html.replace(empty, QStringLiteral("\\1<span class=\"bron-volgt\">Bron volgt.</span> \\2"));
    return html;
}

} // namespace

QString renderDocument(const Document &document, const RenderOptions &options)
{
    const QList<FigureInText> order = figuresInText(document.figures, bodyMarkers(document.body()));
    const QString html = renderMarkdown(markedMarkdown(document, order), options);
    return readableNotes(renderFigures(document, order, html, options));
}

QString lemmaBodyStylesheet()
{
    // Figures and notes in the text of a page. Kept in one block.
    return QStringLiteral(
        R"(/* --- lemma body: figures and notes --- */
sup { line-height: 0; vertical-align: baseline; position: relative; top: -.45em; font-size: .75em; }
.noot-komma { padding: 0 .05em; }
figure.figuur { margin: 1.5rem 0; }
figure.zonder-afbeelding { padding: .2rem 0 .2rem .75rem; background: none; border-left: 3px solid var(--accent, #1d4e89); }
figure.zonder-afbeelding figcaption { font-size: .9rem; }
figcaption .geen-afbeelding { font-size: .85em; font-style: italic; }
.bron-volgt, .ontbreekt { font-style: italic; color: var(--zacht, #5a5a5a); }
.ontbreekt { background: #eeeeee; border: 1px solid #999; padding: .4rem .75rem; font-size: .9rem; }
/* --- end lemma body --- */
)");
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
    // The page's title is what a screen reader announces as the preview's name.
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%5</title>\n<style>\n%1%4</style>\n</head>\n<body>\n"
                          "<main id=\"inhoud\" data-line-offset=\"%2\">\n%3</main>\n</body>\n"
                          "</html>\n")
        .arg(siteStylesheet(), QString::number(lemma.bodyFirstLine - 1),
             renderLemma(edition, lemma, options), previewStyle,
             escapeHtml(QCoreApplication::translate("trendweb", "Voorbeeld: %1")
                            .arg(lemma.displayTitle())));
}

QUrl previewBaseUrl(const Edition &edition)
{
    if (edition.root.isEmpty())
        return QUrl(QStringLiteral("about:blank"));
    return QUrl::fromLocalFile(QDir(edition.root).absolutePath() + QLatin1Char('/'));
}

} // namespace trendweb
