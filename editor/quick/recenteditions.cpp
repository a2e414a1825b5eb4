#include "recenteditions.h"

#include "workspace.h"

#include <QDir>
#include <QSettings>
#include <QVariantMap>

namespace trendweb {

namespace {

const QString settingsKey = QStringLiteral("edities/recent");

QString canonical(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace

RecentEditions::RecentEditions(QObject *parent)
    : QAbstractListModel(parent)
{
    reload();
}

void RecentEditions::reload()
{
    beginResetModel();
    m_entries.clear();
    const QVariantList stored = QSettings().value(settingsKey).toList();
    for (const QVariant &value : stored) {
        const QVariantMap map = value.toMap();
        const Entry entry{canonical(map.value(QStringLiteral("path")).toString()),
                          map.value(QStringLiteral("title")).toString()};
        if (entry.path.isEmpty() || !checkEditionFolder(entry.path))
            continue; // moved or removed since: no dead entries
        if (m_entries.size() < maximum)
            m_entries.append(entry);
    }
    endResetModel();
    Q_EMIT countChanged();
}

int RecentEditions::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RecentEditions::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return entry.title.isEmpty() ? QDir(entry.path).dirName() : entry.title;
    case PathRole:
        return entry.path;
    case BuiltinRole:
        return entry.path == builtinPath();
    default:
        return {};
    }
}

QHash<int, QByteArray> RecentEditions::roleNames() const
{
    return {{PathRole, "path"}, {TitleRole, "title"}, {BuiltinRole, "builtin"}};
}

QString RecentEditions::builtinPath() const
{
    return canonical(defaultWorkingEditionDir());
}

void RecentEditions::add(const QString &path, const QString &title)
{
    if (path.isEmpty())
        return;
    const QString key = canonical(path);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].path != key)
            continue;
        if (row == 0) {
            if (m_entries[0].title != title) {
                m_entries[0].title = title;
                Q_EMIT dataChanged(index(0), index(0));
                save();
            }
            return;
        }
        beginMoveRows({}, row, row, {}, 0);
        m_entries.move(row, 0);
        endMoveRows();
        m_entries[0].title = title;
        Q_EMIT dataChanged(index(0), index(0));
        save();
        return;
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend({key, title});
    endInsertRows();
    if (m_entries.size() > maximum) {
        beginRemoveRows({}, maximum, int(m_entries.size()) - 1);
        m_entries.resize(maximum);
        endRemoveRows();
    }
    save();
    Q_EMIT countChanged();
}

void RecentEditions::remove(const QString &path)
{
    const QString key = canonical(path);
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].path == key) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
            save();
            Q_EMIT countChanged();
            return;
        }
    }
}

bool RecentEditions::hasOwnEditions() const
{
    for (const Entry &entry : m_entries) {
        if (entry.path != builtinPath())
            return true;
    }
    return false;
}

void RecentEditions::save() const
{
    QVariantList stored;
    for (const Entry &entry : m_entries)
        stored.append(QVariantMap{{QStringLiteral("path"), entry.path},
                                  {QStringLiteral("title"), entry.title}});
    QSettings().setValue(settingsKey, stored);
}

} // namespace trendweb
