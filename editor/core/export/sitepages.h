// The pages of the exported site: home (cover, reading guide, contents, colophon),
// HET WEB, DE LIJST, the rode draden and every lemma, and the stylesheet.
#pragma once

#include "edition.h"
#include "export/sitelinks.h"

#include <QDate>
#include <QList>

namespace trendweb {

struct SitePage
{
    QString path; // relative to the site's root
    QString html; // or CSS
};

// `made` is the date the colophon gives.
QList<SitePage> sitePages(const Edition &edition, const QDate &made);

// The frame of every page, static and Hugo alike: Dutch, a skip link, the menu, one main
// landmark and the footer. `titleHtml` and `bodyHtml` are put in as they are.
QString pageFrame(const Edition &edition, const SiteLinks &links, const QString &titleHtml,
                  const QString &bodyHtml);

// The stylesheet shared by the site and the editor's preview.
QString siteStylesheet();

} // namespace trendweb
