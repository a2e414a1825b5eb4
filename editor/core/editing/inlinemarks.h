// The footnote references and lemma links in a lemma's text, found fast enough to be
// looked for again on every keystroke: the editor shows a reference as its note's number
// and a link with its lemma's letter.
#pragma once

#include <QList>
#include <QString>

namespace trendweb {

struct InlineMark
{
    enum class Kind { Note, Link };
    Kind kind = Kind::Note;
    int start = 0; // "[^label]" whole, or the "(slug.md)" of "[text](slug.md)"
    int length = 0;
    QString key; // the note's label, or the linked lemma's slug
};

// Every reference "[^label]" (not a definition "[^label]:" at the start of a line) and
// every link target "(slug.md)" of a link to a lemma, from `from` on, in text order.
QList<InlineMark> inlineMarks(const QString &text, int from = 0);

} // namespace trendweb
