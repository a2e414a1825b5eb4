// The words of a lemma file that spelling looks at. Markdown-aware: URLs,
// link targets, autolinks, footnote labels, code, HTML and front-matter keys
// are skipped; titles, captions, sources and note texts are checked.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace trendweb {

struct SpellToken
{
    QString word;
    qsizetype position = 0; // in the text given, in UTF-16 code units
    qsizetype length = 0;
    bool followedByPeriod = false;
};

// What a line's spelling depends on from the lines before it.
struct SpellLineState
{
    enum Region { Body, FrontMatter, Fence } region = Body;
    bool startOfFile = true; // a "---" here opens the front matter
};

// The words of one line; `state` carries over to the next line.
QList<SpellToken> spellTokensInLine(QStringView line, SpellLineState &state);

// The words of a whole file, positions counted from the start of `text`.
QList<SpellToken> spellTokens(const QString &text);

} // namespace trendweb
