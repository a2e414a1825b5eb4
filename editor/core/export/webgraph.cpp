#include "export/webgraph.h"

#include "export/htmlrenderer.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <cmath>

namespace trendweb {

QString webGraphHtml(const Edition &edition, const WebGraphLinks &links)
{
    constexpr double centerX = 400;
    constexpr double centerY = 470;
    constexpr double radius = 300;
    const int count = int(edition.lemmas.size());
    QHash<QString, QPointF> position;
    for (int i = 0; i < count; ++i) {
        const double angle = 2 * M_PI * i / qMax(count, 1) - M_PI / 2;
        position.insert(edition.lemmas[i].slug,
                        {centerX + radius * std::cos(angle), centerY + radius * std::sin(angle)});
    }
    QSet<QString> linked;
    for (const Document &lemma : edition.lemmas) {
        for (const QString &target : lemma.related)
            linked.insert(target);
    }

    QString svg =
        QStringLiteral("<svg viewBox=\"0 0 800 800\" role=\"group\" aria-label=\"Het web van "
                       "verwijzingen tussen de lemma's\">\n<defs><marker id=\"pijl\" "
                       "viewBox=\"0 0 10 10\" refX=\"22\" refY=\"5\" markerWidth=\"6\" "
                       "markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 "
                       "L0,10 z\" fill=\"#9aa7b8\"/></marker></defs>\n");
    // The rode draden above the circle.
    const int threads = int(edition.threads.size());
    for (int i = 0; i < threads; ++i) {
        const Document &thread = edition.threads[i];
        const double x = 40 + i * (720.0 / qMax(threads, 1));
        svg += QStringLiteral(
                   "<a class=\"draad\" href=\"%1\"><rect x=\"%2\" y=\"10\" "
                   "width=\"%3\" height=\"60\" rx=\"8\" fill=\"#c2410c\"/><text x=\"%4\" "
                   "y=\"45\" text-anchor=\"middle\" fill=\"#fff\" font-size=\"15\">%5</text></a>\n")
                   .arg(links.thread.arg(thread.slug))
                   .arg(x)
                   .arg(720.0 / qMax(threads, 1) - 20)
                   .arg(x + (720.0 / qMax(threads, 1) - 20) / 2)
                   .arg(escapeHtml(thread.displayTitle()));
    }
    for (const Document &lemma : edition.lemmas) {
        for (const QString &target : lemma.related) {
            if (!position.contains(target) || target == lemma.slug)
                continue;
            const QPointF from = position.value(lemma.slug);
            const QPointF to = position.value(target);
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" data-van=\"%5\" "
                                  "data-naar=\"%6\" marker-end=\"url(#pijl)\"/>\n")
                       .arg(from.x(), 0, 'f', 1)
                       .arg(from.y(), 0, 'f', 1)
                       .arg(to.x(), 0, 'f', 1)
                       .arg(to.y(), 0, 'f', 1)
                       .arg(lemma.slug, target);
        }
    }
    for (const Document &lemma : edition.lemmas) {
        const QPointF at = position.value(lemma.slug);
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
        svg +=
            QStringLiteral(
                "<a class=\"knoop%1\" href=\"%9\" data-lemma=\"%2\" "
                "aria-label=\"%3\"><circle cx=\"%4\" cy=\"%5\" r=\"22\"%6/>"
                "<text x=\"%4\" y=\"%7\" text-anchor=\"middle\" font-size=\"20\">%8</text></a>\n")
                .arg(orphan ? QStringLiteral(" wees") : QString(), lemma.slug, escapeHtml(label))
                .arg(at.x(), 0, 'f', 1)
                .arg(at.y(), 0, 'f', 1)
                .arg(orphan ? QStringLiteral(" stroke-dasharray=\"4 3\"") : QString())
                .arg(at.y() + 7, 0, 'f', 1)
                .arg(escapeHtml(lemma.letter))
                .arg(links.lemma.arg(lemma.slug));
    }
    svg += QStringLiteral("</svg>\n");

    // The same web as text, for screen readers and keyboards.
    QString list = QStringLiteral("<h2>Verwijzingen per lemma</h2>\n<ul class=\"verwijzingen\">\n");
    for (const Document &lemma : edition.lemmas) {
        list += QStringLiteral("<li><a href=\"%1\">%2 %3</a>")
                    .arg(links.lemma.arg(lemma.slug), escapeHtml(lemma.letter),
                         escapeHtml(lemma.displayTitle()));
        QStringList targets;
        for (const QString &target : lemma.related) {
            const Document *other = edition.lemma(target);
            targets.append(other ? QStringLiteral("<a href=\"%1\">%2</a>")
                                       .arg(links.lemma.arg(target), escapeHtml(other->letter))
                                 : QStringLiteral("%1 (bestaat niet)").arg(escapeHtml(target)));
        }
        if (!targets.isEmpty())
            list += QStringLiteral(" → ") + targets.join(QStringLiteral(", "));
        list += QStringLiteral("</li>\n");
    }
    list += QStringLiteral("</ul>\n");
    return QStringLiteral("<h1>HET WEB</h1>\n<div class=\"web\" id=\"web\">\n") + svg +
           QStringLiteral("</div>\n") + list +
           QStringLiteral("<script src=\"%1\"></script>\n").arg(links.script);
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
