// Differences between versions of a lemma as a writer reads them: word by
// word for prose, paragraph by paragraph for merging.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace trendweb {

struct DiffPiece
{
    enum Kind { Same, Removed, Added } kind = Same;
    QString text;
};

// Word-level difference: words and the spaces between them, as removed / added / same.
QList<DiffPiece> wordDiff(const QString &before, const QString &after);

// As git's --word-diff prints it: [-removed-]{+added+}.
QString wordDiffText(const QList<DiffPiece> &diff);

// As rich text for Qt's labels: removed words struck through on red, added ones underlined
// on green (the marks do not rely on colour alone).
QString wordDiffHtml(const QList<DiffPiece> &diff);

// A lemma's text cut into paragraphs (separated by blank lines), and joined back.
QStringList paragraphs(const QString &text);
QString joinParagraphs(const QStringList &paragraphs);

// A three-way merge by paragraph: base, mine and theirs.
struct MergeChunk
{
    bool conflict = false;
    QStringList base;   // the paragraphs as they were
    QStringList mine;   // as I have them
    QStringList theirs; // as the others have them
    QStringList merged; // the result, for chunks without conflict
};

QList<MergeChunk> mergeParagraphs(const QString &base, const QString &mine, const QString &theirs);

} // namespace trendweb
