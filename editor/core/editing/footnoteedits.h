// The footnotes of one lemma as the Voetnoten panel edits them: a new note at the cursor
// with a label of its own, its text, its removal with every reference. Each takes the text
// as it stands in the editor and returns the new text; numbers are made at render time.
#pragma once

#include "result.h"

#include <QList>
#include <QString>

class QRandomGenerator;

namespace trendweb {

// A label no note of the text uses yet: one more than the highest number a label starts
// with, and four random characters ("15-k3fq"), so that two authors adding a note to the
// same lemma at once never pick the same label. `random` defaults to the global generator.
QString newFootnoteLabel(const QString &text, QRandomGenerator *random = nullptr);

struct FootnoteInsertion
{
    QString text;          // the lemma with the reference and an empty definition
    QString label;         // the new note's label
    int referenceEnd = 0;  // just after the inserted "[^label]"
    int definitionEnd = 0; // the end of the new "[^label]: " line, where its text goes
};
// Inserts a reference at `position` (which must be in the body) and its definition
// among the others, after the note referenced just before it.
Result<FootnoteInsertion> insertFootnote(const QString &text, int position);

// Replaces the text of the note's definition (continuation lines included).
Result<QString> setFootnoteText(const QString &text, const QString &label, const QString &noteText);

// Removes the note's definition and every reference to it; other notes stay as they are.
Result<QString> deleteFootnote(const QString &text, const QString &label);

// Where the note is referenced (offsets in the whole text), in order.
QList<int> footnoteReferencePositions(const QString &text, const QString &label);
// Where the note's text starts in its definition; -1 when it has none.
int footnoteDefinitionPosition(const QString &text, const QString &label);

} // namespace trendweb
