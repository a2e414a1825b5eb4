#include "editioncontroller.h"
#include "editionloader.h"
#include "export/printexport.h"
#include "exportcontroller.h"
#include "fixtures.h"
#include "testregistry.h"
#include "validation/editionchecks.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace trendweb;
using namespace trendweb::test;

namespace {

// The built-in edition in a folder of its own.
void copyContent(const QString &to)
{
    const QDir from(QStringLiteral(TRENDWEB_CONTENT_DIR));
    QDirIterator it(from.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(from.relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        QFile::copy(file, target);
    }
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

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
        QVERIFY2(exporter.message().startsWith(QStringLiteral("Klaar: ")),
                 qPrintable(exporter.message()));
        QVERIFY(exporter.message().contains(QStringLiteral(" bladzijden in ")));
        QCOMPARE(exporter.result(), QUrl::fromLocalFile(pdf));
    }

    // Places an export may not write are refused at once, with the command line's reasons,
    // before anything is read or written; an existing PDF is replaced only when asked.
    void aPlaceThatCannotBeWrittenIsRefusedAtTheField()
    {
        QTemporaryDir dir;
        QTemporaryDir out;
        writeFiles(dir.path(), goodEdition());
        writeFiles(out.path(), {{QStringLiteral("notities.txt"), "mijn notities"},
                                {QStringLiteral("Trendweb.pdf"), "%PDF-1.7 oud"}});
        EditionController edition;
        QVERIFY(openEdition(edition, dir.path()));
        ExportController exporter;
        exporter.setEdition(&edition);
        QSignalSpy finished(&exporter, &ExportController::finished);
        exporter.setFormat(QStringLiteral("pdf"));
        const QStringList refused = {out.path(), dir.path(),
                                     dir.filePath(QStringLiteral("lemmas/Trendweb.pdf")),
                                     out.filePath(QStringLiteral("notities.txt"))};
        for (const QString &target : refused) {
            exporter.setOutputFile(target);
            exporter.start();
            QVERIFY2(!exporter.targetProblem().isEmpty(), qPrintable(target));
            QCOMPARE(exporter.targetProblem(), checkPdfTarget(target, dir.path()).error().message);
            QVERIFY(!exporter.busy());
        }
        exporter.setOutputDir(out.filePath(QStringLiteral("notities.txt")));
        exporter.setFormat(QStringLiteral("html"));
        QVERIFY(exporter.targetProblem().isEmpty());
        for (const QString &target :
             {out.path(), dir.path(), dir.filePath(QStringLiteral("lemmas")),
              out.filePath(QStringLiteral("notities.txt"))}) {
            exporter.setOutputDir(target);
            exporter.start();
            QVERIFY2(!exporter.targetProblem().isEmpty(), qPrintable(target));
            QVERIFY(!exporter.busy());
        }
        QCOMPARE(finished.count(), 0);
        const QStringList left = entries(out.path());
        QCOMPARE(QSet<QString>(left.begin(), left.end()),
                 (QSet<QString>{QStringLiteral("Trendweb.pdf"), QStringLiteral("notities.txt")}));

        // An existing PDF: asked once; No leaves it, Vervangen writes it.
        exporter.setFormat(QStringLiteral("pdf"));
        const QString pdf = out.filePath(QStringLiteral("Trendweb.pdf"));
        exporter.setOutputFile(pdf);
        exporter.start();
        QVERIFY(exporter.targetProblem().isEmpty());
        QCOMPARE(exporter.replaceQuestion(), QStringLiteral("Trendweb.pdf bestaat al. Vervangen?"));
        QVERIFY(!exporter.busy());
        exporter.keep();
        QVERIFY(exporter.replaceQuestion().isEmpty());
        QCOMPARE(finished.count(), 0);
        exporter.start(true);
        QVERIFY(exporter.replaceQuestion().isEmpty());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(exporter.message()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().size() > 1000);
    }

    // Sluiten during the export stops it: the engine ends, its partial file is gone and the
    // PDF of before is as it was. With the built-in edition, which takes seconds to lay out.
    void cancellingStopsTheEngineAndKeepsTheOlderPdf()
    {
        QTemporaryDir dir;
        QTemporaryDir out;
        copyContent(dir.path());
        const QByteArray older = "%PDF-1.7 de vorige editie";
        const QString pdf = out.filePath(QStringLiteral("Trendweb.pdf"));
        writeFiles(out.path(), {{QStringLiteral("Trendweb.pdf"), older}});
        EditionController edition;
        QVERIFY(openEdition(edition, dir.path()));
        ExportController exporter;
        exporter.setEdition(&edition);
        exporter.setForce(true);
        exporter.setFormat(QStringLiteral("pdf"));
        exporter.setOutputFile(pdf);
        QSignalSpy finished(&exporter, &ExportController::finished);
        exporter.start(true);
        QVERIFY(exporter.busy());
        // The engine has begun: its first stage is reported.
        QTRY_VERIFY_WITH_TIMEOUT(exporter.progress() > 1.5 / 8, 60000);
        QVERIFY(finished.isEmpty());
        QVERIFY(exporter.cancel());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(exporter.message().contains(QStringLiteral("afgebroken")),
                 qPrintable(exporter.message()));
        QVERIFY(exporter.result().isEmpty());
        QCOMPARE(entries(out.path()), QStringList{QStringLiteral("Trendweb.pdf")});
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), older);
        // No engine is left running on it.
        for (const QString &process : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            QFile command(QStringLiteral("/proc/%1/cmdline").arg(process));
            if (command.open(QIODevice::ReadOnly))
                QVERIFY(!command.readAll().contains(QFile::encodeName(out.path())));
        }
    }

    // The dialog counts what `trendweb validate` counts: every finding that is not an error,
    // the inherited empty footnotes (one row in the list) each counted.
    void theWarningsAreCountedAsValidateCountsThem()
    {
        QTemporaryDir dir;
        copyContent(dir.path());
        const Diagnostics all = allDiagnostics(loadEdition(dir.path()).value());
        const int errors = countErrors(all);
        int inherited = 0;
        for (const Diagnostic &diagnostic : all)
            inherited += ProblemListModel::isInherited(diagnostic);
        QVERIFY2(inherited > 1, "the built-in edition has empty footnotes to fill in");
        EditionController edition;
        QVERIFY(openEdition(edition, dir.path()));
        ExportController exporter;
        exporter.setEdition(&edition);
        QSignalSpy checked(&exporter, &ExportController::checked);
        exporter.check();
        QVERIFY(checked.wait(20000));
        QCOMPARE(exporter.errorCount(), errors);
        QCOMPARE(exporter.warningCount(), int(all.size()) - errors);
        QCOMPARE(exporter.warnings()->inheritedCount(), inherited);
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
