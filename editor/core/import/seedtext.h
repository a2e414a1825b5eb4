// Reading the lines of a PDF text extraction: what is debris, and how broken
// lines join again into sentences.
#pragma once

#include <QString>
#include <QStringList>

namespace trendweb::import {

// Navigation buttons, lone letters and uppercase title lines: never body text.
bool isNavigationOrBadge(const QString &line);
bool isUppercaseLine(const QString &line);
bool isCaptionStart(const QString &line);  // "Figuur 3: …"
bool isLinkListStart(const QString &line); // "Klik hier en lees meer over:"
bool isNoteStart(const QString &line);     // "12<TAB>Text" (a numbered note)
bool isUrlLine(const QString &line);

// True when a line ends mid-sentence: with a space or a break hyphen.
bool continues(const QString &line);

// Joins two lines of one sentence, undoing line-end hyphenation while keeping real
// hyphens (a capital or acronym on either side, a digit, or a word in `keepHyphen`).
QString joinLines(const QString &first, const QString &second, const QStringList &keepHyphen);

// A slug for an id: lower case, ASCII letters and digits joined by '-', at most `words` words.
QString slugify(const QString &text, int words = 6);

} // namespace trendweb::import
