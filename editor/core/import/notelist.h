// Numbered note lists and the web addresses printed after them, as they come
// out of the extraction: "12<TAB>Text", continuation lines, then the URLs.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace trendweb::import {

struct SeedLine
{
    int number = 0; // 1-based line of the seed
    QString text;
};

struct ExtractedNote
{
    int number = 0;
    QString text;
    int lineCount = 0; // how many lines it took in the seed
    int seedLine = 0;
    QStringList urls;
};

// Reads the notes among `lines` (other lines are left for the caller); URL lines go to `urls`.
QList<ExtractedNote> parseNotes(const QList<SeedLine> &lines, QList<SeedLine> &urls,
                                const QStringList &keepHyphen, QList<SeedLine> &unplaced);

// Pairs the URLs with the notes in order: each note that is not "Idem" takes one, and
// takes more (up to its number of lines) when they repeat its own or fit it better than
// the next note. Returns the URLs left over.
QList<SeedLine> pairUrls(QList<ExtractedNote> &notes, const QList<SeedLine> &urls);

// A URL as written in Markdown: spaces and angle brackets encoded.
QString encodeUrl(const QString &url);

} // namespace trendweb::import
