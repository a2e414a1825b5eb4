// The pages of the exported site: home with the introduction, HET WEB, DE
// LIJST, the rode draden and every lemma, and the stylesheet.
#pragma once

#include "edition.h"

#include <QList>

namespace trendweb {

struct SitePage
{
    QString path; // relative to the site's root
    QString html; // or CSS
};

QList<SitePage> sitePages(const Edition &edition);

// The stylesheet shared by the site and the editor's preview.
QString siteStylesheet();

} // namespace trendweb
