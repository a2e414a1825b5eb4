// Benchmark: sharing an edition with a long past — 200 lemmas, 5,000 versions — through
// the core next to the git command on the same repositories in the same run: cloning,
// pulling, pushing, committing and the history of one (once renamed) lemma. Prints the
// figures and the ratios (target: the core at most 2× git); asserts only that both see
// the same history.
#include "git/repository.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace trendweb;

namespace {

constexpr int kLemmas = 200;
constexpr int kVersions = 5000;
constexpr int kRenamed = 7;          // lemma-007.md was oud-007.md until …
constexpr int kRenameVersion = 2500; // … this version

const git::Signature author{QStringLiteral("Benchmark"), QStringLiteral("bench@example.org")};

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QString lemmaName(int index)
{
    return QStringLiteral("lemma-%1.md").arg(index, 3, 10, QLatin1Char('0'));
}

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(result.error().message));
        std::exit(1);
    }
    if constexpr (!std::is_void_v<T>)
        return std::move(result).value();
}

QByteArray runGit(const QString &directory, const QStringList &arguments,
                  const QByteArray &input = {})
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("git"), arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "git %s failed (%s, exit %d): %s\n",
                     qPrintable(arguments.join(QLatin1Char(' '))),
                     qPrintable(process.errorString()), process.exitCode(),
                     process.readAllStandardError().constData());
        std::exit(1);
    }
    return process.readAllStandardOutput();
}

double timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The repository's past as one git fast-import stream: every lemma at the start, then one
// lemma changed per version, and one lemma renamed half-way.
QByteArray history()
{
    QByteArray stream;
    std::vector<QByteArray> texts(kLemmas);
    const auto blob = [&stream](const QByteArray &path, const QByteArray &text) {
        stream += "M 100644 inline " + path + "\ndata " + QByteArray::number(text.size()) + "\n" +
                  text + "\n";
    };
    const auto path = [](int index, int version) {
        if (index == kRenamed && version < kRenameVersion)
            return QByteArray("lemmas/oud-007.md");
        return "lemmas/" + lemmaName(index).toUtf8();
    };
    for (int version = 0; version < kVersions; ++version) {
        const QByteArray message = "Versie " + QByteArray::number(version);
        const QByteArray when = QByteArray::number(1700000000 + version * 60) + " +0000";
        stream += "commit refs/heads/main\nauthor Benchmark <bench@example.org> " + when +
                  "\ncommitter Benchmark <bench@example.org> " + when + "\ndata " +
                  QByteArray::number(message.size()) + "\n" + message + "\n";
        if (version == 0) {
            for (int index = 0; index < kLemmas; ++index) {
                texts[index] =
                    "---\ntitle: Lemma " + QByteArray::number(index) + "\nstatus: concept\n---\n\n";
                for (int paragraph = 0; paragraph < 12; ++paragraph)
                    texts[index] += "Alinea " + QByteArray::number(paragraph) +
                                    " over de trend, met een zin die lang genoeg is om op "
                                    "echte tekst te lijken.\n\n";
                blob(path(index, 0), texts[index]);
            }
            continue;
        }
        if (version == kRenameVersion)
            stream += "R " + path(kRenamed, version - 1) + " " + path(kRenamed, version) + "\n";
        const int index = (version * 37) % kLemmas;
        texts[index] += "Ronde " + QByteArray::number(version) + ".\n\n";
        blob(path(index, version), texts[index]);
    }
    return stream;
}

// A few versions in a clone, made by git, one lemma each.
void gitVersions(const QString &clone, int count, int round)
{
    for (int i = 0; i < count; ++i) {
        const QString file = QDir(clone).filePath(QStringLiteral("lemmas/") + lemmaName(i));
        QString text = readTextFile(file).value();
        text += QStringLiteral("Schrijver %1.%2.\n\n").arg(round).arg(i);
        must(writeTextFile(file, text), "write");
        runGit(clone, {QStringLiteral("commit"), QStringLiteral("-qam"),
                       QStringLiteral("Schrijver %1.%2").arg(round).arg(i)});
    }
}

void ratio(const char *what, const std::vector<double> &core, const std::vector<double> &git)
{
    const double c = median(core);
    const double g = median(git);
    std::printf("%-34s core %9.1f ms   git %9.1f ms   ratio %.2f× (target ≤ 2×)\n", what, c, g,
                g > 0 ? c / g : 0.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // Git's identity and configuration are the benchmark's own.
    qputenv("HOME", QFile::encodeName(dir.path()));
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    for (const char *name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
        qputenv(name, "Benchmark");
    for (const char *name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
        qputenv(name, "bench@example.org");
    const auto at = [&dir](const QString &name) { return dir.filePath(name); };

    QElapsedTimer setup;
    setup.start();
    const QString shared = at(QStringLiteral("gedeeld.git"));
    QDir().mkpath(shared);
    runGit(shared, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                    QStringLiteral("-b"), QStringLiteral("main")});
    runGit(shared, {QStringLiteral("fast-import"), QStringLiteral("--quiet")}, history());
    runGit(shared, {QStringLiteral("gc"), QStringLiteral("-q")});
    // A second shared place with the same past, so that the core and git each push and pull
    // on their own.
    const QString sharedGit = at(QStringLiteral("gedeeld-git.git"));
    runGit(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"),
                        QStringLiteral("--no-local"), shared, sharedGit});
    std::printf("a shared edition of %d lemmas and %d versions, made in %.1f s\n", kLemmas,
                kVersions, double(setup.elapsed()) / 1000);

    // 1. Cloning the whole past.
    std::vector<double> coreClone;
    std::vector<double> gitClone;
    for (int round = 0; round < 3; ++round) {
        const QString mine = at(QStringLiteral("kern-kloon-%1").arg(round));
        const QString theirs = at(QStringLiteral("git-kloon-%1").arg(round));
        coreClone.push_back(timed([&] { must(git::Repository::clone(shared, mine), "clone"); }));
        gitClone.push_back(timed([&] {
            runGit(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), shared, theirs});
        }));
    }
    ratio("clone (local path)", coreClone, gitClone);
    std::vector<double> coreUrlClone;
    std::vector<double> gitUrlClone;
    const QString url = QStringLiteral("file://") + shared;
    for (int round = 0; round < 3; ++round) {
        const QString mine = at(QStringLiteral("kern-url-%1").arg(round));
        const QString theirs = at(QStringLiteral("git-url-%1").arg(round));
        coreUrlClone.push_back(timed([&] { must(git::Repository::clone(url, mine), "clone"); }));
        gitUrlClone.push_back(timed([&] {
            runGit(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), url, theirs});
        }));
    }
    ratio("clone (file:// URL)", coreUrlClone, gitUrlClone);

    // 2. The history of one lemma that was renamed half-way.
    const QString coreClonePath = at(QStringLiteral("kern"));
    const QString gitClonePath = at(QStringLiteral("git"));
    git::Repository core = must(git::Repository::clone(shared, coreClonePath), "clone");
    runGit(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), sharedGit, gitClonePath});
    const QString lemma = QStringLiteral("lemmas/") + lemmaName(kRenamed);
    std::vector<double> coreLog;
    std::vector<double> gitLog;
    qsizetype coreCount = 0;
    qsizetype gitCount = 0;
    for (int round = 0; round < 5; ++round) {
        coreLog.push_back(timed([&] { coreCount = must(core.log(lemma), "log").size(); }));
        gitLog.push_back(timed([&] {
            gitCount =
                runGit(gitClonePath, {QStringLiteral("log"), QStringLiteral("--follow"),
                                      QStringLiteral("--format=%H"), QStringLiteral("--"), lemma})
                    .count('\n');
        }));
    }
    ratio("log LEMMA vs git log --follow", coreLog, gitLog);
    std::vector<double> gitPlainLog;
    for (int round = 0; round < 5; ++round) {
        gitPlainLog.push_back(timed([&] {
            runGit(gitClonePath, {QStringLiteral("log"), QStringLiteral("--format=%H"),
                                  QStringLiteral("--"), lemma});
        }));
    }
    ratio("log LEMMA vs git log (no --follow)", coreLog, gitPlainLog);
    std::printf("  versions of %s: core %lld, git --follow %lld\n", qPrintable(lemma),
                qlonglong(coreCount), qlonglong(gitCount));
    if (coreCount != gitCount) {
        std::fprintf(stderr, "the core and git see a different history of %s\n", qPrintable(lemma));
        return 1;
    }
    std::vector<double> coreFullLog;
    std::vector<double> gitFullLog;
    for (int round = 0; round < 3; ++round) {
        coreFullLog.push_back(timed([&] { must(core.log(), "log"); }));
        gitFullLog.push_back(timed([&] {
            runGit(gitClonePath, {QStringLiteral("log"), QStringLiteral("--format=%H %an %s")});
        }));
    }
    ratio("log (every version)", coreFullLog, gitFullLog);

    // 3. Committing one changed lemma.
    std::vector<double> coreCommit;
    std::vector<double> gitCommit;
    for (int round = 0; round < 9; ++round) {
        const QString name = QStringLiteral("lemmas/") + lemmaName(100 + round);
        for (const QString &clone : {coreClonePath, gitClonePath}) {
            const QString file = QDir(clone).filePath(name);
            must(writeTextFile(file, readTextFile(file).value() + QStringLiteral("Nieuw.\n\n")),
                 "write");
        }
        coreCommit.push_back(timed([&] {
            must(core.commit({name}, QStringLiteral("Kern %1").arg(round), author), "commit");
        }));
        gitCommit.push_back(timed([&] {
            runGit(gitClonePath, {QStringLiteral("add"), name});
            runGit(gitClonePath, {QStringLiteral("commit"), QStringLiteral("-qm"),
                                  QStringLiteral("Git %1").arg(round)});
        }));
    }
    ratio("commit one lemma", coreCommit, gitCommit);

    // 4. Sending: the versions just made, and a few more each round.
    std::vector<double> corePush;
    std::vector<double> gitPush;
    for (int round = 0; round < 3; ++round) {
        corePush.push_back(timed([&] { must(core.push(), "push"); }));
        gitPush.push_back(timed([&] {
            runGit(gitClonePath, {QStringLiteral("push"), QStringLiteral("-q"),
                                  QStringLiteral("origin"), QStringLiteral("main")});
        }));
        for (const QString &clone : {coreClonePath, gitClonePath})
            gitVersions(clone, 3, round);
    }
    runGit(gitClonePath, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                          QStringLiteral("main")});
    must(core.push(), "push");
    ratio("push", corePush, gitPush);

    // 5. Fetching what another author sent (a fast-forward of a few versions).
    const QString writerCore = at(QStringLiteral("schrijver-kern"));
    const QString writerGit = at(QStringLiteral("schrijver-git"));
    runGit(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), shared, writerCore});
    runGit(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), sharedGit, writerGit});
    std::vector<double> corePull;
    std::vector<double> gitPull;
    for (int round = 0; round < 3; ++round) {
        for (const QString &writer : {writerCore, writerGit}) {
            gitVersions(writer, 5, 100 + round);
            runGit(writer, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                            QStringLiteral("main")});
        }
        corePull.push_back(timed([&] { must(core.pull(author), "pull"); }));
        gitPull.push_back(timed([&] {
            runGit(gitClonePath,
                   {QStringLiteral("pull"), QStringLiteral("-q"), QStringLiteral("--ff-only")});
        }));
    }
    ratio("pull (fast-forward)", corePull, gitPull);
    return 0;
}
