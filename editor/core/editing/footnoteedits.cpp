#include "footnoteedits.h"

#include "editing/frontmatteredits.h"
#include "frontmatter.h"
#include "markdown/markdowndocument.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace trendweb {

namespace {

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
    return Error::withMessage(QObject::tr("Voetnoot %1 staat niet in dit lemma.").arg(label));
}

} // namespace

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
        return Error::withMessage(
            QObject::tr("Zet de cursor in de tekst van het lemma, niet in de kop, "
                        "en voeg de voetnoot dan opnieuw in."));
    for (const FootnoteDefinition &definition : body.markdown.footnoteDefinitions) {
        if (at >= body.lineStart(definition.range.startLine) &&
            at < body.lineEnd(definition.range.endLine))
            return Error::withMessage(
                QObject::tr("De cursor staat in de tekst van een voetnoot. Zet hem "
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
        return Error::withMessage(
            QObject::tr("De cursor staat onder de voetnoten. Zet hem in de lopende "
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

} // namespace trendweb
