#include "editioncontroller.h"

#include "editionloader.h"
#include "textfile.h"
#include "validation/editionchecks.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

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

// Re-checks the files' texts (path → text) against the rest of the edition as it
// was loaded; no other file is read.
CheckedEdition recheck(std::shared_ptr<const Edition> base, const QHash<QString, QString> &texts)
{
    auto edition = std::make_shared<Edition>(*base);
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const QString &path = it.key();
        Document::Kind kind = Document::Kind::Lemma;
        if (path.startsWith(QLatin1String("threads/")))
            kind = Document::Kind::Thread;
        else if (!path.startsWith(QLatin1String("lemmas/")))
            kind = Document::Kind::Intro;
        edition->replaceDocument(parseDocument(it.value(), path, kind, edition->root));
    }
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
    connect(&m_diskWatcher, &EditionWatcher::settled, this, &EditionController::lookAtDisk);
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

int EditionController::rowOfLemma(const QString &slug) const
{
    if (!m_checked.edition)
        return -1;
    const auto &lemmas = m_checked.edition->lemmas;
    for (int row = 0; row < lemmas.size(); ++row) {
        if (lemmas[row].slug == slug)
            return row;
    }
    return -1;
}

namespace {
const QString lastLemmaKey = QStringLiteral("laatsteLemma");
} // namespace

int EditionController::lastLemmaRow() const
{
    if (!m_checked.edition || m_checked.edition->lemmas.isEmpty())
        return -1;
    const QVariantMap kept = QSettings().value(lastLemmaKey).toMap();
    const int row = rowOfFile(kept.value(QDir::cleanPath(rootPath())).toString());
    return row >= 0 ? row : 0;
}

void EditionController::rememberLemma(const QString &relativePath)
{
    if (rootPath().isEmpty() || relativePath.isEmpty())
        return;
    QSettings settings;
    QVariantMap kept = settings.value(lastLemmaKey).toMap();
    const QString key = QDir::cleanPath(rootPath());
    if (kept.value(key).toString() == relativePath)
        return;
    kept.insert(key, relativePath);
    settings.setValue(lastLemmaKey, kept);
}

void EditionController::open()
{
    if (m_opening)
        return;
    setErrorMessage({});
    // A text being checked belongs to the edition as it was: its result is dropped.
    m_checkTimer.stop();
    m_pendingTexts.clear();
    ++m_generation;
    m_opening = true;
    m_loadWatcher.setFuture(QtConcurrent::run(openEdition, m_editionPath));
    Q_EMIT loadingChanged();
}

void EditionController::finishOpening()
{
    m_opening = false;
    Result<CheckedEdition> result = m_loadWatcher.result();
    if (result) {
        apply(std::move(result).value());
        m_diskWatcher.watch(*m_checked.edition);
        QFile yaml(QDir(m_checked.edition->root).filePath(QStringLiteral("edition.yaml")));
        m_editionYaml = yaml.open(QIODevice::ReadOnly) ? yaml.readAll() : QByteArray();
        m_lemmas.setEdition(*m_checked.edition, m_checked.diagnostics);
        Q_EMIT loadedChanged();
    } else {
        setErrorMessage(result.error().toString());
    }
    Q_EMIT loadingChanged();
}

namespace {

const Document *documentAt(const Edition &edition, const QString &relativePath)
{
    for (const QList<Document> *documents : {&edition.lemmas, &edition.threads, &edition.intro}) {
        for (const Document &document : *documents) {
            if (document.path == relativePath)
                return &document;
        }
    }
    return nullptr;
}

} // namespace

void EditionController::updateText(const QString &relativePath, const QString &text)
{
    if (!m_checked.edition || relativePath.isEmpty())
        return;
    const Document *known = documentAt(*m_checked.edition, relativePath);
    if (!known)
        return; // not a file of this edition
    if (!m_pendingTexts.contains(relativePath) && !m_checking && known->text == text)
        return; // the edition already holds this text
    m_pendingTexts.insert(relativePath, text);
    m_checkTimer.start();
}

QString EditionController::relativePath(const QString &absolutePath) const
{
    if (!m_checked.edition || absolutePath.isEmpty())
        return {};
    const QString relative =
        QDir(m_checked.edition->root).relativeFilePath(localPath(absolutePath));
    if (relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative))
        return {};
    return relative;
}

bool EditionController::matchesDisk() const
{
    if (!m_checked.edition || !idle())
        return false;
    const auto onDisk = loadEdition(m_checked.edition->root);
    if (!onDisk)
        return false;
    const Edition &disk = onDisk.value();
    const Edition &memory = *m_checked.edition;
    for (const QList<Document> *documents : {&disk.lemmas, &disk.threads, &disk.intro}) {
        for (const Document &document : *documents) {
            const Document *held = documentAt(memory, document.path);
            if (!held || held->text != document.text || held->letter != document.letter)
                return false;
        }
    }
    return disk.lemmas.size() == memory.lemmas.size() &&
           allDiagnostics(disk) == m_checked.diagnostics;
}

bool EditionController::idle() const
{
    return m_pendingTexts.isEmpty() && !m_checkTimer.isActive() && !m_checking && !m_opening &&
           !m_diskWatcher.waiting();
}

void EditionController::lookAtDisk()
{
    if (!m_checked.edition || m_opening)
        return;
    const Edition &held = *m_checked.edition;
    const QDir root(held.root);
    QFile yaml(root.filePath(QStringLiteral("edition.yaml")));
    const QByteArray yamlNow = yaml.open(QIODevice::ReadOnly) ? yaml.readAll() : QByteArray();
    // Files added, removed or renamed, or another order: the edition is opened again.
    QSet<QString> onDisk;
    for (const char *folder : {"lemmas", "threads"}) {
        const QString name = QString::fromLatin1(folder);
        for (const QString &file :
             QDir(root.filePath(name)).entryList({QStringLiteral("*.md")}, QDir::Files))
            onDisk.insert(name + QLatin1Char('/') + file);
    }
    QSet<QString> known;
    for (const QList<Document> *documents : {&held.lemmas, &held.threads}) {
        for (const Document &document : *documents) {
            if (document.loaded)
                known.insert(document.path);
        }
    }
    Q_EMIT diskSettled();
    if (yamlNow != m_editionYaml || onDisk != known) {
        Q_EMIT changedOnDisk();
        return;
    }
    // A text changed elsewhere is checked as it is now; one being written in the app is
    // its editor's to take in or not.
    for (const QList<Document> *documents : {&held.lemmas, &held.threads, &held.intro}) {
        for (const Document &document : *documents) {
            if (m_unsaved.contains(document.path))
                continue;
            auto text = readTextFile(root.filePath(document.path));
            if (text && text.value() != document.text)
                updateText(document.path, text.value());
        }
    }
}

void EditionController::setUnsaved(const QString &relativePath, bool unsaved)
{
    if (unsaved)
        m_unsaved.insert(relativePath);
    else
        m_unsaved.remove(relativePath);
    m_lemmas.setUnsaved(rowOfFile(relativePath), unsaved);
}

void EditionController::startCheck()
{
    if (m_pendingTexts.isEmpty() || !m_checked.edition)
        return;
    if (m_checking)
        return; // finishCheck starts the newest texts when this run is done
    const QHash<QString, QString> texts = std::exchange(m_pendingTexts, {});
    m_checkGeneration = m_generation;
    m_checking = true;
    m_checkWatcher.setFuture(QtConcurrent::run(recheck, m_checked.edition, texts));
}

void EditionController::finishCheck()
{
    m_checking = false;
    if (m_checkGeneration == m_generation && !m_opening) {
        apply(m_checkWatcher.result());
        m_lemmas.setChecked(*m_checked.edition, m_checked.diagnostics);
    }
    if (!m_pendingTexts.isEmpty() && !m_checkTimer.isActive())
        startCheck();
    Q_EMIT checkFinished();
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
