// Benchmark: load and validate the built-in edition and synthetic editions of
// 10× and 100× its size, next to cmark-gfm parsing the same Markdown bytes
// alone (the floor). Prints milliseconds; asserts nothing about speed.
#include "editionloader.h"
#include "synthetic.h"
#include "validation/editionchecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdio>
#include <vector>

using namespace trendweb;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// cmark-gfm alone over the same bytes, with the same options and extensions.
void parseWithCmark(const std::vector<QByteArray> &files)
{
    for (const QByteArray &bytes : files) {
        cmark_parser *parser = cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS);
        for (const char *name : {"table", "strikethrough", "autolink"})
            cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
        cmark_parser_feed(parser, bytes.constData(), size_t(bytes.size()));
        cmark_node *root = cmark_parser_finish(parser);
        cmark_node_free(root);
        cmark_parser_free(parser);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cmark_gfm_core_extensions_ensure_registered();
    const QString contentDir =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(TRENDWEB_CONTENT_DIR);
    const auto builtin = loadEdition(contentDir);
    if (!builtin) {
        std::fprintf(stderr, "%s\n", qPrintable(builtin.error().toString()));
        return 2;
    }
    std::printf("%-8s %8s %10s %14s %14s %8s\n", "edition", "lemmas", "KiB", "validate ms",
                "cmark ms", "ratio");
    double firstPerLemma = 0;
    for (int copies : {1, 10, 100}) {
        QTemporaryDir dir;
        makeSyntheticEdition(builtin.value(), copies, dir.path());
        std::vector<QByteArray> files;
        qint64 bytes = 0;
        QDirIterator it(dir.filePath(QStringLiteral("lemmas")), {QStringLiteral("*.md")});
        while (it.hasNext()) {
            files.push_back(readAll(it.next()));
            bytes += files.back().size();
        }
        const int runs = copies == 100 ? 3 : 7;
        int lemmas = 0;
        int problems = 0;
        const double validate = medianMs(runs, [&] {
            const Edition edition = loadEdition(dir.path()).value();
            problems = int(allDiagnostics(edition).size());
            lemmas = int(edition.lemmas.size());
        });
        const double floor = medianMs(runs, [&] { parseWithCmark(files); });
        std::printf("%-8s %8d %10.1f %14.2f %14.2f %7.1fx   (%d findings)\n",
                    qPrintable(QStringLiteral("%1x").arg(copies)), lemmas, bytes / 1024.0, validate,
                    floor, validate / floor, problems);
        if (copies == 1)
            firstPerLemma = validate / lemmas;
        else
            std::printf("         growth per lemma vs 1x: %.2f\n",
                        (validate / lemmas) / firstPerLemma);
    }
    return 0;
}
