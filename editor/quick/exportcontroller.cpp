#include "exportcontroller.h"

#include "editioncontroller.h"
#include "editionloader.h"
#include "export/exportfolder.h"
#include "export/hugoexport.h"
#include "export/printexport.h"
#include "export/siteexport.h"
#include "validation/editionchecks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace trendweb {

ExportController::ExportController(QObject *parent)
    : QObject(parent)
    , m_outputDir(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .filePath(QStringLiteral("Trendweb-site")))
    , m_outputFile(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                       .filePath(QStringLiteral("Trendweb.pdf")))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportController::finish);
    connect(&m_checkWatcher, &QFutureWatcherBase::finished, this, &ExportController::finishCheck);
}

ExportController::~ExportController()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
    m_checkWatcher.waitForFinished();
}

void ExportController::setEdition(EditionController *edition)
{
    if (m_edition == edition)
        return;
    m_edition = edition;
    Q_EMIT editionChanged();
}

void ExportController::setOutputDir(const QString &dir)
{
    const QString local = dir.startsWith(QLatin1String("file:")) ? QUrl(dir).toLocalFile() : dir;
    if (m_outputDir == local)
        return;
    m_outputDir = local;
    Q_EMIT outputDirChanged();
    setTargetProblem({});
    setReplaceQuestion({});
}

void ExportController::setOutputFile(const QString &file)
{
    const QString local = file.startsWith(QLatin1String("file:")) ? QUrl(file).toLocalFile() : file;
    if (m_outputFile == local)
        return;
    m_outputFile = local;
    Q_EMIT outputFileChanged();
    setTargetProblem({});
    setReplaceQuestion({});
}

void ExportController::setFormat(const QString &format)
{
    if (m_format == format)
        return;
    m_format = format;
    Q_EMIT formatChanged();
    setTargetProblem({});
    setReplaceQuestion({});
}

void ExportController::setForce(bool force)
{
    if (m_force == force)
        return;
    m_force = force;
    Q_EMIT forceChanged();
}

void ExportController::check()
{
    if (!m_edition || m_edition->rootPath().isEmpty())
        return;
    if (m_checkWatcher.isRunning()) {
        m_checkAgain = true; // the files may have changed since this check began
        return;
    }
    const QString root = m_edition->rootPath();
    m_checkWatcher.setFuture(QtConcurrent::run([root]() -> Result<Diagnostics> {
        auto edition = loadEdition(root);
        if (!edition)
            return edition.error();
        return allDiagnostics(edition.value());
    }));
    Q_EMIT checkingChanged();
}

void ExportController::finishCheck()
{
    const Result<Diagnostics> result = m_checkWatcher.result();
    Diagnostics errors;
    Diagnostics warnings;
    if (result) {
        for (const Diagnostic &diagnostic : result.value())
            (diagnostic.severity == Severity::Error ? errors : warnings).append(diagnostic);
    }
    // Only the check's own failure is said here; the outcome of an export stays.
    const QString failure = result ? QString() : result.error().toString();
    if (!failure.isEmpty())
        setMessage(failure);
    else if (!m_checkFailure.isEmpty() && m_message == m_checkFailure)
        setMessage({});
    m_checkFailure = failure;
    m_errors.setDiagnostics(errors);
    m_warnings.setDiagnostics(warnings);
    Q_EMIT checkingChanged();
    Q_EMIT checked();
    if (std::exchange(m_checkAgain, false))
        check();
}

void ExportController::start(bool replace)
{
    if (!m_edition || m_edition->rootPath().isEmpty() || m_busy)
        return;
    const QString root = m_edition->rootPath();
    const QString format = m_format;
    const bool pdf = format == QLatin1String("pdf");
    const QString output = pdf ? m_outputFile : m_outputDir;
    setReplaceQuestion({});
    setResult({});
    // Where it goes is judged before anything is read or written, as the command line does.
    const auto usable = pdf ? checkPdfTarget(output, root) : checkExportFolder(output, root);
    if (!usable) {
        setTargetProblem(usable.error().message);
        setMessage({});
        return;
    }
    setTargetProblem({});
    if (pdf && !replace && QFileInfo::exists(output)) {
        setReplaceQuestion(tr("%1 bestaat al. Vervangen?").arg(QFileInfo(output).fileName()));
        return;
    }
    m_progress = 0;
    Q_EMIT progressChanged();
    setMessage(tr("Exporteren…"));
    m_exportFormat = format;
    m_exportTarget = output;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    QPointer<ExportController> self(this);
    const bool force = m_force;
    const auto cancelled = m_cancelled;
    // The files are read and checked again as the export begins: what is exported is
    // exactly what was judged, on disk, as the command line would read it.
    m_watcher.setFuture(
        QtConcurrent::run([self, root, output, format, force, cancelled]() -> Result<ExportResult> {
            auto loaded = loadEdition(root);
            if (!loaded)
                return loaded.error();
            const Edition &edition = loaded.value();
            if (!force && countErrors(allDiagnostics(edition)) > 0)
                return Error::withMessage(
                    tr("De editie heeft fouten. Los ze op, of kies 'Toch exporteren'."));
            const auto progress = [self](int done, int total) {
                QMetaObject::invokeMethod(qApp, [self, done, total] {
                    if (!self || total <= 0)
                        return;
                    self->m_progress = double(done) / total;
                    Q_EMIT self->progressChanged();
                });
            };
            return format == QLatin1String("pdf")
                       ? exportPdf(edition, output, force, progress, cancelled.get())
                   : format == QLatin1String("hugo")
                       ? exportHugoSite(edition, output, force, progress)
                       : exportStaticSite(edition, output, force, progress);
        }));
    m_busy = true;
    Q_EMIT busyChanged();
}

void ExportController::keep()
{
    setReplaceQuestion({});
}

bool ExportController::cancel()
{
    if (!m_busy)
        return true;
    if (m_exportFormat != QLatin1String("pdf") || !m_cancelled)
        return false;
    m_cancelled->store(true);
    setMessage(tr("De export wordt afgebroken…"));
    return true;
}

void ExportController::finish()
{
    const Result<ExportResult> outcome = m_watcher.result();
    if (!outcome) {
        setMessage(outcome.error().message);
    } else {
        const QString shown = QDir::toNativeSeparators(m_exportTarget);
        setMessage(m_exportFormat == QLatin1String("pdf")
                       ? tr("Klaar: %Ln bladzijden in %1", "", outcome->pages).arg(shown)
                       : tr("Klaar: %Ln pagina's in %1", "", outcome->pages).arg(shown));
        setResult(QUrl::fromLocalFile(m_exportTarget));
    }
    m_busy = false;
    Q_EMIT busyChanged();
    check(); // what was judged on disk may have changed meanwhile
    Q_EMIT finished(outcome.ok());
}

void ExportController::setTargetProblem(const QString &problem)
{
    if (m_targetProblem == problem)
        return;
    m_targetProblem = problem;
    Q_EMIT targetProblemChanged();
}

void ExportController::setReplaceQuestion(const QString &question)
{
    if (m_replaceQuestion == question)
        return;
    m_replaceQuestion = question;
    Q_EMIT replaceQuestionChanged();
}

void ExportController::setResult(const QUrl &result)
{
    if (m_result == result)
        return;
    m_result = result;
    Q_EMIT resultChanged();
}

void ExportController::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace trendweb
