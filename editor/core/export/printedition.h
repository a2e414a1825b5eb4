// The print edition as one HTML document for a CSS paged-media engine (weasyprint):
// cover, colophon, contents, reading guide, HET WEB on a page of its own, the rode
// draden, the lemmas A–T each from a new page, and DE LIJST as an index with page
// numbers. The text, notes and figures are rendered by the site's renderer, so that note
// and figure numbers are those of the site; only the links become references into the
// document ("#lemma-<slug>"), which the stylesheet turns into page numbers.
#pragma once

#include "edition.h"

#include <QDate>

namespace trendweb {

// The whole document: Dutch, its <title> the edition's title, the print stylesheet in it.
// `made` is the date the colophon gives. Figure images are addressed by their file URL.
QString printHtml(const Edition &edition, const QDate &made);

// A4 pages with running heads and page numbers, contents and index with page numbers
// (target-counter), a lemma per new page, figures kept with their captions, bookmarks.
QString printStylesheet();

// The anchor of a lemma in the document: "lemma-<slug>".
QString printLemmaAnchor(const QString &slug);

} // namespace trendweb
