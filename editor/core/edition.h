// The edition as the core sees it: edition.yaml, the lemmas in their order
// (letters follow from it), the rode draden and the introduction.
#pragma once

#include "bodymarkers.h"
#include "diagnostic.h"
#include "footnotes.h"
#include "markdown/markdowndocument.h"
#include "yaml/yamldocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trendweb {

struct Figure
{
    QString id;
    QString caption;
    QString source;
    QString note; // the footnote label that cites the source
    QString image;
    QString alt;
    bool numbered = true; // false: printed without "Figuur N"
};

// An inline link in the body to another lemma: [tekst](slug.md).
struct LemmaLink
{
    QString slug;
    int line = 0; // in the body
    int column = 0;
};

// The slug of a link target such as "woningbouw.md" or "../lemmas/woningbouw.md#kop";
// empty when the target is not a lemma.
QString lemmaSlugFromLink(const QString &url);
bool isLemmaLink(const QString &url);

// One Markdown file with YAML front matter: a lemma, a rode draad or the introduction.
struct Document
{
    enum class Kind { Lemma, Thread, Intro };

    Kind kind = Kind::Lemma;
    QString slug;
    QString path;        // relative to the edition root, e.g. "lemmas/woningbouw.md"
    QString letter;      // lemmas only: "A", "B", …
    bool loaded = false; // false when the file is missing or unreadable

    QString title;
    QString status; // draft | review | final
    QStringList authors;
    QStringList related; // slugs of other lemmas ("Lees meer over")
    QList<Figure> figures;

    QString text; // the whole file as read
    YamlDocument frontMatter;
    bool frontMatterParsed = false; // false when missing or not valid YAML
    qsizetype bodyOffset = 0;       // where the Markdown body starts in `text`
    int bodyFirstLine = 1;

    MarkdownDocument markdown; // the body; its lines count from the body's first line
    QList<Footnote> footnotes; // in rendered order
    QList<LemmaLink> lemmaLinks;
    QList<BodyMarker> markers; // figure places and lost lists/tables, in reading order
    Diagnostics diagnostics;   // findings about this file alone

    QString body() const { return text.mid(bodyOffset); }
    QString displayTitle() const { return title.isEmpty() ? slug : title; }
};

struct EditionInfo
{
    QString title;
    int year = 0;
    int number = 0; // the how-manieth edition
    QString publisher;
    QString councilPeriod;
    QStringList lemmaOrder;
    QStringList threadOrder;
};

struct Edition
{
    QString root; // absolute path of the edition folder
    EditionInfo info;
    QList<Document> lemmas;  // in edition.yaml order
    QList<Document> threads; // in edition.yaml order
    QList<Document> intro;   // intro.md, when present
    Diagnostics diagnostics; // about edition.yaml and the folder as a whole

    const Document *lemma(const QString &slug) const;
    int lemmaIndex(const QString &slug) const;
    // The lemmas that link to `slug` ("Gelinkt vanuit"), in letter order.
    QStringList backlinks(const QString &slug) const;
    // Puts a re-parsed document in the place of the one with the same path; the
    // letter stays. Returns false when the edition has no such document.
    bool replaceDocument(Document document);
};

// "A" for 0 … "Z" for 25, then "AA", "AB", … as spreadsheets count.
QString letterForIndex(int index);

} // namespace trendweb
