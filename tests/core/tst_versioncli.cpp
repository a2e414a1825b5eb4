#include "fixtures.h"
#include "git/repository.h"
#include "testregistry.h"
#include "textfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
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

// Runs the command line as someone with no Git identity of their own: HOME and the XDG
// configuration point into an empty folder and the system's git configuration is not read.
// Only what a test gives (--author, a repository's own user.name) names anyone.
Run trendwebIn(const QString &directory, const QStringList &arguments, const QByteArray &input = {},
               const QString &studioSettings = {})
{
    QTemporaryDir home;
    if (!studioSettings.isEmpty()) {
        // What Trendweb Studio keeps after "Wie bent u?", where it keeps it.
        const QString folder = home.filePath(QStringLiteral("config/Trendbureau Overijssel"));
        QDir().mkpath(folder);
        QFile file(folder + QStringLiteral("/trendweb-studio.conf"));
        if (file.open(QIODevice::WriteOnly))
            file.write(studioSettings.toUtf8());
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral(TRENDWEB_CLI_BIN), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void replaceIn(const QString &file, const QString &before, const QString &after)
{
    QString text = readTextFile(file).value();
    QVERIFY(text.contains(before));
    text.replace(before, after);
    QVERIFY(writeTextFile(file, text).ok());
}

const git::Signature anne{QStringLiteral("Anne"), QStringLiteral("anne@example.org")};

// Anna and Bert each changed the same text of lemma eerste (`before`) in their own way; Anna
// shared hers first, and Bert's pull left the collision for him to settle.
struct Collision
{
    QTemporaryDir dir;
    QString anna;
    QString bert;
    QString lemma() const { return bert + QStringLiteral("/lemmas/eerste.md"); }

    void make(const QString &before, const QString &annas, const QString &berts)
    {
        const QString shared = dir.filePath(QStringLiteral("gedeeld.git"));
        QVERIFY(git::Repository::init(shared, true).ok());
        anna = dir.filePath(QStringLiteral("anna"));
        bert = dir.filePath(QStringLiteral("bert"));
        writeFiles(anna, goodEdition());
        auto a = git::Repository::init(anna).value();
        QVERIFY(a.commitAll(QStringLiteral("Begin"), anne).ok());
        QVERIFY(a.setRemote(shared).ok());
        QVERIFY(a.push().ok());
        auto b = git::Repository::clone(shared, bert).value();
        setGitIdentity(bert, QStringLiteral("Bert"), QStringLiteral("bert@example.org"));
        replaceIn(anna + QStringLiteral("/lemmas/eerste.md"), before, annas);
        QVERIFY(a.commitAll(QStringLiteral("Anna"), anne).ok());
        QVERIFY(a.push().ok());
        replaceIn(lemma(), before, berts);
        QVERIFY(b.commitAll(QStringLiteral("Bert"), {QStringLiteral("Bert"), QString()}).ok());
        QCOMPARE(b.pull({QStringLiteral("Bert"), QString()}).value(), git::PullOutcome::Conflicts);
    }

    QJsonArray conflicts() const
    {
        const Run run = trendwebIn(bert, {QStringLiteral("conflicts"), QStringLiteral("--format"),
                                          QStringLiteral("json")});
        return QJsonDocument::fromJson(run.out.toUtf8())
            .object()
            .value(QStringLiteral("conflicts"))
            .toArray();
    }

    QString text() const { return readTextFile(lemma()).value(); }
};

} // namespace

// The versioning verbs as an editor scripts them, on real repositories.
class VersionCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Two authors' `trendweb commit` at the same moment in one edition: both versions
    // land, one after the other, and neither undoes the other's change.
    void twoCommitsAtOnceBothLand()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        auto repository = git::Repository::init(dir.path()).value();
        QVERIFY(repository.commitAll(QStringLiteral("Begin"), anne).ok());
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
        const QStringList lemmas = {QStringLiteral("eerste"), QStringLiteral("tweede"),
                                    QStringLiteral("derde")};
        for (int round = 0; round < 4; ++round) {
            QList<QProcess *> commits;
            for (const QString &lemma : lemmas) {
                const QString file = dir.filePath(QStringLiteral("lemmas/%1.md").arg(lemma));
                QVERIFY(writeTextFile(file, readTextFile(file).value() +
                                                QStringLiteral("Ronde %1.\n").arg(round))
                            .ok());
                auto *process = new QProcess(this);
                process->setProcessEnvironment(environment);
                process->setWorkingDirectory(dir.path());
                commits.append(process);
            }
            for (int i = 0; i < lemmas.size(); ++i)
                commits[i]->start(QStringLiteral(TRENDWEB_CLI_BIN),
                                  {QStringLiteral("commit"), QStringLiteral("-m"), lemmas[i],
                                   QStringLiteral("--author"), QStringLiteral("Anne"), lemmas[i]});
            for (QProcess *process : commits) {
                QVERIFY(process->waitForFinished(60000));
                QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
                delete process;
            }
            // Every change is in the newest version: nothing is left over, nothing undone.
            auto reopened = git::Repository::open(dir.path()).value();
            QVERIFY(reopened.status()->isEmpty());
            for (const QString &lemma : lemmas) {
                const QString path = QStringLiteral("lemmas/%1.md").arg(lemma);
                QVERIFY2(reopened.fileAt(QStringLiteral("HEAD"), path)
                             ->contains(QStringLiteral("Ronde %1.").arg(round)),
                         qPrintable(path));
            }
            QCOMPARE(reopened.log()->size(), 1 + (round + 1) * lemmas.size());
        }
    }

    // Nothing changed: no empty version is recorded, and the command says so.
    void aVersionWithoutChangesIsRefused()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        auto repository = git::Repository::init(dir.path()).value();
        QVERIFY(repository.commitAll(QStringLiteral("Begin"), anne).ok());
        const Run run = trendwebIn(dir.path(), {QStringLiteral("commit"), QStringLiteral("-m"),
                                                QStringLiteral("Leeg"), QStringLiteral("--author"),
                                                QStringLiteral("Anne")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("niets veranderd")), qPrintable(run.err));
        QCOMPARE(repository.log()->size(), 1);
    }

    // A writer that keeps the edition busy: the next one waits, then says so clearly.
    void aBusyEditionIsReportedNotOverwritten()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        auto repository = git::Repository::init(dir.path()).value();
        QVERIFY(repository.commitAll(QStringLiteral("Begin"), anne).ok());
        QLockFile busy(dir.filePath(QStringLiteral(".git/trendweb.lock")));
        QVERIFY(busy.tryLock(0));
        replaceIn(dir.filePath(QStringLiteral("lemmas/eerste.md")), QStringLiteral("Veel."),
                  QStringLiteral("Heel veel."));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TRENDWEB_LOCK_WAIT_MS"), QStringLiteral("200"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(TRENDWEB_CLI_BIN),
                      {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("Meer"),
                       QStringLiteral("--author"), QStringLiteral("Anne")});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY(process.exitCode() != 0);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("werkt nu aan deze editie")), qPrintable(err));
        QCOMPARE(repository.log()->size(), 1);
        busy.unlock();
    }

    void authorsShareThroughTheCommandLine()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("gedeeld.git"));
        QVERIFY(git::Repository::init(shared, true).ok());
        writeFiles(dir.filePath(QStringLiteral("begin")), goodEdition());
        const QString begin = dir.filePath(QStringLiteral("begin"));
        auto first = git::Repository::init(begin).value();
        QVERIFY(
            first
                .commitAll(QStringLiteral("Begin"), {QStringLiteral("A"), QStringLiteral("a@b.nl")})
                .ok());
        QVERIFY(first.setRemote(shared).ok());
        QVERIFY(first.push().ok());

        QCOMPARE(trendwebIn(dir.path(), {QStringLiteral("clone"), QStringLiteral("gedeeld.git"),
                                         QStringLiteral("anna")})
                     .exitCode,
                 0);
        QCOMPARE(
            trendwebIn(dir.path(), {QStringLiteral("clone"), QStringLiteral("file://") + shared,
                                    QStringLiteral("bert")})
                .exitCode,
            0);
        const QString anna = dir.filePath(QStringLiteral("anna"));
        const QString bert = dir.filePath(QStringLiteral("bert"));
        setGitIdentity(bert, QStringLiteral("Bert"), QStringLiteral("bert@example.org"));

        replaceIn(anna + QStringLiteral("/lemmas/eerste.md"), QStringLiteral("\nVeel.\n"),
                  QStringLiteral("\nVeel, zegt Anna.\n"));
        Run run =
            trendwebIn(anna, {QStringLiteral("commit"), QStringLiteral("-m"),
                              QStringLiteral("Relevantie"), QStringLiteral("--author"),
                              QStringLiteral("Anna <anna@example.org>"), QStringLiteral("eerste")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(trendwebIn(anna, {QStringLiteral("push")}).exitCode, 0);

        replaceIn(bert + QStringLiteral("/lemmas/eerste.md"), QStringLiteral("\nVeel.\n"),
                  QStringLiteral("\nVeel, zegt Bert.\n"));
        QCOMPARE(trendwebIn(bert, {QStringLiteral("commit"), QStringLiteral("-m"),
                                   QStringLiteral("Ook relevantie"), QStringLiteral("--author"),
                                   QStringLiteral("Bert <bert@example.org>")})
                     .exitCode,
                 0);
        run = trendwebIn(bert, {QStringLiteral("push")});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains(QStringLiteral("Haal eerst")));

        run = trendwebIn(bert, {QStringLiteral("pull")});
        QVERIFY(run.exitCode != 0); // a conflict is waiting
        run = trendwebIn(bert, {QStringLiteral("conflicts"), QStringLiteral("--format"),
                                QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray conflicts = QJsonDocument::fromJson(run.out.toUtf8())
                                         .object()
                                         .value(QStringLiteral("conflicts"))
                                         .toArray();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject paragraph =
            conflicts[0].toObject().value(QStringLiteral("paragraphs")).toArray()[0].toObject();
        QCOMPARE(paragraph.value(QStringLiteral("base")).toString(), QStringLiteral("Veel."));
        QCOMPARE(paragraph.value(QStringLiteral("mine")).toString(),
                 QStringLiteral("Veel, zegt Bert."));
        QCOMPARE(paragraph.value(QStringLiteral("theirs")).toString(),
                 QStringLiteral("Veel, zegt Anna."));

        QVERIFY(trendwebIn(bert, {QStringLiteral("commit"), QStringLiteral("-m"),
                                  QStringLiteral("te vroeg")})
                    .exitCode != 0);
        QCOMPARE(trendwebIn(bert, {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                   QStringLiteral("--take"), QStringLiteral("both")})
                     .exitCode,
                 0);
        QCOMPARE(trendwebIn(bert, {QStringLiteral("commit"), QStringLiteral("-m"),
                                   QStringLiteral("Samengevoegd")})
                     .exitCode,
                 0);
        QCOMPARE(trendwebIn(bert, {QStringLiteral("push")}).exitCode, 0);
        QCOMPARE(trendwebIn(anna, {QStringLiteral("pull")}).exitCode, 0);
        QVERIFY(readTextFile(anna + QStringLiteral("/lemmas/eerste.md"))
                    .value()
                    .contains(QStringLiteral("Veel, zegt Bert.\n\nVeel, zegt Anna.")));

        run = trendwebIn(anna, {QStringLiteral("log"), QStringLiteral("eerste")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Samengevoegd")));
        QVERIFY(run.out.contains(QStringLiteral("Relevantie")));
        run = trendwebIn(anna, {QStringLiteral("diff"), QStringLiteral("eerste"),
                                QStringLiteral("HEAD~2"), QStringLiteral("HEAD")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("{+Veel, zegt Bert.")), qPrintable(run.out));
    }

    void abortOnTheCommandLineRestores()
    {
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("gedeeld.git"));
        QVERIFY(git::Repository::init(shared, true).ok());
        const QString anna = dir.filePath(QStringLiteral("anna"));
        writeFiles(anna, goodEdition());
        auto a = git::Repository::init(anna).value();
        QVERIFY(
            a.commitAll(QStringLiteral("Begin"), {QStringLiteral("A"), QStringLiteral("a@b.nl")})
                .ok());
        QVERIFY(a.setRemote(shared).ok());
        QVERIFY(a.push().ok());
        QCOMPARE(trendwebIn(dir.path(), {QStringLiteral("clone"), shared, QStringLiteral("bert")})
                     .exitCode,
                 0);
        const QString bert = dir.filePath(QStringLiteral("bert"));
        setGitIdentity(bert, QStringLiteral("Bert"), QStringLiteral("bert@example.org"));
        replaceIn(anna + QStringLiteral("/lemmas/eerste.md"), QStringLiteral("\nVeel.\n"),
                  QStringLiteral("\nA.\n"));
        QVERIFY(
            a.commitAll(QStringLiteral("A"), {QStringLiteral("A"), QStringLiteral("a@b.nl")}).ok());
        QVERIFY(a.push().ok());
        replaceIn(bert + QStringLiteral("/lemmas/eerste.md"), QStringLiteral("\nVeel.\n"),
                  QStringLiteral("\nB.\n"));
        QCOMPARE(
            trendwebIn(bert, {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("B")})
                .exitCode,
            0);
        const QString before = readTextFile(bert + QStringLiteral("/lemmas/eerste.md")).value();
        QVERIFY(trendwebIn(bert, {QStringLiteral("pull")}).exitCode != 0);
        QCOMPARE(trendwebIn(bert, {QStringLiteral("pull"), QStringLiteral("--abort")}).exitCode, 0);
        QCOMPARE(readTextFile(bert + QStringLiteral("/lemmas/eerste.md")).value(), before);
        QCOMPARE(trendwebIn(bert, {QStringLiteral("conflicts")}).exitCode, 0);
    }

    void aVersionWithoutANameIsRefusedAndSaysHowToGiveOne()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        auto repository = git::Repository::init(dir.path()).value();
        QVERIFY(repository.commitAll(QStringLiteral("Begin"), anne).ok());
        const QString head = repository.headId();
        replaceIn(dir.filePath(QStringLiteral("lemmas/eerste.md")), QStringLiteral("\nVeel.\n"),
                  QStringLiteral("\nVeel meer.\n"));

        const Run run = trendwebIn(dir.path(), {QStringLiteral("commit"), QStringLiteral("-m"),
                                                QStringLiteral("Zonder naam")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--author \"Uw Naam\"")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("git config --global user.name \"Uw Naam\"")));
        // Nothing was written: no version, and the change is still only in the folder.
        QCOMPARE(repository.headId(), head);
        const auto status = repository.status().value();
        QCOMPARE(status.size(), 1);
        QCOMPARE(status[0].change, git::FileStatus::Modified);
    }

    void aVersionIsMadeUnderTheGivenNameOrGitsOwn()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        auto repository = git::Repository::init(dir.path()).value();
        QVERIFY(repository.commitAll(QStringLiteral("Begin"), anne).ok());
        const QString lemma = dir.filePath(QStringLiteral("lemmas/eerste.md"));

        // --author with a name alone: that name, and no address borrowed from anyone.
        replaceIn(lemma, QStringLiteral("\nVeel.\n"), QStringLiteral("\nVeel meer.\n"));
        QCOMPARE(trendwebIn(dir.path(), {QStringLiteral("commit"), QStringLiteral("-m"),
                                         QStringLiteral("Door Carla"), QStringLiteral("--author"),
                                         QStringLiteral("Carla de Boer")})
                     .exitCode,
                 0);
        auto newest = repository.log({}, 1).value().constFirst();
        QCOMPARE(newest.authorName, QStringLiteral("Carla de Boer"));
        QCOMPARE(newest.authorEmail, QString());

        // Without --author or Git's name: the name given in Trendweb Studio.
        replaceIn(lemma, QStringLiteral("\nVeel meer.\n"),
                  QStringLiteral("\nVeel meer dan dat.\n"));
        QCOMPARE(
            trendwebIn(dir.path(),
                       {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("Door Eva")},
                       {}, QStringLiteral("[auteur]\nnaam=Eva Smit\nemail=eva@example.org\n"))
                .exitCode,
            0);
        newest = repository.log({}, 1).value().constFirst();
        QCOMPARE(newest.authorName, QStringLiteral("Eva Smit"));
        QCOMPARE(newest.authorEmail, QStringLiteral("eva@example.org"));

        // Without --author: the name Git knows for this repository (before the app's).
        setGitIdentity(dir.path(), QStringLiteral("Daan Jansen"),
                       QStringLiteral("daan@example.org"));
        replaceIn(lemma, QStringLiteral("\nVeel meer dan dat.\n"), QStringLiteral("\nNog meer.\n"));
        QCOMPARE(trendwebIn(
                     dir.path(),
                     {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("Door Daan")},
                     {}, QStringLiteral("[auteur]\nnaam=Eva Smit\n"))
                     .exitCode,
                 0);
        newest = repository.log({}, 1).value().constFirst();
        QCOMPARE(newest.authorName, QStringLiteral("Daan Jansen"));
        QCOMPARE(newest.authorEmail, QStringLiteral("daan@example.org"));
    }

    void aCommentWithoutANameIsRefusedAndWritesNothing()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        auto repository = git::Repository::init(dir.path()).value();
        QVERIFY(repository.commitAll(QStringLiteral("Begin"), anne).ok());
        const QDir review(dir.filePath(QStringLiteral("review")));

        Run run = trendwebIn(dir.path(), {QStringLiteral("comment"), QStringLiteral("add"),
                                          QStringLiteral("eerste"), QStringLiteral("--quote"),
                                          QStringLiteral("Veel."), QStringLiteral("-m"),
                                          QStringLiteral("Hoeveel?")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--author \"Uw Naam\"")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("git config --global user.name \"Uw Naam\"")));
        QVERIFY(!review.exists());

        // A thread opened under a name; an answer, resolving and reopening need one too.
        run = trendwebIn(dir.path(),
                         {QStringLiteral("comment"), QStringLiteral("add"),
                          QStringLiteral("eerste"), QStringLiteral("--quote"),
                          QStringLiteral("Veel."), QStringLiteral("-m"), QStringLiteral("Hoeveel?"),
                          QStringLiteral("--author"), QStringLiteral("Expert")});
        QCOMPARE(run.exitCode, 0);
        const QString id = run.out.trimmed();
        const auto eventFiles = [&] {
            return QDir(review.filePath(id)).entryList(QDir::Files).size();
        };
        QCOMPARE(eventFiles(), 1);
        for (const QString &verb :
             {QStringLiteral("reply"), QStringLiteral("resolve"), QStringLiteral("reopen")}) {
            run = trendwebIn(dir.path(), {QStringLiteral("comment"), verb, id, QStringLiteral("-m"),
                                          QStringLiteral("Zonder naam")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("--author")), qPrintable(run.err));
        }
        QCOMPARE(eventFiles(), 1);

        // With Git's user.name the answer is written under that name, and the edition stays valid.
        setGitIdentity(dir.path(), QStringLiteral("Anne de Vries"), QString());
        QCOMPARE(trendwebIn(dir.path(), {QStringLiteral("comment"), QStringLiteral("reply"), id,
                                         QStringLiteral("-m"), QStringLiteral("Zo veel.")})
                     .exitCode,
                 0);
        run = trendwebIn(dir.path(), {QStringLiteral("comments"), QStringLiteral("--format"),
                                      QStringLiteral("json")});
        QVERIFY2(run.out.contains(QStringLiteral("\"author\": \"Anne de Vries\"")),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("Trendweb Studio")));
        run = trendwebIn(dir.path(), {QStringLiteral("validate")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    }

    // The same paragraph changed on both sides, settled with each choice of the command line.
    void aParagraphConflictIsSettledOnTheCommandLine_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mine") << QStringList{QStringLiteral("--take"), QStringLiteral("mine")}
                              << QByteArray() << "\nVeel, zegt Bert.\n";
        QTest::newRow("theirs") << QStringList{QStringLiteral("--take"), QStringLiteral("theirs")}
                                << QByteArray() << "\nVeel, zegt Anna.\n";
        QTest::newRow("both") << QStringList{QStringLiteral("--take"), QStringLiteral("both"),
                                             QStringLiteral("--paragraph"), QStringLiteral("1")}
                              << QByteArray() << "\nVeel, zegt Bert.\n\nVeel, zegt Anna.\n";
        QTest::newRow("edit from stdin")
            << QStringList{QStringLiteral("--take"),      QStringLiteral("edit"),
                           QStringLiteral("--paragraph"), QStringLiteral("1"),
                           QStringLiteral("--from"),      QStringLiteral("-")}
            << QByteArray("Veel, zeggen Anna en Bert.\n") << "\nVeel, zeggen Anna en Bert.\n";
        QTest::newRow("edit from a file")
            << QStringList{QStringLiteral("--take"),      QStringLiteral("edit"),
                           QStringLiteral("--paragraph"), QStringLiteral("1"),
                           QStringLiteral("--from"),      QStringLiteral("../samen.txt")}
            << QByteArray() << "\nVeel, zegt het team.\n";
    }

    void aParagraphConflictIsSettledOnTheCommandLine()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        Collision collision;
        collision.make(QStringLiteral("\nVeel.\n"), QStringLiteral("\nVeel, zegt Anna.\n"),
                       QStringLiteral("\nVeel, zegt Bert.\n"));
        QVERIFY(writeTextFile(collision.dir.filePath(QStringLiteral("samen.txt")),
                              QStringLiteral("Veel, zegt het team.\n"))
                    .ok());
        const QJsonArray conflicts = collision.conflicts();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject item =
            conflicts[0].toObject().value(QStringLiteral("paragraphs")).toArray()[0].toObject();
        QCOMPARE(item.value(QStringLiteral("place")).toString(), QStringLiteral("paragraph 1"));
        QCOMPARE(item.value(QStringLiteral("kind")).toString(), QStringLiteral("paragraph"));

        const Run run = trendwebIn(
            collision.bert,
            QStringList{QStringLiteral("resolve"), QStringLiteral("lemmas/eerste.md")} + options,
            input);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(collision.text().contains(expected), qPrintable(collision.text()));
        QCOMPARE(collision.text().count(QStringLiteral("title:")), 1);
        QCOMPARE(trendwebIn(collision.bert, {QStringLiteral("conflicts")}).exitCode, 0);
        QCOMPARE(trendwebIn(collision.bert, {QStringLiteral("commit"), QStringLiteral("-m"),
                                             QStringLiteral("Samengevoegd")})
                     .exitCode,
                 0);
        const Run validate = trendwebIn(collision.bert, {QStringLiteral("validate")});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    }

    // Both changed the lemma's title: one small question about the key, not the front matter.
    void aKeyConflictIsSettledOnTheCommandLine()
    {
        Collision collision;
        collision.make(QStringLiteral("title: Eerste lemma\n"),
                       QStringLiteral("title: Eerste lemma volgens Anna\n"),
                       QStringLiteral("title: Eerste lemma volgens Bert\n"));
        const QJsonArray conflicts = collision.conflicts();
        QCOMPARE(conflicts.size(), 1);
        const QJsonArray items =
            conflicts[0].toObject().value(QStringLiteral("paragraphs")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items[0].toObject();
        QCOMPARE(item.value(QStringLiteral("key")).toString(), QStringLiteral("title"));
        QCOMPARE(item.value(QStringLiteral("place")).toString(), QStringLiteral("key title"));
        QCOMPARE(item.value(QStringLiteral("mine")).toString(),
                 QStringLiteral("title: Eerste lemma volgens Bert\n"));
        QCOMPARE(item.value(QStringLiteral("theirs")).toString(),
                 QStringLiteral("title: Eerste lemma volgens Anna\n"));

        // "Both" makes no sense for a title; it is refused and nothing changes.
        const QString before = collision.text();
        Run run = trendwebIn(collision.bert, {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                              QStringLiteral("--key"), QStringLiteral("title"),
                                              QStringLiteral("--take"), QStringLiteral("both")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(collision.text(), before);
        // A title that breaks the front matter is refused, with the reason.
        run =
            trendwebIn(collision.bert,
                       {QStringLiteral("resolve"), QStringLiteral("eerste"),
                        QStringLiteral("--key"), QStringLiteral("title"), QStringLiteral("--take"),
                        QStringLiteral("edit"), QStringLiteral("--from"), QStringLiteral("-")},
                       "title: [kapot\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("niet uitgevoerd")), qPrintable(run.err));
        QCOMPARE(collision.text(), before);
        // The old --take edit without a text is gone.
        run = trendwebIn(collision.bert, {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                          QStringLiteral("--take"), QStringLiteral("edit")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--from")), qPrintable(run.err));
        QCOMPARE(collision.text(), before);

        run = trendwebIn(collision.bert, {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                          QStringLiteral("--key"), QStringLiteral("title"),
                                          QStringLiteral("--take"), QStringLiteral("theirs")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(collision.text().startsWith(
            QStringLiteral("---\ntitle: Eerste lemma volgens Anna\nstatus: draft\n")));
        QCOMPARE(trendwebIn(collision.bert, {QStringLiteral("commit"), QStringLiteral("-m"),
                                             QStringLiteral("Titel")})
                     .exitCode,
                 0);
        run = trendwebIn(collision.bert, {QStringLiteral("validate")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    }

    // resolve --reopen: a choice reconsidered before the commit; the commit has the second.
    void aChoiceIsReconsideredOnTheCommandLine()
    {
        Collision collision;
        collision.make(QStringLiteral("\nVeel.\n"), QStringLiteral("\nVeel, zegt Anna.\n"),
                       QStringLiteral("\nVeel, zegt Bert.\n"));
        const QString before = collision.text();
        Run run = trendwebIn(collision.bert, {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                              QStringLiteral("--take"), QStringLiteral("theirs")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(collision.text().contains(QStringLiteral("Veel, zegt Anna.")));
        QCOMPARE(collision.conflicts().size(), 0);
        // --reopen and --take together make no sense.
        run = trendwebIn(collision.bert, {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                          QStringLiteral("--reopen"), QStringLiteral("--take"),
                                          QStringLiteral("mine")});
        QCOMPARE(run.exitCode, 2);

        run = trendwebIn(collision.bert, {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                          QStringLiteral("--reopen"), QStringLiteral("--paragraph"),
                                          QStringLiteral("1")});
        QVERIFY2(run.exitCode == 1, qPrintable(run.err)); // a conflict is open again
        QCOMPARE(collision.text(), before);
        const QJsonArray open = collision.conflicts();
        QCOMPARE(open.size(), 1);
        const QJsonObject item =
            open[0].toObject().value(QStringLiteral("paragraphs")).toArray()[0].toObject();
        QCOMPARE(item.value(QStringLiteral("decision")).toString(), QString());
        QCOMPARE(item.value(QStringLiteral("theirs")).toString(),
                 QStringLiteral("Veel, zegt Anna."));
        // Not decided: nothing to reconsider.
        run = trendwebIn(collision.bert, {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                          QStringLiteral("--reopen")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("nog niets gekozen")), qPrintable(run.err));

        run = trendwebIn(collision.bert, {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                          QStringLiteral("--take"), QStringLiteral("both"),
                                          QStringLiteral("--paragraph"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = trendwebIn(collision.bert,
                         {QStringLiteral("commit"), QStringLiteral("-m"), QStringLiteral("Samen")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString recorded =
            git::Repository::open(collision.bert)
                .value()
                .fileAt(QStringLiteral("HEAD"), QStringLiteral("lemmas/eerste.md"))
                .value();
        QVERIFY(recorded.contains(QStringLiteral("\nVeel, zegt Bert.\n\nVeel, zegt Anna.\n")));
        run = trendwebIn(collision.bert, {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                          QStringLiteral("--reopen")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("vastgelegd")), qPrintable(run.err));
    }

    // A hand-written paragraph that smuggles in a second front matter is refused.
    void aResolutionThatWouldNotValidateIsRefused()
    {
        Collision collision;
        collision.make(QStringLiteral("\nVeel.\n"), QStringLiteral("\nVeel, zegt Anna.\n"),
                       QStringLiteral("\nVeel, zegt Bert.\n"));
        const QString before = collision.text();
        const Run run = trendwebIn(collision.bert,
                                   {QStringLiteral("resolve"), QStringLiteral("eerste"),
                                    QStringLiteral("--paragraph"), QStringLiteral("1"),
                                    QStringLiteral("--take"), QStringLiteral("edit"),
                                    QStringLiteral("--from"), QStringLiteral("-")},
                                   "---\ntitle: Dubbel\n---\nVeel.\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("tweede kop")), qPrintable(run.err));
        QCOMPARE(collision.text(), before);
        QCOMPARE(collision.conflicts().size(), 1);
    }

    // edition.yaml and woordenlijst.dic by their own names: log, diff and resolve find them.
    void filesAreNamedByTheirPath()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        auto repository = git::Repository::init(dir.path()).value();
        QVERIFY(repository.commitAll(QStringLiteral("Begin"), anne).ok());
        replaceIn(dir.filePath(QStringLiteral("edition.yaml")), QStringLiteral("year: 2025"),
                  QStringLiteral("year: 2026"));
        QVERIFY(repository.commitAll(QStringLiteral("Volgend jaar"), anne).ok());
        Run run = trendwebIn(dir.path(), {QStringLiteral("log"), QStringLiteral("edition.yaml")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Volgend jaar")), qPrintable(run.out));
        run = trendwebIn(dir.path(), {QStringLiteral("diff"), QStringLiteral("edition.yaml"),
                                      QStringLiteral("HEAD~1"), QStringLiteral("HEAD")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("{+2026")), qPrintable(run.out));
        run = trendwebIn(dir.path(), {QStringLiteral("resolve"), QStringLiteral("edition.yaml"),
                                      QStringLiteral("--take"), QStringLiteral("mine")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("geen conflict")), qPrintable(run.err));
    }
};

TRENDWEB_TEST(VersionCliTest)
#include "tst_versioncli.moc"
