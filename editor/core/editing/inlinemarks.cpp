#include "editing/inlinemarks.h"

#include <QRegularExpression>

namespace trendweb {

QList<InlineMark> inlineMarks(const QString &text, int from)
{
    // A note reference, or a link's label and its target when that is another lemma.
    static const QRegularExpression pattern(QStringLiteral(
        "\\[\\^([^\\]\\s]+)\\]|\\[(?:[^\\]\\\\]|\\\\.)*\\](\\(([a-z0-9]+(?:-[a-z0-9]+)*)"
        "\\.md\\))"));
    QList<InlineMark> marks;
    for (auto it = pattern.globalMatch(text, qMax(0, from)); it.hasNext();) {
        const auto match = it.next();
        if (match.capturedLength(1) > 0) {
            const qsizetype start = match.capturedStart();
            const qsizetype end = match.capturedEnd();
            const bool definition = end < text.size() && text.at(end) == QLatin1Char(':') &&
                                    (start == 0 || text.at(start - 1) == QLatin1Char('\n'));
            if (!definition)
                marks.append({InlineMark::Kind::Note, int(start), int(match.capturedLength()),
                              match.captured(1)});
        } else {
            marks.append({InlineMark::Kind::Link, int(match.capturedStart(2)),
                          int(match.capturedLength(2)), match.captured(3)});
        }
    }
    return marks;
}

} // namespace trendweb
