// Benchmark: load and validate the built-in edition and synthetic editions of
// 10× and 100× its size, next to cmark-gfm parsing the same Markdown bytes
// alone (the floor). Prints milliseconds; asserts nothing about speed.
#include "editionloader.h"
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

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

// `copies` copies of every lemma of `source`, each copy's links pointing into the same copy.
void makeSyntheticEdition(const Edition &source, int copies, const QString &target)
{
    QStringList order;
    for (int copy = 0; copy < copies; ++copy) {
        for (const Document &lemma : source.lemmas) {
            QString text = lemma.text;
            if (copy > 0) {
                for (const Document &other : source.lemmas) {
                    const QString suffixed = QStringLiteral("%1-%2").arg(other.slug).arg(copy);
                    text.replace(
                        QRegularExpression(QStringLiteral("\\b%1\\b(?!-)")
                                               .arg(QRegularExpression::escape(other.slug))),
                        suffixed);
                }
                // Titles stay distinct.
                text.replace(QStringLiteral("title: ") + lemma.title,
                             QStringLiteral("title: %1 (%2)").arg(lemma.title).arg(copy));
            }
            const QString slug =
                copy == 0 ? lemma.slug : QStringLiteral("%1-%2").arg(lemma.slug).arg(copy);
            order.append(slug);
            writeAll(QDir(target).filePath(lemmaPath(slug)), text.toUtf8());
        }
    }
    QByteArray yaml =
        "title: Synthetisch\nyear: 2025\nedition: 3\npublisher: Trendbureau\nlemmas:\n";
    for (const QString &slug : order)
        yaml += "  - " + slug.toUtf8() + "\n";
    writeAll(QDir(target).filePath(QStringLiteral("edition.yaml")), yaml);
}

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
