// What the journal kept of an edition after the editor ended without saving: offered
// at the next start, to be put back in the editor or thrown away.
#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class Recovery : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // Where the editor journals unsaved text: "herstel" in the user's data folder.
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
    Q_PROPERTY(QString editionRoot READ editionRoot WRITE setEditionRoot NOTIFY editionRootChanged)
    // {filePath, path (relative to the edition), written (as a person reads it), text}, newest
    // first.
    Q_PROPERTY(QVariantList entries READ entries NOTIFY entriesChanged)

public:
    explicit Recovery(QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    void setFolder(const QString &folder);
    QString editionRoot() const { return m_editionRoot; }
    void setEditionRoot(const QString &root);
    QVariantList entries() const { return m_entries; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void discard(const QString &filePath);

Q_SIGNALS:
    void folderChanged();
    void editionRootChanged();
    void entriesChanged();

private:
    QString m_folder;
    QString m_editionRoot;
    QVariantList m_entries;
};

} // namespace trendweb
