// The outline of a lemma: its headings and the places of its figures, in reading
// order, with where each starts in the file, to jump through a long text.
#pragma once

#include <QList>
#include <QString>

namespace trendweb {

struct OutlineEntry
{
    enum class Kind { Heading, Figure };
    Kind kind = Kind::Heading;
    int level = 1; // a heading's level (## is 2); a figure one deeper than its heading
    QString title; // the heading's text, or "Figuur 3: caption" (the caption alone when unnumbered)
    int position = 0; // where the line starts in the file's text
};

// The outline of a lemma file's text (front matter and body). Headings are ATX headings
// ("## Kop") outside fenced code; figures are their markers ("[[figuur: id]]"), titled
// with their number and caption from the front matter.
QList<OutlineEntry> lemmaOutline(const QString &text);

} // namespace trendweb
