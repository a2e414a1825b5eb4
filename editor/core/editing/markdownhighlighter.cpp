#include "editing/markdownhighlighter.h"

#include "spelling/speller.h"
#include "spelling/spelltokenizer.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <QTextLayout>

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
    m_misspelled.setProperty(MisspelledProperty, true);
    setPalette(QPalette());
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    QColor dim = palette.color(QPalette::Text);
    dim.setAlphaF(0.55f);
    m_frontMatter.setForeground(dim);
    m_link.setForeground(palette.color(QPalette::Link));
    m_footnote.setForeground(palette.color(QPalette::Link));
    m_footnote.setFontWeight(QFont::DemiBold);
    rehighlight();
}

void MarkdownHighlighter::setCommentRanges(const QList<QPair<int, int>> &ranges)
{
    if (m_commentRanges == ranges)
        return;
    m_commentRanges = ranges;
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
        setFormat(0, int(text.size()), m_frontMatter);
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
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s.*$"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![*_\\w])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![*_\\w])"));
    static const QRegularExpression link(
        QStringLiteral("\\[[^\\]^][^\\]]*\\]\\([^)]*\\)|<https?://[^>]+>"));
    static const QRegularExpression footnote(QStringLiteral("\\[\\^[^\\]\\s]+\\]:?"));
    static const QRegularExpression code(QStringLiteral("`[^`]*`"));

    if (heading.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
        return;
    }
    const auto apply = [&](const QRegularExpression &pattern, const QTextCharFormat &format) {
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            setFormat(int(match.capturedStart()), int(match.capturedLength()), format);
        }
    };
    apply(strong, m_strong);
    apply(emphasis, m_emphasis);
    apply(link, m_link);
    apply(footnote, m_footnote);
    apply(code, m_code);
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
