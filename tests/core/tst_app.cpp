#include "fixtures.h"
#include "testregistry.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb::test;

namespace {

// Starts trendweb-studio headless with its data folders inside `home`.
int runStudio(const QStringList &arguments, const QString &home, QString *errors = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRENDWEB_STUDIO_BIN), arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        return -1;
    }
    if (errors)
        *errors = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

// A window with content has many colours; a blank one has one or two.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class AppTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --help on a machine without a screen prints the help, not Qt's display error.
    void helpNeedsNoScreen()
    {
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("LANG"), QStringLiteral("nl_NL.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TRENDWEB_STUDIO_BIN), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("--screenshot")), qPrintable(out));
    }

    void screenshotShowsTheWindowWithTheFixtureEdition()
    {
        QTemporaryDir home;
        QTemporaryDir edition;
        writeFiles(edition.path(), goodEdition());
        const QString png = home.filePath(QStringLiteral("venster.png"));
        QString errors;
        QCOMPARE(
            runStudio({QStringLiteral("--screenshot"), png, edition.path()}, home.path(), &errors),
            0);
        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(errors));
        QVERIFY(image.width() >= 800);
        QVERIFY(image.height() >= 500);
        QVERIFY2(distinctColours(image) > 20, "the screenshot looks blank");

        // The list on the left has text in it, the editor in the middle too: neither
        // column is a single flat colour.
        const QImage left = image.copy(0, 80, 300, image.height() - 160);
        const QImage middle =
            image.copy(image.width() / 2, 80, image.width() / 2 - 20, image.height() - 160);
        QVERIFY(distinctColours(left) > 4);
        QVERIFY(distinctColours(middle) > 4);
    }

    void eachViewCanBeShown_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("web") << QStringLiteral("web");
        QTest::newRow("list") << QStringLiteral("list");
        QTest::newRow("preview") << QStringLiteral("preview");
    }

    void eachViewCanBeShown()
    {
        QFETCH(QString, view);
        QTemporaryDir home;
        QTemporaryDir edition;
        writeFiles(edition.path(), goodEdition());
        const QString png = home.filePath(view + QStringLiteral(".png"));
        QCOMPARE(runStudio({QStringLiteral("--view"), view, QStringLiteral("--screenshot"), png,
                            edition.path()},
                           home.path()),
                 0);
        const QImage image(png);
        QVERIFY(distinctColours(image) > 20);
        if (view == QLatin1String("preview")) {
            // The right column shows the rendered lemma, not an empty page.
            const QImage preview =
                image.copy(image.width() * 3 / 4, 80, image.width() / 4 - 20, image.height() - 160);
            QVERIFY(distinctColours(preview) > 4);
        }
        QCOMPARE(runStudio({QStringLiteral("--view"), QStringLiteral("onzin"), edition.path()},
                           home.path()),
                 2);
    }

    void withoutArgumentTheBuiltInEditionIsCopiedIntoTheDataFolder()
    {
        QTemporaryDir home;
        const QString png = home.filePath(QStringLiteral("ingebouwd.png"));
        QString errors;
        QCOMPARE(runStudio({QStringLiteral("--screenshot"), png}, home.path(), &errors), 0);
        QVERIFY2(QImage(png).width() > 0, qPrintable(errors));
        const QString working = home.path() + QStringLiteral("/data/Trendbureau Overijssel/"
                                                             "trendweb-studio/edities/ingebouwd");
        QVERIFY2(QFile::exists(working + QStringLiteral("/edition.yaml")), qPrintable(working));
        QVERIFY(QDir(working + QStringLiteral("/.git")).exists());
    }

    void aFolderWithoutEditionShowsAMessageInsteadOfCrashing()
    {
        QTemporaryDir home;
        QTemporaryDir empty;
        const QString png = home.filePath(QStringLiteral("leeg.png"));
        QCOMPARE(runStudio({QStringLiteral("--screenshot"), png, empty.path()}, home.path()), 0);
        QVERIFY(distinctColours(QImage(png)) > 4);
    }
};

TRENDWEB_TEST(AppTest)
#include "tst_app.moc"
