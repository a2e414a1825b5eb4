#include "editioncontroller.h"
#include "fixtures.h"
#include "lemmadocument.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

bool hasProblem(const EditionController &controller, const QString &code, const QString &file)
{
    const Diagnostics &all = controller.diagnostics();
    return std::any_of(all.begin(), all.end(),
                       [&](const Diagnostic &d) { return d.code == code && d.file == file; });
}

const QString eerste = QStringLiteral("lemmas/eerste.md");

} // namespace

class EditionControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Switching lemmas never gives one lemma's text to another: the document tells the
    // edition its text under its own path, and what is let go unsaved goes back to disk.
    void switchingLemmasKeepsEachFileItsOwnText()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        EditionController controller;
        controller.setCheckDelay(0);
        QVERIFY(openEdition(controller, dir.path()));
        QVERIFY(controller.matchesDisk());
        const Diagnostics onDisk = controller.diagnostics();

        LemmaDocument document;
        document.setEdition(&controller);
        for (const char *file : {"lemmas/eerste.md", "lemmas/tweede.md", "lemmas/derde.md",
                                 "lemmas/eerste.md", "lemmas/derde.md"}) {
            QVERIFY(document.load(dir.filePath(QString::fromLatin1(file))));
            QCOMPARE(document.relativePath(), QString::fromLatin1(file));
            QTRY_VERIFY(controller.idle());
            QVERIFY2(controller.matchesDisk(), file);
            QCOMPARE(controller.diagnostics(), onDisk);
        }

        // Unsaved text is checked under its own file; let go, the file's own text returns.
        document.setText(document.text() + QStringLiteral("\n[^9]\n"));
        QTRY_VERIFY(controller.idle());
        QVERIFY(hasProblem(controller, QStringLiteral("footnote-undefined"),
                           QStringLiteral("lemmas/derde.md")));
        QCOMPARE(controller.lemmas()->index(2).data(LemmaListModel::UnsavedRole).toBool(), true);
        QVERIFY(document.load(dir.filePath(QStringLiteral("lemmas/tweede.md"))));
        QTRY_VERIFY(controller.idle());
        QVERIFY(controller.matchesDisk());
        QCOMPARE(controller.lemmas()->index(2).data(LemmaListModel::UnsavedRole).toBool(), false);

        // A new title, typed or written elsewhere, shows in the list once it is checked.
        const QString renamed = document.text().replace(QStringLiteral("title: Tweede lemma"),
                                                        QStringLiteral("title: Het tweede"));
        document.setText(renamed);
        QTRY_VERIFY(controller.idle());
        QCOMPARE(controller.lemmas()->index(1).data(LemmaListModel::TitleRole).toString(),
                 QStringLiteral("Het tweede"));
        document.setText(document.text().replace(QStringLiteral("title: Het tweede"),
                                                 QStringLiteral("title: Tweede lemma")));

        // Saved and switched at once: the saved text is not dropped for the next file's.
        controller.setCheckDelay(200);
        document.setText(document.text() + QStringLiteral("Nog een zin.\n"));
        QVERIFY(document.save());
        QVERIFY(document.load(dir.filePath(QStringLiteral("lemmas/eerste.md"))));
        QTRY_VERIFY(controller.idle());
        QVERIFY(controller.matchesDisk());
    }

    void opensAnEditionOffTheUiThreadWithItsProblems()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        EditionController controller;
        QAbstractItemModelTester problemsTester(
            controller.problems(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        controller.setEditionPath(dir.path());
        QSignalSpy loaded(&controller, &EditionController::loadedChanged);
        controller.open();
        QVERIFY(controller.loading());
        QVERIFY(loaded.wait(10000));
        QVERIFY(controller.loaded());
        QCOMPARE(controller.title(), QStringLiteral("Proefeditie"));
        QCOMPARE(controller.lemmas()->rowCount(), 3);
        QCOMPARE(controller.problemCount(), 1); // the figure without image
        QCOMPARE(controller.errorCount(), 0);
        QCOMPARE(controller.rowOfFile(QStringLiteral("lemmas/derde.md")), 2);
        QAbstractItemModelTester nodes(controller.webNodes(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester edges(controller.webEdges(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(controller.webNodes()->rowCount(), 3);
        QCOMPARE(controller.webEdges()->rowCount(), 4);
        QCOMPARE(controller.webNodes()->neighbours(QStringLiteral("tweede")),
                 QStringList(QStringLiteral("eerste")));
        QCOMPARE(controller.threadTitles(), QStringList(QStringLiteral("Een rode draad")));
    }

    void hetWebFollowsAnEditedRelatedList()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        EditionController controller;
        controller.setCheckDelay(0);
        QVERIFY(openEdition(controller, dir.path()));
        QSignalSpy checked(&controller, &EditionController::diagnosticsChanged);
        controller.updateText(QStringLiteral("lemmas/tweede.md"),
                              QStringLiteral("---\ntitle: Tweede lemma\nstatus: review\nrelated: "
                                             "[eerste, derde, weg]\n---\nTekst.\n"));
        QVERIFY(checked.wait(10000));
        QCOMPARE(controller.webEdges()->rowCount(), 6);
        bool broken = false;
        for (int row = 0; row < controller.webEdges()->rowCount(); ++row)
            broken =
                broken || controller.webEdges()->index(row).data(WebEdgeModel::BrokenRole).toBool();
        QVERIFY(broken); // "weg" does not exist
        const QModelIndex derde = controller.webNodes()->index(2);
        QVERIFY(!derde.data(WebNodeModel::OrphanRole).toBool());
    }

    void typingIsCheckedAndTheNewestTextWins()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        EditionController controller;
        controller.setCheckDelay(0);
        QVERIFY(openEdition(controller, dir.path()));

        // The author links to a lemma that does not exist, then corrects it before the
        // check of the first text is done; what stays is the check of the last text.
        const QString broken =
            QStringLiteral("---\ntitle: Eerste lemma\nstatus: draft\n"
                           "related: [tweede, vierde]\n---\nÉén[^1].\n\n[^1]: B.\n");
        QSignalSpy checked(&controller, &EditionController::diagnosticsChanged);
        controller.updateText(eerste, broken);
        QVERIFY(checked.wait(10000));
        QVERIFY(hasProblem(controller, QStringLiteral("link-missing-lemma"), eerste));
        QCOMPARE(controller.errorCount(), 1);
        QVERIFY(hasProblem(controller, QStringLiteral("lemma-orphan"),
                           QStringLiteral("lemmas/derde.md")));
        const int listed =
            controller.lemmas()->index(0).data(LemmaListModel::ProblemCountRole).toInt();
        QVERIFY(listed >= 1);

        QString fixedText = broken;
        fixedText.replace(QStringLiteral("vierde"), QStringLiteral("derde"));
        controller.updateText(eerste, broken + QStringLiteral("x"));
        controller.updateText(eerste, fixedText);
        QTRY_VERIFY_WITH_TIMEOUT(
            !hasProblem(controller, QStringLiteral("link-missing-lemma"), eerste), 10000);
        QCOMPARE(controller.errorCount(), 0);
        // Nothing was written to disk by checking.
        QFile onDisk(dir.filePath(eerste));
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        const QByteArray saved = onDisk.readAll();
        QVERIFY(saved.contains("Eerste lemma"));
        QVERIFY(!saved.contains("vierde"));
    }

    void problemsCanBeShownForOneFile()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/tweede.md")] =
            "---\ntitle: Tweede\nstatus: klaar\n---\nTekst.\n";
        writeFiles(dir.path(), files);
        EditionController controller;
        QVERIFY(openEdition(controller, dir.path()));
        ProblemListModel *problems = controller.problems();
        QAbstractItemModelTester tester(problems,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = problems->rowCount();
        problems->setFileFilter(QStringLiteral("lemmas/tweede.md"));
        QVERIFY(problems->rowCount() < all);
        QVERIFY(problems->rowCount() >= 2); // status not allowed, no relevance section, no links
        for (int row = 0; row < problems->rowCount(); ++row)
            QCOMPARE(problems->index(row).data(ProblemListModel::FileRole).toString(),
                     QStringLiteral("lemmas/tweede.md"));
        const QModelIndex first = problems->index(0);
        QVERIFY(!first.data(ProblemListModel::MessageRole).toString().isEmpty());
        QVERIFY(first.data(ProblemListModel::LineRole).toInt() > 0);
        problems->setFileFilter({});
        QCOMPARE(problems->rowCount(), all);
    }

    void aProblemsPlaceBecomesACursorPosition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.md"));
        writeFiles(dir.path(), {{QStringLiteral("x.md"), "één\ntwee drie\n"}});
        LemmaDocument document;
        QVERIFY(document.load(path));
        QCOMPARE(document.positionOf(1, 1), 0);
        QCOMPARE(document.positionOf(2, 6), 9);
        QCOMPARE(document.positionOf(2, 99), 13); // the end of the line
        QCOMPARE(document.positionOf(9, 1), 14);  // past the end: the end of the text
    }

    // A restart opens the lemma the author was in, for each edition its own; a lemma
    // that is gone since gives way to the first.
    void reopensOnTheLemmaLastOpen()
    {
        QTemporaryDir dir;
        QTemporaryDir other;
        writeFiles(dir.path(), goodEdition());
        writeFiles(other.path(), goodEdition());
        {
            EditionController controller;
            QVERIFY(openEdition(controller, dir.path()));
            QCOMPARE(controller.lastLemmaRow(), 0); // nothing kept yet: the first
            controller.rememberLemma(QStringLiteral("lemmas/derde.md"));
            EditionController second;
            QVERIFY(openEdition(second, other.path()));
            second.rememberLemma(QStringLiteral("lemmas/tweede.md"));
        }
        EditionController again;
        QVERIFY(openEdition(again, dir.path()));
        QCOMPARE(again.lastLemmaRow(), again.rowOfFile(QStringLiteral("lemmas/derde.md")));
        QVERIFY(again.lastLemmaRow() > 0);
        EditionController otherAgain;
        QVERIFY(openEdition(otherAgain, other.path()));
        QCOMPARE(otherAgain.lastLemmaRow(),
                 otherAgain.rowOfFile(QStringLiteral("lemmas/tweede.md")));

        // Gone since (deleted, renamed): the first lemma.
        again.rememberLemma(QStringLiteral("lemmas/vierde.md"));
        EditionController afterwards;
        QVERIFY(openEdition(afterwards, dir.path()));
        QCOMPARE(afterwards.rowOfFile(QStringLiteral("lemmas/vierde.md")), -1);
        QCOMPARE(afterwards.lastLemmaRow(), 0);
    }
};

TRENDWEB_TEST(EditionControllerTest)
#include "tst_editioncontroller.moc"
