// HET WEB for the site: the lemmas as lettered nodes on a circle with the rode
// draden above and arrows for the cross-links; hovering or focusing a lemma
// lights up its links. A list of the links beside it serves screen readers.
#pragma once

#include "edition.h"

namespace trendweb {

QString webGraphHtml(const Edition &edition);
QString webGraphScript();

} // namespace trendweb
