#include "fixtures.h"
#include "testregistry.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <git2.h>

using namespace trendweb;
using namespace trendweb::test;

class WorkspaceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { git_libgit2_init(); }
    void cleanupTestCase() { git_libgit2_shutdown(); }

    void firstStartCopiesTheBuiltInEditionAndCommitsIt()
    {
        QTemporaryDir builtin;
        QTemporaryDir data;
        writeFiles(builtin.path(), goodEdition());
        const QString target = data.filePath(QStringLiteral("edities/ingebouwd"));
        const auto prepared = prepareWorkingEdition(builtin.path(), target);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error().toString()));
        QCOMPARE(prepared.value(), target);
        QVERIFY(QFile::exists(target + QStringLiteral("/lemmas/eerste.md")));

        // A real repository with one commit on "main" holding every file.
        git_repository *repo = nullptr;
        QCOMPARE(git_repository_open(&repo, target.toUtf8().constData()), 0);
        git_reference *head = nullptr;
        QCOMPARE(git_repository_head(&head, repo), 0);
        QCOMPARE(QString::fromUtf8(git_reference_shorthand(head)), QStringLiteral("main"));
        git_commit *commit = nullptr;
        QCOMPARE(git_commit_lookup(&commit, repo, git_reference_target(head)), 0);
        QCOMPARE(git_commit_parentcount(commit), 0u);
        git_tree *tree = nullptr;
        QCOMPARE(git_commit_tree(&tree, commit), 0);
        git_tree_entry *entry = nullptr;
        QCOMPARE(git_tree_entry_bypath(&entry, tree, "lemmas/tweede.md"), 0);
        git_status_list *status = nullptr;
        git_status_options options = GIT_STATUS_OPTIONS_INIT;
        options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED;
        QCOMPARE(git_status_list_new(&status, repo, &options), 0);
        QCOMPARE(git_status_list_entrycount(status), size_t(0));
        git_status_list_free(status);
        git_tree_entry_free(entry);
        git_tree_free(tree);
        git_commit_free(commit);
        git_reference_free(head);
        git_repository_free(repo);
    }

    void secondStartKeepsTheAuthorsWork()
    {
        QTemporaryDir builtin;
        QTemporaryDir data;
        writeFiles(builtin.path(), goodEdition());
        const QString target = data.filePath(QStringLiteral("werk"));
        QVERIFY(prepareWorkingEdition(builtin.path(), target).ok());
        QFile lemma(target + QStringLiteral("/lemmas/eerste.md"));
        QVERIFY(lemma.open(QIODevice::WriteOnly));
        lemma.write("mijn werk");
        lemma.close();
        QVERIFY(prepareWorkingEdition(builtin.path(), target).ok());
        QVERIFY(lemma.open(QIODevice::ReadOnly));
        QCOMPARE(lemma.readAll(), QByteArray("mijn werk"));
    }

    void missingBuiltInEditionIsAClearError()
    {
        QTemporaryDir empty;
        QTemporaryDir data;
        const auto prepared =
            prepareWorkingEdition(empty.path(), data.filePath(QStringLiteral("werk")));
        QVERIFY(!prepared.ok());
        QVERIFY(prepared.error().message.contains(QStringLiteral("ingebouwde editie")));
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("werk"))));
    }

    void workingEditionIsNeverInsideTheSourceTree()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString working = QDir::cleanPath(defaultWorkingEditionDir());
        const QString source = QDir::cleanPath(QStringLiteral(TRENDWEB_CONTENT_DIR "/.."));
        QVERIFY(!working.startsWith(source + QLatin1Char('/')));
        QStandardPaths::setTestModeEnabled(false);
    }
};

TRENDWEB_TEST(WorkspaceTest)
#include "tst_workspace.moc"
