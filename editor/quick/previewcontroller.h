// The preview of the open lemma: rendered off the UI thread a moment after
// typing stops, the newest text winning, by the same renderer as the export.
// The view loads the first page and after that only replaces its content.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class EditionController;

class PreviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        trendweb::EditionController *edition READ edition WRITE setEdition NOTIFY editionChanged)
    Q_PROPERTY(QString lemmaPath READ lemmaPath WRITE setLemmaPath NOTIFY lemmaPathChanged)
    // The text as it stands in the editor.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // The whole page, for the first load of a lemma, and the address to load it at (the
    // edition folder: the web engine shows images from there only to a page from there).
    Q_PROPERTY(QString page READ page NOTIFY pageChanged)
    Q_PROPERTY(QUrl baseUrl READ baseUrl NOTIFY pageChanged)
    // The content of <main>, for updating the page in place.
    Q_PROPERTY(QString content READ content NOTIFY contentChanged)
    Q_PROPERTY(int renders READ renders NOTIFY contentChanged)

public:
    explicit PreviewController(QObject *parent = nullptr);
    ~PreviewController() override;

    EditionController *edition() const { return m_edition; }
    void setEdition(EditionController *edition);
    QString lemmaPath() const { return m_lemmaPath; }
    void setLemmaPath(const QString &path);
    QString text() const { return m_text; }
    void setText(const QString &text);
    QString page() const { return m_page; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString content() const { return m_content; }
    int renders() const { return m_renders; }
    Q_INVOKABLE void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

Q_SIGNALS:
    void editionChanged();
    void lemmaPathChanged();
    void textChanged();
    void pageChanged();
    void contentChanged();

private:
    void start();
    void finish();

    EditionController *m_edition = nullptr;
    QString m_lemmaPath;
    QString m_text;
    QString m_page;
    QUrl m_baseUrl;
    QUrl m_renderingBaseUrl; // of the render under way
    QString m_content;
    int m_renders = 0;
    bool m_pending = false;
    bool m_newLemma = true;
    QTimer m_timer;
    QFutureWatcher<QString> m_watcher;
};

} // namespace trendweb
