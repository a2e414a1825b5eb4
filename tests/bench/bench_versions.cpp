// Benchmark: committing one changed lemma through the core next to `git add`
// + `git commit` on the same repository (the baseline, same run), and the
// history of one lemma in a repository of 1,000 versions. Prints figures,
// asserts nothing about speed.
#include "git/repository.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace trendweb;

namespace {

const git::Signature author{QStringLiteral("Benchmark"), QStringLiteral("bench@example.org")};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void copyEdition(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
    }
}

void touch(const QString &file, int round)
{
    QString text = readTextFile(file).value();
    text += QStringLiteral("\nRonde %1.\n").arg(round);
    if (!writeTextFile(file, text)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        std::exit(1);
    }
}

// The git command as the baseline; a git that fails has no time to compare with, so the
// benchmark stops there.
void runGit(const QString &directory, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "git %s failed (%s, exit %d): %s\n",
                     qPrintable(arguments.join(QLatin1Char(' '))),
                     qPrintable(process.errorString()), process.exitCode(),
                     process.readAllStandardError().constData());
        std::exit(1);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString content = QStringLiteral(TRENDWEB_CONTENT_DIR);
    QTemporaryDir dir;

    // 1. One changed lemma, committed: the core against the git command.
    const QString repoPath = dir.filePath(QStringLiteral("editie"));
    copyEdition(content, repoPath);
    git::Repository repository = git::Repository::init(repoPath).value();
    repository.commitAll(QStringLiteral("Begin"), author).value();
    const QString lemma = QStringLiteral("lemmas/woningbouw.md");
    const QString file = QDir(repoPath).filePath(lemma);
    std::vector<double> core;
    std::vector<double> command;
    for (int round = 0; round < 15; ++round) {
        touch(file, round * 2);
        QElapsedTimer timer;
        timer.start();
        repository.commit({lemma}, QStringLiteral("Kern %1").arg(round), author).value();
        core.push_back(double(timer.nsecsElapsed()) / 1e6);

        touch(file, round * 2 + 1);
        timer.restart();
        runGit(repoPath, {QStringLiteral("add"), lemma});
        runGit(repoPath,
               {QStringLiteral("-c"), QStringLiteral("user.name=Benchmark"), QStringLiteral("-c"),
                QStringLiteral("user.email=bench@example.org"), QStringLiteral("commit"),
                QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Git %1").arg(round)});
        command.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("commit of one changed lemma: core %.2f ms, git add + git commit %.2f ms "
                "(median of %zu)\n",
                median(core), median(command), core.size());

    // 2. History of one lemma among 1,000 versions of the edition.
    const QString bigPath = dir.filePath(QStringLiteral("groot"));
    copyEdition(content, bigPath);
    git::Repository big = git::Repository::init(bigPath).value();
    big.commitAll(QStringLiteral("Begin"), author).value();
    const QStringList lemmas = QDir(QDir(bigPath).filePath(QStringLiteral("lemmas")))
                                   .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (int round = 1; round < 1000; ++round) {
        const QString changed = QStringLiteral("lemmas/") + lemmas[round % lemmas.size()];
        touch(QDir(bigPath).filePath(changed), round);
        big.commit({changed}, QStringLiteral("Versie %1").arg(round), author).value();
    }
    std::vector<double> history;
    int versions = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        versions = int(big.log(QStringLiteral("lemmas/woningbouw.md")).value().size());
        history.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf(
        "history of one lemma in %d versions: %.1f ms for its %d versions (target < 100 ms)\n",
        int(big.log().value().size()), median(history), versions);
    return 0;
}
