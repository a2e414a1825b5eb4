// Benchmark: HET WEB for 20 and 200 lemmas — the layout (nodes on the circle, the
// cross-links as edges) and the first paint of the QML view, then a repaint after
// hovering a lemma lights up its links.
#include "editionloader.h"
#include "synthetic.h"
#include "webgraphmodel.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <algorithm>
#include <cstdio>
#include <vector>

Q_IMPORT_QML_PLUGIN(Trendweb_StudioPlugin)

using namespace trendweb;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double elapsedMs(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    const Edition builtin = loadEdition(QStringLiteral(TRENDWEB_CONTENT_DIR)).value();

    std::printf("HET WEB (median of 5; paint by Qt Quick's software renderer, 1000x800)\n");
    for (const int copies : {1, 10}) {
        QTemporaryDir dir;
        makeSyntheticEdition(builtin, copies, dir.filePath(QStringLiteral("editie")));
        const Edition edition = loadEdition(dir.filePath(QStringLiteral("editie"))).value();

        std::vector<double> layout, paint, hover;
        for (int round = 0; round < 5; ++round) {
            WebNodeModel nodes;
            WebEdgeModel edges;
            QElapsedTimer timer;
            timer.start();
            nodes.setEdition(edition);
            edges.setEdition(edition);
            layout.push_back(elapsedMs(timer));

            QQuickView view;
            view.engine()->addImportPath(QStringLiteral("qrc:/"));
            view.setInitialProperties({{QStringLiteral("nodes"), QVariant::fromValue(&nodes)},
                                       {QStringLiteral("edges"), QVariant::fromValue(&edges)}});
            view.setResizeMode(QQuickView::SizeRootObjectToView);
            view.resize(1000, 800);
            timer.restart();
            view.setSource(QUrl(QStringLiteral("qrc:/Trendweb/Studio/WebView.qml")));
            if (!view.rootObject()) {
                std::fprintf(stderr, "bench_web: WebView.qml did not load\n");
                return 1;
            }
            const QImage first = view.grabWindow();
            paint.push_back(elapsedMs(timer));
            if (first.isNull())
                return 1;

            timer.restart();
            view.rootObject()->setProperty("hoveredSlug", edition.lemmas.constFirst().slug);
            const QImage lit = view.grabWindow();
            hover.push_back(elapsedMs(timer));
            if (lit == first) {
                std::fprintf(stderr, "bench_web: hovering changed nothing on screen\n");
                return 1;
            }
        }
        std::printf("%4d lemmas: layout %.2f ms, first paint %.1f ms, hover repaint %.1f ms\n",
                    int(edition.lemmas.size()), median(layout), median(paint), median(hover));
    }
    return 0;
}
