// The Markdown of a lemma body as the core needs it: headings, paragraphs,
// links and footnotes, each with its place in the text. cmark-gfm does the
// parsing; nothing of its tree leaves markdown/ (cmarkgfm_p.h).
#pragma once

#include <QList>
#include <QString>

namespace trendweb {

struct TextRange
{
    int startLine = 0;   // 1-based lines of the parsed text
    int startColumn = 0; // 1-based, in UTF-16 code units
    int endLine = 0;
    int endColumn = 0; // inclusive
    int start = 0;     // character (UTF-16) offset in the parsed text, as the editor counts
    int end = 0;       // exclusive
};

struct MarkdownHeading
{
    int level = 0;
    QString text;
    TextRange range;
};

struct MarkdownLink
{
    QString url;
    QString text;
    bool image = false;
    TextRange range;
};

struct FootnoteReference
{
    QString label;
    TextRange range;
};

struct FootnoteDefinition
{
    QString label;
    QString text; // the note as plain text
    TextRange range;
};

struct MarkdownDocument
{
    QList<MarkdownHeading> headings;
    QList<TextRange> paragraphs;
    QList<MarkdownLink> links;
    QList<FootnoteReference> footnoteReferences;   // in order of appearance
    QList<FootnoteDefinition> footnoteDefinitions; // as written, referenced or not
    int wordCount = 0; // words of the running text, footnote texts excluded
};

MarkdownDocument parseMarkdown(const QString &text);

// Words as a reader counts them: runs of letters or digits, with ’ - and . inside.
int countWords(QStringView text);

} // namespace trendweb
