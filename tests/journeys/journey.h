// What a journey test needs beyond the window itself: a writable copy of the built-in
// edition, the real `trendweb` and `git` programs, the files on disk, and screenshots
// kept as test output for a person to look at.
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>

class QAbstractItemModel;
class QQuickWindow;

class Journey : public QObject
{
    Q_OBJECT
    // The output of the last program run: its exit status and what it wrote to stderr.
    Q_PROPERTY(int exitCode READ exitCode NOTIFY ran)
    Q_PROPERTY(QString errors READ errors NOTIFY ran)

public:
    explicit Journey(const QString &home, QObject *parent = nullptr);

    int exitCode() const { return m_exitCode; }
    QString errors() const { return m_errors; }

    // A new folder in the test's home.
    Q_INVOKABLE QString folder(const QString &name);
    // The built-in 2025 edition, prepared as the app prepares it on first start
    // (copied, a Git repository, a first version), in a new folder.
    Q_INVOKABLE QString builtinEdition();
    Q_INVOKABLE QString readFile(const QString &path) const;
    Q_INVOKABLE bool writeFile(const QString &path, const QString &text) const;
    Q_INVOKABLE bool exists(const QString &path) const;
    Q_INVOKABLE QByteArray bytes(const QString &path) const;
    // A path of the test fixtures (tests/fixtures/…).
    Q_INVOKABLE QString fixture(const QString &relativePath) const;

    // `trendweb ARGS…`; returns stdout.
    Q_INVOKABLE QString trendweb(const QStringList &arguments, const QString &folder = {});
    // `git ARGS…` in `folder`; returns stdout.
    Q_INVOKABLE QString git(const QStringList &arguments, const QString &folder);
    // `program ARGS…` in `folder`; returns stdout.
    Q_INVOKABLE QString run(const QString &program, const QStringList &arguments,
                            const QString &folder = {}, int timeoutMs = 120000);
    // The files Git sees as changed or new in an edition ("lemmas/x.md", …), sorted.
    Q_INVOKABLE QStringList changedFiles(const QString &root);
    // `trendweb validate --format json ROOT`: [{code, severity, file, line, column}].
    Q_INVOKABLE QVariantList validate(const QString &root);
    // A model's rows as objects, one property per role name.
    Q_INVOKABLE QVariantList rows(QAbstractItemModel *model) const;

    // How much of a part of the window is drawn in dark ink (text), 0…1: a blank
    // editor has next to none.
    Q_INVOKABLE double ink(QQuickWindow *window, qreal x, qreal y, qreal width, qreal height) const;
    // Removes the screenshots of an earlier run of journey `prefix` (PREFIX-*.png).
    Q_INVOKABLE void clearScreenshots(const QString &prefix) const;
    // Saves what the window shows as journeys/NAME.png in the build folder.
    Q_INVOKABLE QString screenshot(QQuickWindow *window, const QString &name) const;

Q_SIGNALS:
    void ran();

private:
    QString m_home;
    int m_folders = 0;
    int m_exitCode = 0;
    QString m_errors;
};
