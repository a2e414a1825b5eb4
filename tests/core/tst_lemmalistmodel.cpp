#include "editionloader.h"
#include "fixtures.h"
#include "lemmalistmodel.h"
#include "testregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

class LemmaListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheLemmasInLetterOrder()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/tweede.md")] = "---\ntitle: [kapot\n---\nTekst.\n";
        writeFiles(dir.path(), files);
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition.ok());

        LemmaListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy countSpy(&model, &LemmaListModel::countChanged);
        model.setEdition(edition.value());
        QCOMPARE(countSpy.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(LemmaListModel::LetterRole).toString(), QStringLiteral("A"));
        QCOMPARE(first.data(LemmaListModel::TitleRole).toString(), QStringLiteral("Eerste lemma"));
        QCOMPARE(first.data(LemmaListModel::StatusRole).toString(), QStringLiteral("draft"));
        QCOMPARE(first.data(LemmaListModel::PathRole).toString(),
                 QStringLiteral("lemmas/eerste.md"));
        QCOMPARE(first.data(LemmaListModel::ProblemCountRole).toInt(), 1); // figure without image
        // The broken lemma shows its slug and its problem.
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(LemmaListModel::TitleRole).toString(), QStringLiteral("tweede"));
        // broken YAML, and no "Relevantie" section
        QCOMPARE(second.data(LemmaListModel::ProblemCountRole).toInt(), 2);
        QCOMPARE(model.letter(2), QStringLiteral("C"));
        QCOMPARE(model.path(7), QString());
        QVERIFY(model.roleNames().values().contains("unsaved"));
    }

    void unsavedMarkIsAChangeOfOneRow()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        LemmaListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEdition(loadEdition(dir.path()).value());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setUnsaved(1, true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QVERIFY(model.index(1).data(LemmaListModel::UnsavedRole).toBool());
        model.setUnsaved(1, true); // nothing changes, nothing is signalled
        QCOMPARE(changed.count(), 1);
        model.setUnsaved(9, true);
        QCOMPARE(changed.count(), 1);
    }
};

TRENDWEB_TEST(LemmaListModelTest)
#include "tst_lemmalistmodel.moc"
