#include "versions/filemerge.h"

#include "editionloader.h"
#include "frontmatter.h"
#include "messages.h"
#include "validation/schemavalidator.h"
#include "versions/entrymerge.h"
#include "versions/textdiff.h"
#include "versions/yamlmerge.h"
#include "yaml/yamldocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace trendweb {

namespace {

QString normalised(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

std::optional<QString> normalised(const std::optional<QString> &text)
{
    return text ? std::optional<QString>(normalised(*text)) : std::nullopt;
}

void setClean(FileMerge &merge, const std::optional<QString> &text)
{
    merge.head.clear();
    merge.body.clear();
    merge.conflicts.clear();
    if (!text) { // removed on both sides
        merge.layout = FileMerge::Layout::Whole;
        return;
    }
    merge.layout = FileMerge::Layout::Yaml;
    merge.head.append(FileMerge::Piece{-1, {*text}});
}

QString side(const QStringList &list)
{
    return list.value(0);
}

QStringList present(const std::optional<QString> &text)
{
    return text ? QStringList{*text} : QStringList{};
}

// A hunspell word list: a count line, then a word (with its affix flags) per line.
bool isCountLine(const QString &line)
{
    bool number = false;
    line.trimmed().toInt(&number);
    return number;
}

QList<ListEntry> words(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && isCountLine(lines.first()))
        lines.removeFirst();
    QList<ListEntry> entries;
    QSet<QString> seen;
    for (const QString &line : std::as_const(lines)) {
        const QString word = line.trimmed();
        if (word.isEmpty() || seen.contains(word))
            continue;
        seen.insert(word);
        entries.append({word, word, word});
    }
    return entries;
}

QString mergeWordList(const QString &base, const QString &mine, const QString &theirs)
{
    const auto merged = mergeEntries(words(base), words(mine), words(theirs));
    QStringList lines;
    for (const MergedEntry &entry : *merged) // one value per word: never a conflict
        lines.append(entry.text);
    return QString::number(lines.size()) + QLatin1Char('\n') +
           (lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

// Paragraph chunks into pieces and conflicts.
void addParagraphs(FileMerge &merge, const QString &base, const QString &mine,
                   const QString &theirs)
{
    int number = 0;
    for (const MergeChunk &chunk : mergeParagraphs(base, mine, theirs)) {
        if (!chunk.conflict) {
            merge.body.append(FileMerge::Piece{-1, chunk.merged});
            continue;
        }
        ParagraphConflict conflict;
        conflict.number = ++number;
        conflict.base = chunk.base;
        conflict.mine = chunk.mine;
        conflict.theirs = chunk.theirs;
        merge.body.append(FileMerge::Piece{int(merge.conflicts.size()), {}});
        merge.conflicts.append(conflict);
    }
}

bool addYaml(FileMerge &merge, const QString &base, const QString &mine, const QString &theirs,
             const KeepRemoved &keepRemoved = {}, bool mineWins = false)
{
    const auto pieces = mergeYamlMapping(base, mine, theirs, keepRemoved);
    if (!pieces)
        return false;
    for (const YamlPiece &piece : *pieces) {
        if (!piece.conflict || mineWins) {
            merge.head.append(FileMerge::Piece{-1, {piece.text}});
            continue;
        }
        ParagraphConflict conflict;
        conflict.kind = ParagraphConflict::Kind::Key;
        conflict.key = piece.key;
        conflict.base = present(piece.base);
        conflict.mine = present(piece.mine);
        conflict.theirs = present(piece.theirs);
        merge.head.append(FileMerge::Piece{int(merge.conflicts.size()), {}});
        merge.conflicts.append(conflict);
    }
    return true;
}

void wholeFileConflict(FileMerge &merge, const std::optional<QString> &base,
                       const std::optional<QString> &mine, const std::optional<QString> &theirs)
{
    merge.layout = FileMerge::Layout::Whole;
    ParagraphConflict conflict;
    conflict.kind = ParagraphConflict::Kind::File;
    conflict.base = present(base);
    conflict.mine = present(mine);
    conflict.theirs = present(theirs);
    merge.conflicts = {conflict};
}

void mergeMarkdown(FileMerge &merge, const QString &base, const QString &mine,
                   const QString &theirs)
{
    merge.layout = FileMerge::Layout::Markdown;
    const FrontMatterSplit b = splitFrontMatter(base);
    const FrontMatterSplit m = splitFrontMatter(mine);
    const FrontMatterSplit t = splitFrontMatter(theirs);
    const bool closed = m.closed && t.closed && (b.closed || base.isEmpty());
    if (closed && addYaml(merge, b.yaml, m.yaml, t.yaml)) {
        merge.frontMatter = true;
        addParagraphs(merge, base.mid(b.bodyOffset), mine.mid(m.bodyOffset),
                      theirs.mid(t.bodyOffset));
        return;
    }
    // A front matter that cannot be read key by key: the whole text by paragraph.
    merge.head.clear();
    merge.conflicts.clear();
    addParagraphs(merge, base, mine, theirs);
}

} // namespace

QString ParagraphConflict::id() const
{
    switch (kind) {
    case Kind::Key:
        return QStringLiteral("key:") + key;
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Paragraph:
        break;
    }
    return QString::number(number);
}

QString ParagraphConflict::place() const
{
    switch (kind) {
    case Kind::Key:
        return QStringLiteral("key ") + key;
    case Kind::File:
        return QStringLiteral("file");
    case Kind::Paragraph:
        break;
    }
    return QStringLiteral("paragraph %1").arg(number);
}

bool FileMerge::resolved() const
{
    return std::all_of(conflicts.begin(), conflicts.end(),
                       [](const ParagraphConflict &c) { return !c.decision.isEmpty(); });
}

bool FileMerge::removed() const
{
    if (layout != Layout::Whole)
        return false;
    if (conflicts.isEmpty())
        return true; // removed on both sides
    const ParagraphConflict &c = conflicts.first();
    if (c.decision == QLatin1String("edit"))
        return false;
    return c.decision == QLatin1String("theirs") ? c.theirs.isEmpty() : c.mine.isEmpty();
}

QString FileMerge::text() const
{
    if (layout == Layout::Whole) {
        if (conflicts.isEmpty())
            return {};
        const ParagraphConflict &c = conflicts.first();
        if (c.decision == QLatin1String("edit"))
            return c.edited;
        return c.decision == QLatin1String("theirs") ? side(c.theirs) : side(c.mine);
    }
    QString head;
    for (const Piece &piece : this->head) {
        if (piece.conflict < 0) {
            head += piece.text.join(QString());
            continue;
        }
        const ParagraphConflict &c = conflicts[piece.conflict];
        if (c.decision == QLatin1String("theirs")) {
            head += side(c.theirs);
        } else if (c.decision == QLatin1String("edit")) {
            QString lines = c.edited;
            if (!lines.startsWith(c.key + QLatin1Char(':')))
                lines = c.key + QStringLiteral(": ") + lines;
            if (!lines.endsWith(QLatin1Char('\n')))
                lines += QLatin1Char('\n');
            head += lines;
        } else {
            head += side(c.mine);
        }
    }
    if (layout == Layout::Yaml)
        return head;
    QStringList body;
    for (const Piece &piece : this->body) {
        if (piece.conflict < 0) {
            body += piece.text;
            continue;
        }
        const ParagraphConflict &c = conflicts[piece.conflict];
        if (c.decision == QLatin1String("theirs"))
            body += c.theirs;
        else if (c.decision == QLatin1String("both"))
            body += c.mine + c.theirs;
        else if (c.decision == QLatin1String("edit"))
            body += trendweb::paragraphs(c.edited);
        else
            body += c.mine;
    }
    const QString text = joinParagraphs(body);
    return frontMatter ? QStringLiteral("---\n") + head + QStringLiteral("---\n") + text : text;
}

bool isMergedByStructure(const QString &path)
{
    return path.endsWith(QLatin1String(".md")) || path.endsWith(QLatin1String(".yaml")) ||
           path.endsWith(QLatin1String(".yml")) || path.endsWith(QLatin1String(".dic"));
}

FileMerge mergeFile(const QString &path, const std::optional<QString> &baseText,
                    const std::optional<QString> &mineText,
                    const std::optional<QString> &theirsText, const MergeContext &context)
{
    FileMerge merge;
    merge.path = path;
    const auto base = normalised(baseText);
    const auto mine = normalised(mineText);
    const auto theirs = normalised(theirsText);
    // Only one side changed it, or both the same way: that side's text as it is. But a lemma
    // dropped from edition.yaml's list on one side may have been edited on the other.
    const bool edition = path == QLatin1String("edition.yaml") && mine && theirs;
    if (mine == theirs || (theirs == base && !edition)) {
        setClean(merge, mineText);
        return merge;
    }
    if (mine == base && !edition) {
        setClean(merge, theirsText);
        return merge;
    }
    const bool review = path.startsWith(QLatin1String("review/"));
    if (!mine || !theirs) {
        // Removed on one side and changed on the other. A review event is never lost.
        if (review)
            setClean(merge, mine ? mineText : theirsText);
        else
            wholeFileConflict(merge, base, mine, theirs);
        return merge;
    }
    const QString b = base.value_or(QString());
    if (path.endsWith(QLatin1String(".dic"))) {
        setClean(merge, mergeWordList(b, *mine, *theirs));
        return merge;
    }
    if (path.endsWith(QLatin1String(".md"))) {
        mergeMarkdown(merge, b, *mine, *theirs);
        return merge;
    }
    if (path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml"))) {
        merge.layout = FileMerge::Layout::Yaml;
        const KeepRemoved keep = [&context](const QString &key, const QString &id,
                                            bool removedByMine) {
            QString file;
            if (key == QLatin1String("lemmas"))
                file = lemmaPath(id);
            else if (key == QLatin1String("threads"))
                file = threadPath(id);
            else
                return false;
            return (removedByMine ? context.changedByTheirs : context.changedByMine).contains(file);
        };
        // Review events: two reviewers never wait for each other; my lines win a tie.
        if (addYaml(merge, b, *mine, *theirs, edition ? keep : KeepRemoved(), review))
            return merge;
        if (edition && (mine == base || theirs == base)) { // not YAML we can read: as Git would
            setClean(merge, mine == base ? theirsText : mineText);
            return merge;
        }
        if (review) {
            setClean(merge, mineText);
            return merge;
        }
    }
    wholeFileConflict(merge, base, mine, theirs);
    return merge;
}

namespace {

QStringList problemsOf(const QString &root, const QString &path, const QString &text)
{
    QStringList problems;
    if (path.endsWith(QLatin1String(".md"))) {
        const Document::Kind kind = path.startsWith(QLatin1String("threads/"))
                                        ? Document::Kind::Thread
                                    : path == QLatin1String("intro.md") ? Document::Kind::Intro
                                                                        : Document::Kind::Lemma;
        const Document document = parseDocument(text, path, kind, root);
        for (const Diagnostic &diagnostic : document.diagnostics) {
            if (diagnostic.severity == Severity::Error)
                problems.append(diagnostic.messageNl);
        }
        // A front matter inside the body reads as text in every export.
        static const QRegularExpression secondFrontMatter(
            QStringLiteral("(?:^|\\n\\n)---[ \\t]*\\n[A-Za-z_][\\w-]*:"));
        if (secondFrontMatter.match(normalised(text).mid(splitFrontMatter(text).bodyOffset))
                .hasMatch())
            problems.append(
                GitText::tr("er zou een tweede kop (front matter) midden in de tekst staan"));
        return problems;
    }
    if (path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml"))) {
        const auto yaml = parseYaml(text, path);
        if (!yaml) {
            problems.append(yaml.error().message);
            return problems;
        }
        if (path != QLatin1String("edition.yaml"))
            return problems;
        for (const Diagnostic &diagnostic :
             validateAgainstSchema(SchemaKind::Edition, yaml.value(), path))
            problems.append(diagnostic.messageNl);
    }
    return problems;
}

// The lemmas and threads the list names that have no file (in the folder as it is now).
QStringList missingFiles(const QString &root, const QString &path, const QString &text)
{
    QStringList problems;
    if (path != QLatin1String("edition.yaml"))
        return problems;
    const auto yaml = parseYaml(text, path);
    if (!yaml)
        return problems;
    {
        const QJsonObject edition = yaml->root.toObject();
        for (const auto &[key, folder] : {std::pair{QLatin1String("lemmas"), &lemmaPath},
                                          std::pair{QLatin1String("threads"), &threadPath}}) {
            for (const QJsonValue &slug : edition.value(key).toArray()) {
                if (!QFileInfo::exists(QDir(root).filePath(folder(slug.toString()))))
                    problems.append(
                        GitText::tr("%1 staat in de lijst, maar het bestand %2 bestaat niet")
                            .arg(slug.toString(), folder(slug.toString())));
            }
        }
    }
    return problems;
}

} // namespace

std::optional<QString> resolutionProblem(const QString &root, const QString &path,
                                         const QString &text, const QString &mine,
                                         const QString &theirs)
{
    QStringList problems = problemsOf(root, path, text);
    const QStringList known = problemsOf(root, path, mine) + problemsOf(root, path, theirs);
    problems.removeIf([&](const QString &problem) { return known.contains(problem); });
    problems += missingFiles(root, path, text);
    if (problems.isEmpty())
        return std::nullopt;
    problems.removeDuplicates();
    return GitText::tr("Deze keuze is niet uitgevoerd: %1 zou dan niet kloppen (%2). Er is niets "
                       "veranderd; kies iets anders of schrijf de tekst zelf.")
        .arg(path, problems.join(QStringLiteral("; ")));
}

} // namespace trendweb
