#include "versionmodels.h"

#include "lemmalistmodel.h"
#include "textfile.h"
#include "versions/textdiff.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace trendweb {

namespace {

// The title of a lemma or thread from its front matter; the file's name otherwise.
QString titleOf(const QString &text, const QString &path)
{
    static const QRegularExpression title(QStringLiteral("^title:[ \\t]*(.+?)[ \\t]*$"),
                                          QRegularExpression::MultilineOption);
    if (text.startsWith(QLatin1String("---"))) {
        const qsizetype end = text.indexOf(QLatin1String("\n---"), 3);
        const auto match = title.match(text.left(end < 0 ? 0 : end));
        if (match.hasMatch()) {
            QString value = match.captured(1);
            if (value.size() >= 2 &&
                (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
                value.back() == value.front())
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return QFileInfo(path).fileName();
}

// Where a paragraph stands in the body as a reader counts it: headings, figure markers and
// note texts are not paragraphs. 0 when it is not found.
int readerNumber(const QString &text, const QString &paragraph)
{
    const QString wanted = paragraph.trimmed();
    if (wanted.isEmpty())
        return 0;
    QString body = text;
    if (body.startsWith(QLatin1String("---"))) {
        const qsizetype end = body.indexOf(QLatin1String("\n---"), 3);
        if (end >= 0)
            body = body.mid(body.indexOf(QLatin1Char('\n'), end + 1) + 1);
    }
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    int number = 0;
    for (const QString &block : body.split(blank)) {
        const QString trimmed = block.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')) ||
            trimmed.startsWith(QLatin1String("[[")) || trimmed.startsWith(QLatin1String("[^")))
            continue;
        ++number;
        if (trimmed == wanted)
            return number;
    }
    return 0;
}

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
    case NameRole:
        return nameOf(change.path);
    case DetailRole: {
        const bool lemma = m_lemmas && m_lemmas->rowOfPath(change.path) >= 0;
        return lemma ? QString() : change.path;
    }
    default:
        return {};
    }
}

QString ChangeListModel::nameOf(const QString &path) const
{
    if (const int row = m_lemmas ? m_lemmas->rowOfPath(path) : -1; row >= 0) {
        const QString letter = m_lemmas->letter(row);
        const QString title = m_lemmas->title(row);
        return letter.isEmpty() ? title : QStringLiteral("%1 · %2").arg(letter, title);
    }
    if (path == QLatin1String("edition.yaml"))
        return QCoreApplication::translate("versions", "Gegevens van de editie");
    if (path == QLatin1String("intro.md"))
        return QCoreApplication::translate("versions", "Inleiding");
    if (path == QLatin1String("woordenlijst.dic"))
        return QCoreApplication::translate("versions", "Woordenlijst");
    if (path.startsWith(QLatin1String("threads/")))
        return QCoreApplication::translate("versions", "Rode draad: %1")
            .arg(QFileInfo(path).completeBaseName());
    if (path.startsWith(QLatin1String("review/")))
        return QCoreApplication::translate("versions", "Opmerking bij een lemma");
    if (path.startsWith(QLatin1String("figures/")))
        return QCoreApplication::translate("versions", "Afbeelding: %1")
            .arg(QFileInfo(path).fileName());
    if (path.startsWith(QLatin1String("lemmas/")))
        return QCoreApplication::translate("versions", "Lemma: %1")
            .arg(QFileInfo(path).completeBaseName());
    return QFileInfo(path).fileName();
}

void ChangeListModel::setLemmas(LemmaListModel *lemmas)
{
    if (m_lemmas == lemmas)
        return;
    if (m_lemmas)
        disconnect(m_lemmas, nullptr, this, nullptr);
    m_lemmas = lemmas;
    if (m_lemmas) {
        // A title typed, a lemma added or renamed: the names follow.
        connect(m_lemmas, &QAbstractItemModel::modelReset, this, &ChangeListModel::renamed);
        connect(m_lemmas, &QAbstractItemModel::dataChanged, this, &ChangeListModel::renamed);
        connect(m_lemmas, &QAbstractItemModel::rowsInserted, this, &ChangeListModel::renamed);
        connect(m_lemmas, &QAbstractItemModel::rowsRemoved, this, &ChangeListModel::renamed);
    }
    Q_EMIT lemmasChanged();
    renamed();
}

void ChangeListModel::renamed()
{
    if (!m_changes.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_changes.size()) - 1), {NameRole, DetailRole});
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
    return {{PathRole, "path"},
            {ChangeRole, "change"},
            {CheckedRole, "selected"},
            {NameRole, "name"},
            {DetailRole, "detail"}};
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
    case TitleRole:
        return row.title;
    case ReaderNumberRole:
        return row.readerNumber;
    case MineChangesRole:
        return row.mineChanges;
    case TheirsChangesRole:
        return row.theirsChanges;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictModel::roleNames() const
{
    return {{PathRole, "path"},
            {NumberRole, "number"},
            {BaseRole, "base"},
            {MineRole, "mine"},
            {TheirsRole, "theirs"},
            {DecisionRole, "decision"},
            {KindRole, "kind"},
            {KeyRole, "conflictKey"},
            {PlaceRole, "place"},
            {TitleRole, "title"},
            {ReaderNumberRole, "paragraphNumber"},
            {MineChangesRole, "mineChanges"},
            {TheirsChangesRole, "theirsChanges"}};
}

void ConflictModel::setConflicts(const QList<LemmaConflict> &conflicts, const QString &root)
{
    QList<Row> rows;
    const auto join = [](const QStringList &list) { return list.join(QStringLiteral("\n\n")); };
    for (const LemmaConflict &conflict : conflicts) {
        // The folder holds my text during the merge: its title and paragraphs are mine.
        const auto text = root.isEmpty() ? Result<QString>(QString())
                                         : readTextFile(QDir(root).filePath(conflict.path));
        const QString current = text ? text.value() : QString();
        const QString title = titleOf(current, conflict.path);
        for (const ParagraphConflict &paragraph : conflict.conflicts) {
            Row row{conflict.path, paragraph, title};
            if (paragraph.kind == ParagraphConflict::Kind::Paragraph) {
                row.readerNumber = readerNumber(
                    current,
                    (paragraph.mine.isEmpty() ? paragraph.theirs : paragraph.mine).value(0));
            }
            const QString base = join(paragraph.base);
            row.mineChanges = wordDiffHtml(wordDiff(base, join(paragraph.mine)));
            row.theirsChanges = wordDiffHtml(wordDiff(base, join(paragraph.theirs)));
            rows.append(row);
        }
    }
    // The same places as before (a refresh after a save or a change on disk): the rows
    // change in place, so the view keeps its items and the keyboard focus on a choice.
    const bool samePlaces =
        rows.size() == m_rows.size() && !rows.isEmpty() &&
        std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const Row &a, const Row &b) {
            return a.path == b.path && a.paragraph.kind == b.paragraph.kind &&
                   a.paragraph.key == b.paragraph.key && a.paragraph.number == b.paragraph.number;
        });
    if (samePlaces) {
        m_rows = rows;
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    Q_EMIT countChanged();
}

int ConflictModel::openCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &row) { return row.paragraph.decision.isEmpty(); }));
}

} // namespace trendweb
