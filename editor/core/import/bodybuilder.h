// Turns the body lines of one text of the extraction into clean Markdown:
// debris removed, broken lines and paragraphs joined, headings and lists
// marked, footnote references placed, figure captions collected.
#pragma once

#include "import/footnotereferences.h"
#include "import/importplan.h"
#include "import/notelist.h"

namespace trendweb::import {

struct ImportedFigure
{
    int number = 0; // "Figuur N"; 0 when the caption has no number
    QString caption;
    QString source;
    QString note; // the footnote label cited by the source
    int seedLine = 0;
    QString id;    // stable, from the caption
    int block = 0; // placed before this block of the body (its paragraphs and headings)
};

struct ImportedBody
{
    QString markdown;              // without footnote definitions, figures placed by markers
    QList<ImportedFigure> figures; // in the order of the text
    QStringList report;            // what could not be placed, with seed lines
};

ImportedBody buildBody(const QList<SeedLine> &lines, const ImportPlan &plan,
                       ReferenceDetector &references);

} // namespace trendweb::import
