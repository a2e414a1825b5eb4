// A three-way merge of one file of an edition by what the file is: edition.yaml and other
// YAML key by key, a lemma's front matter key by key and its body paragraph by paragraph,
// woordenlijst.dic as a set of words, review events never in conflict. Line endings are
// normalised first (a CRLF-only difference is no difference). What is left to decide is a
// list of small conflicts, each about one paragraph, one key or (removed on one side,
// changed on the other) the whole file.
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace trendweb {

struct ParagraphConflict
{
    enum class Kind { Paragraph, Key, File };
    Kind kind = Kind::Paragraph;
    int number = 0; // paragraphs: 1-based among the paragraph conflicts of the file
    QString key;    // keys: the YAML key, e.g. "title"
    // Paragraphs: the paragraphs of each side. Key: the key's lines as written (no element
    // where the side has no such key). File: the whole text (no element where it is removed).
    QStringList base;
    QStringList mine;
    QStringList theirs;
    QString decision; // "" (open), "mine", "theirs", "both" or "edit"
    QString edited;   // the text written by hand, for "edit"

    // Where the decision is kept: "3", "key:title" or "file".
    QString id() const;
    // As the command line and the app name it: "paragraph 3", "key title", "file".
    QString place() const;
};

// The paths each side changed since the two sides parted (e.g. "lemmas/x.md").
struct MergeContext
{
    QSet<QString> changedByMine;
    QSet<QString> changedByTheirs;
};

struct FileMerge
{
    enum class Layout { Markdown, Yaml, Whole };
    struct Piece
    {
        int conflict = -1; // index into `conflicts`, or -1 for merged text
        QStringList text;  // YAML: lines as one element; Markdown body: paragraphs
    };

    QString path;
    Layout layout = Layout::Whole;
    bool frontMatter = false; // Markdown: `head` is a front matter
    QList<Piece> head;        // YAML keys, concatenated
    QList<Piece> body;        // Markdown paragraphs, joined by blank lines
    QList<ParagraphConflict> conflicts;

    bool resolved() const;
    // The file is removed by the decision (Whole: the chosen side has no such file).
    bool removed() const;
    // The text with every decision applied; open conflicts keep mine.
    QString text() const;
};

bool isMergedByStructure(const QString &path); // .md, .yaml/.yml, .dic: text we understand

// Absent sides are std::nullopt (added on both sides: no base; removed on one side).
FileMerge mergeFile(const QString &path, const std::optional<QString> &base,
                    const std::optional<QString> &mine, const std::optional<QString> &theirs,
                    const MergeContext &context = {});

// Why `text` must not become file `path` of the edition at `root`, in Dutch; nothing when it
// may. Only problems that neither `mine` nor `theirs` already had count.
std::optional<QString> resolutionProblem(const QString &root, const QString &path,
                                         const QString &text, const QString &mine,
                                         const QString &theirs);

} // namespace trendweb
