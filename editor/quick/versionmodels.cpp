#include "versionmodels.h"

#include <QCoreApplication>
#include <QLocale>

namespace trendweb {

namespace {

QString changeName(git::FileStatus::Change change)
{
    switch (change) {
    case git::FileStatus::Added:
    case git::FileStatus::Untracked:
        return QCoreApplication::translate("versions", "nieuw");
    case git::FileStatus::Deleted:
        return QCoreApplication::translate("versions", "verwijderd");
    case git::FileStatus::Conflicted:
        return QCoreApplication::translate("versions", "conflict");
    case git::FileStatus::Modified:
        break;
    }
    return QCoreApplication::translate("versions", "gewijzigd");
}

} // namespace

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const git::FileStatus &change = m_changes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case PathRole:
        return change.path;
    case ChangeRole:
        return changeName(change.change);
    case CheckedRole:
        return !m_unchecked.contains(change.path);
    default:
        return {};
    }
}

bool ChangeListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != CheckedRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    setChecked(index.row(), value.toBool());
    return true;
}

Qt::ItemFlags ChangeListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractListModel::flags(index);
    return QAbstractListModel::flags(index) | Qt::ItemIsUserCheckable;
}

QHash<int, QByteArray> ChangeListModel::roleNames() const
{
    return {{PathRole, "path"}, {ChangeRole, "change"}, {CheckedRole, "selected"}};
}

void ChangeListModel::setChanges(const QList<git::FileStatus> &changes)
{
    const int oldCount = int(m_changes.size());
    const int oldChecked = checkedCount();
    beginResetModel();
    m_changes = changes;
    endResetModel();
    if (oldCount != m_changes.size())
        Q_EMIT countChanged();
    if (oldChecked != checkedCount())
        Q_EMIT checkedCountChanged();
}

void ChangeListModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_changes.size())
        return;
    const QString &path = m_changes[row].path;
    if (checked == !m_unchecked.contains(path))
        return;
    if (checked)
        m_unchecked.remove(path);
    else
        m_unchecked.insert(path);
    Q_EMIT dataChanged(index(row), index(row), {CheckedRole});
    Q_EMIT checkedCountChanged();
}

QStringList ChangeListModel::checkedPaths() const
{
    QStringList paths;
    for (const git::FileStatus &change : m_changes) {
        if (!m_unchecked.contains(change.path))
            paths.append(change.path);
    }
    return paths;
}

QStringList ChangeListModel::paths() const
{
    QStringList list;
    for (const git::FileStatus &change : m_changes)
        list.append(change.path);
    return list;
}

bool ChangeListModel::isChanged(const QString &path) const
{
    return std::any_of(m_changes.begin(), m_changes.end(),
                       [&](const git::FileStatus &change) { return change.path == path; });
}

int ChangeListModel::checkedCount() const
{
    return int(checkedPaths().size());
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const git::CommitInfo &commit = m_history[index.row()];
    switch (role) {
    case IdRole:
        return commit.id;
    case Qt::DisplayRole:
    case SummaryRole:
        return commit.summary;
    case AuthorRole:
        return commit.authorName;
    case TimeRole:
        return QLocale().toString(commit.time.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return {
        {IdRole, "commitId"}, {SummaryRole, "summary"}, {AuthorRole, "author"}, {TimeRole, "time"}};
}

void HistoryModel::setHistory(const QList<git::CommitInfo> &history)
{
    const int oldCount = int(m_history.size());
    beginResetModel();
    m_history = history;
    endResetModel();
    if (oldCount != m_history.size())
        Q_EMIT countChanged();
}

QString HistoryModel::pathIn(const QString &commitId, const QString &fallback) const
{
    for (const git::CommitInfo &info : m_history) {
        if (info.id == commitId && !info.path.isEmpty())
            return info.path;
    }
    return fallback;
}

QString HistoryModel::pathBefore(const QString &commitId, const QString &fallback) const
{
    for (qsizetype row = 0; row + 1 < m_history.size(); ++row) {
        if (m_history[row].id == commitId && !m_history[row + 1].path.isEmpty())
            return m_history[row + 1].path;
    }
    return pathIn(commitId, fallback);
}

QString HistoryModel::idAt(int row) const
{
    return row >= 0 && row < m_history.size() ? m_history[row].id : QString();
}

int ConflictModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConflictModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const auto join = [](const QStringList &list) { return list.join(QStringLiteral("\n\n")); };
    switch (role) {
    case PathRole:
        return row.path;
    case NumberRole:
        return row.paragraph.number;
    case BaseRole:
        return join(row.paragraph.base);
    case Qt::DisplayRole:
    case MineRole:
        return join(row.paragraph.mine);
    case TheirsRole:
        return join(row.paragraph.theirs);
    case DecisionRole:
        return row.paragraph.decision;
    case KindRole:
        return row.paragraph.place().section(QLatin1Char(' '), 0, 0);
    case KeyRole:
        return row.paragraph.key;
    case PlaceRole:
        return row.paragraph.place();
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictModel::roleNames() const
{
    return {{PathRole, "path"}, {NumberRole, "number"},   {BaseRole, "base"},
            {MineRole, "mine"}, {TheirsRole, "theirs"},   {DecisionRole, "decision"},
            {KindRole, "kind"}, {KeyRole, "conflictKey"}, {PlaceRole, "place"}};
}

void ConflictModel::setConflicts(const QList<LemmaConflict> &conflicts)
{
    beginResetModel();
    m_rows.clear();
    for (const LemmaConflict &conflict : conflicts) {
        for (const ParagraphConflict &paragraph : conflict.conflicts)
            m_rows.append({conflict.path, paragraph});
    }
    endResetModel();
    Q_EMIT countChanged();
}

int ConflictModel::openCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &row) { return row.paragraph.decision.isEmpty(); }));
}

} // namespace trendweb
