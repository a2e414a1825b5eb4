// Splitting a lemma file into its YAML front matter and its Markdown body.
#pragma once

#include <QString>

namespace trendweb {

struct FrontMatterSplit
{
    bool hasFrontMatter = false; // the file starts with a "---" line
    bool closed = false;         // a closing "---" line was found
    QString yaml;                // the text between the two lines
    int yamlFirstLine = 2;       // the line of the file where `yaml` starts
    qsizetype bodyOffset = 0;    // where the Markdown body starts in the file, in characters
    int bodyFirstLine = 1;       // and on which line
};

FrontMatterSplit splitFrontMatter(const QString &text);

// Joins front matter and body into the text of a lemma file.
QString joinFrontMatter(const QString &yaml, const QString &body);

} // namespace trendweb
