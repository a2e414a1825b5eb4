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
#include "testregistry.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
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
