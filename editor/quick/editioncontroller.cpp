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

Result<CheckedEdition> openEdition(const QString &requested)
{
    QString folder = requested;
    if (folder.isEmpty()) {
        auto prepared = prepareWorkingEdition(builtinEditionDir(), defaultWorkingEditionDir());
        if (!prepared)
            return prepared.error();
        folder = prepared.value();
    }
    auto edition = loadEdition(folder);
    if (!edition)
        return edition.error();
    auto shared = std::make_shared<const Edition>(std::move(edition).value());
    return CheckedEdition{shared, allDiagnostics(*shared)};
}

// Re-checks one file's text against the rest of the edition as it was loaded;
// no other file is read.
CheckedEdition recheck(std::shared_ptr<const Edition> base, const QString &path,
                       const QString &text)
{
    auto edition = std::make_shared<Edition>(*base);
    Document::Kind kind = Document::Kind::Lemma;
    if (path.startsWith(QLatin1String("threads/")))
        kind = Document::Kind::Thread;
    else if (!path.startsWith(QLatin1String("lemmas/")))
        kind = Document::Kind::Intro;
    edition->replaceDocument(parseDocument(text, path, kind, edition->root));
    Diagnostics diagnostics = allDiagnostics(*edition);
    return {std::move(edition), std::move(diagnostics)};
}

} // namespace

EditionController::EditionController(QObject *parent)
    : QObject(parent)
{
    connect(&m_loadWatcher, &QFutureWatcherBase::finished, this, &EditionController::finishOpening);
    connect(&m_checkWatcher, &QFutureWatcherBase::finished, this, &EditionController::finishCheck);
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(300);
    connect(&m_checkTimer, &QTimer::timeout, this, &EditionController::startCheck);
}

EditionController::~EditionController()
{
    m_loadWatcher.waitForFinished();
    m_checkWatcher.waitForFinished();
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
    return m_checked.edition ? m_checked.edition->root : QString();
}

QString EditionController::title() const
{
    return m_checked.edition ? m_checked.edition->info.title : QString();
}

QStringList EditionController::threadTitles() const
{
    QStringList titles;
    if (m_checked.edition) {
        for (const Document &thread : m_checked.edition->threads)
            titles.append(thread.displayTitle());
    }
    return titles;
}

int EditionController::errorCount() const
{
    return countErrors(m_checked.diagnostics);
}

QString EditionController::absolutePath(const QString &relativePath) const
{
    return m_checked.edition ? QDir(m_checked.edition->root).filePath(relativePath) : QString();
}

int EditionController::rowOfFile(const QString &relativePath) const
{
    if (!m_checked.edition)
        return -1;
    const auto &lemmas = m_checked.edition->lemmas;
    for (int row = 0; row < lemmas.size(); ++row) {
        if (lemmas[row].path == relativePath)
            return row;
    }
    return -1;
}

void EditionController::open()
{
    if (m_loadWatcher.isRunning())
        return;
    setErrorMessage({});
    // A text being checked belongs to the edition as it was: its result is dropped.
    m_checkTimer.stop();
    m_pendingText.reset();
    ++m_generation;
    m_loadWatcher.setFuture(QtConcurrent::run(openEdition, m_editionPath));
    Q_EMIT loadingChanged();
}

void EditionController::finishOpening()
{
    Result<CheckedEdition> result = m_loadWatcher.result();
    if (result) {
        apply(std::move(result).value());
        m_lemmas.setEdition(*m_checked.edition, m_checked.diagnostics);
        Q_EMIT loadedChanged();
    } else {
        setErrorMessage(result.error().toString());
    }
    Q_EMIT loadingChanged();
}

void EditionController::updateText(const QString &relativePath, const QString &text)
{
    if (!m_checked.edition)
        return;
    m_pendingText = std::make_pair(relativePath, text);
    m_checkTimer.start();
}

void EditionController::startCheck()
{
    if (!m_pendingText || !m_checked.edition)
        return;
    if (m_checkWatcher.isRunning())
        return; // finishCheck starts the newest text when this run is done
    auto [path, text] = *m_pendingText;
    m_pendingText.reset();
    m_checkGeneration = m_generation;
    m_checkWatcher.setFuture(QtConcurrent::run(recheck, m_checked.edition, path, text));
}

void EditionController::finishCheck()
{
    if (m_checkGeneration == m_generation && !m_loadWatcher.isRunning()) {
        apply(m_checkWatcher.result());
        m_lemmas.setProblems(m_checked.diagnostics);
    }
    if (m_pendingText && !m_checkTimer.isActive())
        startCheck();
}

void EditionController::apply(CheckedEdition checked)
{
    m_checked = std::move(checked);
    m_problems.setDiagnostics(m_checked.diagnostics);
    // HET WEB follows the related lists as they are edited.
    m_webNodes.setEdition(*m_checked.edition);
    m_webEdges.setEdition(*m_checked.edition);
    Q_EMIT diagnosticsChanged();
}

void EditionController::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace trendweb
