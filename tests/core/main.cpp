#include "testregistry.h"

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

// tst_core [TestClass] [Qt Test options]: runs one registered class, or all.
int main(int argc, char *argv[])
{
    // Settings, caches and data of everything under test stay in a folder of its own.
    QTemporaryDir home;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QDir(home.path()).filePath(QString::fromLatin1(variable)).toLocal8Bit());
    QGuiApplication app(argc, argv);
    const auto &entries = trendweb::test::registry();
    if (argc > 1 && argv[1][0] != '-') {
        for (const auto &entry : entries) {
            if (std::strcmp(entry.name, argv[1]) == 0) {
                auto test = entry.create();
                argv[1] = argv[0];
                return QTest::qExec(test.get(), argc - 1, argv + 1);
            }
        }
        qCritical("unknown test class %s", argv[1]);
        return 2;
    }
    int failures = 0;
    for (const auto &entry : entries) {
        auto test = entry.create();
        failures += QTest::qExec(test.get(), argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
