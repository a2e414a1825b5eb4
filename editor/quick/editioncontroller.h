// The open edition, for QML: opens a folder (or the built-in edition) off the
// UI thread and offers its lemmas as a model.
#pragma once

#include "edition.h"
#include "lemmalistmodel.h"
#include "result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace trendweb {

class EditionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The folder to open; empty means the built-in edition in the user's data folder.
    Q_PROPERTY(QString editionPath READ editionPath WRITE setEditionPath NOTIFY editionPathChanged)
    Q_PROPERTY(QString rootPath READ rootPath NOTIFY loadedChanged)
    Q_PROPERTY(QString title READ title NOTIFY loadedChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY loadedChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(trendweb::LemmaListModel *lemmas READ lemmas CONSTANT)

public:
    explicit EditionController(QObject *parent = nullptr);
    ~EditionController() override;

    QString editionPath() const { return m_editionPath; }
    void setEditionPath(const QString &path);
    QString rootPath() const;
    QString title() const;
    bool loaded() const { return m_edition != nullptr; }
    bool loading() const { return m_watcher.isRunning(); }
    int problemCount() const;
    QString errorMessage() const { return m_errorMessage; }
    LemmaListModel *lemmas() { return &m_lemmas; }

    // Opens `editionPath`; `loadedChanged` or `errorMessageChanged` follows.
    Q_INVOKABLE void open();
    // The absolute path of a file of the edition.
    Q_INVOKABLE QString absolutePath(const QString &relativePath) const;

Q_SIGNALS:
    void editionPathChanged();
    void loadedChanged();
    void loadingChanged();
    void errorMessageChanged();

private:
    void setErrorMessage(const QString &message);
    void finishOpening();

    QString m_editionPath;
    QString m_errorMessage;
    std::shared_ptr<const Edition> m_edition;
    LemmaListModel m_lemmas;
    QFutureWatcher<Result<Edition>> m_watcher;
};

} // namespace trendweb
