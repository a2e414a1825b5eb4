// Find and replace, in one text and across the edition. Plain text (no patterns), as
// authors search: ignoring case unless asked, whole words when asked.
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trendweb {

struct Edition;

struct SearchOptions
{
    bool caseSensitive = false;
    bool wholeWords = false;
};

// Where `query` occurs in `text`, as character offsets, without overlaps.
QList<int> findAll(const QString &text, const QString &query, const SearchOptions &options);

// The text with every occurrence replaced; `count` says how many.
QString replaceAll(const QString &text, const QString &query, const QString &replacement,
                   const SearchOptions &options, int *count = nullptr);

struct SearchHit
{
    QString path;  // relative to the edition root
    QString title; // of the lemma, rode draad or introduction
    QString letter;
    int start = 0; // in the file's text
    int length = 0;
    int line = 0; // 1-based
    int column = 0;
    QString before; // some words of context on either side, on one line
    QString match;
    QString after;
};

// Every occurrence in the lemmas (in letter order), the rode draden and the introduction,
// in the texts as the edition holds them (an open, unsaved text included).
QList<SearchHit> searchEdition(const Edition &edition, const QString &query,
                               const SearchOptions &options);

// Replaces every occurrence in these files (relative paths) of the edition on disk. All
// files are read before any is written; each is written atomically, and when one cannot
// be written the others get their text back. Returns the files changed and, in `count`,
// how many replacements were made.
Result<QStringList> replaceInFiles(const QString &root, const QStringList &paths,
                                   const QString &query, const QString &replacement,
                                   const SearchOptions &options, int *count = nullptr);

} // namespace trendweb
