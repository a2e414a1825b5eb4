#include "lemmalistmodel.h"

#include "validation/editionchecks.h"

namespace trendweb {

namespace {

QHash<QString, int> problemCounts(const Diagnostics &diagnostics)
{
    QHash<QString, int> counts;
    for (const Diagnostic &diagnostic : diagnostics)
        ++counts[diagnostic.file];
    return counts;
}

QHash<QString, int> errorCounts(const Diagnostics &diagnostics)
{
    QHash<QString, int> counts;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::Error)
            ++counts[diagnostic.file];
    }
    return counts;
}

} // namespace

LemmaListModel::LemmaListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int LemmaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LemmaListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case LetterRole:
        return row.letter;
    case SlugRole:
        return row.slug;
    case StatusRole:
        return row.status;
    case PathRole:
        return row.path;
    case UnsavedRole:
        return row.unsaved;
    case UncommittedRole:
        return row.uncommitted;
    case ProblemCountRole:
        return row.problems;
    case ErrorCountRole:
        return row.errors;
    default:
        return {};
    }
}

QHash<int, QByteArray> LemmaListModel::roleNames() const
{
    return {{LetterRole, "letter"},
            {SlugRole, "slug"},
            {TitleRole, "title"},
            {StatusRole, "status"},
            {PathRole, "path"},
            {UnsavedRole, "unsaved"},
            {UncommittedRole, "uncommitted"},
            {ProblemCountRole, "problemCount"},
            {ErrorCountRole, "errorCount"}};
}

void LemmaListModel::setEdition(const Edition &edition)
{
    setEdition(edition, allDiagnostics(edition));
}

void LemmaListModel::setEdition(const Edition &edition, const Diagnostics &diagnostics)
{
    const int oldCount = int(m_rows.size());
    beginResetModel();
    m_rows.clear();
    const QHash<QString, int> counts = problemCounts(diagnostics);
    const QHash<QString, int> errors = errorCounts(diagnostics);
    for (const Document &lemma : edition.lemmas) {
        m_rows.append({lemma.letter, lemma.slug, lemma.displayTitle(), lemma.status, lemma.path,
                       counts.value(lemma.path), errors.value(lemma.path)});
    }
    endResetModel();
    if (oldCount != m_rows.size())
        Q_EMIT countChanged();
}

void LemmaListModel::setChecked(const Edition &edition, const Diagnostics &diagnostics)
{
    const QHash<QString, int> counts = problemCounts(diagnostics);
    const QHash<QString, int> errors = errorCounts(diagnostics);
    for (int row = 0; row < m_rows.size() && row < edition.lemmas.size(); ++row) {
        const Document &lemma = edition.lemmas[row];
        Row &shown = m_rows[row];
        if (lemma.path != shown.path)
            continue; // another order: the edition is opened again and all rows follow
        QList<int> roles;
        if (shown.title != lemma.displayTitle()) {
            shown.title = lemma.displayTitle();
            roles.append(TitleRole);
        }
        if (shown.status != lemma.status) {
            shown.status = lemma.status;
            roles.append(StatusRole);
        }
        if (const int problems = counts.value(lemma.path); shown.problems != problems) {
            shown.problems = problems;
            roles.append(ProblemCountRole);
        }
        if (const int count = errors.value(lemma.path); shown.errors != count) {
            shown.errors = count;
            roles.append(ErrorCountRole);
        }
        if (!roles.isEmpty())
            Q_EMIT dataChanged(index(row), index(row), roles);
    }
}

void LemmaListModel::setUncommitted(const QStringList &paths)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const bool uncommitted = paths.contains(m_rows[row].path);
        if (m_rows[row].uncommitted == uncommitted)
            continue;
        m_rows[row].uncommitted = uncommitted;
        Q_EMIT dataChanged(index(row), index(row), {UncommittedRole});
    }
}

int LemmaListModel::rowOfPath(const QString &path) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].path == path)
            return row;
    }
    return -1;
}

QString LemmaListModel::path(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].path : QString();
}

QString LemmaListModel::title(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].title : QString();
}

QString LemmaListModel::letter(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].letter : QString();
}

void LemmaListModel::setUnsaved(int row, bool unsaved)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].unsaved == unsaved)
        return;
    m_rows[row].unsaved = unsaved;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {UnsavedRole});
}

} // namespace trendweb
