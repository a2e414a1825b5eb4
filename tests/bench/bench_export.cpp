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
        const bool finished = build.waitForFinished(600000);
        const double buildMs = msSince(timer);
        if (!html || !hugo) {
            std::fprintf(stderr, "the export failed: %s\n",
                         qPrintable(!html ? html.error().message : hugo.error().message));
            return 1;
        }
        // A hugo that did not run, or failed, has no build time to compare with.
        if (!finished || build.exitStatus() != QProcess::NormalExit || build.exitCode() != 0) {
            std::fprintf(stderr, "the hugo build failed (%s, exit %d): %s%s\n",
                         qPrintable(build.errorString()), build.exitCode(),
                         build.readAllStandardError().constData(),
                         build.readAllStandardOutput().constData());
            return 1;
        }
        std::printf("%4dx (%d lemmas): static site %.0f ms (%d pages), hugo source %.0f ms, "
                    "hugo build of it %.0f ms\n",
                    copies, int(edition.lemmas.size()), htmlMs, html->pages, hugoMs, buildMs);
    }
    return 0;
}
