#include "exportcontroller.h"

#include "editioncontroller.h"
#include "editionloader.h"
#include "export/hugoexport.h"
#include "export/printexport.h"
#include "export/siteexport.h"
#include "validation/editionchecks.h"

#include <QCoreApplication>
#include <QDir>
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
}

void ExportController::setOutputFile(const QString &file)
{
    const QString local = file.startsWith(QLatin1String("file:")) ? QUrl(file).toLocalFile() : file;
    if (m_outputFile == local)
        return;
    m_outputFile = local;
    Q_EMIT outputFileChanged();
}

void ExportController::setFormat(const QString &format)
{
    if (m_format == format)
        return;
    m_format = format;
    Q_EMIT formatChanged();
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
    setMessage(result ? QString() : result.error().toString());
    m_errors.setDiagnostics(errors);
    m_warnings.setDiagnostics(warnings);
    Q_EMIT checkingChanged();
    Q_EMIT checked();
    if (std::exchange(m_checkAgain, false))
        check();
}

void ExportController::start()
{
    if (!m_edition || m_edition->rootPath().isEmpty() || m_watcher.isRunning())
        return;
    m_progress = 0;
    Q_EMIT progressChanged();
    setMessage(tr("Exporteren…"));
    QPointer<ExportController> self(this);
    const QString root = m_edition->rootPath();
    const QString format = m_format;
    const QString output = format == QLatin1String("pdf") ? m_outputFile : m_outputDir;
    const bool force = m_force;
    // The files are read and checked again as the export begins: what is exported is
    // exactly what was judged, on disk, as the command line would read it.
    m_watcher.setFuture(QtConcurrent::run([self, root, output, format, force]() -> QString {
        auto loaded = loadEdition(root);
        if (!loaded)
            return loaded.error().toString();
        const Edition &edition = loaded.value();
        if (!force && countErrors(allDiagnostics(edition)) > 0)
            return tr("De editie heeft fouten. Los ze op, of kies 'Toch exporteren'.");
        const auto progress = [self](int done, int total) {
            QMetaObject::invokeMethod(qApp, [self, done, total] {
                if (!self || total <= 0)
                    return;
                self->m_progress = double(done) / total;
                Q_EMIT self->progressChanged();
            });
        };
        const auto result =
            format == QLatin1String("pdf")    ? exportPdf(edition, output, force, progress)
            : format == QLatin1String("hugo") ? exportHugoSite(edition, output, force, progress)
                                              : exportStaticSite(edition, output, force, progress);
        return result ? QString() : result.error().message;
    }));
    Q_EMIT busyChanged();
}

void ExportController::finish()
{
    const QString failure = m_watcher.result();
    Q_EMIT busyChanged();
    check(); // what was judged on disk may have changed meanwhile
    setMessage(failure.isEmpty()
                   ? tr("Geëxporteerd naar %1")
                         .arg(m_format == QLatin1String("pdf") ? m_outputFile : m_outputDir)
                   : failure);
    Q_EMIT finished(failure.isEmpty());
}

void ExportController::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace trendweb
