#include "frontmatteredits.h"

#include "editing/frontmatterlines_p.h"
#include "editing/lemmaedits.h"
#include "editing/lemmaops.h"
#include "editionloader.h"
#include "filetransaction.h"
#include "frontmatter.h"
#include "textfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace trendweb {

using namespace frontmatter_p;

QStringList relatedOf(const QString &text)
{
    return parsed(text).related;
}

Result<QString> setRelated(const QString &text, const QStringList &slugs)
{
    const Lines lines(text);
    if (lines.close < 0)
        return noFrontMatter();
    const auto [first, last] = lines.block(QStringLiteral("related"));
    const bool flow = first >= 0 && lines.lines.at(first).contains(QLatin1Char('['));
    QStringList replacement;
    if (slugs.isEmpty() || flow) {
        replacement << QStringLiteral("related: [%1]").arg(slugs.join(QStringLiteral(", ")));
    } else {
        replacement << QStringLiteral("related:");
        for (const QString &slug : slugs)
            replacement << QStringLiteral("  - ") + slug;
    }
    return lines.replaced(QStringLiteral("related"), replacement);
}

Result<QString> addRelated(const QString &text, const QString &slug)
{
    QStringList slugs = relatedOf(text);
    if (slugs.contains(slug))
        return Error::withMessage(QObject::tr("Dit lemma staat al in de lijst."));
    slugs.append(slug);
    return setRelated(text, slugs);
}

Result<QString> removeRelated(const QString &text, const QString &slug)
{
    QStringList slugs = relatedOf(text);
    if (!slugs.removeAll(slug))
        return Error::withMessage(QObject::tr("Dit lemma staat niet in de lijst."));
    return setRelated(text, slugs);
}

Result<QString> moveRelated(const QString &text, const QString &slug, int step)
{
    QStringList slugs = relatedOf(text);
    const qsizetype from = slugs.indexOf(slug);
    const qsizetype to = from + step;
    if (from < 0 || to < 0 || to >= slugs.size())
        return Error::withMessage(QObject::tr("Verder kan dit lemma niet in de lijst."));
    slugs.move(from, to);
    return setRelated(text, slugs);
}

QList<Figure> figuresOf(const QString &text)
{
    return parsed(text).figures;
}

Result<QString> setFigures(const QString &text, const QList<Figure> &figures)
{
    const Lines lines(text);
    if (lines.close < 0)
        return noFrontMatter();
    QStringList replacement;
    if (!figures.isEmpty())
        replacement << QStringLiteral("figures:");
    for (const Figure &figure : figures) {
        replacement << QStringLiteral("  - id: ") + yamlScalar(figure.id);
        const auto field = [&](const char *key, const QString &value, bool quoted = false) {
            if (!value.trimmed().isEmpty())
                replacement << QStringLiteral("    %1: %2")
                                   .arg(QLatin1String(key),
                                        quoted && !value.contains(QLatin1Char('"')) &&
                                                !value.contains(QLatin1Char('\\'))
                                            ? QStringLiteral("\"%1\"").arg(value.trimmed())
                                            : yamlScalar(value.trimmed()));
        };
        field("caption", figure.caption);
        if (!figure.numbered)
            replacement << QStringLiteral("    numbered: false");
        field("source", figure.source);
        field("note", figure.note, true);
        field("image", figure.image);
        field("alt", figure.alt);
    }
    return lines.replaced(QStringLiteral("figures"), replacement);
}

Result<FigurePlacement> placeFigure(const QString &text, int position, const QString &id)
{
    const QList<Figure> figures = figuresOf(text);
    if (std::none_of(figures.cbegin(), figures.cend(),
                     [&](const Figure &figure) { return figure.id == id; }))
        return Error::withMessage(
            QObject::tr("Dit lemma heeft geen figuur '%1'. Voeg haar eerst toe.").arg(id));
    const FrontMatterSplit split = splitFrontMatter(text);
    const int bodyStart = int(split.bodyOffset);
    QString body = text.mid(bodyStart);
    int at = std::clamp(position - bodyStart, 0, int(body.size()));
    // The old place goes, with the blank line after it.
    for (const BodyMarker &marker : bodyMarkers(body)) {
        if (marker.kind != BodyMarker::Kind::Figure || marker.id != id)
            continue;
        qsizetype start = 0;
        for (int line = 1; line < marker.line; ++line)
            start = body.indexOf(QLatin1Char('\n'), start) + 1;
        qsizetype end = body.indexOf(QLatin1Char('\n'), start);
        end = end < 0 ? body.size() : end + 1;
        if (body.mid(end, 1) == QStringLiteral("\n"))
            ++end;
        body.remove(start, end - start);
        if (at >= end)
            at -= int(end - start);
        else if (at > start)
            at = int(start);
        break; // one at a time: a second one stays for the check to report
    }
    // After the paragraph the cursor is in: at the next blank line, or the end.
    int lineBegin = at == 0 ? 0 : int(body.lastIndexOf(QLatin1Char('\n'), at - 1)) + 1;
    int lineEnd = int(body.indexOf(QLatin1Char('\n'), lineBegin));
    if (lineEnd < 0)
        lineEnd = int(body.size());
    while (!QStringView(body).mid(lineBegin, lineEnd - lineBegin).trimmed().isEmpty()) {
        if (lineEnd >= body.size()) {
            lineBegin = lineEnd = int(body.size());
            break;
        }
        lineBegin = lineEnd + 1;
        lineEnd = int(body.indexOf(QLatin1Char('\n'), lineBegin));
        if (lineEnd < 0)
            lineEnd = int(body.size());
    }
    // [lineBegin, lineEnd) is a blank line (or the end): the marker goes there, with a
    // blank line on either side.
    QString insertion = figureMarker(id);
    QString before = body.left(lineBegin);
    QString after = body.mid(lineEnd);
    // Exactly one blank line between the text before, the marker and the text after.
    while (before.endsWith(QLatin1Char('\n')))
        before.chop(1);
    while (after.startsWith(QLatin1Char('\n')))
        after.remove(0, 1);
    QString newBody = before;
    if (!before.isEmpty())
        newBody += QStringLiteral("\n\n");
    const int cursor = bodyStart + int(newBody.size() + insertion.size());
    newBody += insertion + QLatin1Char('\n');
    if (!after.isEmpty())
        newBody += QLatin1Char('\n') + after;
    return FigurePlacement{text.left(bodyStart) + newBody, cursor};
}

QString figureIdFor(const QString &caption, const QList<Figure> &figures)
{
    QStringList words = slugFromTitle(caption).split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QString base = words.mid(0, 6).join(QLatin1Char('-'));
    if (base.isEmpty())
        base = QStringLiteral("figuur");
    QString id = base;
    const auto taken = [&](const QString &candidate) {
        return std::any_of(figures.cbegin(), figures.cend(),
                           [&](const Figure &figure) { return figure.id == candidate; });
    };
    for (int n = 2; taken(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

Result<QString> copyFigureImage(const QString &root, const QString &slug, const QString &file)
{
    const QFileInfo source(file);
    static const QStringList kinds = {QStringLiteral("png"),  QStringLiteral("jpg"),
                                      QStringLiteral("jpeg"), QStringLiteral("gif"),
                                      QStringLiteral("svg"),  QStringLiteral("webp")};
    if (!source.isFile())
        return Error::withMessage(QObject::tr("Het bestand %1 bestaat niet.").arg(file));
    if (!kinds.contains(source.suffix().toLower()))
        return Error::withMessage(
            QObject::tr("%1 is geen afbeelding die de site kan tonen. Kies een "
                        "PNG-, JPEG-, GIF-, SVG- of WebP-bestand.")
                .arg(source.fileName()));
    const auto digest = [](const QString &path) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly))
            return QByteArray();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&in);
        return hash.result();
    };
    const QDir folder(QDir(root).filePath(QStringLiteral("figures/") + slug));
    const QString base = slugFromTitle(source.completeBaseName()).isEmpty()
                             ? QStringLiteral("figuur")
                             : slugFromTitle(source.completeBaseName());
    const QString suffix = source.suffix().toLower();
    const QByteArray wanted = digest(file);
    QString name = base + QLatin1Char('.') + suffix;
    for (int n = 2; folder.exists(name); ++n) {
        if (digest(folder.filePath(name)) == wanted)
            return QStringLiteral("figures/%1/%2").arg(slug, name); // already there
        name = QStringLiteral("%1-%2.%3").arg(base).arg(n).arg(suffix);
    }
    FileTransaction transaction(root);
    transaction.copy(QStringLiteral("figures/%1/%2").arg(slug, name), file);
    if (auto committed = transaction.commit(); !committed) {
        Error error = committed.error();
        error.message = QObject::tr("De afbeelding is niet gekopieerd. %1").arg(error.message);
        return error;
    }
    return QStringLiteral("figures/%1/%2").arg(slug, name);
}

Result<QString> addFigureWithImage(const QString &root, const QString &slug, const QString &file,
                                   Figure figure)
{
    const QString lemmaPath = QStringLiteral("lemmas/%1.md").arg(slug);
    auto text = readTextFile(QDir(root).filePath(lemmaPath));
    if (!text)
        return text.error();
    QList<Figure> figures = figuresOf(text.value());
    if (figure.id.isEmpty())
        figure.id = figureIdFor(figure.caption, figures);
    const QString name = QStringLiteral("figures/%1/%2-%3")
                             .arg(slug, figure.id, QFileInfo(file).fileName().toLower());
    if (!QFileInfo(file).isFile())
        return Error::withMessage(QObject::tr("Het bestand %1 bestaat niet.").arg(file));
    figure.image = name;
    figures.append(figure);
    auto edited = setFigures(text.value(), figures);
    if (!edited)
        return edited.error();
    // The image and the lemma that shows it: both there, or neither.
    FileTransaction transaction(root);
    transaction.copy(name, file);
    transaction.writeText(lemmaPath, edited.value());
    if (auto committed = transaction.commit(); !committed) {
        Error error = committed.error();
        error.message = QObject::tr("De figuur is niet toegevoegd. %1").arg(error.message);
        return error;
    }
    return figure.id;
}

QString lemmaLinkMarkdown(const QString &label, const QString &slug)
{
    QString escaped;
    escaped.reserve(label.size() + 4);
    for (const QChar c : label) {
        if (c == u'[' || c == u']' || c == u'\\')
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QStringLiteral("[%1](%2.md)").arg(escaped, slug);
}

QString yamlScalar(const QString &value)
{
    static const QRegularExpression special(
        QStringLiteral(
            "^(?:[-?:,\\[\\]{}#&*!|>'\"%@`]|[0-9+.]|(?:true|false|yes|no|on|off|null|~)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool plain = !value.isEmpty() && value == value.trimmed() &&
                       !special.match(value).hasMatch() && !value.contains(QLatin1String(": ")) &&
                       !value.contains(QLatin1String(" #")) && !value.endsWith(QLatin1Char(':')) &&
                       !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\t'));
    if (plain)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
    quoted.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    quoted.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace trendweb
