#include "frontmatter.h"

namespace trendweb {

namespace {

bool isFence(QStringView line)
{
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line == QLatin1String("---") || line == QLatin1String("...");
}

} // namespace

FrontMatterSplit splitFrontMatter(const QString &text)
{
    FrontMatterSplit split;
    if (!text.startsWith(QLatin1String("---")))
        return split;
    qsizetype firstEnd = text.indexOf(QLatin1Char('\n'));
    if (firstEnd < 0 || !isFence(QStringView(text).left(firstEnd)) ||
        QStringView(text).left(firstEnd).startsWith(QLatin1String("...")))
        return split;
    split.hasFrontMatter = true;
    qsizetype lineStart = firstEnd + 1;
    int line = 2;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        const bool last = lineEnd < 0;
        if (last)
            lineEnd = text.size();
        if (isFence(QStringView(text).mid(lineStart, lineEnd - lineStart))) {
            split.closed = true;
            split.yaml = text.mid(firstEnd + 1, lineStart - firstEnd - 1);
            split.bodyOffset = last ? text.size() : lineEnd + 1;
            split.bodyFirstLine = line + 1;
            return split;
        }
        if (last)
            break;
        lineStart = lineEnd + 1;
        ++line;
    }
    // No closing line: everything after the opening line is taken as front matter,
    // so that the error can point into it; the body is empty.
    split.yaml = text.mid(firstEnd + 1);
    split.bodyOffset = text.size();
    split.bodyFirstLine = line;
    return split;
}

QString joinFrontMatter(const QString &yaml, const QString &body)
{
    QString text = QStringLiteral("---\n") + yaml;
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text + QStringLiteral("---\n") + body;
}

} // namespace trendweb
