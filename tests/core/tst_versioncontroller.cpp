#include "editionloader.h"
#include "fixtures.h"
#include "git/repository.h"
#include "lemmalistmodel.h"
#include "testregistry.h"
#include "textfile.h"
#include "versioncontroller.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

// The version panels' controller, on a bare shared repository and two clones.
class VersionControllerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    const git::Signature anna{QStringLiteral("Anna"), QStringLiteral("anna@example.org")};

    QString shared() const { return dir.filePath(QStringLiteral("gedeeld.git")); }

    void edit(const QString &root, const QString &before, const QString &after)
    {
        const QString file = root + QStringLiteral("/lemmas/eerste.md");
        QString text = readTextFile(file).value();
        text.replace(before, after);
        QVERIFY(writeTextFile(file, text).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings stay out of the user's folder
        QVERIFY(git::Repository::init(shared(), true).ok());
        const QString begin = dir.filePath(QStringLiteral("begin"));
        writeFiles(begin, goodEdition());
        auto first = git::Repository::init(begin).value();
        QVERIFY(first.commitAll(QStringLiteral("Begin"), anna).ok());
        QVERIFY(first.setRemote(shared()).ok());
        QVERIFY(first.push().ok());
    }

    // A folder that holds an edition but no versions (copied, unpacked) starts keeping them
    // from the Wijzigingen panel: under the author's name, everything as the first version.
    void anEditionWithoutVersionsStartsKeepingThem()
    {
        QSettings().remove(QStringLiteral("auteur"));
        const QString root = dir.filePath(QStringLiteral("zonder-versies"));
        writeFiles(root, goodEdition());
        VersionController versions;
        versions.setEditionRoot(root);
        QVERIFY(!versions.available());

        // Nobody known yet: refused, and nothing is made.
        QVERIFY(!versions.startVersions());
        QVERIFY(!QFileInfo::exists(root + QStringLiteral("/.git")));

        QVERIFY(versions.confirmAuthor(QStringLiteral("Dirk"), QStringLiteral("dirk@example.org")));
        QVERIFY2(versions.startVersions(), qPrintable(versions.errorMessage()));
        QVERIFY(versions.available());
        QVERIFY(versions.changes()->checkedPaths().isEmpty());
        auto repository = git::Repository::open(root).value();
        const auto log = repository.log({}, 5).value();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.constFirst().authorName, QStringLiteral("Dirk"));
        QVERIFY(QFile::exists(root + QStringLiteral("/.gitattributes")));

        // Once is enough.
        QVERIFY(!versions.startVersions());
        QCOMPARE(repository.log({}, 5).value().size(), 1);
    }

    void commitPullPushAndConflictThroughThePanels()
    {
        const QString annaRoot = dir.filePath(QStringLiteral("anna"));
        const QString bertRoot = dir.filePath(QStringLiteral("bert"));
        QVERIFY(git::Repository::clone(shared(), annaRoot).ok());
        QVERIFY(git::Repository::clone(shared(), bertRoot).ok());

        VersionController annaVersions;
        QAbstractItemModelTester changesTester(
            annaVersions.changes(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        annaVersions.setEditionRoot(annaRoot);
        QVERIFY(annaVersions.available());
        QVERIFY(annaVersions.hasRemote());
        QCOMPARE(annaVersions.changes()->rowCount(), 0);

        edit(annaRoot, QStringLiteral("\nVeel.\n"), QStringLiteral("\nVeel, zegt Anna.\n"));
        annaVersions.refresh();
        QCOMPARE(annaVersions.changes()->rowCount(), 1);
        QCOMPARE(annaVersions.changes()->checkedPaths(),
                 QStringList(QStringLiteral("lemmas/eerste.md")));
        QVERIFY(
            annaVersions.confirmAuthor(QStringLiteral("Anna"), QStringLiteral("anna@example.org")));
        QVERIFY(!annaVersions.commit(QStringLiteral("  "))); // a message is needed
        QVERIFY(annaVersions.commit(QStringLiteral("Relevantie van Anna")));
        QCOMPARE(annaVersions.ahead(), 1);

        QSignalSpy busy(&annaVersions, &VersionController::busyChanged);
        annaVersions.push();
        QVERIFY(annaVersions.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!annaVersions.busy(), 20000);
        QVERIFY2(annaVersions.errorMessage().isEmpty(), qPrintable(annaVersions.errorMessage()));
        QCOMPARE(annaVersions.ahead(), 0);

        VersionController bertVersions;
        QAbstractItemModelTester conflictTester(
            bertVersions.conflicts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        bertVersions.setEditionRoot(bertRoot);
        QVERIFY(
            bertVersions.confirmAuthor(QStringLiteral("Bert"), QStringLiteral("bert@example.org")));
        edit(bertRoot, QStringLiteral("\nVeel.\n"), QStringLiteral("\nVeel, zegt Bert.\n"));
        bertVersions.refresh();
        QVERIFY(bertVersions.commit(QStringLiteral("Relevantie van Bert")));
        QSignalSpy pulled(&bertVersions, &VersionController::pulled);
        bertVersions.pull();
        QVERIFY(pulled.wait(20000));
        QVERIFY(bertVersions.merging());
        QCOMPARE(bertVersions.conflicts()->rowCount(), 1);
        QCOMPARE(bertVersions.conflicts()->openCount(), 1);
        const QModelIndex paragraph = bertVersions.conflicts()->index(0);
        QCOMPARE(paragraph.data(ConflictModel::MineRole).toString(),
                 QStringLiteral("Veel, zegt Bert."));
        QCOMPARE(paragraph.data(ConflictModel::TheirsRole).toString(),
                 QStringLiteral("Veel, zegt Anna."));

        QVERIFY(
            bertVersions.resolve(QStringLiteral("lemmas/eerste.md"), 1, QStringLiteral("mine")));
        // Decided places stay in view, so that the choice can be reconsidered (Keuze herzien).
        QCOMPARE(bertVersions.conflicts()->rowCount(), 1);
        QCOMPARE(bertVersions.conflicts()->openCount(), 0);
        QCOMPARE(bertVersions.conflicts()->index(0).data(ConflictModel::DecisionRole).toString(),
                 QStringLiteral("mine"));
        QVERIFY(bertVersions.reconsider(QStringLiteral("lemmas/eerste.md"), 1));
        QCOMPARE(bertVersions.conflicts()->openCount(), 1);
        QCOMPARE(bertVersions.conflicts()->index(0).data(ConflictModel::TheirsRole).toString(),
                 QStringLiteral("Veel, zegt Anna."));
        QVERIFY(bertVersions.resolve(QStringLiteral("lemmas/eerste.md"), 1, QStringLiteral("edit"),
                                     QStringLiteral("Veel, zeggen Anna en Bert.")));
        QCOMPARE(bertVersions.conflicts()->openCount(), 0);
        QVERIFY(bertVersions.commit(QStringLiteral("Samengevoegd")));
        QVERIFY(!bertVersions.merging());
        QCOMPARE(bertVersions.conflicts()->rowCount(), 0);

        bertVersions.loadHistory(QStringLiteral("lemmas/eerste.md"));
        QVERIFY(bertVersions.history()->rowCount() >= 3);
        const QString newest = bertVersions.history()->idAt(0);
        QVERIFY(bertVersions.textAt(newest, QStringLiteral("lemmas/eerste.md"))
                    .contains(QStringLiteral("zeggen Anna en Bert")));
        const QString html = bertVersions.diffHtml(bertVersions.history()->idAt(1),
                                                   QStringLiteral("lemmas/eerste.md"));
        QVERIFY2(html.contains(QStringLiteral("Bert.")), qPrintable(html));
    }

    // Both changed the lemma's title: the list shows one row about the key, and the choice
    // for it settles the merge.
    void aKeyConflictIsShownAndSettledInThePanel()
    {
        const QString annaRoot = dir.filePath(QStringLiteral("anna-titel"));
        const QString bertRoot = dir.filePath(QStringLiteral("bert-titel"));
        auto a = git::Repository::clone(shared(), annaRoot).value();
        QVERIFY(git::Repository::clone(shared(), bertRoot).ok());
        const QString title = QStringLiteral("title: ") +
                              readTextFile(annaRoot + QStringLiteral("/lemmas/eerste.md"))
                                  .value()
                                  .section(QStringLiteral("title: "), 1)
                                  .section(QLatin1Char('\n'), 0, 0) +
                              QLatin1Char('\n');
        edit(annaRoot, title, QStringLiteral("title: De titel van Anna\n"));
        QVERIFY(a.commitAll(QStringLiteral("Titel"), anna).ok());
        QVERIFY(a.push().ok());

        VersionController bertVersions;
        QAbstractItemModelTester conflictTester(
            bertVersions.conflicts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        bertVersions.setEditionRoot(bertRoot);
        QVERIFY(bertVersions.confirmAuthor(QStringLiteral("Bert"), QString()));
        edit(bertRoot, title, QStringLiteral("title: De titel van Bert\n"));
        bertVersions.refresh();
        QVERIFY(bertVersions.commit(QStringLiteral("Titel van Bert")));
        QSignalSpy pulled(&bertVersions, &VersionController::pulled);
        bertVersions.pull();
        QVERIFY(pulled.wait(20000));
        QVERIFY(bertVersions.merging());
        QCOMPARE(bertVersions.conflicts()->rowCount(), 1);
        const QModelIndex row = bertVersions.conflicts()->index(0);
        QCOMPARE(row.data(ConflictModel::KindRole).toString(), QStringLiteral("key"));
        QCOMPARE(row.data(ConflictModel::KeyRole).toString(), QStringLiteral("title"));
        QCOMPARE(row.data(ConflictModel::PlaceRole).toString(), QStringLiteral("key title"));
        QCOMPARE(row.data(ConflictModel::MineRole).toString(),
                 QStringLiteral("title: De titel van Bert\n"));

        QVERIFY(!bertVersions.resolveKey(QStringLiteral("lemmas/eerste.md"),
                                         QStringLiteral("title"), QStringLiteral("both")));
        QVERIFY(bertVersions.resolveKey(QStringLiteral("lemmas/eerste.md"), QStringLiteral("title"),
                                        QStringLiteral("theirs")));
        QCOMPARE(bertVersions.conflicts()->openCount(), 0);
        QVERIFY(bertVersions.commit(QStringLiteral("Samengevoegd")));
        QCOMPARE(bertVersions.conflicts()->rowCount(), 0);
        QVERIFY(readTextFile(bertRoot + QStringLiteral("/lemmas/eerste.md"))
                    .value()
                    .contains(QStringLiteral("title: De titel van Anna\n")));
    }

    void theNextEditionIsTaggedAndBumped()
    {
        const QString root = dir.filePath(QStringLiteral("editor"));
        QVERIFY(git::Repository::clone(shared(), root).ok());
        VersionController versions;
        versions.setEditionRoot(root);
        QVERIFY(versions.confirmAuthor(QStringLiteral("Redactie"), QString()));
        QVERIFY(versions.startNextEdition());
        const QString yaml = readTextFile(root + QStringLiteral("/edition.yaml")).value();
        QVERIFY2(yaml.contains(QStringLiteral("year: 2026")), qPrintable(yaml));
        QVERIFY(yaml.contains(QStringLiteral("edition: 4")));
        auto repository = git::Repository::open(root);
        QCOMPARE(repository.value().tags().value(), QStringList(QStringLiteral("trendweb-2025")));
        QVERIFY(repository.value()
                    .fileAt(QStringLiteral("trendweb-2025"), QStringLiteral("edition.yaml"))
                    .value()
                    .contains(QStringLiteral("year: 2025")));
        QVERIFY(repository.value().status().value().isEmpty());
    }

    void aVersionIsMadeUnderTheConfirmedNameOnly()
    {
        QSettings().remove(QStringLiteral("auteur")); // nobody has said who they are
        const QString root = dir.filePath(QStringLiteral("identiteit"));
        QVERIFY(git::Repository::clone(shared(), root).ok());
        setGitIdentity(root, QStringLiteral("Git Gebruiker"), QStringLiteral("git@example.org"));
        auto repository = git::Repository::open(root).value();

        VersionController versions;
        versions.setEditionRoot(root);
        // Git's identity is offered, not used.
        QVERIFY(!versions.hasAuthor());
        QCOMPARE(versions.authorName(), QString());
        QCOMPARE(versions.suggestedName(), QStringLiteral("Git Gebruiker"));
        QCOMPARE(versions.suggestedEmail(), QStringLiteral("git@example.org"));

        const QString lemma = root + QStringLiteral("/lemmas/tweede.md");
        QVERIFY(
            writeTextFile(lemma, readTextFile(lemma).value() + QStringLiteral("\nCarla.\n")).ok());
        versions.refresh();
        QCOMPARE(versions.changes()->checkedPaths(),
                 QStringList(QStringLiteral("lemmas/tweede.md")));
        const QString head = repository.headId();
        QVERIFY(!versions.commit(QStringLiteral("Zonder naam")));
        QVERIFY2(versions.errorMessage().contains(QStringLiteral("wie u bent")),
                 qPrintable(versions.errorMessage()));
        QCOMPARE(repository.headId(), head);

        QSignalSpy changed(&versions, &VersionController::authorChanged);
        QVERIFY(!versions.confirmAuthor(QStringLiteral("   "), QStringLiteral("x@example.org")));
        QVERIFY(!versions.hasAuthor());
        QVERIFY(versions.confirmAuthor(QStringLiteral(" Carla de Boer "),
                                       QStringLiteral("carla@example.org")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(versions.authorName(), QStringLiteral("Carla de Boer"));
        QVERIFY2(versions.commit(QStringLiteral("Met naam")), qPrintable(versions.errorMessage()));
        const git::CommitInfo newest = repository.log({}, 1).value().constFirst();
        QCOMPARE(newest.authorName, QStringLiteral("Carla de Boer"));
        QCOMPARE(newest.authorEmail, QStringLiteral("carla@example.org"));

        // Kept for the next start.
        const VersionController later;
        QCOMPARE(later.authorName(), QStringLiteral("Carla de Boer"));
        QVERIFY(later.hasAuthor());
    }

    // Wijzigingen names a changed lemma by its letter and title, not by its file; other
    // files by what they are, with their path beside it.
    void changesAreNamedByLemma()
    {
        const QString root = dir.filePath(QStringLiteral("names"));
        QVERIFY(git::Repository::clone(shared(), root).ok());
        const QString eerste = root + QStringLiteral("/lemmas/eerste.md");
        QVERIFY(
            writeTextFile(eerste, readTextFile(eerste).value() + QStringLiteral("Meer.\n")).ok());
        QVERIFY(writeTextFile(root + QStringLiteral("/intro.md"),
                              QStringLiteral("---\ntitle: Inleiding\n---\nAnders.\n"))
                    .ok());
        QVERIFY(writeTextFile(root + QStringLiteral("/notities.txt"), QStringLiteral("x\n")).ok());

        VersionController versions;
        ChangeListModel *changes = versions.changes();
        QAbstractItemModelTester tester(changes,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        versions.setEditionRoot(root);
        QVERIFY2(changes->rowCount() == 3, qPrintable(changes->paths().join(u',')));
        const auto rowOf = [&](const QString &path) {
            for (int row = 0; row < changes->rowCount(); ++row) {
                if (changes->index(row).data(ChangeListModel::PathRole).toString() == path)
                    return changes->index(row);
            }
            return QModelIndex();
        };
        const QModelIndex lemma = rowOf(QStringLiteral("lemmas/eerste.md"));
        QVERIFY(lemma.isValid());
        // Without the lemma list the file's own name is all there is.
        QCOMPARE(lemma.data(ChangeListModel::NameRole).toString(), QStringLiteral("Lemma: eerste"));

        LemmaListModel lemmas;
        lemmas.setEdition(loadEdition(root).value());
        QSignalSpy renamed(changes, &QAbstractItemModel::dataChanged);
        changes->setLemmas(&lemmas);
        QVERIFY(renamed.size() >= 1);
        const int row = lemmas.rowOfPath(QStringLiteral("lemmas/eerste.md"));
        QCOMPARE(lemma.data(ChangeListModel::NameRole).toString(),
                 QStringLiteral("%1 · %2").arg(lemmas.letter(row), lemmas.title(row)));
        QVERIFY(
            lemma.data(ChangeListModel::NameRole).toString().startsWith(QStringLiteral("A · ")));
        QCOMPARE(lemma.data(ChangeListModel::DetailRole).toString(), QString());
        QVERIFY(!lemma.data(ChangeListModel::NameRole).toString().contains(QLatin1String(".md")));
        const QModelIndex intro = rowOf(QStringLiteral("intro.md"));
        QCOMPARE(intro.data(ChangeListModel::NameRole).toString(), QStringLiteral("Inleiding"));
        QCOMPARE(intro.data(ChangeListModel::DetailRole).toString(), QStringLiteral("intro.md"));
        const QModelIndex other = rowOf(QStringLiteral("notities.txt"));
        QCOMPARE(other.data(ChangeListModel::NameRole).toString(), QStringLiteral("notities.txt"));
        QCOMPARE(other.data(ChangeListModel::DetailRole).toString(),
                 QStringLiteral("notities.txt"));
    }
};

TRENDWEB_TEST(VersionControllerTest)
#include "tst_versioncontroller.moc"
