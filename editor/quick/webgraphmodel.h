// HET WEB in the editor: the lemmas as nodes on a circle (positions on the
// unit circle, the view scales them) and the cross-links as edges, from the
// same edition model the checker uses; rebuilt as the author edits.
#pragma once

#include "edition.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class WebNodeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Komt van EditionController.webNodes")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        SlugRole = Qt::UserRole + 1,
        LetterRole,
        TitleRole,
        XRole,
        YRole,
        OrphanRole,
        RowRole,
        // The letters of the lemmas it links to, and of those that link to it, for a screen
        // reader (the arrows are only drawn); a link to a missing lemma by its name.
        LinksToRole,
        LinkedFromRole
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setEdition(const Edition &edition);

    // The lemmas linked to or from this one.
    Q_INVOKABLE QStringList neighbours(const QString &slug) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Node
    {
        QString slug, letter, title;
        QStringList linksTo, linkedFrom;
        double x = 0, y = 0;
        bool orphan = false;
        int row = 0;
    };
    QList<Node> m_nodes;
    QList<QPair<QString, QString>> m_links;
};

class WebEdgeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Komt van EditionController.webEdges")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { FromRole = Qt::UserRole + 1, ToRole, X1Role, Y1Role, X2Role, Y2Role, BrokenRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setEdition(const Edition &edition);

Q_SIGNALS:
    void countChanged();

private:
    struct Edge
    {
        QString from, to;
        double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        bool broken = false;
    };
    QList<Edge> m_edges;
};

} // namespace trendweb
