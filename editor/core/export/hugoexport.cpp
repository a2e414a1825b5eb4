#include "export/hugoexport.h"

#include "export/exportfolder.h"
#include "export/figureimages.h"
#include "export/htmlrenderer.h"
#include "export/hugotheme.h"
#include "export/sitecontents.h"
#include "export/sitepages.h"
#include "export/webgraph.h"
#include "textfile.h"
#include "validation/editionchecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trendweb {

namespace {

// Absolute site paths; hugo makes them relative (relativeURLs). The images are published
// from static/, at the same path as in the edition.
RenderOptions hugoLinks(const Edition &edition)
{
    const SiteLinks links = SiteLinks::hugo();
    return {links.lemmaPattern(), false, links.root, edition.root};
}

// The frame of the pages with Hugo's actions for the title and the body. Everything else
// in it comes from the edition, and a "{{" there is text, never a template action.
QString hugoBaseof(const Edition &edition)
{
    const QString title = QStringLiteral("\x01title\x01");
    const QString body = QStringLiteral("\x01body\x01");
    QString frame = pageFrame(edition, SiteLinks::hugo(), title, body);
    frame.replace(QLatin1Char('{'), QLatin1String("&#123;"));
    frame.replace(title, QStringLiteral("{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} "
                                        "— {{ .Site.Title }}{{ end }}"));
    frame.replace(body, QStringLiteral("{{ block \"main\" . }}{{ end }}"));
    return frame;
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

QString lemmaFile(const Edition &edition, int index)
{
    const Document &lemma = edition.lemmas.at(index);
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
                        {QStringLiteral("weight"), QString::number(index + 1)},
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

} // namespace

Result<ExportResult> exportHugoSite(const Edition &edition, const QString &outputDir, bool force,
                                    const std::function<void(int, int)> &progress)
{
    auto prepared = prepareExport(edition, outputDir, force);
    if (!prepared)
        return prepared.error();
    ExportResult result = std::move(prepared).value();

    const SiteLinks links = SiteLinks::hugo();
    QList<QPair<QString, QString>> files =
        hugoTheme(yamlString(edition.info.title), hugoBaseof(edition));
    files.append({QStringLiteral("static/style.css"), siteStylesheet()});
    files.append({QStringLiteral("static/web.js"), webGraphScript()});
    files.append({QStringLiteral("content/_index.html"),
                  frontMatter({{QStringLiteral("title"), yamlString(edition.info.title)}}) +
                      withoutShortcodes(homeBody(edition, links, hugoLinks(edition), siteDate()))});
    files.append({QStringLiteral("content/web.html"),
                  frontMatter({{QStringLiteral("title"), yamlString(QStringLiteral("HET WEB"))}}) +
                      withoutShortcodes(webGraphHtml(edition, links))});
    files.append({QStringLiteral("content/lijst.html"),
                  frontMatter({{QStringLiteral("title"), yamlString(QStringLiteral("DE LIJST"))}}) +
                      withoutShortcodes(listBody(edition, links))});
    files.append(
        {QStringLiteral("content/draden/_index.html"),
         frontMatter({{QStringLiteral("title"), yamlString(QStringLiteral("De rode draden"))}})});
    for (int i = 0; i < edition.threads.size(); ++i) {
        const Document &thread = edition.threads[i];
        files.append({QStringLiteral("content/draden/%1.html").arg(thread.slug),
                      frontMatter({{QStringLiteral("title"), yamlString(thread.displayTitle())},
                                   {QStringLiteral("slug"), yamlString(thread.slug)},
                                   {QStringLiteral("nummer"), QString::number(i + 1)},
                                   {QStringLiteral("weight"), QString::number(i + 1)}}) +
                          withoutShortcodes(threadBody(edition, i, hugoLinks(edition)))});
    }
    files.append(
        {QStringLiteral("content/lemmas/_index.html"),
         frontMatter({{QStringLiteral("title"), yamlString(QStringLiteral("De lemma's"))}})});
    for (int i = 0; i < edition.lemmas.size(); ++i) {
        if (edition.lemmas[i].loaded)
            files.append({QStringLiteral("content/lemmas/%1.html").arg(edition.lemmas[i].slug),
                          lemmaFile(edition, i)});
    }
    files.append({QStringLiteral("data/web.json"),
                  QString::fromUtf8(QJsonDocument(graphData(edition)).toJson())});

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
