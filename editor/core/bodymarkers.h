// Lines of their own in a body that are editorial marks rather than text:
//   [[figuur: integrale-aanpak]]       places the figure with that id here
//   [[lijst ontbreekt in de bron]]     the printed edition had a list here that was lost
//   [[tabel ontbreekt in de bron]]     the same for a table; a note reference may follow
//                                      ("…bron]][^8]") for the note that cited its source
// Plain text an author can read, move and type; no Hugo shortcode, so that it is safe
// through every export. Markers inside fenced code are text.
#pragma once

#include "markdown/markdowndocument.h"

#include <QList>
#include <QString>

namespace trendweb {

struct Document;
struct Figure;

struct BodyMarker
{
    enum class Kind { Figure, MissingList, MissingTable };
    Kind kind = Kind::Figure;
    QString id;   // the figure's id (Figure only)
    int line = 0; // 1-based line in the body
    int column = 1;
};

// Every marker in `body`, in reading order.
QList<BodyMarker> bodyMarkers(const QString &body);

// The line that places figure `id`: "[[figuur: id]]".
QString figureMarker(const QString &id);

// A figure as the reader meets it: in the order of its marker (figures without one after
// the placed ones, in the front matter's order), with "Figuur N" counted over the
// numbered figures in that order.
struct FigureInText
{
    int index = 0;  // in Document::figures
    int line = 0;   // body line of its (first) marker; 0 when not placed
    int number = 0; // "Figuur N"; 0 for an unnumbered figure
};

QList<FigureInText> figuresInText(const QList<Figure> &figures, const QList<BodyMarker> &markers);

// The notes the figures cite, as references at their markers (unplaced figures after
// the last line), so that notes are numbered as the reader meets them.
QList<FootnoteReference> figureReferences(const Document &document);

} // namespace trendweb
