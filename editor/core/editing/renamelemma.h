// Renaming a lemma: a new slug and/or title, after which every reference in the
// edition follows — edition.yaml, the related lists of lemmas and rode draden,
// inline links, the figures folder and the review files. Files are edited as
// text (their layout and comments stay), and nothing is written until every
// change is known to be possible.
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace trendweb {

// True for a usable slug: lower-case letters and digits in parts joined by "-".
bool isValidSlug(const QString &slug);

// Renames `oldSlug` to `newSlug` (which may equal `oldSlug` to change only the title;
// an empty `newTitle` keeps the title). Returns the files written or moved, relative to
// the edition root, or a Dutch message saying why nothing was changed.
Result<QStringList> renameLemma(const QString &root, const QString &oldSlug, const QString &newSlug,
                                const QString &newTitle = {});

} // namespace trendweb
