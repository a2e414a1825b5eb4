#include "export/hugoexport.h"

#include "export/exportfolder.h"
#include "export/figureimages.h"
#include "export/htmlrenderer.h"
#include "export/hugotheme.h"
#include "export/sitepages.h"
#include "export/webgraph.h"
#include "textfile.h"
#include "validation/editionchecks.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace trendweb {

namespace {

// Absolute site paths; hugo makes them relative (relativeURLs). The images are published
// from static/, at the same path as in the edition.
RenderOptions hugoLinks(const Edition &edition)
{
    return {QStringLiteral("/lemmas/%1/"), false, QStringLiteral("/"), edition.root};
}

// A string as a JSON string: every quote, backslash, line break and control character
// escaped. It is also a valid YAML double-quoted scalar and TOML basic string, so a value
// is serialised into the front matter and the configuration, never pasted: a title with a
// "---" line or a quote stays one value.
QString yamlString(QString text)
{
    text.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Hugo runs shortcodes ({{< … >}}, {{% … %}}) wherever they stand in a content file, and
// a shortcode such as gist or youtube puts a script or a frame into the page. The text of
// the edition is never a shortcode: every "{{" and "{%" is written as a character reference,
// which the browser shows as the same braces.
QString withoutShortcodes(QString html)
{
    html.replace(QLatin1String("{{"), QLatin1String("&#123;&#123;"));
    html.replace(QLatin1String("{%"), QLatin1String("&#123;%"));
    return html;
}

QString frontMatter(const QList<QPair<QString, QString>> &fields)
{
    QString yaml = QStringLiteral("---\n");
    for (const auto &[key, value] : fields)
        yaml += key + QStringLiteral(": ") + value + QLatin1Char('\n');
    return yaml + QStringLiteral("---\n");
}

QString lemmaFile(const Edition &edition, const Document &lemma)
{
    QString related = QStringLiteral("[");
    for (const QString &slug : lemma.related)
        related += (related.size() > 1 ? QStringLiteral(", ") : QString()) + yamlString(slug);
    related += QLatin1Char(']');
    QString figures = QStringLiteral("[");
    for (const Figure &figure : lemma.figures) {
        figures += (figures.size() > 1 ? QStringLiteral(", ") : QString()) +
                   QStringLiteral("{id: %1, caption: %2, source: %3, note: %4}")
                       .arg(yamlString(figure.id), yamlString(figure.caption),
                            yamlString(figure.source), yamlString(figure.note));
    }
    figures += QLatin1Char(']');
    return frontMatter({{QStringLiteral("title"), yamlString(lemma.displayTitle())},
                        {QStringLiteral("letter"), yamlString(lemma.letter)},
                        {QStringLiteral("slug"), yamlString(lemma.slug)},
                        {QStringLiteral("status"), yamlString(lemma.status)},
                        {QStringLiteral("related"), related},
                        {QStringLiteral("figures"), figures}}) +
           withoutShortcodes(renderLemma(edition, lemma, hugoLinks(edition)));
}

QJsonObject graphData(const Edition &edition)
{
    QJsonArray nodes;
    QJsonArray edges;
    for (const Document &lemma : edition.lemmas) {
        nodes.append(QJsonObject{{QStringLiteral("slug"), lemma.slug},
                                 {QStringLiteral("letter"), lemma.letter},
                                 {QStringLiteral("title"), lemma.displayTitle()}});
        for (const QString &target : lemma.related)
            edges.append(
                QJsonObject{{QStringLiteral("from"), lemma.slug}, {QStringLiteral("to"), target}});
    }
    QJsonArray threads;
    for (const Document &thread : edition.threads)
        threads.append(QJsonObject{{QStringLiteral("slug"), thread.slug},
                                   {QStringLiteral("title"), thread.displayTitle()}});
    return {{QStringLiteral("nodes"), nodes},
            {QStringLiteral("edges"), edges},
            {QStringLiteral("threads"), threads}};
}

QJsonArray listData(const Edition &edition)
{
    QList<const Document *> sorted;
    for (const Document &lemma : edition.lemmas)
        sorted.append(&lemma);
    QCollator collator(QLocale(QLocale::Dutch, QLocale::Netherlands));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), [&](const Document *a, const Document *b) {
        return collator.compare(a->displayTitle(), b->displayTitle()) < 0;
    });
    QJsonArray list;
    for (const Document *lemma : std::as_const(sorted))
        list.append(QJsonObject{{QStringLiteral("slug"), lemma->slug},
                                {QStringLiteral("letter"), lemma->letter},
                                {QStringLiteral("title"), lemma->displayTitle()}});
    return list;
}

} // namespace

Result<ExportResult> exportHugoSite(const Edition &edition, const QString &outputDir, bool force,
                                    const std::function<void(int, int)> &progress)
{
    auto prepared = prepareExport(edition, outputDir, force);
    if (!prepared)
        return prepared.error();
    ExportResult result = std::move(prepared).value();

    QList<QPair<QString, QString>> files = hugoTheme(yamlString(edition.info.title));
    files.append({QStringLiteral("static/style.css"), siteStylesheet()});
    files.append({QStringLiteral("static/web.js"), webGraphScript()});
    QString home;
    for (const Document &intro : edition.intro)
        home += renderDocument(intro, hugoLinks(edition));
    files.append({QStringLiteral("content/_index.html"),
                  frontMatter({{QStringLiteral("title"), yamlString(edition.info.title)}}) +
                      withoutShortcodes(home)});
    files.append({QStringLiteral("content/web.html"),
                  frontMatter({{QStringLiteral("title"), yamlString(QStringLiteral("HET WEB"))}}) +
                      withoutShortcodes(webGraphHtml(edition, {QStringLiteral("/lemmas/%1/"),
                                                               QStringLiteral("/draden/%1/"),
                                                               QStringLiteral("/web.js")}))});
    files.append({QStringLiteral("content/lijst.html"),
                  frontMatter({{QStringLiteral("title"), yamlString(QStringLiteral("DE LIJST"))},
                               {QStringLiteral("layout"), QStringLiteral("lijst")}})});
    files.append(
        {QStringLiteral("content/draden/_index.html"),
         frontMatter({{QStringLiteral("title"), yamlString(QStringLiteral("De rode draden"))}})});
    for (const Document &thread : edition.threads) {
        files.append({QStringLiteral("content/draden/%1.html").arg(thread.slug),
                      frontMatter({{QStringLiteral("title"), yamlString(thread.displayTitle())},
                                   {QStringLiteral("slug"), yamlString(thread.slug)}}) +
                          withoutShortcodes(QStringLiteral("<article>\n<h1>%1</h1>\n%2</article>\n")
                                                .arg(escapeHtml(thread.displayTitle()),
                                                     renderDocument(thread, hugoLinks(edition))))});
    }
    files.append(
        {QStringLiteral("content/lemmas/_index.html"),
         frontMatter({{QStringLiteral("title"), yamlString(QStringLiteral("De lemma's"))}})});
    for (const Document &lemma : edition.lemmas) {
        if (lemma.loaded)
            files.append({QStringLiteral("content/lemmas/%1.html").arg(lemma.slug),
                          lemmaFile(edition, lemma)});
    }
    files.append({QStringLiteral("data/web.json"),
                  QString::fromUtf8(QJsonDocument(graphData(edition)).toJson())});
    files.append({QStringLiteral("data/lijst.json"),
                  QString::fromUtf8(QJsonDocument(listData(edition)).toJson())});

    const QStringList images = figureImages(edition);
    const int total = int(files.size() + images.size());
    const QDir out(outputDir);
    int done = 0;
    for (const auto &[path, text] : std::as_const(files)) {
        if (auto written = writeTextFile(out.filePath(path), text); !written)
            return written.error();
        result.pages += path.startsWith(QLatin1String("content/")) &&
                        !path.endsWith(QLatin1String("_index.html"));
        if (progress)
            progress(++done, total);
    }
    for (const QString &image : images) {
        const QString target = out.filePath(QStringLiteral("static/") + image);
        if (auto copied = publishFigureImage(edition.root, image, target); !copied)
            return copied.error();
        if (progress)
            progress(++done, total);
    }
    return result;
}

} // namespace trendweb
