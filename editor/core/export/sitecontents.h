// The bodies of the pages that make the site read like the printed report, the same
// for the static and the Hugo site: the home page (cover, reading guide, contents,
// colophon), DE LIJST as an index, and a rode draad with its number.
#pragma once

#include "edition.h"
#include "export/sitelinks.h"

#include <QDate>

namespace trendweb {

struct RenderOptions;

// The date a site is made: today, or SOURCE_DATE_EPOCH when set (reproducible builds).
QDate siteDate();

// "Derde editie": the edition's number in words.
QString editionName(int number);

// The text of a page's <title>: "Ambt onder druk — Trendweb 2025"; the edition's own
// title alone for the home page (an empty `title`).
QString pageTitle(const Edition &edition, const QString &title);

QString homeBody(const Edition &edition, const SiteLinks &links, const RenderOptions &options,
                 const QDate &made);
QString listBody(const Edition &edition, const SiteLinks &links);
// `index` is the thread's place in the edition, from 0; the page shows it from 1.
QString threadBody(const Edition &edition, int index, const RenderOptions &options);

} // namespace trendweb
