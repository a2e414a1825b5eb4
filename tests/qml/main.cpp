#include "git/repository.h"
#include "journey.h"
#include "loopbackserver.h"
#include "qmlwarnings.h"
#include "returnkey.h"
#include "textfile.h"
#include "translations.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>
#include <QtWebEngineQuick/qtwebenginequickglobal.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Trendweb_StudioPlugin)

// Writable copies of the fixture editions, for the tests that change files.
class Fixtures : public QObject
{
    Q_OBJECT

public:
    explicit Fixtures(const QString &root, QObject *parent = nullptr)
        : QObject(parent)
        , m_root(root)
    {}

    Q_INVOKABLE QString copyOf(const QString &name)
    {
        // Each test file gets its own Fixtures in the same folder: never reuse a copy.
        QString target;
        do {
            target = QDir(m_root).filePath(QStringLiteral("kopie-%1-%2").arg(name).arg(++m_copies));
        } while (QFileInfo::exists(target));
        const QDir source(QDir(QStringLiteral(TRENDWEB_FIXTURES_DIR)).filePath(name));
        QDirIterator files(source.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString from = files.next();
            const QString to = QDir(target).filePath(source.relativeFilePath(from));
            QDir().mkpath(QFileInfo(to).absolutePath());
            QFile::copy(from, to);
        }
        return target;
    }

    // A copy under version control, with one version; with a Git identity in its own
    // configuration when `gitName` is given (as `git config user.name` there would).
    Q_INVOKABLE QString repositoryOf(const QString &name, const QString &gitName,
                                     const QString &gitEmail)
    {
        const QString root = copyOf(name);
        auto repository = trendweb::git::Repository::init(root);
        if (!repository)
            return {};
        if (!gitName.isEmpty()) {
            QFile config(QDir(root).filePath(QStringLiteral(".git/config")));
            if (!config.open(QIODevice::Append))
                return {};
            config.write(QStringLiteral("[user]\n\tname = %1\n\temail = %2\n")
                             .arg(gitName, gitEmail)
                             .toUtf8());
        }
        const trendweb::git::Signature editors{QStringLiteral("Redactie"), QString()};
        return repository.value().commitAll(QStringLiteral("Begin"), editors).ok() ? root
                                                                                   : QString();
    }

    // As on a first start: nobody has said in the app who they are.
    Q_INVOKABLE void forgetAuthor() { QSettings().remove(QStringLiteral("auteur")); }

    // "Name <email>" of the newest version.
    Q_INVOKABLE QString newestAuthor(const QString &root) const
    {
        auto repository = trendweb::git::Repository::open(root);
        if (!repository)
            return {};
        const auto log = repository->log({}, 1);
        if (!log || log->isEmpty())
            return {};
        return QStringLiteral("%1 <%2>").arg(log->constFirst().authorName,
                                             log->constFirst().authorEmail);
    }

    // How many files there are under review/ of an edition.
    Q_INVOKABLE int reviewFileCount(const QString &root) const
    {
        int count = 0;
        QDirIterator files(QDir(root).filePath(QStringLiteral("review")), QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            files.next();
            ++count;
        }
        return count;
    }

    // The names of the files in `folder`, sorted.
    Q_INVOKABLE QStringList filesIn(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::Files, QDir::Name);
    }

    // Everything in `folder`, hidden files and folders included, sorted.
    Q_INVOKABLE QStringList entriesIn(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                      QDir::Name);
    }

    // The text of `file`; empty when it cannot be read.
    Q_INVOKABLE QString readFile(const QString &file) const
    {
        const auto text = trendweb::readTextFile(file);
        return text ? text.value() : QString();
    }

    // A new file (its folders made), or one written anew.
    Q_INVOKABLE bool write(const QString &file, const QString &text)
    {
        return trendweb::writeTextFile(file, text).ok();
    }

    Q_INVOKABLE bool append(const QString &file, const QString &text)
    {
        const auto before = trendweb::readTextFile(file);
        return before && trendweb::writeTextFile(file, before.value() + text).ok();
    }

private:
    QString m_root;
    int m_copies = 0;
};

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
        // A new author's machine: a home of its own, and Git knows no name there; only a
        // test's own repository configuration names anyone.
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qunsetenv("GIT_AUTHOR_NAME");
        qunsetenv("GIT_AUTHOR_EMAIL");
        qunsetenv("GIT_COMMITTER_NAME");
        qunsetenv("GIT_COMMITTER_EMAIL");
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        // As in the app: Enter presses the focused button.
        trendweb::letEnterPressButtons(QCoreApplication::instance());
        // Dutch, as the app starts: its plural forms and Qt's own Dutch texts.
        trendweb::installTranslations(QStringLiteral("nl"));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("fixtures"),
                                                  new Fixtures(m_home.path(), engine));
        // A real HTTP server on 127.0.0.1 for "Bronnen controleren".
        engine->rootContext()->setContextProperty(QStringLiteral("loopback"),
                                                  new trendweb::test::LoopbackServer(engine));
        // The journeys: the built-in edition, the real programs, files and screenshots.
        engine->rootContext()->setContextProperty(QStringLiteral("journey"),
                                                  new Journey(m_home.path(), engine));
    }

private:
    QTemporaryDir m_home;
};

// Qt Quick Test's own main, and then a failure for every warning of the project's
// QML (the components and the test files) that the run printed.
int main(int argc, char **argv)
{
    trendweb::watchQmlWarnings(
        {QStringLiteral(QUICK_TEST_SOURCE_DIR), QStringLiteral(TRENDWEB_JOURNEYS_DIR)});
    Setup setup;
    const int failed =
        quick_test_main_with_setup(argc, argv, "trendweb_qml", QUICK_TEST_SOURCE_DIR, &setup);
    const QStringList warnings = trendweb::qmlWarnings();
    for (const QString &warning : warnings)
        std::fprintf(stderr, "FAIL: QML warning: %s\n", qPrintable(warning));
    return failed != 0 ? failed : (warnings.isEmpty() ? 0 : 1);
}

#include "main.moc"
