#include "editioncontroller.h"

#include "editionloader.h"
#include "validation/editionchecks.h"
#include "workspace.h"

#include <QDir>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace trendweb {

namespace {

// Accepts a plain path as well as a file:// URL, as QML hands out.
QString localPath(const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(QLatin1String("file:")))
        return QUrl(pathOrUrl).toLocalFile();
    return pathOrUrl;
}

Result<Edition> openEdition(const QString &requested)
{
    QString folder = requested;
    if (folder.isEmpty()) {
        auto prepared = prepareWorkingEdition(builtinEditionDir(), defaultWorkingEditionDir());
        if (!prepared)
            return prepared.error();
        folder = prepared.value();
    }
    return loadEdition(folder);
}

} // namespace

EditionController::EditionController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &EditionController::finishOpening);
}

EditionController::~EditionController()
{
    m_watcher.waitForFinished();
}

void EditionController::setEditionPath(const QString &path)
{
    const QString local = localPath(path);
    if (m_editionPath == local)
        return;
    m_editionPath = local;
    Q_EMIT editionPathChanged();
}

QString EditionController::rootPath() const
{
    return m_edition ? m_edition->root : QString();
}

QString EditionController::title() const
{
    return m_edition ? m_edition->info.title : QString();
}

int EditionController::problemCount() const
{
    return m_edition ? int(allDiagnostics(*m_edition).size()) : 0;
}

QString EditionController::absolutePath(const QString &relativePath) const
{
    return m_edition ? QDir(m_edition->root).filePath(relativePath) : QString();
}

void EditionController::open()
{
    if (m_watcher.isRunning())
        return;
    setErrorMessage({});
    m_watcher.setFuture(QtConcurrent::run(openEdition, m_editionPath));
    Q_EMIT loadingChanged();
}

void EditionController::finishOpening()
{
    Result<Edition> result = m_watcher.result();
    if (result) {
        m_edition = std::make_shared<const Edition>(std::move(result).value());
        m_lemmas.setEdition(*m_edition);
        Q_EMIT loadedChanged();
    } else {
        setErrorMessage(result.error().toString());
    }
    Q_EMIT loadingChanged();
}

void EditionController::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace trendweb
