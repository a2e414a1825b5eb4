#include "webgraphmodel.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <cmath>

namespace trendweb {

namespace {

QHash<QString, QPointF> circle(const Edition &edition)
{
    QHash<QString, QPointF> positions;
    const int count = int(edition.lemmas.size());
    for (int i = 0; i < count; ++i) {
        const double angle = 2 * M_PI * i / qMax(count, 1) - M_PI / 2;
        positions.insert(edition.lemmas[i].slug, {std::cos(angle), std::sin(angle)});
    }
    return positions;
}

} // namespace

int WebNodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

QVariant WebNodeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Node &node = m_nodes[index.row()];
    switch (role) {
    case SlugRole:
        return node.slug;
    case LetterRole:
        return node.letter;
    case Qt::DisplayRole:
    case TitleRole:
        return node.title;
    case XRole:
        return node.x;
    case YRole:
        return node.y;
    case OrphanRole:
        return node.orphan;
    case RowRole:
        return node.row;
    case LinksToRole:
        return node.linksTo;
    case LinkedFromRole:
        return node.linkedFrom;
    default:
        return {};
    }
}

QHash<int, QByteArray> WebNodeModel::roleNames() const
{
    return {{SlugRole, "slug"}, {LetterRole, "letter"},   {TitleRole, "title"},
            {XRole, "unitX"},   {YRole, "unitY"},         {OrphanRole, "orphan"},
            {RowRole, "row"},   {LinksToRole, "linksTo"}, {LinkedFromRole, "linkedFrom"}};
}

void WebNodeModel::setEdition(const Edition &edition)
{
    const QHash<QString, QPointF> positions = circle(edition);
    QSet<QString> linked;
    QList<QPair<QString, QString>> links;
    QHash<QString, QString> letters;
    for (const Document &lemma : edition.lemmas) {
        letters.insert(lemma.slug, lemma.letter);
        for (const QString &target : lemma.related) {
            linked.insert(target);
            links.append({lemma.slug, target});
        }
    }
    const auto letterOf = [&letters](const QString &slug) { return letters.value(slug, slug); };
    const int oldCount = int(m_nodes.size());
    beginResetModel();
    m_nodes.clear();
    for (int row = 0; row < edition.lemmas.size(); ++row) {
        const Document &lemma = edition.lemmas[row];
        const QPointF at = positions.value(lemma.slug);
        Node node{lemma.slug, lemma.letter, lemma.displayTitle(),         {}, {},
                  at.x(),     at.y(),       !linked.contains(lemma.slug), row};
        for (const auto &[from, to] : std::as_const(links)) {
            if (from == lemma.slug && to != from && !node.linksTo.contains(letterOf(to)))
                node.linksTo.append(letterOf(to));
            if (to == lemma.slug && to != from && !node.linkedFrom.contains(letterOf(from)))
                node.linkedFrom.append(letterOf(from));
        }
        m_nodes.append(node);
    }
    m_links = links;
    endResetModel();
    if (oldCount != m_nodes.size())
        Q_EMIT countChanged();
}

QStringList WebNodeModel::neighbours(const QString &slug) const
{
    QStringList list;
    for (const auto &[from, to] : m_links) {
        if (from == slug && !list.contains(to))
            list.append(to);
        if (to == slug && !list.contains(from))
            list.append(from);
    }
    return list;
}

int WebEdgeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edges.size());
}

QVariant WebEdgeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Edge &edge = m_edges[index.row()];
    switch (role) {
    case FromRole:
        return edge.from;
    case ToRole:
        return edge.to;
    case X1Role:
        return edge.x1;
    case Y1Role:
        return edge.y1;
    case X2Role:
        return edge.x2;
    case Y2Role:
        return edge.y2;
    case BrokenRole:
        return edge.broken;
    default:
        return {};
    }
}

QHash<int, QByteArray> WebEdgeModel::roleNames() const
{
    return {{FromRole, "from"}, {ToRole, "to"}, {X1Role, "x1"},        {Y1Role, "y1"},
            {X2Role, "x2"},     {Y2Role, "y2"}, {BrokenRole, "broken"}};
}

void WebEdgeModel::setEdition(const Edition &edition)
{
    const QHash<QString, QPointF> positions = circle(edition);
    const int oldCount = int(m_edges.size());
    beginResetModel();
    m_edges.clear();
    for (const Document &lemma : edition.lemmas) {
        const QPointF from = positions.value(lemma.slug);
        for (const QString &target : lemma.related) {
            if (target == lemma.slug)
                continue;
            // A link to a lemma that does not exist points at the centre, marked broken.
            const bool broken = !positions.contains(target);
            const QPointF to = broken ? QPointF(0, 0) : positions.value(target);
            m_edges.append({lemma.slug, target, from.x(), from.y(), to.x(), to.y(), broken});
        }
    }
    endResetModel();
    if (oldCount != m_edges.size())
        Q_EMIT countChanged();
}

} // namespace trendweb
