#include "spelling/spelltokenizer.h"

#include <QRegularExpression>
#include <QStringTokenizer>

namespace trendweb {

namespace {

bool isFenceLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~");
}

bool isJoiner(QChar c)
{
    return c == u'’' || c == u'\'' || c == u'-' || c == u'.' || c == u'‑';
}

// Blanks out what is never prose: code, URLs, link targets, footnote labels, figure
// markers, HTML.
QString masked(QStringView line)
{
    static const QRegularExpression never(
        QStringLiteral("`[^`]*`"                         // inline code
                       "|<[^>\\s]+>"                     // autolinks <https://…> and HTML tags
                       "|</?[A-Za-z][^>]*>"              // HTML tags with attributes
                       "|\\]\\([^)]*\\)"                 // link targets ](…)
                       "|\\[\\^[^\\]\\s]+\\]:?"          // footnote labels [^1], [^bron]:
                       "|\\[\\[\\s*figuur:[^\\]]*\\]\\]" // figure markers [[figuur: id]]
                       "|\\b(?:https?|ftp)://\\S+"       // bare web addresses
                       "|\\bwww\\.\\S+"
                       "|\\b[\\w-]+\\.(?:nl|com|org|eu|net|be|de|info)\\b" // domain names
                       "|\\S+@\\S+\\.\\S+"));                              // e-mail addresses
    QString text = line.toString();
    for (auto it = never.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i)
            text[i] = u' ';
    }
    return text;
}

void collectWords(const QString &text, qsizetype from, qsizetype to, qsizetype offset,
                  QList<SpellToken> &tokens)
{
    qsizetype i = from;
    while (i < to) {
        if (!text[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool digits = false;
        while (i < to) {
            const QChar c = text[i];
            if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
                digits = digits || c.isDigit();
                ++i;
            } else if (isJoiner(c) && i + 1 < to && text[i + 1].isLetterOrNumber() && i > start) {
                ++i; // thema’s, Noord-Holland, o.a
            } else {
                break;
            }
        }
        // "Bestaans(on)zekerheid": both readings are one word.
        if (i + 1 < to && text[i] == u'(' && text[i + 1].isLetter()) {
            qsizetype close = i + 1;
            while (close < to && text[close].isLetter())
                ++close;
            if (close + 1 < to && text[close] == u')' && text[close + 1].isLetter()) {
                i = close + 1;
                while (i < to && text[i].isLetter())
                    ++i;
            }
        }
        if (digits)
            continue; // numbers, "m2", "Platform31": not for the dictionary
        // The first part of a suspended compound ("sport- en cultuur") is not a word alone.
        if (i < to && text[i] == u'-' && (i + 1 == to || text[i + 1].isSpace()))
            continue;
        const bool period = i < text.size() && text[i] == u'.';
        tokens.append({text.mid(start, i - start), offset + start, i - start, period});
    }
}

} // namespace

QList<SpellToken> spellTokensInLine(QStringView line, SpellLineState &state)
{
    const bool first = state.startOfFile;
    state.startOfFile = false;
    QStringView content = line;
    if (content.endsWith(u'\r'))
        content.chop(1);
    QList<SpellToken> tokens;

    if (first && content == u"---") {
        state.region = SpellLineState::FrontMatter;
        return tokens;
    }
    if (state.region == SpellLineState::FrontMatter) {
        if (content == u"---" || content == u"...") {
            state.region = SpellLineState::Body;
            return tokens;
        }
        // Only the values people read: titles, captions, sources, alt texts.
        static const QRegularExpression field(
            QStringLiteral("^\\s*(?:-\\s+)?(title|caption|source|alt)\\s*:\\s*(.*)$"));
        const QString text = content.toString();
        if (const auto match = field.match(text); match.hasMatch())
            collectWords(masked(text), match.capturedStart(2), text.size(), 0, tokens);
        return tokens;
    }
    if (state.region == SpellLineState::Fence) {
        if (isFenceLine(content))
            state.region = SpellLineState::Body;
        return tokens;
    }
    if (isFenceLine(content)) {
        state.region = SpellLineState::Fence;
        return tokens;
    }
    const QString text = masked(content);
    collectWords(text, 0, text.size(), 0, tokens);
    return tokens;
}

QList<SpellToken> spellTokens(const QString &text)
{
    QList<SpellToken> tokens;
    SpellLineState state;
    qsizetype lineStart = 0;
    for (QStringView line : QStringTokenizer(text, u'\n')) {
        for (SpellToken token : spellTokensInLine(line, state)) {
            token.position += lineStart;
            tokens.append(token);
        }
        lineStart += line.size() + 1;
    }
    return tokens;
}

} // namespace trendweb
