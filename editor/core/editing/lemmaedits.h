// Edits of one lemma's text that the panels make: footnotes, the "Lees meer over" list
// and the figures. Each takes the text as it stands in the editor (saved or not) and
// returns the new text, so the editor applies it as one step that Ctrl+Z takes back.
#pragma once

#include "edition.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace trendweb {

// The one replacement that turns `before` into `after`: [start, end) of `before`
// becomes `text`. Empty (start == end, no text) when they are equal.
struct TextEdit
{
    int start = 0;
    int end = 0;
    QString text;
};
TextEdit minimalEdit(const QString &before, const QString &after);

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

// The slugs in the front matter's related list, in order.
QStringList relatedOf(const QString &text);
// Writes the related list in the front matter, in the style it had (block or flow).
Result<QString> setRelated(const QString &text, const QStringList &slugs);
Result<QString> addRelated(const QString &text, const QString &slug);
Result<QString> removeRelated(const QString &text, const QString &slug);
Result<QString> moveRelated(const QString &text, const QString &slug, int step);

// The figures in the front matter, and the text with this list written in their place
// (the other keys of the front matter stay as written).
QList<Figure> figuresOf(const QString &text);
Result<QString> setFigures(const QString &text, const QList<Figure> &figures);
// An id for a new figure from its caption, unused among `figures`.
QString figureIdFor(const QString &caption, const QList<Figure> &figures);

// Copies an image into figures/<slug>/ of the edition (another name when one with the
// same name but other content is there). Returns the path for `image`, relative to the root.
Result<QString> copyFigureImage(const QString &root, const QString &slug, const QString &file);

// A YAML scalar as the front matter writes it: plain where that reads the same, else quoted.
QString yamlScalar(const QString &value);

} // namespace trendweb
