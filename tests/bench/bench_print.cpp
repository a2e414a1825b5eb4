// Benchmark: the print edition of the built-in edition. The whole `trendweb export
// --format pdf` (the program, as a user runs it) against the engine alone (weasyprint on
// the same HTML, with the same options) in the same run. Prints both; the target for
// the whole is under 30 s. A run that does not produce a PDF fails instead of printing a
// time for work it did not do.
#include "editionloader.h"
#include "export/printedition.h"
#include "export/printexport.h"
#include "export/sitecontents.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

using namespace trendweb;

namespace {

// The processor time the finished child processes have used so far (user and system), in
// ms: on a shared machine the wall-clock time also counts the waiting for a processor.
double childCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString content = QStringLiteral(TRENDWEB_CONTENT_DIR);
    QTemporaryDir dir;

    // The whole export, as the command line does it: load, check, build the HTML, lay it out.
    const QString whole = dir.filePath(QStringLiteral("trendweb.pdf"));
    QElapsedTimer timer;
    double cpu = childCpuMs();
    timer.start();
    QProcess cli;
    cli.start(QStringLiteral(TRENDWEB_CLI_BIN),
              {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
               QStringLiteral("--force"), QStringLiteral("--output"), whole, content});
    const bool finished = cli.waitForFinished(600000);
    const double wholeMs = double(timer.nsecsElapsed()) / 1e6;
    const double wholeCpuMs = childCpuMs() - cpu;
    if (!finished || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0 ||
        !QFileInfo(whole).isFile()) {
        std::fprintf(stderr, "trendweb export --format pdf failed (exit %d): %s\n", cli.exitCode(),
                     cli.readAllStandardError().constData());
        return 1;
    }

    // The engine alone on the same document.
    const Edition edition = loadEdition(content).value();
    const QString html = dir.filePath(QStringLiteral("trendweb.html"));
    if (!writeTextFile(html, printHtml(edition, siteDate()))) {
        std::fprintf(stderr, "the HTML could not be written\n");
        return 1;
    }
    const QString alone = dir.filePath(QStringLiteral("weasyprint.pdf"));
    cpu = childCpuMs();
    timer.restart();
    const auto engine = runWeasyprint(html, alone);
    const double engineMs = double(timer.nsecsElapsed()) / 1e6;
    const double engineCpuMs = childCpuMs() - cpu;
    if (!engine || !QFileInfo(alone).isFile()) {
        std::fprintf(stderr, "weasyprint alone failed: %s\n",
                     qPrintable(engine ? QStringLiteral("no PDF") : engine.error().message));
        return 1;
    }
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::printf("print edition (%d lemmas, %lld KB): trendweb export --format pdf %.0f ms "
                "(processor %.0f ms), weasyprint alone on the same HTML %.0f ms (processor "
                "%.0f ms); target for the whole < 30000 ms: %s (load average %.1f)\n",
                int(edition.lemmas.size()), QFileInfo(whole).size() / 1024, wholeMs, wholeCpuMs,
                engineMs, engineCpuMs, wholeMs < 30000 ? "met" : "NOT met", load[0]);
    return 0;
}
