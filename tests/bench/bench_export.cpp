// Benchmark: exporting the built-in edition and a synthetic 100x edition as a
// static site and as a Hugo source, with the time hugo takes to build the
// result in the same run. Prints figures, asserts nothing about speed.
#include "editionloader.h"
#include "export/hugoexport.h"
#include "export/siteexport.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace trendweb;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Edition builtin = loadEdition(QStringLiteral(TRENDWEB_CONTENT_DIR)).value();
    for (int copies : {1, 100}) {
        QTemporaryDir dir;
        Edition edition = builtin;
        if (copies > 1) {
            makeSyntheticEdition(builtin, copies, dir.filePath(QStringLiteral("editie")));
            edition = loadEdition(dir.filePath(QStringLiteral("editie"))).value();
        }
        QElapsedTimer timer;
        timer.start();
        const auto html = exportStaticSite(edition, dir.filePath(QStringLiteral("html")), true);
        const double htmlMs = msSince(timer);
        timer.restart();
        const auto hugo = exportHugoSite(edition, dir.filePath(QStringLiteral("hugo")), true);
        const double hugoMs = msSince(timer);
        timer.restart();
        QProcess build;
        build.start(QStringLiteral("hugo"),
                    {QStringLiteral("--quiet"), QStringLiteral("-s"),
                     dir.filePath(QStringLiteral("hugo")), QStringLiteral("-d"),
                     dir.filePath(QStringLiteral("hugo/public"))});
        build.waitForFinished(600000);
        const double buildMs = msSince(timer);
        std::printf("%4dx (%d lemmas): static site %.0f ms (%d pages), hugo source %.0f ms, "
                    "hugo build of it %.0f ms (exit %d)\n",
                    copies, int(edition.lemmas.size()), htmlMs, html ? html->pages : 0, hugoMs,
                    buildMs, build.exitCode());
        if (!html || !hugo)
            return 1;
    }
    return 0;
}
