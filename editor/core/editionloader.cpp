#include "editionloader.h"

#include "frontmatter.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace trendweb {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trendweb", text);
}

Diagnostic diagnosticFromError(const QString &code, const Error &error, const QString &path,
                               const QString &english)
{
    return Diagnostic{code,         Severity::Error, path,   error.line,
                      error.column, error.message,   english};
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
        list.append(Figure{scalarText(object.value(QLatin1String("id"))),
                           scalarText(object.value(QLatin1String("caption"))),
                           scalarText(object.value(QLatin1String("source"))),
                           scalarText(object.value(QLatin1String("note"))),
                           scalarText(object.value(QLatin1String("image"))),
                           scalarText(object.value(QLatin1String("alt")))});
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

} // namespace

QString lemmaPath(const QString &slug)
{
    return QStringLiteral("lemmas/%1.md").arg(slug);
}

QString threadPath(const QString &slug)
{
    return QStringLiteral("threads/%1.md").arg(slug);
}

Document parseDocument(const QString &text, const QString &path, Document::Kind kind,
                       Diagnostics &diagnostics)
{
    Document document;
    document.kind = kind;
    document.path = path;
    document.slug = slugFromPath(path);
    document.text = text;
    document.loaded = true;

    const FrontMatterSplit split = splitFrontMatter(text);
    document.bodyOffset = split.bodyOffset;
    document.bodyFirstLine = split.bodyFirstLine;
    if (!split.hasFrontMatter)
        return document;
    if (!split.closed) {
        diagnostics.append({QStringLiteral("front-matter-unclosed"), Severity::Error, path, 1, 1,
                            tr("De YAML-kop wordt niet afgesloten: zet een regel met alleen "
                               "'---' tussen de kop en de tekst."),
                            QStringLiteral("The front matter is not closed: put a line with only "
                                           "'---' between it and the text.")});
    }
    auto parsed = parseYaml(split.yaml, path, split.yamlFirstLine);
    if (!parsed) {
        diagnostics.append(
            diagnosticFromError(QStringLiteral("yaml-syntax"), parsed.error(), path,
                                QStringLiteral("The front matter is not valid YAML.")));
        return document;
    }
    document.frontMatter = std::move(parsed).value();
    const QJsonObject meta = document.frontMatter.root.toObject();
    document.title = scalarText(meta.value(QLatin1String("title")));
    document.status = scalarText(meta.value(QLatin1String("status")));
    document.authors = stringList(meta.value(QLatin1String("authors")));
    document.related = stringList(meta.value(QLatin1String("related")));
    document.figures = figures(meta.value(QLatin1String("figures")));
    return document;
}

Document loadDocument(const QString &root, const QString &path, Document::Kind kind,
                      Diagnostics &diagnostics)
{
    const QString absolute = QDir(root).filePath(path);
    if (!QFileInfo::exists(absolute)) {
        Document missing;
        missing.kind = kind;
        missing.path = path;
        missing.slug = slugFromPath(path);
        const bool isLemma = kind == Document::Kind::Lemma;
        diagnostics.append(
            {isLemma ? QStringLiteral("lemma-file-missing") : QStringLiteral("thread-file-missing"),
             Severity::Error, QStringLiteral("edition.yaml"), 0, 0,
             tr("%1 staat in edition.yaml, maar het bestand %2 bestaat niet.")
                 .arg(missing.slug, path),
             QStringLiteral("%1 is listed in edition.yaml, but the file %2 does "
                            "not exist.")
                 .arg(missing.slug, path)});
        return missing;
    }
    auto text = readTextFile(absolute);
    if (!text) {
        Error error = text.error();
        const bool encoding = error.line > 0;
        diagnostics.append(diagnosticFromError(
            encoding ? QStringLiteral("invalid-utf8") : QStringLiteral("file-unreadable"), error,
            path,
            encoding ? QStringLiteral("The file is not valid UTF-8 text.")
                     : QStringLiteral("The file cannot be read.")));
        Document unreadable;
        unreadable.kind = kind;
        unreadable.path = path;
        unreadable.slug = slugFromPath(path);
        return unreadable;
    }
    return parseDocument(text.value(), path, kind, diagnostics);
}

Result<Edition> loadEdition(const QString &rootPath)
{
    const QDir root(rootPath);
    const QString editionFile = root.filePath(QStringLiteral("edition.yaml"));
    if (!QFileInfo(rootPath).isDir() || !QFileInfo::exists(editionFile)) {
        return Error{tr("Hier staat geen editie: edition.yaml ontbreekt. Kies de map van een "
                        "editie (met edition.yaml, lemmas/ en threads/)."),
                     rootPath};
    }

    Edition edition;
    edition.root = root.absolutePath();

    auto text = readTextFile(editionFile);
    bool orderKnown = false;
    if (!text) {
        edition.diagnostics.append(
            diagnosticFromError(text.error().line > 0 ? QStringLiteral("invalid-utf8")
                                                      : QStringLiteral("file-unreadable"),
                                text.error(), QStringLiteral("edition.yaml"),
                                QStringLiteral("edition.yaml cannot be read.")));
    } else if (auto yaml = parseYaml(text.value(), QStringLiteral("edition.yaml")); !yaml) {
        edition.diagnostics.append(diagnosticFromError(
            QStringLiteral("yaml-syntax"), yaml.error(), QStringLiteral("edition.yaml"),
            QStringLiteral("edition.yaml is not valid YAML.")));
    } else {
        edition.info = editionInfo(yaml->root.toObject());
        orderKnown = true;
    }
    if (!orderKnown) {
        // Without a readable order, show the files that are there, alphabetically.
        edition.info.lemmaOrder = markdownFilesIn(rootPath, QStringLiteral("lemmas"));
        edition.info.threadOrder = markdownFilesIn(rootPath, QStringLiteral("threads"));
    }

    for (const QString &slug : std::as_const(edition.info.lemmaOrder)) {
        Document lemma =
            loadDocument(rootPath, lemmaPath(slug), Document::Kind::Lemma, edition.diagnostics);
        lemma.letter = letterForIndex(int(edition.lemmas.size()));
        edition.lemmas.append(std::move(lemma));
    }
    for (const QString &slug : std::as_const(edition.info.threadOrder)) {
        edition.threads.append(
            loadDocument(rootPath, threadPath(slug), Document::Kind::Thread, edition.diagnostics));
    }
    if (QFileInfo::exists(root.filePath(QStringLiteral("intro.md")))) {
        edition.intro.append(loadDocument(rootPath, QStringLiteral("intro.md"),
                                          Document::Kind::Intro, edition.diagnostics));
    }

    for (const QString &slug : markdownFilesIn(rootPath, QStringLiteral("lemmas"))) {
        if (orderKnown && !edition.info.lemmaOrder.contains(slug)) {
            edition.diagnostics.append(
                {QStringLiteral("lemma-not-listed"), Severity::Error, lemmaPath(slug), 1, 1,
                 tr("Dit lemma staat niet in edition.yaml en krijgt dus geen letter. Voeg '%1' "
                    "toe aan de lijst 'lemmas' in edition.yaml.")
                     .arg(slug),
                 QStringLiteral("This lemma is not listed in edition.yaml and so has no letter. "
                                "Add '%1' to the 'lemmas' list in edition.yaml.")
                     .arg(slug)});
        }
    }
    return edition;
}

} // namespace trendweb
