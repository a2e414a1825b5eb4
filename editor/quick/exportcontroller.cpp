#include "exportcontroller.h"

#include "editioncontroller.h"
#include "export/hugoexport.h"
#include "export/siteexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace trendweb {

ExportController::ExportController(QObject *parent)
    : QObject(parent)
    , m_outputDir(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .filePath(QStringLiteral("Trendweb-site")))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportController::finish);
}

ExportController::~ExportController()
{
    m_watcher.waitForFinished();
}

void ExportController::setEdition(EditionController *edition)
{
    if (m_edition == edition)
        return;
    m_edition = edition;
    Q_EMIT editionChanged();
    check();
}

void ExportController::setOutputDir(const QString &dir)
{
    const QString local = dir.startsWith(QLatin1String("file:")) ? QUrl(dir).toLocalFile() : dir;
    if (m_outputDir == local)
        return;
    m_outputDir = local;
    Q_EMIT outputDirChanged();
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
    Diagnostics errors;
    Diagnostics warnings;
    if (m_edition) {
        for (const Diagnostic &diagnostic : m_edition->diagnostics())
            (diagnostic.severity == Severity::Error ? errors : warnings).append(diagnostic);
    }
    m_errors.setDiagnostics(errors);
    m_warnings.setDiagnostics(warnings);
    Q_EMIT checked();
}

void ExportController::start()
{
    if (!m_edition || !m_edition->snapshot() || m_watcher.isRunning())
        return;
    check();
    if (errorCount() > 0 && !m_force) {
        setMessage(tr("De editie heeft fouten. Los ze op, of kies 'Toch exporteren'."));
        return;
    }
    m_progress = 0;
    Q_EMIT progressChanged();
    setMessage(tr("Exporteren…"));
    QPointer<ExportController> self(this);
    const auto edition = m_edition->snapshot();
    const QString output = m_outputDir;
    const bool hugo = m_format == QLatin1String("hugo");
    const bool force = m_force;
    m_watcher.setFuture(QtConcurrent::run([self, edition, output, hugo, force]() -> QString {
        const auto progress = [self](int done, int total) {
            QMetaObject::invokeMethod(qApp, [self, done, total] {
                if (!self || total <= 0)
                    return;
                self->m_progress = double(done) / total;
                Q_EMIT self->progressChanged();
            });
        };
        const auto result = hugo ? exportHugoSite(*edition, output, force, progress)
                                 : exportStaticSite(*edition, output, force, progress);
        return result ? QString() : result.error().message;
    }));
    Q_EMIT busyChanged();
}

void ExportController::finish()
{
    const QString failure = m_watcher.result();
    Q_EMIT busyChanged();
    setMessage(failure.isEmpty() ? tr("Geëxporteerd naar %1").arg(m_outputDir) : failure);
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
