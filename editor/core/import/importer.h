// `trendweb import`: an edition from the text extraction of a published one,
// driven by an import plan. Writes edition.yaml, intro.md, threads/ and lemmas/.
#pragma once

#include "result.h"

#include <QStringList>

namespace trendweb::import {

struct ImportResult
{
    QStringList report; // what could not be placed, "regel N: reason", for an editor to look at
    int lemmas = 0;
    int footnotes = 0;
    int figures = 0;
};

Result<ImportResult> importEdition(const QString &planPath, const QString &seedPath,
                                   const QString &outputDir);

} // namespace trendweb::import
