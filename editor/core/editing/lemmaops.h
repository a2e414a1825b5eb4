// Adding and removing lemmas. Like a rename, these edit the edition's files as text
// (layout and comments stay) and write nothing until every change is known.
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

class QRegularExpression;

namespace trendweb {

// `slug` as a whole token: not part of a longer slug.
QRegularExpression slugToken(const QString &slug);

// The documents that may refer to a lemma (lemmas, rode draden, the introduction),
// relative to the edition root.
QStringList documentPaths(const QString &root);

// The slug a title gets: lower case, accents dropped, words joined by "-"
// ("Bestaans(on)zekerheid & één" → "bestaans-on-zekerheid-een").
QString slugFromTitle(const QString &title);

// A new draft lemma with this title at the end of edition.yaml, with the
// "Relevantie" section every lemma has. Returns its slug.
Result<QString> createLemma(const QString &root, const QString &title);

// Moves the lemma one place up (-1) or down (+1) in edition.yaml; the letters follow the
// order. Returns false with a reason at either end of the list or when it is not there.
Result<void> moveLemma(const QString &root, const QString &slug, int step);

// The lemmas and rode draden that refer to `slug` (related lists and inline links), as paths.
QStringList referencesTo(const QString &root, const QString &slug);

// Removes the lemma. Refused while other documents refer to it, unless `removeLinks`:
// then its entries leave their related lists and inline links to it become plain text,
// in the same step. Returns the files written or removed.
Result<QStringList> deleteLemma(const QString &root, const QString &slug, bool removeLinks);

} // namespace trendweb
