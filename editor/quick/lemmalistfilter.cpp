#include "lemmalistfilter.h"

#include "lemmalistmodel.h"

#include <QLocale>

namespace trendweb {

LemmaListFilter::LemmaListFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Dutch, QLocale::Netherlands))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(LemmaListModel::TitleRole);
    connect(this, &QAbstractItemModel::rowsInserted, this, &LemmaListFilter::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &LemmaListFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &LemmaListFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &LemmaListFilter::countChanged);
}

void LemmaListFilter::setLemmas(QAbstractItemModel *lemmas)
{
    if (sourceModel() == lemmas)
        return;
    setSourceModel(lemmas);
    sort(0);
    Q_EMIT lemmasChanged();
    Q_EMIT countChanged();
}

void LemmaListFilter::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    invalidateFilter();
    Q_EMIT searchChanged();
    Q_EMIT countChanged();
}

int LemmaListFilter::sourceRow(int row) const
{
    return mapToSource(index(row, 0)).row();
}

bool LemmaListFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.trimmed().isEmpty())
        return true;
    const QModelIndex lemma = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString title = lemma.data(LemmaListModel::TitleRole).toString();
    const QString letter = lemma.data(LemmaListModel::LetterRole).toString();
    return title.contains(m_search.trimmed(), Qt::CaseInsensitive) ||
           letter.compare(m_search.trimmed(), Qt::CaseInsensitive) == 0;
}

bool LemmaListFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_collator.compare(left.data(sortRole()).toString(), right.data(sortRole()).toString()) <
           0;
}

} // namespace trendweb
