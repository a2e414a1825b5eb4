#include "export/webgraph.h"

#include "export/htmlrenderer.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <cmath>

namespace trendweb {

namespace {

// The drawing's measures, in SVG units. The labels are wrapped by an estimate of the
// width of DejaVu Sans; the browser test checks that every label fits where it stands.
constexpr double width = 1000;
constexpr double margin = 20;
constexpr double nodeRadius = 24;
constexpr double labelGap = 10;   // between a node and its title
constexpr double labelLine = 19;  // line height of a title (font-size 16)
constexpr int labelChars = 24;    // characters on a line of a title
constexpr double buttonLine = 20; // line height of a rode draad (font-size 16, bold)
constexpr double buttonCharWidth = 10.5;

// Greedy word wrap to lines of at most `maxChars` characters (a longer word stands alone).
QStringList wrapped(const QString &text, int maxChars)
{
    QStringList lines;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= maxChars)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines.append(word);
    }
    return lines;
}

// Lines of text as <tspan>s, the block centred vertically on `centerY`.
QString tspans(const QStringList &lines, double x, double centerY, double lineHeight)
{
    QString out;
    const double first = centerY - (lines.size() - 1) * lineHeight / 2 + 5.5;
    for (int i = 0; i < lines.size(); ++i) {
        out += QStringLiteral("<tspan x=\"%1\" y=\"%2\">%3</tspan>")
                   .arg(x, 0, 'f', 1)
                   .arg(first + i * lineHeight, 0, 'f', 1)
                   .arg(escapeHtml(lines[i]));
    }
    return out;
}

struct Node
{
    QPointF at;
    bool right = true; // the title stands to the right of the node
};

// The lemmas clockwise on a circle from the top, on rows of equal height so that the
// titles beside them never overlap: the first half down the right, the rest up the left.
QHash<QString, Node> layout(const Edition &edition, double top, double rowHeight)
{
    const int count = int(edition.lemmas.size());
    const int rightCount = (count + 1) / 2;
    const int leftCount = count - rightCount;
    const double radiusY = rowHeight * rightCount / 2;
    const double radiusX = 210;
    const double centerX = width / 2;
    const double centerY = top + radiusY;
    QHash<QString, Node> nodes;
    for (int i = 0; i < count; ++i) {
        const bool right = i < rightCount;
        const int rows = right ? rightCount : leftCount;
        const int row = right ? i : i - rightCount;
        // -1 at the top, 1 at the bottom; the left side runs upwards.
        double t = 2 * (row + 0.5) / rows - 1;
        if (!right)
            t = -t;
        const double y = centerY + t * rowHeight * rows / 2;
        const double spread = std::sqrt(qMax(0.0, 1 - t * t));
        const double x = centerX + (right ? 1 : -1) * radiusX * spread;
        nodes.insert(edition.lemmas[i].slug, {{x, y}, right});
    }
    return nodes;
}

} // namespace

QString webGraphSvg(const Edition &edition, const SiteLinks &links)
{
    // The rode draden: numbered buttons across the top, tall enough for their labels.
    const int threads = int(edition.threads.size());
    const double buttonWidth =
        threads > 0 ? (width - 2 * margin - (threads - 1) * margin) / threads : 0;
    const int buttonChars = qMax(8, int((buttonWidth - 28) / buttonCharWidth));
    QList<QStringList> buttonLabels;
    qsizetype buttonLines = 1;
    for (int i = 0; i < threads; ++i) {
        buttonLabels.append(
            wrapped(QStringLiteral("%1. %2").arg(i + 1).arg(edition.threads[i].displayTitle()),
                    buttonChars));
        buttonLines = qMax(buttonLines, buttonLabels.last().size());
    }
    const double buttonHeight = threads > 0 ? buttonLines * buttonLine + 24 : 0;

    QList<QStringList> titles;
    qsizetype titleLines = 1;
    for (const Document &lemma : edition.lemmas) {
        titles.append(wrapped(lemma.displayTitle(), labelChars));
        titleLines = qMax(titleLines, titles.last().size());
    }
    const double rowHeight = qMax(2 * nodeRadius + 14, titleLines * labelLine + 12);
    const double top = margin + buttonHeight + 40;
    const QHash<QString, Node> nodes = layout(edition, top, rowHeight);
    const double height = top + rowHeight * ((edition.lemmas.size() + 1) / 2) + margin;

    QSet<QString> linked;
    for (const Document &lemma : edition.lemmas) {
        for (const QString &target : lemma.related)
            linked.insert(target);
    }

    QString svg =
        QStringLiteral("<svg viewBox=\"0 0 %1 %2\" role=\"group\" aria-label=\"Het web van "
                       "verwijzingen tussen de lemma's\">\n<defs><marker id=\"pijl\" "
                       "viewBox=\"0 0 10 10\" refX=\"24\" refY=\"5\" markerWidth=\"6\" "
                       "markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 "
                       "L0,10 z\" fill=\"#9aa7b8\"/></marker></defs>\n")
            .arg(width)
            .arg(height, 0, 'f', 0);
    for (int i = 0; i < threads; ++i) {
        const Document &thread = edition.threads[i];
        const double x = margin + i * (buttonWidth + margin);
        svg += QStringLiteral("<a class=\"draad\" href=\"%1\"><rect x=\"%2\" y=\"%3\" "
                              "width=\"%4\" height=\"%5\" rx=\"8\"/><text "
                              "text-anchor=\"middle\">%6</text></a>\n")
                   .arg(links.thread(thread.slug))
                   .arg(x, 0, 'f', 1)
                   .arg(margin)
                   .arg(buttonWidth, 0, 'f', 1)
                   .arg(buttonHeight, 0, 'f', 0)
                   .arg(tspans(buttonLabels[i], x + buttonWidth / 2, margin + buttonHeight / 2,
                               buttonLine));
    }
    for (const Document &lemma : edition.lemmas) {
        for (const QString &target : lemma.related) {
            if (!nodes.contains(target) || target == lemma.slug)
                continue;
            const QPointF from = nodes.value(lemma.slug).at;
            const QPointF to = nodes.value(target).at;
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" data-van=\"%5\" "
                                  "data-naar=\"%6\" marker-end=\"url(#pijl)\"/>\n")
                       .arg(from.x(), 0, 'f', 1)
                       .arg(from.y(), 0, 'f', 1)
                       .arg(to.x(), 0, 'f', 1)
                       .arg(to.y(), 0, 'f', 1)
                       .arg(lemma.slug, target);
        }
    }
    for (int i = 0; i < edition.lemmas.size(); ++i) {
        const Document &lemma = edition.lemmas[i];
        const Node node = nodes.value(lemma.slug);
        QStringList targets;
        for (const QString &target : lemma.related) {
            if (const Document *other = edition.lemma(target))
                targets.append(other->letter + QLatin1Char(' ') + other->displayTitle());
        }
        const bool orphan = !linked.contains(lemma.slug);
        const QString label =
            QStringLiteral("%1 %2%3. Verwijst naar: %4")
                .arg(lemma.letter, lemma.displayTitle(),
                     orphan ? QStringLiteral(" (geen lemma verwijst hierheen)") : QString(),
                     targets.isEmpty() ? QStringLiteral("geen")
                                       : targets.join(QStringLiteral("; ")));
        const double labelX = node.at.x() + (node.right ? 1 : -1) * (nodeRadius + labelGap);
        // One multi-argument arg(): a "%5" in a title is never filled in by a later one.
        const auto number = [](double value) { return QString::number(value, 'f', 1); };
        svg += QStringLiteral("<a class=\"knoop%1\" href=\"%2\" data-lemma=\"%3\" "
                              "aria-label=\"%4\"><circle cx=\"%5\" cy=\"%6\" r=\"%7\"%8/>"
                              "<text class=\"teken\" x=\"%5\" y=\"%9\" "
                              "text-anchor=\"middle\">%10</text><text class=\"titel\" "
                              "text-anchor=\"%11\">%12</text></a>\n")
                   .arg(orphan ? QStringLiteral(" wees") : QString(), links.lemma(lemma.slug),
                        lemma.slug, escapeHtml(label), number(node.at.x()), number(node.at.y()),
                        number(nodeRadius),
                        orphan ? QStringLiteral(" stroke-dasharray=\"4 3\"") : QString(),
                        number(node.at.y() + 7), escapeHtml(lemma.letter),
                        node.right ? QStringLiteral("start") : QStringLiteral("end"),
                        tspans(titles[i], labelX, node.at.y(), labelLine));
    }
    svg += QStringLiteral("</svg>\n");
    return svg;
}

QString webGraphHtml(const Edition &edition, const SiteLinks &links)
{
    const QString svg = webGraphSvg(edition, links);
    // The same web as text, beside the drawing: for screen readers, keyboards and phones.
    QString list = QStringLiteral("<section class=\"verwijzingen\" aria-labelledby=\"per-lemma\">\n"
                                  "<h2 id=\"per-lemma\">Verwijzingen per lemma</h2>\n<ul>\n");
    for (const Document &lemma : edition.lemmas) {
        list += QStringLiteral("<li><a class=\"bron\" href=\"%1\"><span class=\"letter\">%2</span> "
                               "%3</a>")
                    .arg(links.lemma(lemma.slug), escapeHtml(lemma.letter),
                         escapeHtml(lemma.displayTitle()));
        QStringList targets;
        for (const QString &target : lemma.related) {
            const Document *other = edition.lemma(target);
            targets.append(other ? QStringLiteral("<a class=\"doel\" href=\"%1\" title=\"%3\">%2"
                                                  "<span class=\"verborgen\"> %3</span></a>")
                                       .arg(links.lemma(target), escapeHtml(other->letter),
                                            escapeHtml(other->displayTitle()))
                                 : QStringLiteral("<span class=\"kapot\">%1 (bestaat niet)</span>")
                                       .arg(escapeHtml(target)));
        }
        if (!targets.isEmpty())
            list += QStringLiteral(" <span class=\"naar\"><span class=\"verborgen\">verwijst "
                                   "naar </span>") +
                    targets.join(QLatin1Char(' ')) + QStringLiteral("</span>");
        list += QStringLiteral("</li>\n");
    }
    list += QStringLiteral("</ul>\n</section>\n");
    const QString range = edition.lemmas.isEmpty()
                              ? QString()
                              : QStringLiteral(" %1 tot en met %2")
                                    .arg(escapeHtml(edition.lemmas.first().letter),
                                         escapeHtml(edition.lemmas.last().letter));
    return QStringLiteral(
               "<div class=\"web-kop\">\n<h1>HET WEB</h1>\n<p class=\"uitleg\">Bovenaan de rode "
               "draden, daaronder de "
               "lemma's%1. Wijs een lemma aan of ga er met Tab naartoe: zijn verwijzingen "
               "lichten op. Klik om het te lezen.</p>\n"
               "<p class=\"schuif\">Schuif het web opzij om het helemaal te zien.</p>\n</div>\n"
               "<div class=\"web-pagina\">\n<div class=\"web\" id=\"web\">\n")
               .arg(range) +
           svg + QStringLiteral("</div>\n") + list +
           QStringLiteral("</div>\n<script src=\"%1\"></script>\n")
               .arg(links.file(QStringLiteral("web.js")));
}

QString webGraphScript()
{
    return QStringLiteral(
        R"(// HET WEB: hovering or focusing a lemma lights up its links and the lemmas they join.
(function () {
  var web = document.getElementById('web');
  if (!web) return;
  function light(slug) {
    web.classList.add('licht');
    web.querySelectorAll('line').forEach(function (line) {
      var on = line.dataset.van === slug || line.dataset.naar === slug;
      line.classList.toggle('aan', on);
      if (on) {
        web.querySelectorAll('.knoop').forEach(function (node) {
          if (node.dataset.lemma === line.dataset.van || node.dataset.lemma === line.dataset.naar)
            node.classList.add('aan');
        });
      }
    });
    web.querySelectorAll('.knoop').forEach(function (node) {
      if (node.dataset.lemma === slug) node.classList.add('aan');
    });
  }
  function dark() {
    web.classList.remove('licht');
    web.querySelectorAll('.aan').forEach(function (element) { element.classList.remove('aan'); });
  }
  web.querySelectorAll('.knoop').forEach(function (node) {
    node.addEventListener('mouseenter', function () { light(node.dataset.lemma); });
    node.addEventListener('focus', function () { light(node.dataset.lemma); });
    node.addEventListener('mouseleave', dark);
    node.addEventListener('blur', dark);
  });
})();
)");
}

} // namespace trendweb
