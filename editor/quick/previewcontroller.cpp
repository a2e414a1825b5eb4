#include "previewcontroller.h"

#include "editioncontroller.h"
#include "editionloader.h"
#include "export/htmlrenderer.h"

#include <QtConcurrent/QtConcurrentRun>

namespace trendweb {

PreviewController::PreviewController(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &PreviewController::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PreviewController::finish);
}

PreviewController::~PreviewController()
{
    m_watcher.waitForFinished();
}

void PreviewController::setEdition(EditionController *edition)
{
    if (m_edition == edition)
        return;
    m_edition = edition;
    Q_EMIT editionChanged();
    m_timer.start();
}

void PreviewController::setLemmaPath(const QString &path)
{
    if (m_lemmaPath == path)
        return;
    m_lemmaPath = path;
    m_newLemma = true;
    Q_EMIT lemmaPathChanged();
    m_timer.start();
}

void PreviewController::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    Q_EMIT textChanged();
    m_timer.start();
}

void PreviewController::start()
{
    if (!m_edition || !m_edition->snapshot() || m_lemmaPath.isEmpty() || m_text.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_pending = true; // the newest text is rendered when this one is done
        return;
    }
    const auto edition = m_edition->snapshot();
    const QString path = m_lemmaPath;
    const QString text = m_text;
    m_renderingBaseUrl = previewBaseUrl(*edition);
    m_watcher.setFuture(QtConcurrent::run([edition, path, text] {
        Edition current = *edition;
        current.replaceDocument(parseDocument(text, path, Document::Kind::Lemma, current.root));
        for (const Document &lemma : std::as_const(current.lemmas)) {
            if (lemma.path == path)
                return previewHtml(current, lemma);
        }
        return QString();
    }));
}

void PreviewController::finish()
{
    const QString page = m_watcher.result();
    const qsizetype open = page.indexOf(QLatin1String("<main"));
    const qsizetype contentStart = page.indexOf(QLatin1Char('>'), open) + 1;
    const qsizetype contentEnd = page.lastIndexOf(QLatin1String("</main>"));
    if (!page.isEmpty() && open >= 0 && contentEnd > contentStart) {
        if (m_newLemma || m_page.isEmpty() || m_baseUrl != m_renderingBaseUrl) {
            m_page = page;
            m_baseUrl = m_renderingBaseUrl;
            m_newLemma = false;
            Q_EMIT pageChanged();
        }
        m_content = page.mid(contentStart, contentEnd - contentStart);
        ++m_renders;
        Q_EMIT contentChanged();
    }
    if (m_pending) {
        m_pending = false;
        start();
    }
}

} // namespace trendweb
