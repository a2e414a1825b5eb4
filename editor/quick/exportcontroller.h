// The Exporteren… dialog: the pre-publish check (errors refuse the export
// unless forced, warnings are listed) and the export itself off the UI thread.
// Both read the edition from disk, as `trendweb validate` and `trendweb export` do,
// so that the dialog and the command line always judge the same bytes.
#pragma once

#include "export/siteexport.h"
#include "problemlistmodel.h"
#include "result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <atomic>
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
    // Why the chosen file or folder cannot be written (shown at the field); empty when it can.
    Q_PROPERTY(QString targetProblem READ targetProblem NOTIFY targetProblemChanged)
    // "Trendweb.pdf bestaat al. Vervangen?" while that is asked; start(true) replaces.
    Q_PROPERTY(QString replaceQuestion READ replaceQuestion NOTIFY replaceQuestionChanged)
    // The PDF or the site's folder just written (for Openen); empty until an export succeeds.
    Q_PROPERTY(QUrl result READ result NOTIFY resultChanged)
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
    // From start() until the outcome is said (the worker may be done a moment before).
    bool busy() const { return m_busy; }
    bool checking() const { return m_checkWatcher.isRunning(); }
    double progress() const { return m_progress; }
    QString message() const { return m_message; }
    QString targetProblem() const { return m_targetProblem; }
    QString replaceQuestion() const { return m_replaceQuestion; }
    QUrl result() const { return m_result; }
    int errorCount() const { return m_errors.problemCount(); }
    // Every finding that is not an error, as `trendweb validate` counts its "andere
    // meldingen" (the inherited ones included, though the list shows them as one row).
    int warningCount() const { return m_warnings.problemCount(); }
    ProblemListModel *errors() { return &m_errors; }
    ProblemListModel *warnings() { return &m_warnings; }

    // The pre-publish check of the files as they are on disk now; `checked` follows.
    Q_INVOKABLE void check();
    // Checks the target first (a refusal goes to targetProblem, nothing is written) and asks
    // before an existing PDF is replaced, unless `replace`.
    Q_INVOKABLE void start(bool replace = false);
    // No, do not replace: the question goes away.
    Q_INVOKABLE void keep();
    // Stops a running PDF export: the engine is stopped, its partial file removed, an
    // earlier PDF stays as it was. A site export cannot be stopped halfway (its folder
    // would be half old, half new); false then.
    Q_INVOKABLE bool cancel();

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
    void targetProblemChanged();
    void replaceQuestionChanged();
    void resultChanged();
    void checked();
    void finished(bool ok);

private:
    void setMessage(const QString &message);
    void setTargetProblem(const QString &problem);
    void setReplaceQuestion(const QString &question);
    void setResult(const QUrl &result);
    void finish();
    void finishCheck();

    EditionController *m_edition = nullptr;
    QString m_outputDir;
    QString m_outputFile;
    QString m_format = QStringLiteral("html");
    bool m_force = false;
    bool m_busy = false;
    double m_progress = 0;
    QString m_message;
    QString m_checkFailure; // the message of a check that could not read the edition
    QString m_targetProblem;
    QString m_replaceQuestion;
    QUrl m_result;
    QString m_exportFormat; // of the export running or last run
    QString m_exportTarget;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    ProblemListModel m_errors;
    ProblemListModel m_warnings;
    QFutureWatcher<Result<ExportResult>> m_watcher;
    QFutureWatcher<Result<Diagnostics>> m_checkWatcher;
    bool m_checkAgain = false;
};

} // namespace trendweb
