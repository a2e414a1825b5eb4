#include "fixtures.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(TRENDWEB_CLI_BIN), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("trendweb ")));
        const Run help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("stats")));
        QVERIFY(help.out.contains(QStringLiteral("-C MAP")));
        QVERIFY2(help.out.contains(QStringLiteral("--format html|hugo|pdf")), qPrintable(help.out));
        // The exit codes the help promises: a place the export may not write is unusable
        // input (2), as exportWritesOnlyWhereItShould checks.
        QVERIFY(help.out.contains(QStringLiteral("2 onbruikbare invoer")));
    }

    // An edition with errors is refused (exit 1) and the refusal names the errors, as
    // `trendweb validate` prints them.
    void exportRefusalNamesTheErrors()
    {
        QTemporaryDir dir;
        QTemporaryDir out;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/eerste.md")] =
            "---\ntitle: Eerste\nstatus: draft\nrelated: [bestaat-niet]\n---\nTekst.\n";
        writeFiles(dir.path(), files);
        const Run refused = runCli({QStringLiteral("export"), QStringLiteral("--output"),
                                    out.filePath(QStringLiteral("site")), dir.path()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("lemmas/eerste.md:")),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("bestaat-niet")), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("site"))));
    }

    void statsPrintsTheFiguresOfTheBuiltInEdition()
    {
        const Run run = runCli({QStringLiteral("stats"), QStringLiteral(TRENDWEB_CONTENT_DIR)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Trendweb 2025")));
        QVERIFY(run.out.contains(QStringLiteral("woorden")));
        QVERIFY(run.out.contains(QStringLiteral("voetnoten")));
    }

    void statsWorksInTheCurrentFolderWithDashCAndWithPath()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        const Run here =
            runCli({QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")},
                   dir.path());
        QCOMPARE(here.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(here.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("lemmas")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("figures")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("crossLinks")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("title")).toString(), QStringLiteral("Proefeditie"));

        const Run withC = runCli({QStringLiteral("-C"), dir.path(), QStringLiteral("stats"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(withC.exitCode, 0);
        QCOMPARE(withC.out, here.out);
        const Run withPath = runCli({QStringLiteral("stats"), QStringLiteral("--format"),
                                     QStringLiteral("json"), dir.path()});
        QCOMPARE(withPath.out, here.out);
    }

    void unusableInputExitsWithTwo()
    {
        QTemporaryDir empty;
        const Run noEdition = runCli({QStringLiteral("stats"), empty.path()});
        QCOMPARE(noEdition.exitCode, 2);
        QVERIFY(noEdition.err.contains(QStringLiteral("edition.yaml")));
        QCOMPARE(runCli({QStringLiteral("onzin")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("xml"),
                         QStringLiteral(TRENDWEB_CONTENT_DIR)})
                     .exitCode,
                 2);
        QCOMPARE(runCli({}).exitCode, 2);
    }

    // An empty --output would write into the current folder; a folder with other files in
    // it, or the edition itself, is refused even with --force.
    void exportWritesOnlyWhereItShould()
    {
        QTemporaryDir dir;
        QTemporaryDir cwd;
        writeFiles(dir.path(), goodEdition());
        writeFiles(cwd.path(), {{QStringLiteral("index.html"), "mijn pagina"}});
        const Run empty =
            runCli({QStringLiteral("export"), QStringLiteral("--output"), QString(), dir.path()},
                   cwd.path());
        QCOMPARE(empty.exitCode, 2);
        QVERIFY2(empty.err.contains(QStringLiteral("--output")), qPrintable(empty.err));
        QVERIFY(QDir(cwd.path()).entryList(QDir::Files) ==
                QStringList{QStringLiteral("index.html")});

        for (const QString &target : {cwd.path(), dir.path()}) {
            const Run refused = runCli({QStringLiteral("export"), QStringLiteral("--force"),
                                        QStringLiteral("--output"), target, dir.path()});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("index.html"))));
        }
        QFile page(cwd.filePath(QStringLiteral("index.html")));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QCOMPARE(page.readAll(), QByteArray("mijn pagina"));

        const QString site = cwd.filePath(QStringLiteral("site"));
        for (int time = 0; time < 2; ++time) {
            const Run ok =
                runCli({QStringLiteral("export"), QStringLiteral("--output"), site, dir.path()});
            QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        }
    }

    // Old and new names are slugs: "../../map" cannot move anything into or out of the edition.
    void renameLemmaRefusesNamesThatLeaveTheEdition()
    {
        QTemporaryDir outer;
        const QString edition = outer.filePath(QStringLiteral("a/b"));
        writeFiles(edition, goodEdition());
        // lemmas/../../slachtoffer.md and figures/../../slachtoffer/ from the edition
        writeFiles(outer.filePath(QStringLiteral("a")),
                   {{QStringLiteral("slachtoffer.md"), "van iemand anders\n"},
                    {QStringLiteral("slachtoffer/x.png"), "PNG"}});
        const Run run = runCli({QStringLiteral("rename-lemma"), QStringLiteral("../../slachtoffer"),
                                QStringLiteral("x"), edition});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(QFileInfo::exists(outer.filePath(QStringLiteral("a/slachtoffer.md"))));
        QVERIFY(QFileInfo::exists(outer.filePath(QStringLiteral("a/slachtoffer/x.png"))));
        QVERIFY(!QFileInfo::exists(edition + QStringLiteral("/lemmas/x.md")));
        const Run back = runCli({QStringLiteral("rename-lemma"), QStringLiteral("eerste"),
                                 QStringLiteral("../../x"), edition});
        QCOMPARE(back.exitCode, 2);
        QVERIFY(QFileInfo::exists(edition + QStringLiteral("/lemmas/eerste.md")));
    }
};

TRENDWEB_TEST(CliTest)
#include "tst_cli.moc"
