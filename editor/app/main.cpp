// trendweb-studio: the desktop editor. `trendweb-studio [PATH]` opens an
// edition folder, or the built-in edition when no PATH is given.
#include "accessibility.h"
#include "graphics.h"
#include "language.h"
#include "qmlwarnings.h"
#include "returnkey.h"
#include "screenshot.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QHash>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>
#include <cstdio>
#include <unistd.h>

Q_IMPORT_QML_PLUGIN(Trendweb_StudioPlugin)

int main(int argc, char *argv[])
{
    // The preview's web engine: set up before the application; as root (a container,
    // CI) Chromium's sandbox cannot run.
    if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    trendweb::exposePreviewToScreenReaders();
    QtWebEngineQuick::initialize();
    // In the tests every warning of the window's own QML is a failure of the run.
    const bool strictQml = qEnvironmentVariableIsSet("TRENDWEB_FAIL_ON_QML_WARNINGS");
    if (strictQml)
        trendweb::watchQmlWarnings();
    // Help and version need no screen: on a machine without one they are printed all the
    // same (instead of Qt's message that no display could be opened).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY") &&
        !qEnvironmentVariableIsSet("WAYLAND_DISPLAY")) {
        for (int i = 1; i < argc; ++i) {
            const QByteArray argument(argv[i]);
            if (argument == "-h" || argument == "--help" || argument == "--help-all" ||
                argument == "-v" || argument == "--version")
                qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    QGuiApplication app(argc, argv);
    trendweb::reportDisabledControls();
    trendweb::letEnterPressButtons(&app);
    QGuiApplication::setOrganizationName(QStringLiteral("Trendbureau Overijssel"));
    QGuiApplication::setOrganizationDomain(QStringLiteral("trendbureauoverijssel.nl"));
    QGuiApplication::setApplicationName(QStringLiteral("trendweb-studio"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Trendweb Studio"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TRENDWEB_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.trendbureauoverijssel.TrendwebStudio"));

    // The UI speaks Dutch; numbers and dates follow, unless the system asks for another language.
    if (QLocale::system().name() == QLatin1String("C"))
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));

    // --help speaks the system's language; the window's follows the setting below.
    trendweb::installTranslations(trendweb::systemLanguage());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QGuiApplication::translate("main", "Schrijfomgeving voor het Trendweb."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("PATH"),
        QGuiApplication::translate("main", "De map van een editie (standaard: de ingebouwde)."),
        QStringLiteral("[PATH]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QGuiApplication::translate("main", "Schrijf een afbeelding van het venster en stop."),
        QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QGuiApplication::translate("main", "De taal van het venster: nl of en (standaard: de "
                                           "instelling, anders die van het systeem)."),
        QStringLiteral("LANG"));
    parser.addOption(languageOption);
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QGuiApplication::translate("main", "Wat het venster toont: editor, preview, web of list."),
        QStringLiteral("VIEW"), QStringLiteral("editor"));
    parser.addOption(viewOption);
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QGuiApplication::translate("main", "De grootte van het venster in beeldpunten, "
                                           "bijvoorbeeld 1024x700 (standaard 1280x800)."),
        QStringLiteral("WxH"));
    parser.addOption(sizeOption);
    parser.process(app);

    const QString screenshot = parser.value(screenshotOption);
    const QStringList positional = parser.positionalArguments();
    const QString editionPath =
        positional.isEmpty() ? QString() : QDir(positional.first()).absolutePath();

    // Without a display (tests, CI) render in software, which can always be grabbed.
    if (QGuiApplication::platformName() == QLatin1String("offscreen") || !screenshot.isEmpty())
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    else
        trendweb::chooseSceneGraph();
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    trendweb::Language::applyAtStartup(parser.value(languageOption));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    static const QHash<QString, QString> views = {
        {QStringLiteral("editor"), QStringLiteral("letters")},
        // The lemma with its preview beside it, which the right column opens on.
        {QStringLiteral("preview"), QStringLiteral("letters")},
        {QStringLiteral("web"), QStringLiteral("web")},
        {QStringLiteral("list"), QStringLiteral("lijst")}};
    const QString view = parser.value(viewOption);
    if (!views.contains(view)) {
        std::fprintf(stderr, "trendweb-studio: --view is editor, preview, web of list\n");
        return 2;
    }
    // Without a folder the built-in edition opens, and the welcome offers the editions
    // opened before (not for a screenshot, which shows the window as it is).
    QVariantMap properties{
        {QStringLiteral("editionPath"), editionPath},
        {QStringLiteral("welcome"), editionPath.isEmpty() && screenshot.isEmpty()},
        {QStringLiteral("view"), views.value(view)}};
    if (parser.isSet(sizeOption)) {
        const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
        const int width = size.size() == 2 ? size[0].toInt() : 0;
        const int height = size.size() == 2 ? size[1].toInt() : 0;
        if (width < 640 || height < 400) {
            std::fprintf(stderr, "trendweb-studio: --size is breedte x hoogte, bijvoorbeeld "
                                 "1024x700 (minstens 640x400)\n");
            return 2;
        }
        properties.insert(QStringLiteral("width"), width);
        properties.insert(QStringLiteral("height"), height);
    }
    engine.setInitialProperties(properties);
    engine.load(QUrl(QStringLiteral("qrc:/Trendweb/Studio/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!screenshot.isEmpty() && window) {
        new trendweb::ScreenshotTaker(window, QDir::current().absoluteFilePath(screenshot), &app);
    }
    const int status = app.exec();
    if (strictQml && !trendweb::qmlWarnings().isEmpty()) {
        for (const QString &warning : trendweb::qmlWarnings())
            std::fprintf(stderr, "trendweb-studio: QML-waarschuwing: %s\n", qPrintable(warning));
        return status != 0 ? status : 3;
    }
    return status;
}
