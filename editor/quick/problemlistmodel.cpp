#include "problemlistmodel.h"

namespace trendweb {

ProblemListModel::ProblemListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &diagnostic = m_shown[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return m_english ? diagnostic.messageEn : diagnostic.messageNl;
    case SeverityRole:
        return severityName(diagnostic.severity);
    case CodeRole:
        return diagnostic.code;
    case FileRole:
        return diagnostic.file;
    case LineRole:
        return diagnostic.line;
    case ColumnRole:
        return diagnostic.column;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProblemListModel::roleNames() const
{
    return {{SeverityRole, "severity"}, {CodeRole, "code"},     {FileRole, "file"},
            {LineRole, "line"},         {ColumnRole, "column"}, {MessageRole, "message"}};
}

void ProblemListModel::setFileFilter(const QString &file)
{
    if (m_fileFilter == file)
        return;
    m_fileFilter = file;
    rebuild();
    Q_EMIT fileFilterChanged();
}

void ProblemListModel::setEnglish(bool english)
{
    if (m_english == english)
        return;
    m_english = english;
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_shown.size()) - 1),
                           {MessageRole, Qt::DisplayRole});
    Q_EMIT englishChanged();
}

void ProblemListModel::setDiagnostics(const Diagnostics &diagnostics)
{
    m_all = diagnostics;
    rebuild();
}

void ProblemListModel::rebuild()
{
    const int oldCount = int(m_shown.size());
    beginResetModel();
    m_shown.clear();
    for (const Diagnostic &diagnostic : std::as_const(m_all)) {
        if (m_fileFilter.isEmpty() || diagnostic.file == m_fileFilter)
            m_shown.append(diagnostic);
    }
    endResetModel();
    if (oldCount != m_shown.size())
        Q_EMIT countChanged();
}

} // namespace trendweb
