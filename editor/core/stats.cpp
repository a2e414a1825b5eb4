#include "stats.h"

#include "bodymarkers.h"
#include "markdown/markdowndocument.h"

#include <QJsonArray>
#include <QSet>

namespace trendweb {

DocumentStats documentStats(const Document &document)
{
    // A figure's or a lost list's marker line is not running text: its words do not count.
    QStringList lines = document.body().split(QLatin1Char('\n'));
    for (const BodyMarker &marker : bodyMarkers(document.body())) {
        if (marker.line >= 1 && marker.line <= lines.size())
            lines[marker.line - 1].clear();
    }
    const MarkdownDocument markdown = parseMarkdown(lines.join(QLatin1Char('\n')));
    QSet<QString> labels;
    for (const auto &reference : markdown.footnoteReferences)
        labels.insert(reference.label);
    for (const auto &definition : markdown.footnoteDefinitions)
        labels.insert(definition.label);
    return {document.slug,
            document.letter,
            document.displayTitle(),
            markdown.wordCount,
            int(labels.size()),
            int(document.figures.size()),
            int(document.related.size())};
}

EditionStats editionStats(const Edition &edition)
{
    EditionStats stats;
    stats.lemmas = int(edition.lemmas.size());
    stats.threads = int(edition.threads.size());
    const auto add = [&stats](const DocumentStats &figures) {
        stats.words += figures.words;
        stats.footnotes += figures.footnotes;
        stats.figures += figures.figures;
        stats.crossLinks += figures.crossLinks;
    };
    for (const Document &lemma : edition.lemmas) {
        stats.perLemma.append(documentStats(lemma));
        add(stats.perLemma.last());
    }
    for (const Document &thread : edition.threads)
        add(documentStats(thread));
    for (const Document &intro : edition.intro)
        add(documentStats(intro));
    return stats;
}

QJsonObject toJson(const EditionStats &stats)
{
    QJsonArray lemmas;
    for (const DocumentStats &lemma : stats.perLemma) {
        lemmas.append(QJsonObject{{QStringLiteral("slug"), lemma.slug},
                                  {QStringLiteral("letter"), lemma.letter},
                                  {QStringLiteral("title"), lemma.title},
                                  {QStringLiteral("words"), lemma.words},
                                  {QStringLiteral("footnotes"), lemma.footnotes},
                                  {QStringLiteral("figures"), lemma.figures},
                                  {QStringLiteral("crossLinks"), lemma.crossLinks}});
    }
    return {{QStringLiteral("lemmas"), stats.lemmas},
            {QStringLiteral("threads"), stats.threads},
            {QStringLiteral("words"), stats.words},
            {QStringLiteral("footnotes"), stats.footnotes},
            {QStringLiteral("figures"), stats.figures},
            {QStringLiteral("crossLinks"), stats.crossLinks},
            {QStringLiteral("perLemma"), lemmas}};
}

} // namespace trendweb
