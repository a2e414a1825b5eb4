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

    // Colours from the palette, each at least 4.5:1 against the page (WCAG AA): the text's
    // own, the links', and the dimmed markup (front matter, link targets, note labels, the
    // characters of emphasis and headings).
    void setPalette(const QPalette &palette);
    // The front matter out of sight: its characters drawn transparent at one pixel, so
    // its lines take almost no room (the editor scrolls that sliver away). Qt 6.4's Quick
    // text crashes on invisible blocks (QTextBlock::setVisible), so they stay visible.
    void setFrontMatterHidden(bool hidden);
    bool frontMatterHidden() const { return m_frontMatterHidden; }
    QColor markupColor() const { return m_markup.foreground().color(); }
    QColor linkColor() const { return m_link.foreground().color(); }

    // The contrast ratio of two colours as WCAG defines it (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
    // `color` moved towards `background`'s opposite until it has `ratio` against it.
    static QColor withContrast(QColor color, const QColor &background, double ratio);

    // Passages with open review comments, as [start, end) document positions.
    void setCommentRanges(const QList<QPair<int, int>> &ranges);
    // Passages a reviewer suggested to replace or delete: struck through, on a red tint.
    void setSuggestionRanges(const QList<QPair<int, int>> &ranges);

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
    QList<QPair<int, int>> m_suggestionRanges;
    QTextCharFormat m_suggested;
    QTextCharFormat m_frontMatter;
    QTextCharFormat m_heading;
    QTextCharFormat m_markup;
    QTextCharFormat m_hiddenFrontMatter;
    bool m_frontMatterHidden = false;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_strong;
    QTextCharFormat m_link;
    QTextCharFormat m_footnote;
    QTextCharFormat m_code;
    QTextCharFormat m_misspelled;
};

} // namespace trendweb
