// Figures about an edition, as `trendweb stats` prints them.
#pragma once

#include "edition.h"

#include <QJsonObject>
#include <QList>

namespace trendweb {

struct DocumentStats
{
    QString slug;
    QString letter;
    QString title;
    int words = 0;
    int footnotes = 0; // distinct labels, referenced or defined
    int figures = 0;
    int crossLinks = 0;
};

struct EditionStats
{
    int lemmas = 0;
    int threads = 0;
    int words = 0; // lemmas, threads and introduction
    int footnotes = 0;
    int figures = 0;
    int crossLinks = 0;
    QList<DocumentStats> perLemma;
};

DocumentStats documentStats(const Document &document);
EditionStats editionStats(const Edition &edition);
QJsonObject toJson(const EditionStats &stats);

} // namespace trendweb
