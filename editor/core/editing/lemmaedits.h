// Edits of one lemma's text that the panels make: footnotes, the "Lees meer over" list
// and the figures. Each takes the text as it stands in the editor (saved or not) and
// returns the new text, so the editor applies it as one step that Ctrl+Z takes back.
#pragma once

#include "editing/footnoteedits.h"
#include "editing/frontmatteredits.h"

#include <QString>

namespace trendweb {

// The one replacement that turns `before` into `after`: [start, end) of `before`
// becomes `text`. Empty (start == end, no text) when they are equal.
struct TextEdit
{
    int start = 0;
    int end = 0;
    QString text;
};
TextEdit minimalEdit(const QString &before, const QString &after);

} // namespace trendweb
