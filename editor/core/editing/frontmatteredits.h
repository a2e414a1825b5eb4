// The front matter of one lemma as the Lees meer and Figuren panels edit it: the related
// list and the figures, written back in the style they had while the other keys stay as
// written; and images copied into the edition.
#pragma once

#include "edition.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trendweb {

struct TextEdit; // editing/lemmaedits.h

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

// Places figure `id` in the body: its marker line "[[figuur: id]]" (bodymarkers.h) as a
// paragraph of its own after the paragraph at `position` (at `position` when that is
// between paragraphs). A figure that was placed elsewhere moves: its old marker goes.
// `cursor` is set to the end of the new marker line.
struct FigurePlacement
{
    QString text;
    int cursor = 0;
};
Result<FigurePlacement> placeFigure(const QString &text, int position, const QString &id);

// Copies an image into figures/<slug>/ of the edition (another name when one with the
// same name but other content is there). Returns the path for `image`, relative to the root.
Result<QString> copyFigureImage(const QString &root, const QString &slug, const QString &file);
// Adds a figure with its image to lemma `slug`: the image copied into figures/<slug>/ and the
// figure written into the lemma's front matter together, or neither. Returns the figure's id.
Result<QString> addFigureWithImage(const QString &root, const QString &slug, const QString &file,
                                   Figure figure);

// A link to a lemma as the editor writes it, "[label](slug.md)", with the characters that
// would end or break the label ([, ] and \) escaped, so the link reads as the label.
QString lemmaLinkMarkdown(const QString &label, const QString &slug);

// A YAML scalar as the front matter writes it: plain where that reads the same, else quoted.
QString yamlScalar(const QString &value);

} // namespace trendweb
