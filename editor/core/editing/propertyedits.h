// The properties of a lemma as the editor changes them (Eigenschappen, the status box):
// each edit rewrites only its own line(s) of the front matter, so comments, the order of
// the keys and the quoting of the other values stay as written.
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace trendweb {

struct TextEdit; // editing/lemmaedits.h

// The status in the front matter as written, without quotes ("draft", "review", "final"),
// read from the lines themselves so that it follows the text while the rest of the front
// matter is half typed; "" when there is none. Lines may end in "\r\n".
QString statusOf(const QString &text);
// The edit that makes the front matter's status `status`: its "status:" line rewritten, or
// one added under the opening "---". Nothing to do (an empty edit) when it already is;
// an error without front matter or for a status that is not one word of letters.
Result<TextEdit> statusEdit(const QString &text, const QString &status);

// The properties an author edits in Eigenschappen, each changed by rewriting only its own
// line(s) of the front matter: comments, the order of the keys, the quoting of a value and
// every other key stay as written.
//
// A top-level key's value as written, quotes and a trailing comment removed; "" when the
// key is absent (or the text has no front matter).
QString frontMatterValue(const QString &text, const QString &key);
// The edit that writes `value` as the key's value: only the value on its line is replaced
// (its quoting style and a comment after it are kept); an absent key gets a line before the
// closing "---"; an empty value removes the key's line.
Result<TextEdit> frontMatterValueEdit(const QString &text, const QString &key,
                                      const QString &value);
// The title: refuses an empty one.
Result<TextEdit> titleEdit(const QString &text, const QString &title);
// The optional length target in words ("lengte: 1500"); 0 when there is none or it is
// not a whole number. Setting 0 removes the line.
int lengthTargetOf(const QString &text);
Result<TextEdit> lengthTargetEdit(const QString &text, int words);
// The authors list, written back in the style it had (flow "[a, b]" or a block of "- a").
QStringList authorsOf(const QString &text);
Result<QString> setAuthors(const QString &text, const QStringList &authors);
// The offset where the body starts: just past the closing "---" line of the front matter;
// 0 when the text has none (yet).
int bodyStartOf(const QString &text);

} // namespace trendweb
