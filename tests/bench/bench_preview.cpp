// Benchmark: from a keystroke to the new preview HTML of a 3,000-word lemma
// (parse, check and render; the web view's paint is not included).
#include "editionloader.h"
#include "export/htmlrenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace trendweb;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Edition edition = loadEdition(QStringLiteral(TRENDWEB_CONTENT_DIR)).value();
    QString text = edition.lemma(QStringLiteral("digitale-overheid"))->text;
    const QString more = edition.lemma(QStringLiteral("ambt-onder-druk"))->body();
    text += QLatin1Char('\n') + more.left(2000); // about 3,100 words
    const QString path = QStringLiteral("lemmas/digitale-overheid.md");
    std::vector<double> times;
    for (int keystroke = 0; keystroke < 60; ++keystroke) {
        text.insert(text.size() / 2, QLatin1Char('e'));
        QElapsedTimer timer;
        timer.start();
        Document lemma = parseDocument(text, path, Document::Kind::Lemma, edition.root);
        edition.replaceDocument(lemma);
        const QString html =
            previewHtml(edition, *edition.lemma(QStringLiteral("digitale-overheid")));
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (html.isEmpty())
            return 1;
    }
    std::sort(times.begin(), times.end());
    std::printf("keystroke to preview HTML, %d-word lemma: median %.2f ms, 95th percentile %.2f ms "
                "(target < 16 ms; the web view's paint not included)\n",
                edition.lemma(QStringLiteral("digitale-overheid"))->markdown.wordCount,
                times[times.size() / 2], times[times.size() * 95 / 100]);
    return 0;
}
