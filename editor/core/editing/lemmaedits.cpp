#include "lemmaedits.h"

#include "editing/lemmaops.h"
#include "editionloader.h"
#include "frontmatter.h"
#include "markdown/markdowndocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace trendweb {

namespace {

Error editError(const QString &message)
{
    Error error;
    error.message = message;
    return error;
}

// The lines of the text and where the front matter closes (-1 when it has none).
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
    return editError(QObject::tr("Het lemma heeft geen kop (front matter) tussen twee regels "
                                 "\"---\". Herstel die eerst; zie het paneel Problemen."));
}

Document parsed(const QString &text)
{
    return parseDocument(text, QStringLiteral("lemmas/lemma.md"), Document::Kind::Lemma);
}

// The body of a lemma and where it starts.
struct Body
{
    qsizetype offset = 0;
    QString text;
    MarkdownDocument markdown;

    explicit Body(const QString &whole)
    {
        offset = splitFrontMatter(whole).bodyOffset;
        text = whole.mid(offset);
        markdown = parseMarkdown(text);
    }

    const FootnoteDefinition *definition(const QString &label) const
    {
        for (const FootnoteDefinition &definition : markdown.footnoteDefinitions) {
            if (definition.label == label)
                return &definition;
        }
        return nullptr;
    }

    // The offset in the body of the start of a 1-based line.
    qsizetype lineStart(int line) const
    {
        qsizetype position = 0;
        for (int i = 1; i < line && position >= 0; ++i) {
            position = text.indexOf(QLatin1Char('\n'), position);
            if (position >= 0)
                ++position;
        }
        return position < 0 ? text.size() : position;
    }

    // Just after the line's end (its newline included, when it has one).
    qsizetype lineEnd(int line) const
    {
        const qsizetype next = text.indexOf(QLatin1Char('\n'), lineStart(line));
        return next < 0 ? text.size() : next + 1;
    }
};

Error unknownNote(const QString &label)
{
    return editError(QObject::tr("Voetnoot %1 staat niet in dit lemma.").arg(label));
}

} // namespace

TextEdit minimalEdit(const QString &before, const QString &after)
{
    qsizetype prefix = 0;
    const qsizetype shortest = qMin(before.size(), after.size());
    while (prefix < shortest && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shortest - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    // Keep surrogate pairs whole.
    if (prefix > 0 && before.at(prefix - 1).isHighSurrogate())
        --prefix;
    if (suffix > 0 && before.at(before.size() - suffix).isLowSurrogate())
        --suffix;
    return {int(prefix), int(before.size() - suffix),
            after.mid(prefix, after.size() - suffix - prefix)};
}

QString newFootnoteLabel(const QString &text, QRandomGenerator *random)
{
    const Body body(text);
    int highest = 0;
    QSet<QString> used;
    for (const FootnoteReference &reference : body.markdown.footnoteReferences)
        used.insert(reference.label);
    for (const FootnoteDefinition &definition : body.markdown.footnoteDefinitions)
        used.insert(definition.label);
    for (const Figure &figure : figuresOf(text))
        used.insert(figure.note);
    static const QRegularExpression leadingNumber(QStringLiteral("^(\\d+)"));
    for (const QString &label : std::as_const(used)) {
        if (const auto match = leadingNumber.match(label); match.hasMatch())
            highest = qMax(highest, match.captured(1).toInt());
    }
    // The number keeps the labels in a readable order; the four characters after it keep
    // two authors who add a note to the same lemma at the same time from choosing the
    // same label, so that their work merges without a clash.
    static const QString alphabet = QStringLiteral("abcdefghjkmnpqrstuvwxyz23456789");
    QRandomGenerator *generator = random ? random : QRandomGenerator::global();
    QString label;
    do {
        label = QString::number(highest + 1) + QLatin1Char('-');
        for (int i = 0; i < 4; ++i)
            label += alphabet.at(int(generator->bounded(quint32(alphabet.size()))));
    } while (used.contains(label));
    return label;
}

Result<FootnoteInsertion> insertFootnote(const QString &text, int position)
{
    const Body body(text);
    const qsizetype at = position - body.offset;
    if (position < 0 || at < 0 || position > text.size())
        return editError(QObject::tr("Zet de cursor in de tekst van het lemma, niet in de kop, "
                                     "en voeg de voetnoot dan opnieuw in."));
    for (const FootnoteDefinition &definition : body.markdown.footnoteDefinitions) {
        if (at >= body.lineStart(definition.range.startLine) &&
            at < body.lineEnd(definition.range.endLine))
            return editError(QObject::tr("De cursor staat in de tekst van een voetnoot. Zet hem "
                                         "in de lopende tekst waar de verwijzing moet komen."));
    }

    FootnoteInsertion insertion;
    insertion.label = newFootnoteLabel(text);
    const QString reference = QStringLiteral("[^%1]").arg(insertion.label);

    // After the definition of the last note referenced before the cursor; else before
    // the first definition; else at the end.
    const FootnoteDefinition *after = nullptr;
    for (const FootnoteReference &earlier : body.markdown.footnoteReferences) {
        if (earlier.range.start < at)
            if (const FootnoteDefinition *definition = body.definition(earlier.label))
                if (!after || definition->range.startLine > after->range.startLine)
                    after = definition;
    }
    const QString line = QStringLiteral("[^%1]: ").arg(insertion.label);
    QString newBody = body.text;
    qsizetype definitionAt;
    QString inserted;
    if (after) {
        definitionAt = body.lineEnd(after->range.endLine);
        inserted = (definitionAt > 0 && newBody.at(definitionAt - 1) != QLatin1Char('\n')
                        ? QStringLiteral("\n")
                        : QString()) +
                   line + QLatin1Char('\n');
    } else if (!body.markdown.footnoteDefinitions.isEmpty()) {
        int first = body.markdown.footnoteDefinitions.first().range.startLine;
        for (const FootnoteDefinition &definition : body.markdown.footnoteDefinitions)
            first = qMin(first, definition.range.startLine);
        definitionAt = body.lineStart(first);
        inserted = line + QLatin1Char('\n');
    } else {
        definitionAt = newBody.size();
        QString gap;
        if (!newBody.endsWith(QLatin1Char('\n')))
            gap = QStringLiteral("\n\n");
        else if (!newBody.endsWith(QLatin1String("\n\n")))
            gap = QStringLiteral("\n");
        inserted = gap + line + QLatin1Char('\n');
    }
    if (definitionAt < at)
        return editError(QObject::tr("De cursor staat onder de voetnoten. Zet hem in de lopende "
                                     "tekst waar de verwijzing moet komen."));
    newBody.insert(definitionAt, inserted);
    newBody.insert(at, reference);

    insertion.text = text.left(body.offset) + newBody;
    insertion.referenceEnd = int(position + reference.size());
    insertion.definitionEnd =
        int(body.offset + definitionAt + reference.size() + inserted.indexOf(line) + line.size());
    return insertion;
}

Result<QString> setFootnoteText(const QString &text, const QString &label, const QString &noteText)
{
    const Body body(text);
    const FootnoteDefinition *definition = body.definition(label);
    if (!definition)
        return unknownNote(label);
    const qsizetype start = body.lineStart(definition->range.startLine);
    qsizetype end = body.lineEnd(definition->range.endLine);
    if (end > start && body.text.at(end - 1) == QLatin1Char('\n'))
        --end;
    QString single = noteText;
    single.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QString line = QStringLiteral("[^%1]: %2").arg(label, single.trimmed());
    return text.left(body.offset + start) + line + text.mid(body.offset + end);
}

Result<QString> deleteFootnote(const QString &text, const QString &label)
{
    const Body body(text);
    const FootnoteDefinition *definition = body.definition(label);
    QList<std::pair<qsizetype, qsizetype>> cuts; // in the body, back to front below
    for (const FootnoteReference &reference : body.markdown.footnoteReferences) {
        if (reference.label == label)
            cuts.append({reference.range.start, reference.range.end});
    }
    if (!definition && cuts.isEmpty())
        return unknownNote(label);
    for (const FootnoteDefinition &each : body.markdown.footnoteDefinitions) {
        if (each.label == label)
            cuts.append({body.lineStart(each.range.startLine), body.lineEnd(each.range.endLine)});
    }
    std::sort(cuts.begin(), cuts.end());
    QString newBody = body.text;
    for (auto it = cuts.crbegin(); it != cuts.crend(); ++it)
        newBody.remove(it->first, it->second - it->first);
    return text.left(body.offset) + newBody;
}

QList<int> footnoteReferencePositions(const QString &text, const QString &label)
{
    const Body body(text);
    QList<int> positions;
    for (const FootnoteReference &reference : body.markdown.footnoteReferences) {
        if (reference.label == label)
            positions.append(int(body.offset + reference.range.start));
    }
    return positions;
}

int footnoteDefinitionPosition(const QString &text, const QString &label)
{
    const Body body(text);
    const FootnoteDefinition *definition = body.definition(label);
    if (!definition)
        return -1;
    const qsizetype start = body.lineStart(definition->range.startLine);
    qsizetype colon = body.text.indexOf(QLatin1String("]:"), start);
    colon = colon < 0 ? start : colon + 2;
    while (colon < body.text.size() && body.text.at(colon) == QLatin1Char(' '))
        ++colon;
    return int(body.offset + colon);
}

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
        return editError(QObject::tr("Dit lemma staat al in de lijst."));
    slugs.append(slug);
    return setRelated(text, slugs);
}

Result<QString> removeRelated(const QString &text, const QString &slug)
{
    QStringList slugs = relatedOf(text);
    if (!slugs.removeAll(slug))
        return editError(QObject::tr("Dit lemma staat niet in de lijst."));
    return setRelated(text, slugs);
}

Result<QString> moveRelated(const QString &text, const QString &slug, int step)
{
    QStringList slugs = relatedOf(text);
    const qsizetype from = slugs.indexOf(slug);
    const qsizetype to = from + step;
    if (from < 0 || to < 0 || to >= slugs.size())
        return editError(QObject::tr("Verder kan dit lemma niet in de lijst."));
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
        field("source", figure.source);
        field("note", figure.note, true);
        field("image", figure.image);
        field("alt", figure.alt);
    }
    return lines.replaced(QStringLiteral("figures"), replacement);
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
        return editError(QObject::tr("Het bestand %1 bestaat niet.").arg(file));
    if (!kinds.contains(source.suffix().toLower()))
        return editError(QObject::tr("%1 is geen afbeelding die de site kan tonen. Kies een "
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
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        return editError(QObject::tr("De map %1 kan niet worden gemaakt.").arg(folder.path()));
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
    const QString partial = folder.filePath(name + QStringLiteral(".deel"));
    QFile::remove(partial);
    if (!QFile::copy(file, partial) || !QFile::rename(partial, folder.filePath(name))) {
        QFile::remove(partial);
        return editError(QObject::tr("De afbeelding kan niet naar %1 worden gekopieerd. Is er "
                                     "schrijfruimte en mag de map worden beschreven?")
                             .arg(folder.path()));
    }
    return QStringLiteral("figures/%1/%2").arg(slug, name);
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
