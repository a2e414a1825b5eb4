// Nothing lost on a full disk: every operation that changes files runs on a small disk that
// fills up halfway, and afterwards every file of the edition has exactly its old bytes.
//
// The disk is a small tmpfs. Each test runs itself again inside a private mount namespace
// (`unshare -rm`), so the mount needs no root and vanishes with the process.
#include "editing/frontmatteredits.h"
#include "editing/lemmaops.h"
#include "editing/search.h"
#include "fixtures.h"
#include "git/repository.h"
#include "lemmadocument.h"
#include "testregistry.h"
#include "textfile.h"
#include "versions/conflicts.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace trendweb;
using namespace trendweb::test;

namespace {

const char *const insideVariable = "TRENDWEB_TEST_PRIVATE_MOUNTS";

bool insidePrivateMounts()
{
    return qEnvironmentVariableIsSet(insideVariable);
}

// Runs the current test function again in a private mount namespace; true when it passed
// there. Skips when this machine cannot make one.
void runInPrivateMounts(bool &passed)
{
    passed = false;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(insideVariable), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("unshare"),
                  {QStringLiteral("-rm"), QCoreApplication::applicationFilePath(),
                   QStringLiteral("FullDiskTest"),
                   QString::fromLatin1(QTest::currentTestFunction())});
    if (!process.waitForStarted())
        QSKIP("unshare is not available here, so no small disk can be mounted");
    QVERIFY(process.waitForFinished(120000));
    const QString output = QString::fromUtf8(process.readAll());
    if (output.contains(QStringLiteral("cannot mount a small disk")))
        QSKIP(qPrintable(QStringLiteral("no small disk here: ") + output.right(300)));
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
    passed = true;
}

// Every file under `root` (hidden ones too) with its bytes; `except` left out.
QMap<QString, QByteArray> snapshot(const QString &root, const QString &except = {})
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (relative == except)
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(relative, file.readAll());
    }
    return files;
}

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).path());
        QVERIFY(QFile::copy(path, target));
    }
}

// A small disk at `dir`, holding a copy of the edition `source`.
void mountSmallDisk(const QString &dir, const QString &source, const char *size = "1m")
{
    const int mounted = QProcess::execute(
        QStringLiteral("mount"),
        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
         QStringLiteral("size=") + QLatin1String(size), QStringLiteral("tmpfs"), dir});
    if (mounted != 0)
        QFAIL("cannot mount a small disk (mount -t tmpfs failed)");
    if (!source.isEmpty())
        copyTree(source, dir);
}

// Fills the disk at `dir` up to `room` bytes (whole pages) with one file, "vulsel".
void fillDisk(const QString &dir, qint64 room)
{
    const QByteArray path = QFile::encodeName(QDir(dir).filePath(QStringLiteral("vulsel")));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    const QByteArray block(64 * 1024, 'x');
    qint64 size = 0;
    for (;;) {
        const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
        if (n <= 0)
            break;
        size += n;
    }
    // Whole pages, so that exactly `room` bytes are free again.
    size -= size % 4096;
    QVERIFY(::ftruncate(fd, qMax<qint64>(0, size - room)) == 0);
    ::close(fd);
}

qint64 pages(qint64 bytes)
{
    return (bytes + 4095) / 4096 * 4096;
}

QString edition()
{
    return fixturePath(QStringLiteral("small-edition"));
}

struct Run
{
    int exitCode = -1;
    QString err;
};

Run trendwebIn(const QString &directory, const QStringList &arguments)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral(TRENDWEB_CLI_BIN), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

// The files a conflict's resolution may touch in a clone: its working files and Git's
// index with the merge state beside it. Git's object store is left out: an object written
// before the disk was full is unreferenced and harmless (git gc takes it away).
QMap<QString, QByteArray> cloneState(const QString &root)
{
    QMap<QString, QByteArray> files = snapshot(root);
    for (auto it = files.begin(); it != files.end();) {
        if (it.key().startsWith(QLatin1String(".git/objects/")))
            it = files.erase(it);
        else
            ++it;
    }
    return files;
}

QStringList conflictPlaces(const git::Repository &repository)
{
    QStringList places;
    const auto conflicts = lemmaConflicts(repository);
    if (!conflicts)
        return {QStringLiteral("unreadable: ") + conflicts.error().message};
    for (const LemmaConflict &conflict : conflicts.value()) {
        for (const ParagraphConflict &item : conflict.conflicts)
            places.append(conflict.path + QLatin1Char(' ') + item.place() + QLatin1Char(' ') +
                          item.decision);
    }
    places.sort();
    return places;
}

// The setting up of a test may not fail.
void must(Result<void> &&result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
}

template<typename T> T must(Result<T> &&result)
{
    if (!result)
        qFatal("%s", qPrintable(result.error().toString()));
    return std::move(result).value();
}

void edit(const QString &root, const QString &path, const QString &before, const QString &after)
{
    const QString file = QDir(root).filePath(path);
    QString text = readTextFile(file).value();
    QVERIFY2(text.contains(before), qPrintable(before));
    text.replace(before, after);
    QVERIFY(writeTextFile(file, text).ok());
}

// On the disk at `dir`: a shared repository, Anna's clone and Bert's; both changed the same
// paragraph of "tweede", the status of "derde", and Anna removed "derde" while Bert edited it
// (`removed`). Bert has pulled and has the conflicts; his clone is returned.
git::Repository conflictsOnDisk(const QString &dir, bool removed)
{
    const git::Signature anna{QStringLiteral("Anna"), QStringLiteral("anna@example.org")};
    const git::Signature bert{QStringLiteral("Bert"), QStringLiteral("bert@example.org")};
    const QString remote = QDir(dir).filePath(QStringLiteral("gedeeld.git"));
    must(git::Repository::init(remote, true));
    const QString first = QDir(dir).filePath(QStringLiteral("begin"));
    writeFiles(first, goodEdition());
    auto begin = must(git::Repository::init(first));
    must(begin.commitAll(QStringLiteral("Begin"), anna));
    must(begin.setRemote(remote));
    must(begin.push());
    auto a = must(git::Repository::clone(remote, QDir(dir).filePath(QStringLiteral("anna"))));
    auto b = must(git::Repository::clone(remote, QDir(dir).filePath(QStringLiteral("bert"))));
    edit(a.workdir(), QStringLiteral("lemmas/tweede.md"), QStringLiteral("Tekst van het"),
         QStringLiteral("Annas tekst van het"));
    edit(b.workdir(), QStringLiteral("lemmas/tweede.md"), QStringLiteral("Tekst van het"),
         QStringLiteral("Berts tekst van het"));
    if (removed) {
        QFile::remove(QDir(a.workdir()).filePath(QStringLiteral("lemmas/derde.md")));
        edit(a.workdir(), QStringLiteral("edition.yaml"), QStringLiteral("tweede, derde]"),
             QStringLiteral("tweede]"));
        edit(a.workdir(), QStringLiteral("lemmas/eerste.md"),
             QStringLiteral("related: [tweede, derde]"), QStringLiteral("related: [tweede]"));
        edit(b.workdir(), QStringLiteral("lemmas/derde.md"), QStringLiteral("Derde tekst."),
             QStringLiteral("Derde tekst, herzien."));
    } else {
        edit(a.workdir(), QStringLiteral("lemmas/derde.md"), QStringLiteral("status: final"),
             QStringLiteral("status: review"));
        edit(b.workdir(), QStringLiteral("lemmas/derde.md"), QStringLiteral("status: final"),
             QStringLiteral("status: draft"));
    }
    must(a.commitAll(QStringLiteral("Anna"), anna));
    must(a.push());
    must(b.commitAll(QStringLiteral("Bert"), bert));
    if (must(b.pull(bert)) != git::PullOutcome::Conflicts)
        qFatal("no conflicts after the pull");
    return b;
}

// What a pull may change in a clone: every working file, Git's index, the branch and the
// merge state. (Git's object store is left out, as above, and so is FETCH_HEAD.)
QMap<QString, QByteArray> pullState(const QString &root)
{
    QMap<QString, QByteArray> files = snapshot(root);
    for (auto it = files.begin(); it != files.end();) {
        const QString path = it.key();
        const bool kept = !path.startsWith(QLatin1String(".git/")) ||
                          path == QLatin1String(".git/index") ||
                          path == QLatin1String(".git/HEAD") ||
                          path.startsWith(QLatin1String(".git/refs/heads/")) ||
                          path.startsWith(QLatin1String(".git/MERGE_"));
        it = kept ? std::next(it) : files.erase(it);
    }
    return files;
}

void saysTheDiskIsFull(const QString &message)
{
    QVERIFY2(message.contains(QStringLiteral("de schijf is vol")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Unknown error")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("No space")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("editor")), qPrintable(message));
}

} // namespace

#define IN_PRIVATE_MOUNTS()                                                                        \
    if (!insidePrivateMounts()) {                                                                  \
        bool passed = false;                                                                       \
        runInPrivateMounts(passed);                                                                \
        return;                                                                                    \
    }

class FullDiskTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renameLemmaOnAFullDiskChangesNothing()
    {
        IN_PRIVATE_MOUNTS();
        QTemporaryDir dir;
        mountSmallDisk(dir.path(), edition());
        const auto before = snapshot(dir.path());
        // Room for the renamed lemma, not for the lemmas that refer to it.
        fillDisk(dir.path(), pages(before.value(QStringLiteral("lemmas/woningbouw.md")).size()));
        const Run run =
            trendwebIn(dir.path(), {QStringLiteral("rename-lemma"), QStringLiteral("woningbouw"),
                                    QStringLiteral("wonen")});
        QCOMPARE(run.exitCode, 2);
        saysTheDiskIsFull(run.err);
        QCOMPARE(snapshot(dir.path(), QStringLiteral("vulsel")), before);
        QVERIFY(QProcess::execute(QStringLiteral("umount"), {dir.path()}) == 0);
    }

    void deleteLemmaWithItsLinksOnAFullDiskChangesNothing()
    {
        IN_PRIVATE_MOUNTS();
        QTemporaryDir dir;
        mountSmallDisk(dir.path(), edition());
        const auto before = snapshot(dir.path());
        QVERIFY(referencesTo(dir.path(), QStringLiteral("woningbouw")).size() >= 2);
        fillDisk(dir.path(), 4096);
        const auto deleted = deleteLemma(dir.path(), QStringLiteral("woningbouw"), true);
        QVERIFY(!deleted);
        saysTheDiskIsFull(deleted.error().message);
        QCOMPARE(snapshot(dir.path(), QStringLiteral("vulsel")), before);
        QVERIFY(QProcess::execute(QStringLiteral("umount"), {dir.path()}) == 0);
    }

    void newLemmaOnAFullDiskChangesNothing()
    {
        IN_PRIVATE_MOUNTS();
        QTemporaryDir dir;
        mountSmallDisk(dir.path(), edition());
        const auto before = snapshot(dir.path());
        // Room for the new lemma's file, not for edition.yaml beside it.
        fillDisk(dir.path(), 4096);
        const auto created = createLemma(dir.path(), QStringLiteral("Energietransitie"));
        QVERIFY(!created);
        saysTheDiskIsFull(created.error().message);
        QCOMPARE(snapshot(dir.path(), QStringLiteral("vulsel")), before);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("lemmas/energietransitie.md"))));
        QVERIFY(QProcess::execute(QStringLiteral("umount"), {dir.path()}) == 0);
    }

    void replaceAllOnAFullDiskChangesNothing()
    {
        IN_PRIVATE_MOUNTS();
        QTemporaryDir dir;
        mountSmallDisk(dir.path(), edition());
        const auto before = snapshot(dir.path());
        const QStringList paths = documentPaths(dir.path());
        int found = 0;
        for (const QString &path : paths)
            found += before.value(path).contains("de ") ? 1 : 0;
        QVERIFY(found >= 3);
        qint64 largest = 0;
        for (const QString &path : paths)
            largest = qMax<qint64>(largest, before.value(path).size());
        fillDisk(dir.path(), pages(largest) + 4096);
        int count = 0;
        const auto replaced = replaceInFiles(dir.path(), paths, QStringLiteral("de"),
                                             QStringLiteral("het"), SearchOptions{}, &count);
        QVERIFY(!replaced);
        saysTheDiskIsFull(replaced.error().message);
        QCOMPARE(snapshot(dir.path(), QStringLiteral("vulsel")), before);
        QVERIFY(QProcess::execute(QStringLiteral("umount"), {dir.path()}) == 0);
    }

    void figureWithItsImageOnAFullDiskChangesNothing()
    {
        IN_PRIVATE_MOUNTS();
        QTemporaryDir outside;
        const QString image = outside.filePath(QStringLiteral("kaart.png"));
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(3 * 4096, '\x89'));
        file.close();
        QTemporaryDir dir;
        mountSmallDisk(dir.path(), edition());
        const auto before = snapshot(dir.path());
        // Room for the image, not for the lemma that shows it.
        fillDisk(dir.path(), 3 * 4096);
        Figure figure;
        figure.caption = QStringLiteral("Kaart van Overijssel");
        figure.source = QStringLiteral("Provincie Overijssel");
        figure.alt = QStringLiteral("Een kaart");
        const auto added =
            addFigureWithImage(dir.path(), QStringLiteral("woningbouw"), image, figure);
        QVERIFY(!added);
        saysTheDiskIsFull(added.error().message);
        QCOMPARE(snapshot(dir.path(), QStringLiteral("vulsel")), before);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("figures"))));
        QVERIFY(QProcess::execute(QStringLiteral("umount"), {dir.path()}) == 0);
    }

    // Choosing a side of a conflict, or settling a file by hand, on a disk that fills up
    // halfway: the file, Git's index with its conflicts and the decisions so far stay as they
    // were, the conflict is still there to choose, and the same choice works once there is room.
    void resolvingAConflictOnAFullDiskChangesNothing()
    {
        IN_PRIVATE_MOUNTS();
        struct Choice
        {
            const char *name;
            bool removed; // the lemma-removed-on-one-side story
            std::function<Result<void>(git::Repository &)> choose;
        };
        const QString tweede = QStringLiteral("lemmas/tweede.md");
        const QString derde = QStringLiteral("lemmas/derde.md");
        const QList<Choice> choices = {
            {"a paragraph: theirs", false,
             [&](git::Repository &b) {
                 return resolveParagraphs(b, tweede, QStringLiteral("theirs"), 0);
             }},
            {"a key: theirs", false,
             [&](git::Repository &b) {
                 return resolveKey(b, derde, QStringLiteral("status"), QStringLiteral("theirs"));
             }},
            {"a text written by hand", false,
             [&](git::Repository &b) {
                 return resolveWithText(
                     b, tweede,
                     QStringLiteral("---\ntitle: Tweede lemma\nstatus: review\nrelated: "
                                    "[eerste]\n---\nOnze tekst van het tweede lemma.\n\n## "
                                    "Relevantie voor Overijsselse gemeenten\n\nOok.\n"));
             }},
            {"a removed lemma: kept", true,
             [&](git::Repository &b) {
                 return resolveParagraphs(b, derde, QStringLiteral("mine"));
             }},
            {"a removed lemma: removed", true,
             [&](git::Repository &b) {
                 return resolveParagraphs(b, derde, QStringLiteral("theirs"));
             }},
        };
        for (const Choice &choice : choices) {
            QTemporaryDir dir;
            mountSmallDisk(dir.path(), QString(), "4m");
            {
                // The repository closes its files before the disk goes.
                git::Repository b = conflictsOnDisk(dir.path(), choice.removed);
                const QString clone = b.workdir();
                const auto before = cloneState(clone);
                const QStringList places = conflictPlaces(b);
                QVERIFY(!places.isEmpty());
                QVERIFY(before.contains(QStringLiteral(".git/index")));
                // The disk fills up at every point of the choice in turn: each time nothing
                // changed, and once there is room the same choice is made.
                bool atTheIndex = false;
                QStringList failures;
                bool chosen = false;
                for (qint64 room = 0; room <= 64 * 4096 && !chosen; room += 4096) {
                    QFile::remove(QDir(dir.path()).filePath(QStringLiteral("vulsel")));
                    fillDisk(dir.path(), room);
                    const auto choosing = choice.choose(b);
                    if (choosing) {
                        chosen = true;
                        break;
                    }
                    const QString message = choosing.error().message;
                    failures.append(message);
                    saysTheDiskIsFull(message);
                    QCOMPARE(cloneState(clone), before);
                    QCOMPARE(conflictPlaces(b), places);
                    QCOMPARE(conflictPlaces(must(git::Repository::open(clone))), places);
                    // Git's index found no room: the file had been put in place and is back.
                    atTheIndex = atTheIndex ||
                                 message.contains(QStringLiteral("kon niet worden vastgelegd"));
                }
                QVERIFY2(chosen, qPrintable(QString::fromLatin1(choice.name) + QLatin1String(": ") +
                                            failures.join(QLatin1Char('\n'))));
                QVERIFY2(atTheIndex,
                         qPrintable(QString::fromLatin1(choice.name) + QLatin1String(": ") +
                                    failures.join(QLatin1Char('\n'))));
                QVERIFY(conflictPlaces(b) != places);
            }
            QVERIFY(QProcess::execute(QStringLiteral("umount"), {dir.path()}) == 0);
        }
    }

    // A pull whose merge combines files by their structure (two lemmas and the list of
    // lemmas changed on both sides), on a disk that fills up at every possible point: each
    // time every working file, Git's index and the branch are as they were before the pull,
    // the message says the disk is full, and with room enough the same pull succeeds.
    void pullOnAFullDiskChangesNothingUntilThereIsRoom()
    {
        IN_PRIVATE_MOUNTS();
        QTemporaryDir dir;
        mountSmallDisk(dir.path(), QString(), "4m");
        {
            const git::Signature anna{QStringLiteral("Anna"), QStringLiteral("anna@example.org")};
            const git::Signature bert{QStringLiteral("Bert"), QStringLiteral("bert@example.org")};
            const QString remote = dir.filePath(QStringLiteral("gedeeld.git"));
            must(git::Repository::init(remote, true));
            const QString first = dir.filePath(QStringLiteral("begin"));
            writeFiles(first, goodEdition());
            auto begin = must(git::Repository::init(first));
            must(begin.commitAll(QStringLiteral("Begin"), anna));
            must(begin.setRemote(remote));
            must(begin.push());
            auto a = must(git::Repository::clone(remote, dir.filePath(QStringLiteral("anna"))));
            auto b = must(git::Repository::clone(remote, dir.filePath(QStringLiteral("bert"))));
            const QString eerste = QStringLiteral("lemmas/eerste.md");
            const QString tweede = QStringLiteral("lemmas/tweede.md");
            edit(a.workdir(), eerste, QStringLiteral("Nog een zin."),
                 QStringLiteral("Nog een zin van Anna."));
            edit(b.workdir(), eerste, QStringLiteral("Veel."), QStringLiteral("Veel, zegt Bert."));
            edit(a.workdir(), tweede, QStringLiteral("status: review"),
                 QStringLiteral("status: final"));
            edit(b.workdir(), tweede, QStringLiteral("Tekst van het"),
                 QStringLiteral("Berts tekst van het"));
            edit(a.workdir(), QStringLiteral("lemmas/derde.md"), QStringLiteral("Zeker."),
                 QStringLiteral("Zeker, en meer: ") + QString(6000, QLatin1Char('x')) +
                     QLatin1Char('.'));
            edit(a.workdir(), QStringLiteral("edition.yaml"), QStringLiteral("derde]"),
                 QStringLiteral("derde, vierde]"));
            edit(b.workdir(), QStringLiteral("edition.yaml"), QStringLiteral("derde]"),
                 QStringLiteral("derde, vijfde]"));
            const QByteArray lemma = "---\ntitle: %1\nstatus: draft\n---\nTekst.\n\n## Relevantie "
                                     "voor Overijsselse gemeenten\n\nJa.\n";
            writeFiles(
                a.workdir(),
                {{QStringLiteral("lemmas/vierde.md"), QByteArray(lemma).replace("%1", "Vierde")},
                 {QStringLiteral("figures/vierde/kaart.txt"), QByteArray(5000, 'k')}});
            writeFiles(b.workdir(), {{QStringLiteral("lemmas/vijfde.md"),
                                      QByteArray(lemma).replace("%1", "Vijfde")}});
            must(a.commitAll(QStringLiteral("Anna"), anna));
            must(a.push());
            must(b.commitAll(QStringLiteral("Bert"), bert));
            must(b.fetch());
            const QString clone = b.workdir();
            const auto before = pullState(clone);
            QVERIFY(before.contains(QStringLiteral(".git/index")));

            QStringList failures;
            // Where it stopped: halfway through libgit2's checkout, at a file merged by
            // structure, at Git's index after them. Each is met on the way.
            bool checkout = false;
            bool structured = false;
            bool index = false;
            std::optional<git::PullOutcome> outcome;
            for (qint64 room = 0; room <= 1024 * 1024 && !outcome; room += 4096) {
                QFile::remove(dir.filePath(QStringLiteral("vulsel")));
                fillDisk(dir.path(), room);
                auto pulled = b.pull(bert);
                if (pulled) {
                    outcome = pulled.value();
                    break;
                }
                const QString message = pulled.error().message;
                const QString detail = pulled.error().detail;
                failures.append(message + QStringLiteral(" | ") + detail);
                QCOMPARE(pullState(clone), before);
                QVERIFY2(must(b.status()).isEmpty(), qPrintable(message));
                QVERIFY(!b.isMerging());
                saysTheDiskIsFull(message);
                QVERIFY2(
                    message.contains(QStringLiteral("Alles staat weer zoals voor het ophalen")),
                    qPrintable(message));
                QVERIFY2(message.contains(QStringLiteral("haal dan opnieuw op")),
                         qPrintable(message));
                checkout = checkout || detail.contains(QStringLiteral("Samenvoegen is mislukt"));
                structured =
                    structured || (detail.contains(QStringLiteral("Er is niets gewijzigd")) &&
                                   detail.contains(QStringLiteral(".md kon niet")));
                index = index || (detail.contains(QStringLiteral("Er is niets gewijzigd")) &&
                                  detail.contains(QStringLiteral(".git/index")));
            }
            const QString seen = failures.join(QLatin1Char('\n'));
            QVERIFY2(outcome.has_value(), qPrintable(seen));
            QCOMPARE(*outcome, git::PullOutcome::Merged);
            QVERIFY2(checkout && structured && index, qPrintable(seen));
            // The pull that succeeded merged everything.
            QVERIFY(must(b.status()).isEmpty());
            const QString merged = readTextFile(QDir(clone).filePath(eerste)).value();
            QVERIFY(merged.contains(QStringLiteral("Nog een zin van Anna.")));
            QVERIFY(merged.contains(QStringLiteral("Veel, zegt Bert.")));
            const QString second = readTextFile(QDir(clone).filePath(tweede)).value();
            QVERIFY(second.contains(QStringLiteral("status: final")));
            QVERIFY(second.contains(QStringLiteral("Berts tekst van het")));
            const QString list =
                readTextFile(QDir(clone).filePath(QStringLiteral("edition.yaml"))).value();
            QVERIFY2(list.contains(QStringLiteral("vierde")) &&
                         list.contains(QStringLiteral("vijfde")),
                     qPrintable(list));
            QVERIFY(QFileInfo::exists(
                QDir(clone).filePath(QStringLiteral("figures/vierde/kaart.txt"))));
        }
        QVERIFY(QProcess::execute(QStringLiteral("umount"), {dir.path()}) == 0);
    }

    // A pull that only brings in the shared versions (a fast-forward), on a disk that fills up
    // at every point of libgit2's checkout: each time the folder, the index and the branch are
    // as before, and with room the same pull brings everything in.
    void fastForwardOnAFullDiskChangesNothingUntilThereIsRoom()
    {
        IN_PRIVATE_MOUNTS();
        QTemporaryDir dir;
        mountSmallDisk(dir.path(), QString(), "4m");
        {
            const git::Signature anna{QStringLiteral("Anna"), QStringLiteral("anna@example.org")};
            const QString remote = dir.filePath(QStringLiteral("gedeeld.git"));
            must(git::Repository::init(remote, true));
            const QString first = dir.filePath(QStringLiteral("begin"));
            writeFiles(first, goodEdition());
            auto begin = must(git::Repository::init(first));
            must(begin.commitAll(QStringLiteral("Begin"), anna));
            must(begin.setRemote(remote));
            must(begin.push());
            auto a = must(git::Repository::clone(remote, dir.filePath(QStringLiteral("anna"))));
            auto b = must(git::Repository::clone(remote, dir.filePath(QStringLiteral("bert"))));
            edit(a.workdir(), QStringLiteral("lemmas/derde.md"), QStringLiteral("Zeker."),
                 QStringLiteral("Zeker: ") + QString(9000, QLatin1Char('z')));
            edit(a.workdir(), QStringLiteral("lemmas/tweede.md"), QStringLiteral("Ook."),
                 QStringLiteral("Ook: ") + QString(9000, QLatin1Char('o')));
            writeFiles(a.workdir(),
                       {{QStringLiteral("figures/nieuw/kaart.txt"), QByteArray(9000, 'k')}});
            must(a.commitAll(QStringLiteral("Anna"), anna));
            must(a.push());
            must(b.fetch());
            const QString clone = b.workdir();
            const auto before = pullState(clone);
            QStringList failures;
            std::optional<git::PullOutcome> outcome;
            for (qint64 room = 0; room <= 1024 * 1024 && !outcome; room += 4096) {
                QFile::remove(dir.filePath(QStringLiteral("vulsel")));
                fillDisk(dir.path(), room);
                auto pulled = b.pull(git::Signature{});
                if (pulled) {
                    outcome = pulled.value();
                    break;
                }
                const QString message = pulled.error().message;
                failures.append(message + QStringLiteral(" | ") + pulled.error().detail);
                QCOMPARE(pullState(clone), before);
                QVERIFY2(must(b.status()).isEmpty(), qPrintable(message));
                saysTheDiskIsFull(message);
                QVERIFY2(
                    message.contains(QStringLiteral("Alles staat weer zoals voor het ophalen")),
                    qPrintable(message));
            }
            const QString seen = failures.join(QLatin1Char('\n'));
            QVERIFY2(outcome.has_value(), qPrintable(seen));
            QCOMPARE(*outcome, git::PullOutcome::FastForward);
            QVERIFY2(failures.size() >= 3, qPrintable(seen));
            QVERIFY(must(b.status()).isEmpty());
            QCOMPARE(
                QFileInfo(QDir(clone).filePath(QStringLiteral("figures/nieuw/kaart.txt"))).size(),
                9000);
        }
        QVERIFY(QProcess::execute(QStringLiteral("umount"), {dir.path()}) == 0);
    }

    // The lemmas folder on a disk that may only be read: saving says it is read-only, in
    // Dutch, and the text stays in the editor.
    void savingIntoAReadOnlyLemmasFolderSaysSo()
    {
        IN_PRIVATE_MOUNTS();
        QTemporaryDir dir;
        mountSmallDisk(dir.path(), edition());
        const QString lemmas = dir.filePath(QStringLiteral("lemmas"));
        QVERIFY(QProcess::execute(QStringLiteral("mount"),
                                  {QStringLiteral("--bind"), lemmas, lemmas}) == 0);
        QVERIFY(QProcess::execute(QStringLiteral("mount"),
                                  {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), lemmas,
                                   lemmas}) == 0);
        const auto before = snapshot(dir.path());
        LemmaDocument document;
        QVERIFY(document.load(QDir(lemmas).filePath(QStringLiteral("woningbouw.md"))));
        const QString text = document.text() + QStringLiteral("\nEen nieuwe alinea.\n");
        document.setText(text);
        QVERIFY(!document.save());
        QVERIFY2(document.errorMessage().contains(QStringLiteral("alleen-lezen")),
                 qPrintable(document.errorMessage()));
        QVERIFY2(!document.errorMessage().contains(QStringLiteral("Read-only")),
                 qPrintable(document.errorMessage()));
        QCOMPARE(document.text(), text);
        QVERIFY(document.modified());
        QCOMPARE(snapshot(dir.path()), before);
        QVERIFY(QProcess::execute(QStringLiteral("umount"), {lemmas}) == 0);
        QVERIFY(QProcess::execute(QStringLiteral("umount"), {dir.path()}) == 0);
    }

    // An export into a folder on a disk that may only be read: refused as unusable input
    // (exit 2) with the app's Dutch reason, not the system's English one, PDF and site alike.
    void exportingIntoAReadOnlyFolderSaysSoInDutch()
    {
        IN_PRIVATE_MOUNTS();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("uit"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), out, out}) ==
                0);
        QVERIFY(QProcess::execute(
                    QStringLiteral("mount"),
                    {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), out, out}) == 0);
        const QStringList targets = {QDir(out).filePath(QStringLiteral("Trendweb.pdf")),
                                     QDir(out).filePath(QStringLiteral("site"))};
        for (const QString &target : targets) {
            const bool pdf = target.endsWith(QLatin1String(".pdf"));
            const Run run =
                trendwebIn(dir.path(), {QStringLiteral("export"), QStringLiteral("--format"),
                                        pdf ? QStringLiteral("pdf") : QStringLiteral("html"),
                                        QStringLiteral("--output"), target, edition()});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("alleen-lezen")), qPrintable(run.err));
            QVERIFY2(!run.err.contains(QStringLiteral("Read-only")), qPrintable(run.err));
            QVERIFY2(!run.err.contains(QStringLiteral("not permitted")), qPrintable(run.err));
        }
        QVERIFY(
            QDir(out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(QProcess::execute(QStringLiteral("umount"), {out}) == 0);
    }

    void commentOnAFullDiskIsRefusedAndLeavesNoFile()
    {
        IN_PRIVATE_MOUNTS();
        QTemporaryDir dir;
        mountSmallDisk(dir.path(), edition(), "4m");
        auto repository = git::Repository::init(dir.path());
        QVERIFY(repository.ok());
        QVERIFY(repository.value()
                    .commitAll(QStringLiteral("Begin"),
                               {QStringLiteral("Anne"), QStringLiteral("anne@example.org")})
                    .ok());
        const auto before = snapshot(dir.path());
        const QString quote = QStringLiteral("Het tekort aan woningen");
        QVERIFY(before.value(QStringLiteral("lemmas/woningbouw.md")).contains(quote.toUtf8()));
        fillDisk(dir.path(), 0);
        const Run run = trendwebIn(
            dir.path(), {QStringLiteral("comment"), QStringLiteral("add"),
                         QStringLiteral("woningbouw"), QStringLiteral("--quote"), quote,
                         QStringLiteral("-m"), QStringLiteral("Klopt dit getal?"),
                         QStringLiteral("--author"), QStringLiteral("Anne <anne@example.org>")});
        QVERIFY2(run.exitCode != 0, qPrintable(run.err));
        saysTheDiskIsFull(run.err);
        QCOMPARE(snapshot(dir.path(), QStringLiteral("vulsel")), before);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("review"))));
        QVERIFY(QProcess::execute(QStringLiteral("umount"), {dir.path()}) == 0);
    }
};

TRENDWEB_TEST(FullDiskTest)
#include "tst_fulldisk.moc"
