// HET WEB for the site: the lemmas as lettered nodes on a circle with the rode
// draden above and arrows for the cross-links; hovering or focusing a lemma
// lights up its links. A list of the links beside it serves screen readers.
#pragma once

#include "edition.h"

namespace trendweb {

struct WebGraphLinks
{
    QString lemma = QStringLiteral("lemmas/%1.html"); // %1: the slug
    QString thread = QStringLiteral("draden/%1.html");
    QString script = QStringLiteral("web.js");
};

QString webGraphHtml(const Edition &edition, const WebGraphLinks &links = {});
QString webGraphScript();

} // namespace trendweb
