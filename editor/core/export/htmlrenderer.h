// One renderer for the lemma pages of the site and the editor's preview: the
// Markdown through cmark-gfm in its safe mode (raw HTML and script URLs never
// pass), footnotes numbered as the reader meets them, figures at their marker as
// "Figuur N", and the "Lees meer over" links.
#pragma once

#include "edition.h"

#include <QString>
#include <QUrl>

namespace trendweb {

struct RenderOptions
{
    // How a link to another lemma is written: "%1" is the slug ("%1.html", "../%1/").
    QString lemmaLink = QStringLiteral("%1.html");
    // Block elements carry data-sourcepos="line:col-line:col" (the preview follows the
    // editor by source line with it).
    bool sourcePositions = false;
    // What goes before the image of a figure, its path in the edition URL-encoded
    // ("figures/<slug>/<file>"): "../" from a page in a folder, "/" for hugo.
    QString imagePrefix;
    // The edition folder. A figure shows its image only when that is a file in the edition's
    // figures/ folder (figureimages.h); otherwise, and without a folder, its caption is
    // shown on its own line, saying "Afbeelding nog niet beschikbaar.".
    QString editionRoot;
};

// The Markdown body of a document as safe HTML, with lemma links rewritten.
QString renderMarkdown(const QString &markdown, const RenderOptions &options = {});

// The body of a lemma page: title with letter, text, figures, footnotes, "Lees meer over".
QString renderLemma(const Edition &edition, const Document &lemma,
                    const RenderOptions &options = {});

// The body and the figures of any document (lemma, thread, introduction): each figure at
// its marker line (bodymarkers.h) as "Figuur N" with caption and source, numbered in text
// order; figures without a marker after the text. Notes are numbered by first reference,
// figure captions included; a run of references reads "5,6,7"; a note without text says
// "Bron volgt.".
QString renderDocument(const Document &document, const RenderOptions &options = {});

// The CSS of figures and notes in a lemma's text, part of the site's stylesheet.
QString lemmaBodyStylesheet();

QString escapeHtml(const QString &text);

// The editor's preview of a lemma: the page as the site shows it, with the site's
// stylesheet, source lines on every block, lemma links as "lemma:<slug>" and figure
// images as file URLs into the edition.
QString previewHtml(const Edition &edition, const Document &lemma);

// The address the preview page is loaded at: the edition folder, so that the web
// engine lets the page show the images in it.
QUrl previewBaseUrl(const Edition &edition);

} // namespace trendweb
