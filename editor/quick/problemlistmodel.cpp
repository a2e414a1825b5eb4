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
    const bool group = diagnostic.code.isEmpty();
    if (group) {
        const int count = int(m_inherited.size());
        switch (role) {
        case Qt::DisplayRole:
        case MessageRole:
            return m_english ? (count == 1
                                    ? QStringLiteral("1 footnote still to be written")
                                    : QStringLiteral("%1 footnotes still to be written").arg(count))
                             : tr("%Ln voetnoten nog in te vullen", nullptr, count);
        case KindRole:
            return QStringLiteral("group");
        case SeverityRole:
            return severityName(Severity::Warning);
        case FileRole:
            return m_fileFilter;
        case LineRole:
        case ColumnRole:
            return 0;
        case CodeRole:
            return QString();
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole:
        return m_english ? diagnostic.messageEn : diagnostic.messageNl;
    case KindRole:
        return QStringLiteral("problem");
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
            {LineRole, "line"},         {ColumnRole, "column"}, {MessageRole, "message"},
            {KindRole, "kind"}};
}

bool ProblemListModel::isInherited(const Diagnostic &diagnostic)
{
    return diagnostic.code == QLatin1String("footnote-empty");
}

void ProblemListModel::setInheritedExpanded(bool expanded)
{
    if (m_inheritedExpanded == expanded)
        return;
    m_inheritedExpanded = expanded;
    rebuild();
    Q_EMIT inheritedExpandedChanged();
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
    const int oldProblems = m_problemCount;
    const int oldErrors = m_errorCount;
    const int oldInherited = int(m_inherited.size());
    beginResetModel();
    m_shown.clear();
    m_inherited.clear();
    m_problemCount = 0;
    m_errorCount = 0;
    // Errors, then warnings, then notes, each in the order found; the inherited ones last.
    Diagnostics warnings;
    Diagnostics notes;
    for (const Diagnostic &diagnostic : std::as_const(m_all)) {
        if (!m_fileFilter.isEmpty() && diagnostic.file != m_fileFilter)
            continue;
        ++m_problemCount;
        if (diagnostic.severity == Severity::Error)
            ++m_errorCount;
        if (isInherited(diagnostic))
            m_inherited.append(diagnostic);
        else if (diagnostic.severity == Severity::Error)
            m_shown.append(diagnostic);
        else if (diagnostic.severity == Severity::Warning)
            warnings.append(diagnostic);
        else
            notes.append(diagnostic);
    }
    m_shown += warnings;
    m_shown += notes;
    if (!m_inherited.isEmpty()) {
        m_shown.append(Diagnostic{}); // the group row
        if (m_inheritedExpanded)
            m_shown += m_inherited;
    }
    endResetModel();
    if (oldCount != m_shown.size() || oldProblems != m_problemCount || oldErrors != m_errorCount ||
        oldInherited != m_inherited.size())
        Q_EMIT countChanged();
}

} // namespace trendweb
