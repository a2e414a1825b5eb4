#include "bodymarkers.h"

#include "edition.h"

#include <QRegularExpression>
#include <QSet>

namespace trendweb {

QList<BodyMarker> bodyMarkers(const QString &body)
{
    static const QRegularExpression figure(
        QStringLiteral("^ {0,3}\\[\\[\\s*figuur:\\s*([^\\]\\s]*)\\s*\\]\\]\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression missing(
        QStringLiteral("^ {0,3}\\[\\[\\s*(lijst|tabel) ontbreekt in de bron\\s*\\]\\]"
                       "(?:\\[\\^[^\\]\\s]+\\])*\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    QList<BodyMarker> markers;
    QString openFence;
    int lineNumber = 0;
    for (const QStringView line : QStringView(body).split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (!line.contains(u"[[") && !line.contains(u"``") && !line.contains(u"~~"))
            continue;
        if (const auto m = fence.match(line); m.hasMatch()) {
            const QString marks = m.captured(1);
            if (openFence.isEmpty())
                openFence = marks;
            else if (marks.front() == openFence.front() && marks.size() >= openFence.size())
                openFence.clear();
            continue;
        }
        if (!openFence.isEmpty())
            continue;
        const int column = int(line.indexOf(u"[[")) + 1;
        if (const auto m = figure.match(line); m.hasMatch()) {
            markers.append({BodyMarker::Kind::Figure, m.captured(1), lineNumber, column});
        } else if (const auto m = missing.match(line); m.hasMatch()) {
            const bool list = m.captured(1).compare(u"lijst", Qt::CaseInsensitive) == 0;
            markers.append({list ? BodyMarker::Kind::MissingList : BodyMarker::Kind::MissingTable,
                            {},
                            lineNumber,
                            column});
        }
    }
    return markers;
}

QString figureMarker(const QString &id)
{
    return QStringLiteral("[[figuur: %1]]").arg(id);
}

QList<FigureInText> figuresInText(const QList<Figure> &figures, const QList<BodyMarker> &markers)
{
    QList<FigureInText> order;
    QSet<int> placed;
    for (const BodyMarker &marker : markers) {
        if (marker.kind != BodyMarker::Kind::Figure)
            continue;
        for (int i = 0; i < figures.size(); ++i) {
            if (figures[i].id == marker.id && !placed.contains(i)) {
                placed.insert(i);
                order.append({i, marker.line, 0});
                break;
            }
        }
    }
    for (int i = 0; i < figures.size(); ++i) {
        if (!placed.contains(i))
            order.append({i, 0, 0});
    }
    int number = 0;
    for (FigureInText &figure : order) {
        if (figures[figure.index].numbered)
            figure.number = ++number;
    }
    return order;
}

QList<FootnoteReference> figureReferences(const Document &document)
{
    QList<FootnoteReference> references;
    const int after = int(document.body().count(QLatin1Char('\n'))) + 2;
    for (const FigureInText &placed : figuresInText(document.figures, document.markers)) {
        const Figure &figure = document.figures[placed.index];
        if (figure.note.isEmpty())
            continue;
        FootnoteReference reference;
        reference.label = figure.note;
        reference.range.startLine = reference.range.endLine = placed.line ? placed.line : after;
        reference.range.startColumn = reference.range.endColumn = 1;
        references.append(reference);
    }
    return references;
}

} // namespace trendweb
