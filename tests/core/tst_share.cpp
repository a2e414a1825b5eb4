#include "fixtures.h"
#include "git/repository.h"
#include "git/share.h"
#include "testregistry.h"
#include "textfile.h"
#include "versioncontroller.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The command line for someone without a Git identity: only --author names anyone.
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
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const git::Signature anne{QStringLiteral("Anne"), QStringLiteral("anne@example.org")};

QString bareRepository(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    return git::Repository::init(path, true).ok() ? path : QString();
}

// An edition under version control with one version, as the app makes one.
QString editionWithVersion(const QTemporaryDir &dir, const QString &name)
{
    const QString root = dir.filePath(name);
    writeFiles(root, goodEdition());
    auto repository = git::Repository::init(root);
    if (!repository || !repository.value().commitAll(QStringLiteral("Begin"), anne))
        return {};
    return root;
}

} // namespace

// Sharing an edition for the first time: to an empty shared repository only, once.
class ShareTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A shared repository made with a plain `git init --bare` names "master" as its
    // branch; what was shared to it must still reach whoever fetches it, with plain git too.
    void aRepositoryMadeByPlainGitGetsTheEditionForEveryone()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("leeg.git"));
        QProcess git;
        git.start(QStringLiteral("git"),
                  {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                   QStringLiteral("-b"), QStringLiteral("master"), shared});
        QVERIFY(git.waitForFinished());
        QCOMPARE(git.exitCode(), 0);
        const QString root = editionWithVersion(dir, QStringLiteral("editie"));
        const auto done = git::shareEdition(root, shared, anne);
        QVERIFY2(done.ok(), qPrintable(done.error().message));

        const QString plain = dir.filePath(QStringLiteral("bram"));
        git.start(QStringLiteral("git"),
                  {QStringLiteral("clone"), QStringLiteral("-q"), shared, plain});
        QVERIFY(git.waitForFinished());
        QCOMPARE(git.exitCode(), 0);
        QVERIFY2(QFile::exists(QDir(plain).filePath(QStringLiteral("edition.yaml"))),
                 "plain git finds the shared edition");
        const QString ours = dir.filePath(QStringLiteral("anne-2"));
        QVERIFY(git::Repository::clone(QStringLiteral("file://") + shared, ours).ok());
        QVERIFY(QFile::exists(QDir(ours).filePath(QStringLiteral("edition.yaml"))));
    }

    // A shared edition on a server whose HEAD names a branch that does not exist is fetched
    // with the branch it does have, not as an empty folder.
    void aSharedEditionWithADanglingHeadIsFetchedWithItsBranch()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("server.git"));
        const QString root = editionWithVersion(dir, QStringLiteral("editie"));
        QProcess git;
        git.start(QStringLiteral("git"),
                  {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
                   QStringLiteral("-b"), QStringLiteral("master"), shared});
        QVERIFY(git.waitForFinished());
        git.setWorkingDirectory(root);
        git.start(QStringLiteral("git"),
                  {QStringLiteral("push"), QStringLiteral("-q"), shared, QStringLiteral("main")});
        QVERIFY(git.waitForFinished());
        QCOMPARE(git.exitCode(), 0);

        const QString clone = dir.filePath(QStringLiteral("kloon"));
        auto cloned = git::Repository::clone(shared, clone);
        QVERIFY2(cloned.ok(), qPrintable(cloned.error().message));
        QVERIFY(QFile::exists(QDir(clone).filePath(QStringLiteral("edition.yaml"))));
        QCOMPARE(cloned.value().aheadBehind().value(), std::make_pair(0, 0));
        QCOMPARE(cloned.value().status().value().size(), 0);
    }

    // An edition without versions is not an error in the window; once shared, Vastleggen,
    // Ophalen and Versturen are there without opening it again.
    void theWindowFollowsAnEditionThatWasJustShared()
    {
        QTemporaryDir dir;
        const QString shared = bareRepository(dir, QStringLiteral("gedeeld.git"));
        const QString root = dir.filePath(QStringLiteral("nieuw"));
        writeFiles(root, goodEdition());
        VersionController versions;
        versions.setEditionRoot(root);
        QVERIFY(!versions.available());
        QCOMPARE(versions.errorMessage(), QString());
        const auto done = git::shareEdition(root, shared, anne);
        QVERIFY2(done.ok(), qPrintable(done.error().message));
        versions.refresh();
        QVERIFY(versions.available());
        QCOMPARE(versions.remoteUrl(), shared);
    }

    void shareSendsTheEditionToAnEmptyRepository()
    {
        QTemporaryDir dir;
        const QString shared = bareRepository(dir, QStringLiteral("gedeeld.git"));
        const QString root = editionWithVersion(dir, QStringLiteral("editie"));
        QVERIFY(!shared.isEmpty() && !root.isEmpty());
        QVERIFY(!QFile::exists(QDir(root).filePath(QStringLiteral(".gitattributes"))));

        const auto done = git::shareEdition(root, shared, anne);
        QVERIFY2(done.ok(), qPrintable(done.error().message));

        // The edition knows its shared place, follows it, and has nothing left to send.
        auto repository = git::Repository::open(root).value();
        QCOMPARE(repository.remoteUrl(), shared);
        QCOMPARE(repository.aheadBehind().value(), std::make_pair(0, 0));
        QCOMPARE(repository.status().value().size(), 0);
        QCOMPARE(repository.log().value().constFirst().authorName, anne.name);
        // A clone of the shared repository has the edition, line endings rule included.
        const QString clone = dir.filePath(QStringLiteral("kloon"));
        QVERIFY(git::Repository::clone(shared, clone).ok());
        for (const QString &file : goodEdition().keys())
            QCOMPARE(readTextFile(QDir(clone).filePath(file)).value(),
                     readTextFile(QDir(root).filePath(file)).value());
        const QString attributes =
            readTextFile(QDir(clone).filePath(QStringLiteral(".gitattributes"))).value();
        QVERIFY(attributes.contains(QStringLiteral("* text=auto eol=lf")));
        QVERIFY(attributes.contains(QStringLiteral("*.png binary")));
        // Plain git agrees that the branch follows the shared one.
        QProcess git;
        git.setWorkingDirectory(root);
        git.start(QStringLiteral("git"),
                  {QStringLiteral("rev-parse"), QStringLiteral("--abbrev-ref"),
                   QStringLiteral("@{upstream}")});
        QVERIFY(git.waitForFinished());
        QCOMPARE(QString::fromUtf8(git.readAllStandardOutput()).trimmed(),
                 QStringLiteral("origin/main"));
    }

    void shareRefusesARepositoryThatHoldsVersions()
    {
        QTemporaryDir dir;
        const QString shared = bareRepository(dir, QStringLiteral("gedeeld.git"));
        const QString first = editionWithVersion(dir, QStringLiteral("eerste"));
        QVERIFY(git::shareEdition(first, shared, anne).ok());
        const QString second = editionWithVersion(dir, QStringLiteral("tweede"));
        const QString headBefore = git::Repository::open(second).value().headId();

        const auto refused = git::shareEdition(second, shared, anne);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("staan al versies")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("Gedeelde editie ophalen")));
        // Nothing changed here: no shared place, no new version, no new file.
        auto repository = git::Repository::open(second).value();
        QCOMPARE(repository.remoteUrl(), QString());
        QCOMPARE(repository.headId(), headBefore);
        QVERIFY(!QFile::exists(QDir(second).filePath(QStringLiteral(".gitattributes"))));
    }

    void shareRefusesAnEditionThatIsAlreadyShared()
    {
        QTemporaryDir dir;
        const QString shared = bareRepository(dir, QStringLiteral("gedeeld.git"));
        const QString other = bareRepository(dir, QStringLiteral("ander.git"));
        const QString root = editionWithVersion(dir, QStringLiteral("editie"));
        QVERIFY(git::shareEdition(root, shared, anne).ok());

        const auto refused = git::shareEdition(root, other, anne);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("al gedeeld")),
                 qPrintable(refused.error().message));
        QCOMPARE(git::Repository::open(root).value().remoteUrl(), shared);
        QVERIFY(git::sharedRepositoryIsEmpty(other).value());
    }

    // A shared place that cannot be reached: nothing is kept, so sharing can be retried.
    void failedShareCanBeRetried()
    {
        QTemporaryDir dir;
        const QString root = editionWithVersion(dir, QStringLiteral("editie"));
        const QString missing = dir.filePath(QStringLiteral("bestaat-niet.git"));
        QVERIFY(!git::shareEdition(root, missing, anne).ok());
        QCOMPARE(git::Repository::open(root).value().remoteUrl(), QString());
        const QString shared = bareRepository(dir, QStringLiteral("gedeeld.git"));
        QVERIFY(git::shareEdition(root, shared, anne).ok());
    }

    void cliSharesAFolderNotYetUnderVersionControl()
    {
        QTemporaryDir dir;
        const QString shared = bareRepository(dir, QStringLiteral("gedeeld.git"));
        const QString root = dir.filePath(QStringLiteral("nieuw"));
        writeFiles(root, goodEdition());

        const Run shareRun = trendwebIn(dir.path(), {QStringLiteral("share"), shared, root,
                                                     QStringLiteral("--author"),
                                                     QStringLiteral("Anne <anne@example.org>")});
        QVERIFY2(shareRun.exitCode == 0, qPrintable(shareRun.err));
        QVERIFY(shareRun.out.contains(QStringLiteral("Gedeeld")));
        const QString clone = dir.filePath(QStringLiteral("kloon"));
        QVERIFY(git::Repository::clone(shared, clone).ok());
        QVERIFY(QFile::exists(QDir(clone).filePath(QStringLiteral("edition.yaml"))));
        QVERIFY(QFile::exists(QDir(clone).filePath(QStringLiteral(".gitattributes"))));
        QCOMPARE(git::Repository::open(clone).value().log().value().constFirst().authorName,
                 QStringLiteral("Anne"));

        // Again, or another edition to the same place: refused with exit code 1.
        const Run again = trendwebIn(root, {QStringLiteral("share"), shared});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("al gedeeld")), qPrintable(again.err));
        const QString second = editionWithVersion(dir, QStringLiteral("tweede"));
        const Run taken = trendwebIn(second, {QStringLiteral("share"), shared,
                                              QStringLiteral("--author"), QStringLiteral("Bram")});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains(QStringLiteral("staan al versies")), qPrintable(taken.err));
        // A new folder without a name to record its first version under: how to give one.
        const QString nameless = dir.filePath(QStringLiteral("naamloos"));
        writeFiles(nameless, goodEdition());
        const QString empty = bareRepository(dir, QStringLiteral("leeg.git"));
        const Run noName = trendwebIn(nameless, {QStringLiteral("share"), empty});
        QCOMPARE(noName.exitCode, 2);
        QVERIFY2(noName.err.contains(QStringLiteral("--author")), qPrintable(noName.err));
        QVERIFY(git::sharedRepositoryIsEmpty(empty).value());
        // Not an edition, or no URL: unusable input.
        QCOMPARE(trendwebIn(dir.path(), {QStringLiteral("share"), shared}).exitCode, 2);
        QCOMPARE(trendwebIn(root, {QStringLiteral("share")}).exitCode, 2);
        QVERIFY(trendwebIn(dir.path(), {QStringLiteral("--help")})
                    .out.contains(QStringLiteral("share")));
    }

    void builtinEditionHasLineEndingRulesFromItsFirstVersion()
    {
        QTemporaryDir dir;
        const auto prepared = prepareWorkingEdition(QStringLiteral(TRENDWEB_CONTENT_DIR),
                                                    dir.filePath(QStringLiteral("ingebouwd")));
        QVERIFY(prepared.ok());
        auto repository = git::Repository::open(prepared.value()).value();
        QVERIFY(repository.fileAt(QStringLiteral("HEAD"), QStringLiteral(".gitattributes"))
                    .value()
                    .contains(QStringLiteral("* text=auto eol=lf")));
        QCOMPARE(repository.status().value().size(), 0);
    }
};

TRENDWEB_TEST(ShareTest)
#include "tst_share.moc"
