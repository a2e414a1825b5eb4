// HET WEB for the site: the rode draden as numbered buttons above, the lemmas on a
// circle, each with its letter and, beside it, its title (as the print names them),
// and arrows for the cross-links; hovering or focusing a lemma lights up its links.
// The list of the links beside it serves screen readers and small screens.
#pragma once

#include "edition.h"
#include "export/sitelinks.h"

namespace trendweb {

QString webGraphHtml(const Edition &edition, const SiteLinks &links = {});
// The drawing alone, an <svg> whose parts carry the classes the site's stylesheet draws
// (.draad, .knoop, .teken, .titel, line); the print edition draws it with its own.
QString webGraphSvg(const Edition &edition, const SiteLinks &links = {});
QString webGraphScript();

} // namespace trendweb
