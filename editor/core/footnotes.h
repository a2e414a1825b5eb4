// The footnotes of a lemma as authors and readers see them: a stable label,
// and a number that follows from the order of first reference.
#pragma once

#include "markdown/markdowndocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trendweb {

struct Footnote
{
    QString label;
    int number = 0;   // rendered number; 0 when the note is never referenced
    QString text;     // the note as written
    QStringList urls; // the web addresses in it, in order
    QString accessed; // the date after "Geraadpleegd op", when present
    int line = 0;     // line of the definition in the body; 0 when undefined
    int referenceCount = 0;

    bool defined() const { return line > 0; }
};

// In rendered order: referenced notes by number, then unreferenced ones as written.
// `figureReferences` are the notes cited by figures at their place in the text
// (bodymarkers.h): they count for the numbering, not in `referenceCount`.
QList<Footnote> footnotes(const MarkdownDocument &markdown,
                          const QList<FootnoteReference> &figureReferences = {});

// The addresses in a note's text: autolinks <…>, Markdown links and bare ones (http(s), and
// file: and ftp: ones, so that they can be reported).
QStringList urlsIn(const QString &text);

// True for an absolute http or https URL with a host.
bool isValidWebUrl(const QString &url);

} // namespace trendweb
