// A conflict per lemma, paragraph by paragraph: base, mine and theirs, and
// the author's decision for each. Decisions live inside .git until the merge
// is committed or aborted; the lemma file always holds readable text, never
// conflict markers.
#pragma once

#include "git/repository.h"
#include "versions/textdiff.h"

namespace trendweb {

struct ParagraphConflict
{
    int number = 0; // 1-based, among the conflicts of this lemma
    QStringList base;
    QStringList mine;
    QStringList theirs;
    QString decision; // "" (open), "mine", "theirs", "both" or "edit"
    QString edited;   // the text written by hand, for "edit"
};

struct LemmaConflict
{
    QString path;
    QList<MergeChunk> chunks;
    QList<ParagraphConflict> paragraphs;

    bool resolved() const;
    // The text with every decision applied; open conflicts keep my paragraphs.
    QString text() const;
};

Result<QList<LemmaConflict>> lemmaConflicts(const git::Repository &repository);

// Decides one conflicting paragraph (`number`), or all of them (0), of a file.
// The file is rewritten; once every paragraph is decided, the file is resolved.
Result<void> resolveParagraphs(git::Repository &repository, const QString &path,
                               const QString &take, int number = 0, const QString &edited = {});

// Forgets the decisions (after the merge is committed or aborted).
void clearConflictDecisions(const git::Repository &repository);

} // namespace trendweb
