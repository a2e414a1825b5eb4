#include "versions/yamlmerge.h"

#include "editing/frontmatteredits.h"
#include "versions/entrymerge.h"
#include "yaml/yamldocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace trendweb {

namespace {

QStringList linesWithEnds(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        end = end < 0 ? text.size() : end + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    if (!lines.isEmpty() && !lines.last().endsWith(QLatin1Char('\n')))
        lines.last() += QLatin1Char('\n');
    return lines;
}

std::optional<QJsonObject> mappingOf(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QJsonObject();
    auto parsed = parseYaml(text, QStringLiteral("merge.yaml"));
    if (!parsed || !(parsed->root.isObject() || parsed->root.isNull()))
        return std::nullopt;
    return parsed->root.toObject();
}

struct Blocks
{
    QString preamble; // comments and blank lines before the first key
    QList<ListEntry> keys;
};

// The top-level keys with their lines as written.
std::optional<Blocks> topLevelBlocks(const QString &text)
{
    const auto mapping = mappingOf(text);
    if (!mapping)
        return std::nullopt;
    static const QRegularExpression keyLine(
        QStringLiteral("^(?:\"([^\"]*)\"|'([^']*)'|([^\\s#\\-:\"'][^:]*?))\\s*:(?:\\s|$)"));
    Blocks blocks;
    for (const QString &line : linesWithEnds(text)) {
        const QChar first = line.at(0);
        const bool continues =
            first.isSpace() || first == QLatin1Char('#') || first == QLatin1Char('-');
        if (line.startsWith(QLatin1String("---")) || line.startsWith(QLatin1String("...")))
            return std::nullopt;
        if (continues) {
            if (blocks.keys.isEmpty())
                blocks.preamble += line;
            else
                blocks.keys.last().text += line;
            continue;
        }
        const auto match = keyLine.match(line);
        if (!match.hasMatch())
            return std::nullopt;
        QString key = match.captured(1) + match.captured(2) + match.captured(3);
        blocks.keys.append({key.trimmed(), {}, line});
    }
    if (blocks.keys.size() != mapping->size())
        return std::nullopt;
    for (ListEntry &entry : blocks.keys) {
        if (!mapping->contains(entry.id))
            return std::nullopt;
        entry.value = entry.text;
    }
    return blocks;
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

std::optional<QString> scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return std::nullopt;
    }
}

QString scalarYaml(const QJsonValue &value)
{
    return value.isString() ? yamlScalar(value.toString()) : *scalarText(value);
}

struct ListBlock
{
    bool flow = false;
    int dashIndent = 2;
    QList<ListEntry> entries; // text: the entry's lines with the dash at column 0
};

// A key whose value is a list, cut into its entries.
std::optional<ListBlock> listBlock(const QString &key, const QString &block)
{
    const auto mapping = mappingOf(block);
    if (!mapping)
        return std::nullopt;
    const QJsonValue value = mapping->value(key);
    if (!value.isArray() && !value.isNull())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    const QStringList lines = linesWithEnds(block);
    ListBlock list;
    const QString rest = lines.value(0).section(QLatin1Char(':'), 1).trimmed();
    list.flow = rest.startsWith(QLatin1Char('['));
    const auto identity = [](const QJsonValue &entry) {
        if (entry.isObject() && entry.toObject().value(QLatin1String("id")).isString())
            return QStringLiteral("id:") + entry.toObject().value(QLatin1String("id")).toString();
        if (auto scalar = scalarText(entry))
            return *scalar;
        return compact(entry);
    };
    if (list.flow || array.isEmpty()) {
        for (const QJsonValue &entry : array) {
            if (!scalarText(entry))
                return std::nullopt;
            list.entries.append({identity(entry), compact(entry),
                                 QStringLiteral("- ") + scalarYaml(entry) + QLatin1Char('\n')});
        }
        return list;
    }
    static const QRegularExpression dash(QStringLiteral("^( *)-(?:\\s|$)"));
    int indent = -1;
    QStringList raw;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const auto match = dash.match(line);
        if (match.hasMatch() && (indent < 0 || match.capturedLength(1) == indent)) {
            indent = int(match.capturedLength(1));
            raw.append(line.mid(indent));
            continue;
        }
        if (raw.isEmpty()) {
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#')))
                return std::nullopt;
            continue;
        }
        // A line of the entry: without its indentation, as far as it has it.
        qsizetype cut = 0;
        while (cut < indent && cut < line.size() && line.at(cut) == QLatin1Char(' '))
            ++cut;
        raw.last() += line.mid(cut);
    }
    if (raw.size() != array.size())
        return std::nullopt;
    list.dashIndent = indent;
    for (qsizetype i = 0; i < array.size(); ++i)
        list.entries.append({identity(array[i]), compact(array[i]), raw[i]});
    return list;
}

QString renderList(const QString &key, const ListBlock &style, const QList<MergedEntry> &entries)
{
    const QString head = yamlScalar(key) + QLatin1Char(':');
    bool scalars = true;
    for (const MergedEntry &entry : entries) {
        const QJsonValue value = QJsonDocument::fromJson(entry.mine ? entry.mine->value.toUtf8()
                                                                    : entry.theirs->value.toUtf8())
                                     .array()
                                     .at(0);
        scalars = scalars && scalarText(value).has_value();
    }
    if ((style.flow || entries.isEmpty()) && scalars) {
        QStringList items;
        for (const MergedEntry &entry : entries) {
            const ListEntry &side = entry.mine ? *entry.mine : *entry.theirs;
            items.append(scalarYaml(QJsonDocument::fromJson(side.value.toUtf8()).array().at(0)));
        }
        return head + QStringLiteral(" [") + items.join(QStringLiteral(", ")) +
               QStringLiteral("]\n");
    }
    QString text = head + QLatin1Char('\n');
    const QString indent(style.flow ? 2 : style.dashIndent, QLatin1Char(' '));
    for (const MergedEntry &entry : entries) {
        for (const QString &line : linesWithEnds(entry.text))
            text += (line.trimmed().isEmpty() ? QString() : indent) + line;
    }
    return text;
}

// A list key changed on both sides, merged by entry; empty when that leaves a question.
std::optional<QString> mergeListKey(const QString &key, const std::optional<QString> &base,
                                    const std::optional<QString> &mine,
                                    const std::optional<QString> &theirs,
                                    const KeepRemoved &keepRemoved)
{
    // A list removed as a whole on one side is not merged by entry.
    if (base && (!mine || !theirs))
        return std::nullopt;
    const auto sideList = [&](const std::optional<QString> &block) -> std::optional<ListBlock> {
        return block ? listBlock(key, *block) : std::optional<ListBlock>(ListBlock{});
    };
    const auto b = sideList(base);
    const auto m = sideList(mine);
    const auto t = sideList(theirs);
    if (!b || !m || !t)
        return std::nullopt;
    const auto merged = mergeEntries(b->entries, m->entries, t->entries,
                                     [&](const QString &id, bool removedByMine) {
                                         return keepRemoved && keepRemoved(key, id, removedByMine);
                                     });
    if (!merged)
        return std::nullopt;
    for (const MergedEntry &entry : *merged) {
        if (entry.conflict)
            return std::nullopt;
    }
    const QString text = renderList(key, mine ? *m : *t, *merged);
    // Written as it was meant: the same entries, in the same order.
    const auto check = listBlock(key, text);
    if (!check || check->entries.size() != merged->size())
        return std::nullopt;
    for (qsizetype i = 0; i < merged->size(); ++i) {
        const MergedEntry &entry = merged->at(i);
        const ListEntry &side =
            entry.mine && entry.text == entry.mine->text ? *entry.mine : *entry.theirs;
        if (check->entries[i].value != side.value)
            return std::nullopt;
    }
    return text;
}

} // namespace

std::optional<QList<YamlPiece>> mergeYamlMapping(const QString &base, const QString &mine,
                                                 const QString &theirs,
                                                 const KeepRemoved &keepRemoved)
{
    const auto b = topLevelBlocks(base);
    const auto m = topLevelBlocks(mine);
    const auto t = topLevelBlocks(theirs);
    if (!b || !m || !t)
        return std::nullopt;
    // Keys are not lists: every key's lines are merged as a whole first.
    const auto keys = mergeEntries(b->keys, m->keys, t->keys);
    if (!keys)
        return std::nullopt;
    QList<YamlPiece> pieces;
    pieces.append(YamlPiece{m->preamble == b->preamble ? t->preamble : m->preamble});
    for (const MergedEntry &entry : *keys) {
        const auto side = [](const std::optional<ListEntry> &e) {
            return e ? std::optional<QString>(e->text) : std::nullopt;
        };
        const auto baseLines = side(entry.base);
        const auto mineLines = side(entry.mine);
        const auto theirLines = side(entry.theirs);
        const bool bothChanged = entry.conflict;
        const bool oneChanged = !bothChanged && mineLines != theirLines;
        if (!bothChanged && !(oneChanged && keepRemoved)) {
            pieces.append(YamlPiece{entry.text});
            continue;
        }
        if (auto list = mergeListKey(entry.id, baseLines, mineLines, theirLines, keepRemoved)) {
            // One side's change stays as that side wrote it.
            pieces.append(YamlPiece{bothChanged ? *list : entry.text});
            continue;
        }
        if (oneChanged && !(listBlock(entry.id, mineLines.value_or(QString())) &&
                            listBlock(entry.id, theirLines.value_or(QString())))) {
            pieces.append(YamlPiece{entry.text}); // not a list: nothing to keep
            continue;
        }
        pieces.append(YamlPiece{mineLines.value_or(QString()), true, entry.id, baseLines, mineLines,
                                theirLines});
    }
    return pieces;
}

QString joinYamlPieces(const QList<YamlPiece> &pieces)
{
    QString text;
    for (const YamlPiece &piece : pieces)
        text += piece.text;
    return text;
}

} // namespace trendweb
