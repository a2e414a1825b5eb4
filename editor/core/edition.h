// The edition as the core sees it: edition.yaml, the lemmas in their order
// (letters follow from it), the rode draden and the introduction.
#pragma once

#include "diagnostic.h"
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
};

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
    qsizetype bodyOffset = 0; // where the Markdown body starts in `text`
    int bodyFirstLine = 1;

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
    Diagnostics diagnostics; // problems met while loading

    const Document *lemma(const QString &slug) const;
    int lemmaIndex(const QString &slug) const;
};

// "A" for 0 … "Z" for 25, then "AA", "AB", … as spreadsheets count.
QString letterForIndex(int index);

} // namespace trendweb
