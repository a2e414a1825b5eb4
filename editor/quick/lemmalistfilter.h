// DE LIJST: the lemmas alphabetically (Dutch collation), filtered as you type.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class LemmaListFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QAbstractItemModel *lemmas READ sourceModel WRITE setLemmas NOTIFY lemmasChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit LemmaListFilter(QObject *parent = nullptr);

    void setLemmas(QAbstractItemModel *lemmas);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    int count() const { return rowCount(); }
    // The row of the lemma in the source list (its letter order).
    Q_INVOKABLE int sourceRow(int row) const;

Q_SIGNALS:
    void lemmasChanged();
    void searchChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QCollator m_collator;
};

} // namespace trendweb
