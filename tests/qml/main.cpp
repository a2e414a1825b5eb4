#include <QDir>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>

Q_IMPORT_QML_PLUGIN(Trendweb_StudioPlugin)

class Setup : public QObject
{
    Q_OBJECT

public:
    Setup()
    {
        // The preview's web engine must be set up before the application exists.
        QtWebEngineQuick::initialize();
        // Settings and word lists of the components under test stay in a folder of their own.
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(variable,
                    QDir(m_home.path()).filePath(QString::fromLatin1(variable)).toLocal8Bit());
    }

public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }

private:
    QTemporaryDir m_home;
};

QUICK_TEST_MAIN_WITH_SETUP(trendweb_qml, Setup)

#include "main.moc"
