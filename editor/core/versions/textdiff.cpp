#include "versions/textdiff.h"

#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace trendweb {

namespace {

// The longest common subsequence of two sequences, as index pairs (a, b).
template<typename T>
std::vector<std::pair<int, int>> commonSubsequence(const QList<T> &a, const QList<T> &b)
{
    // Trim the common head and tail first: most edits touch a small part.
    int head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const int n = int(a.size()) - head - tail;
    const int m = int(b.size()) - head - tail;
    std::vector<std::vector<int>> lengths(n + 1, std::vector<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j) {
            lengths[i][j] = a[head + i] == b[head + j]
                                ? lengths[i + 1][j + 1] + 1
                                : std::max(lengths[i + 1][j], lengths[i][j + 1]);
        }
    }
    std::vector<std::pair<int, int>> pairs;
    for (int i = 0; i < head; ++i)
        pairs.emplace_back(i, i);
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
        if (a[head + i] == b[head + j]) {
            pairs.emplace_back(head + i, head + j);
            ++i, ++j;
        } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    for (int k = 0; k < tail; ++k)
        pairs.emplace_back(int(a.size()) - tail + k, int(b.size()) - tail + k);
    return pairs;
}

QStringList wordTokens(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("\\s+|[^\\s]+"));
    QStringList tokens;
    for (auto it = token.globalMatch(text); it.hasNext();)
        tokens.append(it.next().captured());
    return tokens;
}

} // namespace

namespace {

void addPiece(QList<DiffPiece> &pieces, DiffPiece::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!pieces.isEmpty() && pieces.last().kind == kind)
        pieces.last().text += text;
    else
        pieces.append({kind, text});
}

// Word by word, when the region is small enough to compare every pair of words.
void diffWords(const QString &before, const QString &after, QList<DiffPiece> &pieces)
{
    const QStringList a = wordTokens(before);
    const QStringList b = wordTokens(after);
    if (qint64(a.size()) * qint64(b.size()) > 4'000'000) {
        addPiece(pieces, DiffPiece::Removed, before);
        addPiece(pieces, DiffPiece::Added, after);
        return;
    }
    int i = 0;
    int j = 0;
    for (const auto &[ai, bj] : commonSubsequence(a, b)) {
        for (; i < ai; ++i)
            addPiece(pieces, DiffPiece::Removed, a[i]);
        for (; j < bj; ++j)
            addPiece(pieces, DiffPiece::Added, b[j]);
        addPiece(pieces, DiffPiece::Same, a[ai]);
        i = ai + 1;
        j = bj + 1;
    }
    for (; i < a.size(); ++i)
        addPiece(pieces, DiffPiece::Removed, a[i]);
    for (; j < b.size(); ++j)
        addPiece(pieces, DiffPiece::Added, b[j]);
}

QStringList linesWithEnds(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        end = end < 0 ? text.size() : end + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

} // namespace

QList<DiffPiece> wordDiff(const QString &before, const QString &after)
{
    // Lines (a paragraph each) first, then words within the lines that changed.
    const QStringList a = linesWithEnds(before);
    const QStringList b = linesWithEnds(after);
    QList<DiffPiece> pieces;
    int i = 0;
    int j = 0;
    const auto changed = [&](int aEnd, int bEnd) {
        diffWords(a.mid(i, aEnd - i).join(QString()), b.mid(j, bEnd - j).join(QString()), pieces);
    };
    for (const auto &[ai, bj] : commonSubsequence(a, b)) {
        changed(ai, bj);
        addPiece(pieces, DiffPiece::Same, a[ai]);
        i = ai + 1;
        j = bj + 1;
    }
    changed(int(a.size()), int(b.size()));
    return pieces;
}

QString wordDiffText(const QList<DiffPiece> &diff)
{
    QString text;
    for (const DiffPiece &piece : diff) {
        switch (piece.kind) {
        case DiffPiece::Same:
            text += piece.text;
            break;
        case DiffPiece::Removed:
            text += QStringLiteral("[-") + piece.text + QStringLiteral("-]");
            break;
        case DiffPiece::Added:
            text += QStringLiteral("{+") + piece.text + QStringLiteral("+}");
            break;
        }
    }
    return text;
}

QStringList paragraphs(const QString &text)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    QStringList list = text.split(blank);
    if (!list.isEmpty() && list.last().endsWith(QLatin1Char('\n')))
        list.last().chop(1);
    return list;
}

QString joinParagraphs(const QStringList &paragraphs)
{
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QList<MergeChunk> mergeParagraphs(const QString &baseText, const QString &mineText,
                                  const QString &theirsText)
{
    const QStringList base = paragraphs(baseText);
    const QStringList mine = paragraphs(mineText);
    const QStringList theirs = paragraphs(theirsText);
    // Paragraphs of the base kept by both sides are the stable points (diff3).
    std::vector<int> inMine(base.size(), -1);
    std::vector<int> inTheirs(base.size(), -1);
    for (const auto &[b, m] : commonSubsequence(base, mine))
        inMine[b] = m;
    for (const auto &[b, t] : commonSubsequence(base, theirs))
        inTheirs[b] = t;

    QList<MergeChunk> chunks;
    int b = 0;
    int m = 0;
    int t = 0;
    const auto flush = [&](int bEnd, int mEnd, int tEnd) {
        MergeChunk chunk;
        chunk.base = base.mid(b, bEnd - b);
        chunk.mine = mine.mid(m, mEnd - m);
        chunk.theirs = theirs.mid(t, tEnd - t);
        if (chunk.base.isEmpty() && chunk.mine.isEmpty() && chunk.theirs.isEmpty())
            return;
        if (chunk.mine == chunk.base) {
            chunk.merged = chunk.theirs; // only they changed it
        } else if (chunk.theirs == chunk.base || chunk.theirs == chunk.mine) {
            chunk.merged = chunk.mine; // only I changed it, or both the same way
        } else if (chunk.base.size() == chunk.mine.size() &&
                   chunk.base.size() == chunk.theirs.size()) {
            // Neighbouring paragraphs edited in place, each by one side: paragraph by
            // paragraph, so that only a paragraph both changed is a question.
            for (qsizetype i = 0; i < chunk.base.size(); ++i) {
                MergeChunk one{false, {chunk.base[i]}, {chunk.mine[i]}, {chunk.theirs[i]}, {}};
                if (one.mine == one.base)
                    one.merged = one.theirs;
                else if (one.theirs == one.base || one.theirs == one.mine)
                    one.merged = one.mine;
                else
                    one.conflict = true;
                chunks.append(one);
            }
            return;
        } else {
            chunk.conflict = true;
        }
        chunks.append(chunk);
    };
    for (int k = 0; k < base.size(); ++k) {
        if (inMine[k] < 0 || inTheirs[k] < 0 || inMine[k] < m || inTheirs[k] < t)
            continue;
        flush(k, inMine[k], inTheirs[k]);
        chunks.append({false, {base[k]}, {base[k]}, {base[k]}, {base[k]}});
        b = k + 1;
        m = inMine[k] + 1;
        t = inTheirs[k] + 1;
    }
    flush(int(base.size()), int(mine.size()), int(theirs.size()));
    return chunks;
}

QString wordDiffHtml(const QList<DiffPiece> &diff)
{
    QString html;
    const DiffPiece *previous = nullptr;
    for (const DiffPiece &piece : diff) {
        // A removed word right beside an added one keeps a space between them, so that
        // "Dit is een zin" → "Dit is Bram zin" does not read "isBram eenzin".
        if (previous && previous->kind != piece.kind && previous->kind != DiffPiece::Same &&
            piece.kind != DiffPiece::Same && !previous->text.endsWith(QLatin1Char(' ')) &&
            !piece.text.startsWith(QLatin1Char(' ')))
            html += QLatin1Char(' ');
        previous = &piece;
        QString text = piece.text.toHtmlEscaped();
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (piece.kind == DiffPiece::Removed)
            html +=
                QStringLiteral("<span style=\"background:#fcdcdc;text-decoration:line-through\">") +
                text + QStringLiteral("</span>");
        else if (piece.kind == DiffPiece::Added)
            html +=
                QStringLiteral("<span style=\"background:#d6f5d6;text-decoration:underline\">") +
                text + QStringLiteral("</span>");
        else
            html += text;
    }
    return html;
}

} // namespace trendweb
