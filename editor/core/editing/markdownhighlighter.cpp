#include "editing/markdownhighlighter.h"

#include "spelling/speller.h"
#include "spelling/spelltokenizer.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <QTextLayout>
#include <cmath>

namespace trendweb {

namespace {

// Block states carry the tokenizer's region from one block to the next.
int blockState(const SpellLineState &state)
{
    return int(state.region);
}

SpellLineState stateFrom(int previous, bool firstBlock)
{
    SpellLineState state;
    state.startOfFile = firstBlock;
    if (previous >= 0)
        state.region = SpellLineState::Region(previous);
    return state;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_heading.setFontWeight(QFont::Bold);
    m_emphasis.setFontItalic(true);
    m_strong.setFontWeight(QFont::Bold);
    m_code.setFontFamilies({QStringLiteral("monospace")});
    m_comment.setBackground(QColor(255, 214, 102, 110));
    m_suggested.setBackground(QColor(255, 138, 128, 90));
    m_suggested.setFontStrikeOut(true);
    m_misspelled.setProperty(MisspelledProperty, true);
    m_hiddenFrontMatter.setForeground(Qt::transparent);
    m_hiddenFrontMatter.setProperty(QTextFormat::FontPixelSize, 1);
    setPalette(QPalette());
}

double MarkdownHighlighter::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
               0.0722 * channel(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor MarkdownHighlighter::withContrast(QColor color, const QColor &background, double ratio)
{
    // Towards black on a light page, towards white on a dark one.
    const bool light = contrast(background, Qt::black) > contrast(background, Qt::white);
    const QColor target = light ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 0; step < 40 && contrast(color, background) < ratio; ++step) {
        color = QColor::fromRgbF(color.redF() + (target.redF() - color.redF()) * 0.1f,
                                 color.greenF() + (target.greenF() - color.greenF()) * 0.1f,
                                 color.blueF() + (target.blueF() - color.blueF()) * 0.1f);
    }
    return color;
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    const QColor page = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // Markup: half way between the text and the page, then dark enough to read with
    // ease: 5.7:1, well over AA's 4.5:1, so dimmed labels still read as text.
    const QColor half =
        QColor::fromRgbF((text.redF() + page.redF()) / 2, (text.greenF() + page.greenF()) / 2,
                         (text.blueF() + page.blueF()) / 2);
    const QColor dim = withContrast(half, page, 5.7);
    const QColor link = withContrast(palette.color(QPalette::Link), page, 4.6);
    m_markup.setForeground(dim);
    m_frontMatter.setForeground(dim);
    m_link.setForeground(link);
    m_footnote.setForeground(dim);
    rehighlight();
}

void MarkdownHighlighter::setFrontMatterHidden(bool hidden)
{
    if (m_frontMatterHidden == hidden)
        return;
    m_frontMatterHidden = hidden;
    rehighlight();
}

void MarkdownHighlighter::setCommentRanges(const QList<QPair<int, int>> &ranges)
{
    if (m_commentRanges == ranges)
        return;
    m_commentRanges = ranges;
    rehighlight();
}

void MarkdownHighlighter::setSuggestionRanges(const QList<QPair<int, int>> &ranges)
{
    if (m_suggestionRanges == ranges)
        return;
    m_suggestionRanges = ranges;
    rehighlight();
}

void MarkdownHighlighter::setSpeller(Speller *speller)
{
    if (m_speller == speller)
        return;
    m_speller = speller;
    rehighlight();
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const bool firstBlock = !currentBlock().previous().isValid();
    SpellLineState state = stateFrom(previousBlockState(), firstBlock);
    const SpellLineState before = state;
    const QList<SpellToken> tokens = spellTokensInLine(text, state);
    setCurrentBlockState(blockState(state));

    if (before.region == SpellLineState::FrontMatter ||
        state.region == SpellLineState::FrontMatter) {
        setFormat(0, int(text.size()), m_frontMatterHidden ? m_hiddenFrontMatter : m_frontMatter);
    } else if (before.region == SpellLineState::Fence || state.region == SpellLineState::Fence) {
        setFormat(0, int(text.size()), m_code);
    } else {
        highlightMarkdown(text);
    }

    // Passages with open review comments get a calm background.
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    for (const auto &[start, end] : std::as_const(m_commentRanges)) {
        const int from = qMax(start, blockStart);
        const int to = qMin(end, blockEnd);
        for (int i = from; i < to; ++i) {
            QTextCharFormat marked = format(i - blockStart);
            marked.setBackground(m_comment.background());
            setFormat(i - blockStart, 1, marked);
        }
    }
    // What a reviewer suggests to replace: struck through (not by colour alone).
    for (const auto &[start, end] : std::as_const(m_suggestionRanges)) {
        const int from = qMax(start, blockStart);
        const int to = qMin(end, blockEnd);
        for (int i = from; i < to; ++i) {
            QTextCharFormat marked = format(i - blockStart);
            marked.setBackground(m_suggested.background());
            marked.setFontStrikeOut(true);
            setFormat(i - blockStart, 1, marked);
        }
    }

    if (!m_speller)
        return;
    for (const SpellToken &token : tokens) {
        if (m_speller->isCorrect(token.word, token.followedByPeriod))
            continue;
        QTextCharFormat marked = format(int(token.position));
        marked.setProperty(MisspelledProperty, true);
        setFormat(int(token.position), int(token.length), marked);
    }
}

void MarkdownHighlighter::highlightMarkdown(const QString &text)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s.*$"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![*_\\w])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![*_\\w])"));
    static const QRegularExpression link(
        QStringLiteral("\\[[^\\]^][^\\]]*\\]\\([^)]*\\)|<https?://[^>]+>"));
    static const QRegularExpression footnote(QStringLiteral("\\[\\^[^\\]\\s]+\\]:?"));
    static const QRegularExpression code(QStringLiteral("`[^`]*`"));

    // Larger headings: "#" and "##" one and a half times the text, deeper ones a fifth more;
    // their hashes dimmed.
    if (const auto match = heading.match(text); match.hasMatch()) {
        QTextCharFormat format = m_heading;
        const int level = int(match.capturedLength(1));
        format.setProperty(QTextFormat::FontSizeAdjustment, level <= 2 ? 2 : 1);
        setFormat(0, int(text.size()), format);
        QTextCharFormat hashes = format;
        hashes.setForeground(m_markup.foreground());
        setFormat(0, level, hashes);
        return;
    }
    // The characters around emphasis are markup: dimmed, the words shown as they will read.
    const auto apply = [&](const QRegularExpression &pattern, const QTextCharFormat &format,
                           int marks) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const int start = int(match.capturedStart());
            const int length = int(match.capturedLength());
            setFormat(start, length, format);
            if (marks > 0 && length > 2 * marks) {
                QTextCharFormat dimmed = format;
                dimmed.setForeground(m_markup.foreground());
                setFormat(start, marks, dimmed);
                setFormat(start + length - marks, marks, dimmed);
            }
        }
    };
    apply(strong, m_strong, 2);
    apply(emphasis, m_emphasis, 1);
    // A link reads as its text; the brackets and the target are dimmed.
    for (auto it = link.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const int start = int(match.capturedStart());
        const int length = int(match.capturedLength());
        const int close = int(text.indexOf(QLatin1String("]("), start));
        if (text.at(start) == QLatin1Char('[') && close > start && close < start + length) {
            setFormat(start + 1, close - start - 1, m_link);
            setFormat(start, 1, m_markup);
            setFormat(close, start + length - close, m_markup);
        } else {
            setFormat(start, length, m_link);
        }
    }
    apply(footnote, m_footnote, 0);
    // A note's own label at the start of its text ("[^4]: …") is the note's name in the
    // list of notes: in the text's colour, not dimmed.
    if (text.startsWith(QLatin1String("[^"))) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close > 0) {
            QTextCharFormat label;
            label.setFontWeight(QFont::DemiBold);
            setFormat(0, int(close + 2), label);
        }
    }
    apply(code, m_code, 0);
}

bool MarkdownHighlighter::isMisspelledAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid() || !block.layout())
        return false;
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (isMisspelled(range.format) && inBlock >= range.start &&
            inBlock <= range.start + range.length)
            return true;
    }
    return false;
}

QList<QPair<int, int>> MarkdownHighlighter::misspelledRanges() const
{
    QList<QPair<int, int>> ranges;
    if (!document())
        return ranges;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (!block.layout())
            continue;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (isMisspelled(range.format))
                ranges.append({block.position() + range.start, range.length});
        }
    }
    return ranges;
}

} // namespace trendweb
