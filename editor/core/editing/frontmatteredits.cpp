#include "frontmatteredits.h"

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

namespace {

struct Lines
{
    QStringList lines;
    int close = -1;

    explicit Lines(const QString &text)
        : lines(text.split(QLatin1Char('\n')))
    {
        if (lines.value(0) != QLatin1String("---"))
            return;
        for (int i = 1; i < lines.size(); ++i) {
            if (lines.at(i) == QLatin1String("---") || lines.at(i) == QLatin1String("...")) {
                close = i;
                return;
            }
        }
    }

    // The lines [first, last] of a top-level key in the front matter; first is -1 when absent.
    std::pair<int, int> block(const QString &key) const
    {
        const QString start = key + QLatin1Char(':');
        for (int i = 1; i < close; ++i) {
            if (!lines.at(i).startsWith(start))
                continue;
            int last = i;
            for (int j = i + 1; j < close; ++j) {
                const QString &line = lines.at(j);
                if (line.trimmed().isEmpty())
                    continue;
                if (!line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('-')))
                    break;
                last = j;
            }
            return {i, last};
        }
        return {-1, -1};
    }

    // Puts `replacement` in the place of the key's lines, or before the closing line.
    QString replaced(const QString &key, const QStringList &replacement) const
    {
        QStringList result = lines;
        const auto [first, last] = block(key);
        if (first >= 0) {
            result.remove(first, last - first + 1);
            for (int i = 0; i < replacement.size(); ++i)
                result.insert(first + i, replacement.at(i));
        } else {
            for (int i = 0; i < replacement.size(); ++i)
                result.insert(close + i, replacement.at(i));
        }
        return result.join(QLatin1Char('\n'));
    }
};

Error noFrontMatter()
{
    return Error::withMessage(
        QObject::tr("Het lemma heeft geen kop (front matter) tussen twee regels "
                    "\"---\". Herstel die eerst; zie het paneel Problemen."));
}

Document parsed(const QString &text)
{
    return parseDocument(text, QStringLiteral("lemmas/lemma.md"), Document::Kind::Lemma);
}

// The body of a lemma and where it starts.

} // namespace

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

namespace {

struct StatusLine
{
    bool frontMatter = false; // the text opens with "---" and a closing line follows
    qsizetype bodyStart = 0;  // just past the opening line
    QString newline = QStringLiteral("\n");
    qsizetype start = -1; // the "status:" line, without its line end; -1 when there is none
    qsizetype end = -1;
    QString value; // as written, quotes and comment removed
};

StatusLine findStatus(const QString &text)
{
    StatusLine found;
    qsizetype at = 0;
    int number = 0;
    while (at <= text.size()) {
        qsizetype next = text.indexOf(QLatin1Char('\n'), at);
        const qsizetype lineEnd = next < 0 ? text.size() : next;
        QStringView line = QStringView(text).mid(at, lineEnd - at);
        const bool crlf = line.endsWith(u'\r');
        if (crlf)
            line.chop(1);
        if (number == 0) {
            if (line != u"---")
                return {};
            found.bodyStart = next < 0 ? text.size() : next + 1;
            found.newline = crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
        } else if (line == u"---" || line == u"...") {
            found.frontMatter = true;
            return found;
        } else if (found.start < 0 && line.startsWith(u"status:")) {
            found.start = at;
            found.end = at + line.size();
            QStringView value = line.mid(7).trimmed();
            if (const qsizetype comment = value.indexOf(u" #"); comment >= 0)
                value = value.left(comment).trimmed();
            if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
                value.back() == value.front())
                value = value.mid(1, value.size() - 2).trimmed();
            found.value = value.toString();
        }
        if (next < 0)
            break;
        at = next + 1;
        ++number;
    }
    return {}; // never closed: not front matter (yet)
}

} // namespace

QString statusOf(const QString &text)
{
    const StatusLine line = findStatus(text);
    return line.frontMatter ? line.value : QString();
}

Result<TextEdit> statusEdit(const QString &text, const QString &status)
{
    static const QRegularExpression word(QStringLiteral("^[a-z]+$"));
    if (!word.match(status).hasMatch())
        return Error::withMessage(QObject::tr("\"%1\" is geen status.").arg(status));
    const StatusLine line = findStatus(text);
    if (!line.frontMatter)
        return noFrontMatter();
    if (line.value == status)
        return TextEdit{};
    const QString written = QStringLiteral("status: ") + status;
    if (line.start >= 0)
        return TextEdit{int(line.start), int(line.end), written};
    return TextEdit{int(line.bodyStart), int(line.bodyStart), written + line.newline};
}

namespace {

// One top-level key's line in the front matter, found in the lines themselves.
struct KeyLine
{
    bool frontMatter = false; // the text opens with "---" and a closing line follows
    qsizetype openEnd = 0;    // just past the opening line
    qsizetype closeStart = 0; // where the closing line starts
    qsizetype bodyStart = 0;  // just past the closing line
    QString newline = QStringLiteral("\n");
    qsizetype start = -1; // the key's line, without its line end; -1 when there is none
    qsizetype end = -1;
    qsizetype lineEnd = -1;    // past the line's line end
    qsizetype valueStart = -1; // the value as written, quotes included, comment excluded
    qsizetype valueEnd = -1;
    QChar quote; // '"', '\'' or null
    QString value;
};

KeyLine findKey(const QString &text, const QString &key)
{
    KeyLine found;
    const QString prefix = key + QLatin1Char(':');
    qsizetype at = 0;
    int number = 0;
    while (at <= text.size()) {
        const qsizetype next = text.indexOf(QLatin1Char('\n'), at);
        const qsizetype lineEnd = next < 0 ? text.size() : next;
        QStringView line = QStringView(text).mid(at, lineEnd - at);
        const bool crlf = line.endsWith(u'\r');
        if (crlf)
            line.chop(1);
        if (number == 0) {
            if (line != u"---")
                return {};
            found.openEnd = next < 0 ? text.size() : next + 1;
            found.newline = crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
        } else if (line == u"---" || line == u"...") {
            found.frontMatter = true;
            found.closeStart = at;
            found.bodyStart = next < 0 ? text.size() : next + 1;
            return found;
        } else if (found.start < 0 && line.startsWith(prefix)) {
            found.start = at;
            found.end = at + line.size();
            found.lineEnd = next < 0 ? text.size() : next + 1;
            // The value: after the colon and its spaces, up to a comment (" #") or the end.
            qsizetype from = prefix.size();
            while (from < line.size() && line.at(from) == u' ')
                ++from;
            qsizetype to = line.size();
            if (from < line.size() && (line.at(from) == u'"' || line.at(from) == u'\'')) {
                const QChar quote = line.at(from);
                qsizetype close = from + 1;
                while (close < line.size()) {
                    if (quote == u'"' && line.at(close) == u'\\') {
                        close += 2;
                        continue;
                    }
                    if (line.at(close) == quote) {
                        if (quote == u'\'' && close + 1 < line.size() &&
                            line.at(close + 1) == u'\'') {
                            close += 2;
                            continue;
                        }
                        break;
                    }
                    ++close;
                }
                if (close < line.size()) {
                    found.quote = quote;
                    to = close + 1;
                    QString inner = line.mid(from + 1, close - from - 1).toString();
                    if (quote == u'\'')
                        inner.replace(QLatin1String("''"), QLatin1String("'"));
                    else
                        inner.replace(QLatin1String("\\\""), QLatin1String("\""))
                            .replace(QLatin1String("\\\\"), QLatin1String("\\"));
                    found.value = inner;
                }
            }
            if (found.quote.isNull() && from < line.size() && line.at(from) == u'#') {
                to = from; // nothing but a comment
            } else if (found.quote.isNull()) {
                if (const qsizetype comment = line.indexOf(u" #", from); comment >= 0)
                    to = comment;
                while (to > from && line.at(to - 1) == u' ')
                    --to;
                found.value = line.mid(from, to - from).toString();
            }
            found.valueStart = at + from;
            found.valueEnd = at + to;
        }
        if (next < 0)
            break;
        at = next + 1;
        ++number;
    }
    return {}; // never closed: not front matter (yet)
}

// `value` written in the quoting style `quote` had.
QString writtenIn(const QString &value, QChar quote)
{
    if (quote == u'\'')
        return QLatin1Char('\'') + QString(value).replace(QLatin1String("'"), QLatin1String("''")) +
               QLatin1Char('\'');
    if (quote == u'"') {
        const QString plain = yamlScalar(value);
        if (plain.startsWith(QLatin1Char('"')))
            return plain;
        return QLatin1Char('"') +
               QString(value)
                   .replace(QLatin1String("\\"), QLatin1String("\\\\"))
                   .replace(QLatin1String("\""), QLatin1String("\\\"")) +
               QLatin1Char('"');
    }
    return yamlScalar(value);
}

} // namespace

QString frontMatterValue(const QString &text, const QString &key)
{
    const KeyLine line = findKey(text, key);
    return line.frontMatter ? line.value : QString();
}

namespace {

// `number`: written as a YAML number, never quoted.
Result<TextEdit> valueEdit(const QString &text, const QString &key, const QString &value,
                           bool number)
{
    const auto written = [&](QChar quote) {
        return number ? value : quote.isNull() ? yamlScalar(value) : writtenIn(value, quote);
    };
    const KeyLine line = findKey(text, key);
    if (!line.frontMatter)
        return noFrontMatter();
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        return Error::withMessage(QObject::tr("Een eigenschap past op één regel."));
    if (line.start < 0) {
        if (value.isEmpty())
            return TextEdit{};
        const int at = int(line.closeStart);
        return TextEdit{at, at, key + QStringLiteral(": ") + written(QChar()) + line.newline};
    }
    if (value.isEmpty())
        return TextEdit{int(line.start), int(line.lineEnd), QString()};
    if (line.value == value)
        return TextEdit{};
    if (line.quote.isNull() &&
        (line.value.startsWith(QLatin1Char('|')) || line.value.startsWith(QLatin1Char('>')) ||
         line.value.startsWith(QLatin1Char('[')) || line.value.startsWith(QLatin1Char('{'))))
        return Error::withMessage(
            QObject::tr("'%1' staat over meer regels geschreven. Pas het aan met Bron tonen.")
                .arg(key));
    if (line.value.isEmpty() && line.quote.isNull()) // "key:" with nothing (but a comment) after it
        return TextEdit{int(line.start), int(line.valueEnd),
                        key + QStringLiteral(": ") + written(QChar()) +
                            (line.valueEnd < line.end ? QStringLiteral(" ") : QString())};
    return TextEdit{int(line.valueStart), int(line.valueEnd), written(line.quote)};
}

} // namespace

Result<TextEdit> frontMatterValueEdit(const QString &text, const QString &key, const QString &value)
{
    return valueEdit(text, key, value, false);
}

Result<TextEdit> titleEdit(const QString &text, const QString &title)
{
    if (title.trimmed().isEmpty())
        return Error::withMessage(QObject::tr("Een lemma heeft een titel nodig. Vul er een in."));
    return frontMatterValueEdit(text, QStringLiteral("title"), title.trimmed());
}

int lengthTargetOf(const QString &text)
{
    bool ok = false;
    const int words = frontMatterValue(text, QStringLiteral("lengte")).toInt(&ok);
    return ok && words > 0 ? words : 0;
}

Result<TextEdit> lengthTargetEdit(const QString &text, int words)
{
    if (words < 0)
        return Error::withMessage(QObject::tr("Een lengte is een aantal woorden, zoals 1500."));
    return valueEdit(text, QStringLiteral("lengte"),
                     words == 0 ? QString() : QString::number(words), true);
}

QStringList authorsOf(const QString &text)
{
    return parsed(text).authors;
}

Result<QString> setAuthors(const QString &text, const QStringList &authors)
{
    const Lines lines(text);
    if (lines.close < 0)
        return noFrontMatter();
    QStringList names;
    for (const QString &author : authors) {
        if (!author.trimmed().isEmpty())
            names << yamlScalar(author.trimmed());
    }
    const auto [first, last] = lines.block(QStringLiteral("authors"));
    if (first < 0 && names.isEmpty())
        return text;
    const bool flow = first >= 0 && lines.lines.at(first).contains(QLatin1Char('['));
    if (first >= 0 && authorsOf(text) == authors)
        return text;
    // An author who stays keeps the line as it was written (its quotes, its indent).
    QHash<QString, QString> kept;
    if (first >= 0 && !flow) {
        QStringList entries;
        for (int i = first + 1; i <= last; ++i) {
            if (lines.lines.at(i).trimmed().startsWith(QLatin1Char('-')))
                entries << lines.lines.at(i);
        }
        const QStringList before = authorsOf(text);
        if (entries.size() == before.size()) {
            for (int i = 0; i < entries.size(); ++i)
                kept.insert(before.at(i), entries.at(i));
        }
    }
    QStringList replacement;
    if (names.isEmpty() || flow) {
        replacement << QStringLiteral("authors: [%1]").arg(names.join(QStringLiteral(", ")));
    } else {
        replacement << lines.lines.value(first, QStringLiteral("authors:"));
        for (const QString &author : authors) {
            if (author.trimmed().isEmpty())
                continue;
            replacement << kept.value(author.trimmed(),
                                      QStringLiteral("  - ") + yamlScalar(author.trimmed()));
        }
    }
    return lines.replaced(QStringLiteral("authors"), replacement);
}

int bodyStartOf(const QString &text)
{
    const KeyLine line = findKey(text, QString(QChar(0)));
    return line.frontMatter ? int(line.bodyStart) : 0;
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
