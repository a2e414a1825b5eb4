// Highlighting of a lemma in the editor: Markdown structure (headings,
// emphasis, links, footnote references; the front matter dimmed) and unknown
// words underlined. Only the blocks that change are looked at again.
#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace trendweb {

class Speller;

class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);

    // Unknown words are marked once a speller is set; nullptr turns marking off.
    // The speller must outlive the highlighter or be reset first.
    void setSpeller(Speller *speller);
    Speller *speller() const { return m_speller; }

    void setPalette(const QPalette &palette);

    // Passages with open review comments, as [start, end) document positions.
    void setCommentRanges(const QList<QPair<int, int>> &ranges);

    // True when the word covering `position` (in the document) is marked unknown.
    bool isMisspelledAt(int position) const;
    // Every word marked unknown, as (position, length) in the document. Qt Quick draws
    // neither a wave nor an underline colour, so the editor draws the red wave itself.
    QList<QPair<int, int>> misspelledRanges() const;
    // The mark an unknown word's format carries (a text property, not an underline).
    static constexpr int MisspelledProperty = QTextFormat::UserProperty + 1;
    static bool isMisspelled(const QTextCharFormat &format)
    {
        return format.boolProperty(MisspelledProperty);
    }

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightMarkdown(const QString &text);

    Speller *m_speller = nullptr;
    QList<QPair<int, int>> m_commentRanges;
    QTextCharFormat m_comment;
    QTextCharFormat m_frontMatter;
    QTextCharFormat m_heading;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_strong;
    QTextCharFormat m_link;
    QTextCharFormat m_footnote;
    QTextCharFormat m_code;
    QTextCharFormat m_misspelled;
};

} // namespace trendweb
