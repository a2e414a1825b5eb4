#include "fixtures.h"
#include "git/repository.h"
#include "testregistry.h"
#include "textfile.h"
#include "versions/conflicts.h"
#include "versions/textdiff.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

const QString eerste = QStringLiteral("lemmas/eerste.md");
const git::Signature anna{QStringLiteral("Anna"), QStringLiteral("anna@example.org")};
const git::Signature bert{QStringLiteral("Bert"), QStringLiteral("bert@example.org")};

QString read(const git::Repository &repository, const QString &path)
{
    return readTextFile(QDir(repository.workdir()).filePath(path)).value();
}

void write(const git::Repository &repository, const QString &path, const QString &text)
{
    QVERIFY(writeTextFile(QDir(repository.workdir()).filePath(path), text).ok());
}

// Replaces one paragraph's text in a lemma file of a clone.
void edit(const git::Repository &repository, const QString &path, const QString &before,
          const QString &after)
{
    QString text = read(repository, path);
    QVERIFY2(text.contains(before), qPrintable(before));
    text.replace(before, after);
    write(repository, path, text);
}

// A shared bare remote with the fixture edition, and clones of it.
struct Shared
{
    QTemporaryDir dir;
    QString remote() const { return dir.filePath(QStringLiteral("gedeeld.git")); }

    void create()
    {
        QVERIFY(git::Repository::init(remote(), true).ok());
        const QString first = dir.filePath(QStringLiteral("eerste-auteur"));
        writeFiles(first, goodEdition());
        auto repository = git::Repository::init(first);
        QVERIFY(repository.ok());
        QVERIFY(repository.value().commitAll(QStringLiteral("Begin"), anna).ok());
        QVERIFY(repository.value().setRemote(remote()).ok());
        QVERIFY(repository.value().push().ok());
    }

    git::Repository clone(const QString &name)
    {
        auto repository = git::Repository::clone(remote(), dir.filePath(name));
        if (!repository)
            qFatal("%s", qPrintable(repository.error().toString()));
        return std::move(repository).value();
    }
};

} // namespace

class VersionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pullMergesEditsToDifferentLemmas()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        git::Repository b = shared.clone(QStringLiteral("bert"));
        edit(a, eerste, QStringLiteral("Veel."), QStringLiteral("Heel veel."));
        QVERIFY(a.commit({eerste}, QStringLiteral("Relevantie aangescherpt"), anna).ok());
        QVERIFY(a.push().ok());
        edit(b, QStringLiteral("lemmas/tweede.md"), QStringLiteral("Ook."),
             QStringLiteral("Ook dit."));
        QVERIFY(b.commit({QStringLiteral("lemmas/tweede.md")}, QStringLiteral("Tweede bijgewerkt"),
                         bert)
                    .ok());

        // Bert's push is refused: Anna was first. Nothing changes for him.
        const QString bertHead = b.headId();
        const auto refused = b.push();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("Haal eerst")),
                 qPrintable(refused.error().message));
        QCOMPARE(b.headId(), bertHead);
        QCOMPARE(read(b, QStringLiteral("lemmas/tweede.md")).contains(QStringLiteral("Ook dit.")),
                 true);

        QCOMPARE(b.aheadBehind().value(), std::make_pair(1, 0));
        const auto pulled = b.pull(bert);
        QVERIFY2(pulled.ok(), qPrintable(pulled.error().toString()));
        QCOMPARE(pulled.value(), git::PullOutcome::Merged);
        QVERIFY(read(b, eerste).contains(QStringLiteral("Heel veel.")));
        QVERIFY(read(b, QStringLiteral("lemmas/tweede.md")).contains(QStringLiteral("Ook dit.")));
        QCOMPARE(b.aheadBehind().value(), std::make_pair(2, 0));
        QVERIFY(b.push().ok());
        QCOMPARE(b.aheadBehind().value(), std::make_pair(0, 0));

        QCOMPARE(a.pull(anna).value(), git::PullOutcome::FastForward);
        QVERIFY(read(a, QStringLiteral("lemmas/tweede.md")).contains(QStringLiteral("Ook dit.")));
        QCOMPARE(a.pull(anna).value(), git::PullOutcome::UpToDate);
    }

    void editsToDifferentParagraphsOfOneLemmaMerge()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        git::Repository b = shared.clone(QStringLiteral("bert"));
        edit(a, eerste, QStringLiteral("Nog een zin."), QStringLiteral("Nog een betere zin."));
        QVERIFY(a.commit({eerste}, QStringLiteral("Eerste alinea"), anna).ok());
        QVERIFY(a.push().ok());
        edit(b, eerste, QStringLiteral("Veel."), QStringLiteral("Heel veel."));
        QVERIFY(b.commit({eerste}, QStringLiteral("Relevantie"), bert).ok());
        QCOMPARE(b.pull(bert).value(), git::PullOutcome::Merged);
        const QString merged = read(b, eerste);
        QVERIFY(merged.contains(QStringLiteral("Nog een betere zin.")));
        QVERIFY(merged.contains(QStringLiteral("Heel veel.")));
    }

    void theSameParagraphConflictsAndIsResolved_data()
    {
        QTest::addColumn<QString>("take");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mine") << "mine"
                              << "Veel, zegt Bert.";
        QTest::newRow("theirs") << "theirs"
                                << "Veel, zegt Anna.";
        QTest::newRow("both") << "both"
                              << "Veel, zegt Bert.\n\nVeel, zegt Anna.";
    }

    void theSameParagraphConflictsAndIsResolved()
    {
        QFETCH(QString, take);
        QFETCH(QString, expected);
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        git::Repository b = shared.clone(QStringLiteral("bert"));
        edit(a, eerste, QStringLiteral("\nVeel.\n"), QStringLiteral("\nVeel, zegt Anna.\n"));
        QVERIFY(a.commit({eerste}, QStringLiteral("Anna"), anna).ok());
        QVERIFY(a.push().ok());
        edit(b, eerste, QStringLiteral("\nVeel.\n"), QStringLiteral("\nVeel, zegt Bert.\n"));
        QVERIFY(b.commit({eerste}, QStringLiteral("Bert"), bert).ok());

        QCOMPARE(b.pull(bert).value(), git::PullOutcome::Conflicts);
        QVERIFY(b.isMerging());
        // The other version is Anna's, and says so.
        QCOMPARE(b.incomingAuthors().value(), QStringList(QStringLiteral("Anna")));
        QVERIFY(a.incomingAuthors().value().isEmpty());
        // No conflict markers reach the lemma: it keeps Bert's text until he decides.
        const QString during = read(b, eerste);
        QVERIFY(!during.contains(QStringLiteral("<<<<<<<")));
        QVERIFY(during.contains(QStringLiteral("Veel, zegt Bert.")));

        auto conflicts = lemmaConflicts(b);
        QVERIFY(conflicts.ok());
        QCOMPARE(conflicts->size(), 1);
        const LemmaConflict &conflict = conflicts->first();
        QCOMPARE(conflict.path, eerste);
        QCOMPARE(conflict.conflicts.size(), 1);
        QCOMPARE(conflict.conflicts[0].base, QStringList(QStringLiteral("Veel.")));
        QCOMPARE(conflict.conflicts[0].mine, QStringList(QStringLiteral("Veel, zegt Bert.")));
        QCOMPARE(conflict.conflicts[0].theirs, QStringList(QStringLiteral("Veel, zegt Anna.")));

        QVERIFY(!b.commit({}, QStringLiteral("te vroeg"), bert).ok()); // conflicts left
        QVERIFY(resolveParagraphs(b, eerste, take).ok());
        QVERIFY(lemmaConflicts(b)->isEmpty());
        QVERIFY(read(b, eerste).contains(QStringLiteral("\n") + expected + QStringLiteral("\n")));
        const auto committed = b.commit({eerste}, QStringLiteral("Samengevoegd"), bert);
        QVERIFY2(committed.ok(), qPrintable(committed.error().toString()));
        QVERIFY(!b.isMerging());
        QCOMPARE(b.headId(), committed.value());
        QCOMPARE(b.log(QString(), 1).value().first().summary, QStringLiteral("Samengevoegd"));
        QVERIFY(b.push().ok());
        QCOMPARE(a.pull(anna).value(), git::PullOutcome::FastForward);
        QVERIFY(read(a, eerste).contains(expected));
    }

    void paragraphsAreDecidedOneByOne()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        git::Repository b = shared.clone(QStringLiteral("bert"));
        edit(a, eerste, QStringLiteral("Nog een zin.[^2]"), QStringLiteral("Anna’s zin.[^2]"));
        edit(a, eerste, QStringLiteral("\nVeel.\n"), QStringLiteral("\nAnna’s relevantie.\n"));
        QVERIFY(a.commit({eerste}, QStringLiteral("Anna"), anna).ok());
        QVERIFY(a.push().ok());
        edit(b, eerste, QStringLiteral("Nog een zin.[^2]"), QStringLiteral("Berts zin.[^2]"));
        edit(b, eerste, QStringLiteral("\nVeel.\n"), QStringLiteral("\nBerts relevantie.\n"));
        QVERIFY(b.commit({eerste}, QStringLiteral("Bert"), bert).ok());
        QCOMPARE(b.pull(bert).value(), git::PullOutcome::Conflicts);
        QCOMPARE(lemmaConflicts(b)->first().conflicts.size(), 2);

        QVERIFY(resolveParagraphs(b, eerste, QStringLiteral("theirs"), 2).ok());
        auto left = lemmaConflicts(b);
        QCOMPARE(left->size(), 1); // still one paragraph open
        QCOMPARE(left->first().conflicts[1].decision, QStringLiteral("theirs"));
        QVERIFY(read(b, eerste).contains(QStringLiteral("Berts zin.")));         // open: mine
        QVERIFY(read(b, eerste).contains(QStringLiteral("Anna’s relevantie."))); // decided

        QVERIFY(resolveParagraphs(b, eerste, QStringLiteral("edit"), 1,
                                  QStringLiteral("De zin van Anna én Bert.[^2]"))
                    .ok());
        QVERIFY(lemmaConflicts(b)->isEmpty());
        QVERIFY(read(b, eerste).contains(QStringLiteral("De zin van Anna én Bert.[^2]")));
        QVERIFY(b.commit({eerste}, QStringLiteral("Samengevoegd"), bert).ok());
    }

    void abortRestoresTheStateBeforeThePull()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        git::Repository b = shared.clone(QStringLiteral("bert"));
        edit(a, eerste, QStringLiteral("\nVeel.\n"), QStringLiteral("\nAnna.\n"));
        QVERIFY(a.commit({eerste}, QStringLiteral("Anna"), anna).ok());
        QVERIFY(a.push().ok());
        edit(b, eerste, QStringLiteral("\nVeel.\n"), QStringLiteral("\nBert.\n"));
        QVERIFY(b.commit({eerste}, QStringLiteral("Bert"), bert).ok());
        const QString before = read(b, eerste);
        const QString head = b.headId();
        QCOMPARE(b.pull(bert).value(), git::PullOutcome::Conflicts);
        QVERIFY(resolveParagraphs(b, eerste, QStringLiteral("theirs"), 1).ok());
        QVERIFY(b.abortMerge().ok());
        clearConflictDecisions(b);
        QVERIFY(!b.isMerging());
        QCOMPARE(b.headId(), head);
        QCOMPARE(read(b, eerste), before);
        QVERIFY(b.status()->isEmpty());
    }

    void aVersionNeedsANameButNoAddress()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        auto repository = git::Repository::init(dir.path()).value();
        for (const git::Signature &nobody :
             {git::Signature{}, git::Signature{QStringLiteral("  "), QStringLiteral("a@b.nl")}}) {
            const auto refused = repository.commitAll(QStringLiteral("Begin"), nobody);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(QStringLiteral("naam")),
                     qPrintable(refused.error().message));
        }
        // Nothing was begun: no version, nothing staged.
        QVERIFY(repository.headId().isEmpty());
        const QList<git::FileStatus> status = repository.status().value();
        QVERIFY(!status.isEmpty());
        for (const git::FileStatus &file : status)
            QCOMPARE(file.change, git::FileStatus::Untracked);

        QVERIFY(
            !repository.commitAll(QStringLiteral("Begin"), {QStringLiteral("Anne <x>"), {}}).ok());
        const auto made =
            repository.commitAll(QStringLiteral("Begin"), {QStringLiteral("Anne de Vries"), {}});
        QVERIFY2(made.ok(), qPrintable(made.error().toString()));
        const git::CommitInfo version = repository.log().value().constFirst();
        QCOMPARE(version.authorName, QStringLiteral("Anne de Vries"));
        QCOMPARE(version.authorEmail, QString());
    }

    void aMergeWaitsForAName()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        git::Repository b = shared.clone(QStringLiteral("bert"));
        edit(a, eerste, QStringLiteral("Veel."), QStringLiteral("Heel veel."));
        QVERIFY(a.commit({eerste}, QStringLiteral("Anna"), anna).ok());
        QVERIFY(a.push().ok());
        edit(b, QStringLiteral("lemmas/tweede.md"), QStringLiteral("Ook."),
             QStringLiteral("Ook dit."));
        QVERIFY(b.commit({QStringLiteral("lemmas/tweede.md")}, QStringLiteral("Bert"), bert).ok());
        const QString head = b.headId();
        const auto pulled = b.pull(git::Signature{});
        QVERIFY(!pulled.ok());
        QVERIFY2(pulled.error().message.contains(QStringLiteral("naam")),
                 qPrintable(pulled.error().message));
        QCOMPARE(b.headId(), head);
        QVERIFY(!b.isMerging());
        QVERIFY(b.status().value().isEmpty());
        QCOMPARE(b.pull(bert).value(), git::PullOutcome::Merged);
        QVERIFY(b.push().ok());

        // Bringing in the shared versions alone needs no name.
        QCOMPARE(a.pull(git::Signature{}).value(), git::PullOutcome::FastForward);
    }

    void pullWaitsForUncommittedWork()
    {
        Shared shared;
        shared.create();
        git::Repository b = shared.clone(QStringLiteral("bert"));
        edit(b, eerste, QStringLiteral("Veel."), QStringLiteral("Niet vastgelegd."));
        const auto pulled = b.pull(bert);
        QVERIFY(!pulled.ok());
        QVERIFY(pulled.error().message.contains(QStringLiteral("Leg ze eerst vast")));
        QVERIFY(read(b, eerste).contains(QStringLiteral("Niet vastgelegd.")));
        const auto status = b.status().value();
        QCOMPARE(status.size(), 1);
        QCOMPARE(status[0].path, eerste);
        QCOMPARE(status[0].change, git::FileStatus::Modified);
    }

    void historyAndWordDiffOfALemma()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        edit(a, eerste, QStringLiteral("Nog een zin."), QStringLiteral("Nog een mooie zin."));
        const QString first = a.commit({eerste}, QStringLiteral("Mooier"), anna).value();
        edit(a, QStringLiteral("lemmas/tweede.md"), QStringLiteral("Ook."),
             QStringLiteral("Ook dit."));
        a.commit({QStringLiteral("lemmas/tweede.md")}, QStringLiteral("Ander lemma"), anna).value();
        edit(a, eerste, QStringLiteral("Veel."), QStringLiteral("Heel veel."));
        const QString second = a.commit({eerste}, QStringLiteral("Relevanter"), anna).value();

        const auto history = a.log(eerste).value();
        QCOMPARE(history.size(), 3); // the start, and the two versions that changed it
        QCOMPARE(history[0].id, second);
        QCOMPARE(history[0].summary, QStringLiteral("Relevanter"));
        QCOMPARE(history[0].authorName, QStringLiteral("Anna"));
        QCOMPARE(history[1].id, first);
        QCOMPARE(a.log().value().size(), 4);

        const QString old = a.fileAt(history[2].id, eerste).value();
        QVERIFY(old.contains(QStringLiteral("Nog een zin.")));
        const QString diff =
            wordDiffText(wordDiff(old, a.fileAt(QStringLiteral("HEAD"), eerste).value()));
        QVERIFY2(diff.contains(QStringLiteral("Nog een {+mooie +}zin.")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("[-Veel.-]{+Heel veel.+}")), qPrintable(diff));
        QVERIFY(!a.fileAt(QStringLiteral("HEAD"), QStringLiteral("lemmas/bestaat-niet.md")).ok());
        QVERIFY(!a.fileAt(QStringLiteral("geen-versie"), eerste).ok());
    }

    // A renamed lemma keeps its past: the history goes on under the old name, as
    // `git log --follow` does, and each version says the name it had then.
    void historyFollowsARename()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        edit(a, eerste, QStringLiteral("Nog een zin."), QStringLiteral("Nog een mooie zin."));
        const QString before = a.commit({eerste}, QStringLiteral("Mooier"), anna).value();
        const QString renamed = QStringLiteral("lemmas/voorop.md");
        QVERIFY(QDir(a.workdir()).rename(eerste, renamed));
        const QString rename =
            a.commit({eerste, renamed}, QStringLiteral("Nieuwe naam"), anna).value();
        edit(a, renamed, QStringLiteral("Veel."), QStringLiteral("Heel veel."));
        const QString after = a.commit({renamed}, QStringLiteral("Relevanter"), anna).value();

        const auto history = a.log(renamed).value();
        QCOMPARE(history.size(), 4); // the start, before, the rename and after
        QCOMPARE(history[0].id, after);
        QCOMPARE(history[0].path, renamed);
        QCOMPARE(history[1].id, rename);
        QCOMPARE(history[1].path, renamed);
        QCOMPARE(history[2].id, before);
        QCOMPARE(history[2].path, eerste);
        QCOMPARE(history[3].path, eerste);
        // Each version's text is found under the name it had then.
        QVERIFY(a.fileAt(history[3].id, history[3].path)
                    .value()
                    .contains(QStringLiteral("Nog een zin.")));
        // The old name's own history ends at the rename (its deletion) and goes no further.
        QCOMPARE(a.log(eerste).value().first().id, rename);
    }

    // A damaged version must say so, not pass for the beginning of the edition's history.
    void aDamagedVersionIsReportedNotAShortHistory()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("editie"));
        writeFiles(folder, goodEdition());
        QString oldest;
        {
            auto repository = git::Repository::init(folder);
            QVERIFY(repository.ok());
            oldest = repository.value().commitAll(QStringLiteral("Begin"), anna).value();
            for (const QString &words : {QStringLiteral("Een."), QStringLiteral("Twee.")}) {
                write(repository.value(), eerste, read(repository.value(), eerste) + words);
                QVERIFY(repository.value().commit({eerste}, words, anna).ok());
            }
            QCOMPARE(repository.value().log().value().size(), 3);
        }
        QFile object(QDir(folder).filePath(
            QStringLiteral(".git/objects/%1/%2").arg(oldest.left(2), oldest.mid(2))));
        QVERIFY2(object.exists(), qPrintable(object.fileName()));
        QVERIFY(object.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(object.open(QIODevice::WriteOnly | QIODevice::Truncate));
        object.write("geen versie meer");
        object.close();

        auto reopened = git::Repository::open(folder);
        QVERIFY(reopened.ok());
        const auto history = reopened.value().log();
        QVERIFY2(!history.ok(), "a damaged history read as a short one");
        QVERIFY2(history.error().message.contains(QStringLiteral("geschiedenis")),
                 qPrintable(history.error().message));
        QVERIFY(!reopened.value().log(eerste).ok());
        QVERIFY(!reopened.value().aheadBehind().ok());
    }

    void releasedEditionsAreTagged()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        QVERIFY(a.createTag(QStringLiteral("trendweb-2025"), QStringLiteral("Trendweb 2025"), anna)
                    .ok());
        QCOMPARE(a.tags().value(), QStringList(QStringLiteral("trendweb-2025")));
        QCOMPARE(a.resolveRevision(QStringLiteral("trendweb-2025")).value(), a.headId());
    }

    void paragraphMergeAlignsOnUnchangedParagraphs()
    {
        const QString base = QStringLiteral("A\n\nB\n\nC\n");
        const auto chunks = mergeParagraphs(base, QStringLiteral("A1\n\nB\n\nC\n"),
                                            QStringLiteral("A\n\nB\n\nC1\n\nD\n"));
        QStringList merged;
        for (const MergeChunk &chunk : chunks) {
            QVERIFY(!chunk.conflict);
            merged += chunk.merged;
        }
        QCOMPARE(merged, QStringList({QStringLiteral("A1"), QStringLiteral("B"),
                                      QStringLiteral("C1"), QStringLiteral("D")}));
    }
};

TRENDWEB_TEST(VersionsTest)
#include "tst_versions.moc"
