#include "editionloader.h"

#include "confinement.h"
#include "frontmatter.h"
#include "review/review.h"
#include "textfile.h"
#include "validation/diagnosticcodes.h"
#include "validation/documentchecks.h"
#include "validation/schemavalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace trendweb {

namespace {

Diagnostic fromError(const char *code, const Error &error, const QString &path)
{
    return makeDiagnostic(code, path, error.line, error.column, {error.message, error.detail});
}

// A file that could be opened but not decoded has a line; one that could not be opened has none.
Diagnostic fromReadError(const Error &error, const QString &path)
{
    return fromError(error.line > 0 ? "invalid-utf8" : "file-unreadable", error, path);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list.append(value.toString());
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QList<Figure> figures(const QJsonValue &value)
{
    QList<Figure> list;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        const auto field = [&](const char *name) {
            return scalarText(object.value(QLatin1String(name)));
        };
        Figure figure{field("id"),   field("caption"), field("source"),
                      field("note"), field("image"),   field("alt")};
        figure.numbered = object.value(QLatin1String("numbered")).toBool(true);
        list.append(figure);
    }
    return list;
}

QString slugFromPath(const QString &path)
{
    return QFileInfo(path).completeBaseName();
}

EditionInfo editionInfo(const QJsonObject &object)
{
    EditionInfo info;
    info.title = scalarText(object.value(QLatin1String("title")));
    info.year = object.value(QLatin1String("year")).toInt();
    info.number = object.value(QLatin1String("edition")).toInt();
    info.publisher = scalarText(object.value(QLatin1String("publisher")));
    info.councilPeriod = scalarText(object.value(QLatin1String("council_period")));
    info.lemmaOrder = stringList(object.value(QLatin1String("lemmas")));
    info.threadOrder = stringList(object.value(QLatin1String("threads")));
    return info;
}

QStringList markdownFilesIn(const QString &root, const QString &folder)
{
    QStringList slugs;
    const QDir dir(QDir(root).filePath(folder));
    for (const QFileInfo &file :
         dir.entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
        slugs.append(file.completeBaseName());
    return slugs;
}

Document emptyDocument(const QString &path, Document::Kind kind)
{
    Document document;
    document.kind = kind;
    document.path = path;
    document.slug = slugFromPath(path);
    return document;
}

void readFrontMatter(Document &document, const QString &yaml, int firstLine)
{
    auto parsed = parseYaml(yaml, document.path, firstLine);
    if (!parsed) {
        document.diagnostics.append(fromError("yaml-syntax", parsed.error(), document.path));
        return;
    }
    document.frontMatter = std::move(parsed).value();
    document.frontMatterParsed = true;
    const QJsonObject meta = document.frontMatter.root.toObject();
    document.title = scalarText(meta.value(QLatin1String("title")));
    document.status = scalarText(meta.value(QLatin1String("status")));
    document.authors = stringList(meta.value(QLatin1String("authors")));
    document.related = stringList(meta.value(QLatin1String("related")));
    document.figures = figures(meta.value(QLatin1String("figures")));
}

// What a text file should never hold: conflict markers that Git leaves in a file it could
// not merge ("<<<<<<< HEAD" … ">>>>>>> theirs"), and NUL characters.
void checkPlainText(Document &document)
{
    const QString &text = document.text;
    int line = 1;
    bool markers = false;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QStringView row = QStringView(text).mid(start, end - start);
        const bool marker =
            row.startsWith(QLatin1String("<<<<<<<")) || row.startsWith(QLatin1String(">>>>>>>"));
        if (marker && !markers) {
            document.diagnostics.append(makeDiagnostic("conflict-markers", document.path, line, 1));
            markers = true;
        }
        start = end + 1;
        ++line;
    }
    if (const qsizetype nul = text.indexOf(QChar(u'\0')); nul >= 0) {
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), nul) + 1;
        document.diagnostics.append(
            makeDiagnostic("nul-character", document.path,
                           int(QStringView(text).left(nul).count(QLatin1Char('\n'))) + 1,
                           int(nul - lineStart) + 1));
    }
}

// A file that is a symbolic link to outside the edition is not read.
Diagnostic outsideEdition(const QString &path)
{
    return makeDiagnostic("path-outside-edition", path, 1, 1, {path});
}

} // namespace

QList<Document> loadInParallel(const QString &root, const QStringList &slugs)
{
    // Each lemma is read and checked on its own: spread them over the cores.
    QList<Document> lemmas(slugs.size());
    const int workers = int(std::clamp<unsigned>(std::thread::hardware_concurrency(), 1, 8));
    std::atomic_int next = 0;
    const auto work = [&] {
        for (int i = next++; i < slugs.size(); i = next++)
            lemmas[i] = loadDocument(root, lemmaPath(slugs[i]), Document::Kind::Lemma);
    };
    std::vector<std::thread> threads;
    for (int t = 1; t < workers && t < slugs.size(); ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();
    return lemmas;
}

QString lemmaPath(const QString &slug)
{
    return QStringLiteral("lemmas/%1.md").arg(slug);
}

QString threadPath(const QString &slug)
{
    return QStringLiteral("threads/%1.md").arg(slug);
}

Document parseDocument(const QString &text, const QString &path, Document::Kind kind,
                       const QString &root)
{
    Document document = emptyDocument(path, kind);
    document.text = text;
    document.loaded = true;

    const FrontMatterSplit split = splitFrontMatter(text);
    document.bodyOffset = split.bodyOffset;
    document.bodyFirstLine = split.bodyFirstLine;
    if (split.hasFrontMatter) {
        if (!split.closed)
            document.diagnostics.append(makeDiagnostic("front-matter-unclosed", path, 1, 1));
        readFrontMatter(document, split.yaml, split.yamlFirstLine);
    } else {
        // No header at all: the schema says what is missing.
        document.frontMatterParsed = true;
        document.frontMatter.positions.insert(QString(), {1, 1});
    }

    checkPlainText(document);
    document.markdown = parseMarkdown(document.body());
    document.markers = bodyMarkers(document.body());
    document.footnotes = footnotes(document.markdown, figureReferences(document));
    for (const MarkdownLink &link : std::as_const(document.markdown.links)) {
        const QString slug = lemmaSlugFromLink(link.url);
        if (!slug.isEmpty() && !link.image)
            document.lemmaLinks.append({slug, link.range.startLine, link.range.startColumn});
    }
    checkDocument(document, root);
    return document;
}

Document loadDocument(const QString &root, const QString &path, Document::Kind kind)
{
    const QString absolute = QDir(root).filePath(path);
    if (!QFileInfo::exists(absolute)) {
        Document missing = emptyDocument(path, kind);
        missing.diagnostics.append(makeDiagnostic(
            kind == Document::Kind::Lemma ? "lemma-file-missing" : "thread-file-missing",
            QStringLiteral("edition.yaml"), 0, 0, {missing.slug, path}));
        return missing;
    }
    if (!staysInEdition(root, path)) {
        Document outside = emptyDocument(path, kind);
        outside.diagnostics.append(outsideEdition(path));
        return outside;
    }
    auto text = readTextFile(absolute);
    if (!text) {
        Document unreadable = emptyDocument(path, kind);
        unreadable.diagnostics.append(fromReadError(text.error(), path));
        return unreadable;
    }
    return parseDocument(text.value(), path, kind, root);
}

Result<Edition> loadEdition(const QString &rootPath)
{
    const QDir root(rootPath);
    const QString editionFile = root.filePath(QStringLiteral("edition.yaml"));
    if (!QFileInfo(rootPath).isDir() || !QFileInfo::exists(editionFile)) {
        return Error{QCoreApplication::translate(
                         "trendweb", "Hier staat geen editie: edition.yaml ontbreekt. Kies de map "
                                     "van een editie (met edition.yaml, lemmas/ en threads/)."),
                     rootPath};
    }

    Edition edition;
    edition.root = root.absolutePath();
    const QString editionName = QStringLiteral("edition.yaml");

    bool orderKnown = false;
    if (!staysInEdition(rootPath, editionName)) {
        edition.diagnostics.append(outsideEdition(editionName));
    } else if (auto text = readTextFile(editionFile); !text) {
        edition.diagnostics.append(fromReadError(text.error(), editionName));
    } else if (auto yaml = parseYaml(text.value(), editionName); !yaml) {
        edition.diagnostics.append(fromError("yaml-syntax", yaml.error(), editionName));
    } else {
        edition.info = editionInfo(yaml->root.toObject());
        edition.diagnostics +=
            validateAgainstSchema(SchemaKind::Edition, yaml.value(), editionName);
        orderKnown = true;
    }
    if (!orderKnown) {
        // Without a readable order, show the files that are there, alphabetically.
        edition.info.lemmaOrder = markdownFilesIn(rootPath, QStringLiteral("lemmas"));
        edition.info.threadOrder = markdownFilesIn(rootPath, QStringLiteral("threads"));
    }

    edition.lemmas = loadInParallel(edition.root, edition.info.lemmaOrder);
    for (int i = 0; i < edition.lemmas.size(); ++i)
        edition.lemmas[i].letter = letterForIndex(i);
    for (const QString &slug : std::as_const(edition.info.threadOrder))
        edition.threads.append(
            loadDocument(edition.root, threadPath(slug), Document::Kind::Thread));
    if (QFileInfo(root.filePath(QStringLiteral("intro.md"))).isSymLink() ||
        QFileInfo::exists(root.filePath(QStringLiteral("intro.md")))) {
        edition.intro.append(
            loadDocument(edition.root, QStringLiteral("intro.md"), Document::Kind::Intro));
    }

    // A merge that command-line Git started and did not finish: the files may hold both sides.
    if (mergeInProgress(edition.root))
        edition.diagnostics.append(makeDiagnostic("merge-in-progress", editionName, 1, 1));
    // Also a cherry-pick, revert or rebase that stopped halfway.
    if (const GitOperation operation = unfinishedGitOperation(edition.root);
        !operation.name.isEmpty())
        edition.diagnostics.append(
            makeDiagnostic("git-operation-in-progress", editionName, 1, 1,
                           {operation.name, operation.finish, operation.abort}));

    // Review comment files are checked against their schema like every other file.
    loadThreads(edition.root, &edition.diagnostics);

    if (orderKnown) {
        const QSet<QString> listed(edition.info.lemmaOrder.begin(), edition.info.lemmaOrder.end());
        for (const QString &slug : markdownFilesIn(rootPath, QStringLiteral("lemmas"))) {
            if (!listed.contains(slug))
                edition.diagnostics.append(
                    makeDiagnostic("lemma-not-listed", lemmaPath(slug), 1, 1, {slug}));
        }
    }
    return edition;
}

} // namespace trendweb
