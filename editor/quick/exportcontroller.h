// The Exporteren… dialog: the pre-publish check (errors refuse the export
// unless forced, warnings are listed) and the export itself off the UI thread.
// Both read the edition from disk, as `trendweb validate` and `trendweb export` do,
// so that the dialog and the command line always judge the same bytes.
#pragma once

#include "problemlistmodel.h"
#include "result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace trendweb {

struct Edition;
class EditionController;

class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        trendweb::EditionController *edition READ edition WRITE setEdition NOTIFY editionChanged)
    Q_PROPERTY(QString outputDir READ outputDir WRITE setOutputDir NOTIFY outputDirChanged)
    // The PDF file the print edition is written to (format "pdf").
    Q_PROPERTY(QString outputFile READ outputFile WRITE setOutputFile NOTIFY outputFileChanged)
    // "html", "hugo" or "pdf"
    Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY formatChanged)
    Q_PROPERTY(bool force READ force WRITE setForce NOTIFY forceChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // True while the files are being read and checked.
    Q_PROPERTY(bool checking READ checking NOTIFY checkingChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY checked)
    Q_PROPERTY(int warningCount READ warningCount NOTIFY checked)
    Q_PROPERTY(trendweb::ProblemListModel *errors READ errors CONSTANT)
    Q_PROPERTY(trendweb::ProblemListModel *warnings READ warnings CONSTANT)

public:
    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    EditionController *edition() const { return m_edition; }
    void setEdition(EditionController *edition);
    QString outputDir() const { return m_outputDir; }
    void setOutputDir(const QString &dir);
    QString outputFile() const { return m_outputFile; }
    void setOutputFile(const QString &file);
    QString format() const { return m_format; }
    void setFormat(const QString &format);
    bool force() const { return m_force; }
    void setForce(bool force);
    bool busy() const { return m_watcher.isRunning(); }
    bool checking() const { return m_checkWatcher.isRunning(); }
    double progress() const { return m_progress; }
    QString message() const { return m_message; }
    int errorCount() const { return m_errors.rowCount(); }
    int warningCount() const { return m_warnings.rowCount(); }
    ProblemListModel *errors() { return &m_errors; }
    ProblemListModel *warnings() { return &m_warnings; }

    // The pre-publish check of the files as they are on disk now; `checked` follows.
    Q_INVOKABLE void check();
    Q_INVOKABLE void start();

Q_SIGNALS:
    void editionChanged();
    void outputDirChanged();
    void outputFileChanged();
    void formatChanged();
    void forceChanged();
    void busyChanged();
    void checkingChanged();
    void progressChanged();
    void messageChanged();
    void checked();
    void finished(bool ok);

private:
    void setMessage(const QString &message);
    void finish();
    void finishCheck();

    EditionController *m_edition = nullptr;
    QString m_outputDir;
    QString m_outputFile;
    QString m_format = QStringLiteral("html");
    bool m_force = false;
    double m_progress = 0;
    QString m_message;
    ProblemListModel m_errors;
    ProblemListModel m_warnings;
    QFutureWatcher<QString> m_watcher; // empty when all went well, else why not
    QFutureWatcher<Result<Diagnostics>> m_checkWatcher;
    bool m_checkAgain = false;
};

} // namespace trendweb
