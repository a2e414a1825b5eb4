// Checking the spelling of a whole edition, for `trendweb spellcheck`.
#pragma once

#include "edition.h"
#include "spelling/speller.h"

namespace trendweb {

struct Misspelling
{
    QString word;
    QString file;
    int line = 0;
    int column = 0;
};

// Every unknown word of every lemma, thread and the introduction, in file order.
QList<Misspelling> spellcheckEdition(const Edition &edition, Speller &speller);

// The edition's shared word list, and the author's personal one.
QString sharedWordListPath(const QString &editionRoot); // <root>/woordenlijst.dic
QString personalWordListPath();                         // in the user's config folder

// Adds a word to a word list in hunspell's format (the count on the first line is kept
// right), creating the file when needed. The write is atomic.
Result<void> addToWordList(const QString &path, const QString &word);

} // namespace trendweb
