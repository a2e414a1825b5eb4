// The import plan: what an editor knows about one extracted edition that the
// text itself does not say (titles, aliases, where each text starts, which
// lines are debris). The importer holds no knowledge of any one edition.
#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace trendweb::import {

struct LineRange
{
    int first = 0;
    int last = 0; // inclusive
    bool contains(int line) const { return line >= first && line <= last; }
};

struct PlannedText
{
    QString slug;
    QString title;
    QStringList aliases;     // other wordings used in links
    QString printedTitle;    // the uppercase title as printed in the body, to remove
    QString start;           // the first words of the text: where it starts in the seed
    int startLine = 0;       // resolved from `start` (or given as `line`)
    QList<LineRange> ranges; // explicit line ranges (threads, intro), in reading order
    LineRange notes;         // explicit note list (threads)
};

// A figure the extraction lost entirely, known from the text that describes it.
struct LostFigure
{
    int line = 0; // placed with the text of this seed line
    int number = 0;
    QString caption;
    QString source;
    int note = 0;
};

// A correction of wording that only works in print ("op de volgende bladzijde").
struct Rewording
{
    int line = 0;
    QString text;
    QString replacement;
};

struct ImportPlan
{
    QString title;
    int year = 0;
    int edition = 0;
    QString publisher;
    QString councilPeriod;

    PlannedText intro;
    QList<PlannedText> threads;
    QList<PlannedText> lemmas;

    QList<LineRange> debris;         // chart labels, map titles, lost tables: never body text
    QSet<int> headings;              // lines that are headings although the rules say otherwise
    QSet<int> notHeadings;           // lines that look like headings but are not
    QList<LineRange> joinedHeadings; // a heading printed on two lines
    QSet<int> paragraphEnds;         // lines that end a paragraph although they end in a space
    QSet<int> captions;              // captions without "Figuur N:"
    QSet<int> captionContinuations;  // lines that belong to the caption above them
    QSet<int> runsOn; // lines that continue on the next although they end without a space
    // A printed list followed this line and was lost in the extraction → the note that
    // cited its source (0: none); the same for a table.
    QHash<int, int> lostLists;
    QHash<int, int> lostTables;
    QList<LostFigure> figureNotes; // the note of a figure whose source the extraction lost
    QList<LostFigure> lostFigures;
    QList<Rewording> rewordings;
    QList<Rewording> paragraphSplits; // a paragraph ends after `text` in this line
    QStringList keepHyphen;   // first parts whose line-end hyphen is a real one ("mbo", "niet")
    QStringList notFootnotes; // tokens whose digits are never a footnote ("Platform31")
    QString wordList;         // the edition's woordenlijst.dic, relative to the plan
};

Result<ImportPlan> readImportPlan(const QString &path);

// Resolves each lemma's `start` to a line of the seed; errors name what was not found.
Result<void> resolveStarts(ImportPlan &plan, const QStringList &seedLines);

} // namespace trendweb::import
