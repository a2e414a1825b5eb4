// Overzicht: the open lemma's headings and figures, to jump through a long text. It
// follows the text in the editor a moment after typing stops, so a keystroke costs only
// the restart of a timer.
#pragma once

#include "editing/outline.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQuickTextDocument>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class OutlineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickTextDocument *textDocument READ textDocument WRITE setTextDocument NOTIFY
                   textDocumentChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        LevelRole,
        KindRole, // "heading" or "figure"
        PositionRole,
    };
    Q_ENUM(Role)

    explicit OutlineModel(QObject *parent = nullptr);

    QQuickTextDocument *textDocument() const { return m_textDocument; }
    void setTextDocument(QQuickTextDocument *document);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Where entry `row` starts in the text (-1 when there is no such row).
    Q_INVOKABLE int position(int row) const;
    // The entry whose part of the text holds `position` (-1 above the first).
    Q_INVOKABLE int rowAt(int position) const;
    // Reads the text now rather than after the pause (a lemma just opened, a test).
    Q_INVOKABLE void refresh();
    // Sets the outline from `text` directly (for tests and callers without a document).
    void setText(const QString &text);

Q_SIGNALS:
    void textDocumentChanged();
    void countChanged();

private:
    QPointer<QQuickTextDocument> m_textDocument;
    QMetaObject::Connection m_contentsChanged;
    QTimer m_pause;
    QList<OutlineEntry> m_entries;
};

} // namespace trendweb
