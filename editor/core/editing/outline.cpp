#include "editing/outline.h"

#include "bodymarkers.h"
#include "editing/frontmatteredits.h"
#include "edition.h"
#include "frontmatter.h"
#include "messages.h"

#include <QRegularExpression>

namespace trendweb {

namespace {

// "## Kop ##" → "Kop"; 0 when the line is no ATX heading.
int headingLevel(QStringView line, QString *title)
{
    int indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == u' ')
        ++indent;
    if (indent > 3)
        return 0;
    int level = 0;
    while (indent + level < line.size() && line.at(indent + level) == u'#')
        ++level;
    if (level == 0 || level > 6)
        return 0;
    const QStringView rest = line.mid(indent + level);
    if (!rest.isEmpty() && rest.front() != u' ' && rest.front() != u'\t')
        return 0;
    QString text = rest.trimmed().toString();
    // A closing sequence of #'s, after a space, is not part of the heading.
    static const QRegularExpression closing(QStringLiteral("(^|\\s+)#+$"));
    text.remove(closing);
    *title = text.trimmed();
    return level;
}

} // namespace

QList<OutlineEntry> lemmaOutline(const QString &text)
{
    const FrontMatterSplit split = splitFrontMatter(text);
    const qsizetype bodyOffset = split.closed ? split.bodyOffset : 0;
    const QStringView body = QStringView(text).mid(bodyOffset);

    // Each body line's start in the file; headings as they come.
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    QList<int> lineStarts;
    QList<OutlineEntry> headings;
    QString openFence;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf(u'\n', start);
        if (end < 0)
            end = body.size();
        const QStringView line = body.mid(start, end - start);
        lineStarts.append(int(bodyOffset + start));
        if (line.contains(u"```") || line.contains(u"~~~")) {
            if (const auto m = fence.match(line.toString()); m.hasMatch()) {
                const QString marks = m.captured(1);
                if (openFence.isEmpty())
                    openFence = marks;
                else if (marks.front() == openFence.front() && marks.size() >= openFence.size())
                    openFence.clear();
            }
        } else if (openFence.isEmpty() && line.contains(u'#')) {
            QString title;
            if (const int level = headingLevel(line, &title); level > 0 && !title.isEmpty())
                headings.append(
                    {OutlineEntry::Kind::Heading, level, title, int(bodyOffset + start)});
        }
        start = end + 1;
    }

    // The figures where their markers place them, numbered as the reader meets them.
    const QList<BodyMarker> markers = bodyMarkers(body.toString());
    QList<OutlineEntry> figures;
    if (!markers.isEmpty()) {
        const QList<Figure> known = split.closed ? figuresOf(text) : QList<Figure>();
        QList<FigureInText> inText = figuresInText(known, markers);
        for (const BodyMarker &marker : markers) {
            if (marker.kind != BodyMarker::Kind::Figure || marker.line < 1 ||
                marker.line > lineStarts.size())
                continue;
            OutlineEntry entry{OutlineEntry::Kind::Figure, 1, marker.id,
                               lineStarts.at(marker.line - 1)};
            for (const FigureInText &placed : std::as_const(inText)) {
                if (placed.line != marker.line)
                    continue;
                const Figure &figure = known.at(placed.index);
                const QString caption = figure.caption.isEmpty() ? figure.id : figure.caption;
                entry.title = placed.number > 0
                                  ? CoreText::tr("Figuur %1: %2").arg(placed.number).arg(caption)
                                  : caption;
            }
            figures.append(entry);
        }
    }

    // Merged in reading order; a figure sits one level below the heading above it.
    QList<OutlineEntry> outline;
    qsizetype h = 0;
    int level = 0;
    for (OutlineEntry &figure : figures) {
        while (h < headings.size() && headings.at(h).position < figure.position) {
            level = headings.at(h).level;
            outline.append(headings.at(h++));
        }
        figure.level = level + 1;
        outline.append(figure);
    }
    while (h < headings.size())
        outline.append(headings.at(h++));
    return outline;
}

} // namespace trendweb
