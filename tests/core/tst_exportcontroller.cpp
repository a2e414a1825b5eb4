#include "editioncontroller.h"
#include "exportcontroller.h"
#include "fixtures.h"
#include "testregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace trendweb;
using namespace trendweb::test;

// The Exporteren… dialog's controller: the check before publishing, then the export.
class ExportControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // PDF: the print edition into one file, with progress, refused on errors like the site.
    void thePrintEditionIsWrittenToTheChosenFile()
    {
        QTemporaryDir dir;
        QTemporaryDir out;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/tweede.md")] =
            "---\ntitle: Tweede\nstatus: review\nrelated: [weg]\n---\nTekst.\n";
        writeFiles(dir.path(), files);
        EditionController edition;
        QVERIFY(openEdition(edition, dir.path()));
        ExportController exporter;
        exporter.setEdition(&edition);
        exporter.setFormat(QStringLiteral("pdf"));
        const QString pdf = out.filePath(QStringLiteral("Trendweb.pdf"));
        exporter.setOutputFile(QUrl::fromLocalFile(pdf).toString());
        QCOMPARE(exporter.outputFile(), pdf);
        QSignalSpy finished(&exporter, &ExportController::finished);
        exporter.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!QFileInfo::exists(pdf));

        exporter.setForce(true);
        QSignalSpy progress(&exporter, &ExportController::progressChanged);
        finished.clear();
        exporter.start();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(exporter.message()));
        QVERIFY(progress.count() >= 4);
        QCOMPARE(exporter.progress(), 1.0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(exporter.message().contains(pdf));
    }

    void errorsRefuseTheExportUntilForced()
    {
        QTemporaryDir dir;
        QTemporaryDir out;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/tweede.md")] =
            "---\ntitle: Tweede\nstatus: review\nrelated: [weg]\n---\nTekst.\n";
        writeFiles(dir.path(), files);
        EditionController edition;
        QVERIFY(openEdition(edition, dir.path()));

        ExportController exporter;
        exporter.setEdition(&edition);
        exporter.setOutputDir(out.path());
        QSignalSpy checked(&exporter, &ExportController::checked);
        exporter.check();
        QVERIFY(checked.wait(10000));
        QCOMPARE(exporter.errorCount(), 1);
        QVERIFY(exporter.warningCount() > 0);
        QCOMPARE(exporter.errors()->index(0).data(ProblemListModel::CodeRole).toString(),
                 QStringLiteral("link-missing-lemma"));
        QSignalSpy finished(&exporter, &ExportController::finished);
        exporter.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(exporter.message().contains(QStringLiteral("fouten")));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("index.html"))));

        exporter.setForce(true);
        exporter.setFormat(QStringLiteral("hugo"));
        finished.clear();
        exporter.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(exporter.progress(), 1.0);
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("config.toml"))));
        QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("content/lemmas/eerste.html"))));
    }

    // The app judges what the command line judges: the files on disk, review files
    // included, not the edition as it was when the window opened it.
    void checkReadsTheFilesAsTheCommandLineDoes()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        EditionController edition;
        QVERIFY(openEdition(edition, dir.path()));

        // Written after the window opened the edition: a review file that breaks its schema.
        writeFiles(dir.path(), {{QStringLiteral("review/t1/1-open.yaml"),
                                 "thread: t1\nevent: open\nauthor: \"\"\n"}});
        ExportController exporter;
        exporter.setEdition(&edition);
        QSignalSpy checked(&exporter, &ExportController::checked);
        exporter.check();
        QVERIFY(checked.wait(10000));
        QVERIFY(exporter.errorCount() > 0);
        QCOMPARE(exporter.errors()->index(0).data(ProblemListModel::FileRole).toString(),
                 QStringLiteral("review/t1/1-open.yaml"));
    }
};

TRENDWEB_TEST(ExportControllerTest)
#include "tst_exportcontroller.moc"
