#include "outlinemodel.h"

#include <QTextDocument>

namespace trendweb {

namespace {

bool sameShape(const QList<OutlineEntry> &a, const QList<OutlineEntry> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].level != b[i].level || a[i].title != b[i].title)
            return false;
    }
    return true;
}

} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractListModel(parent)
{
    // Typing restarts the pause; the outline is read once the author stops for a moment.
    m_pause.setSingleShot(true);
    m_pause.setInterval(400);
    connect(&m_pause, &QTimer::timeout, this, &OutlineModel::refresh);
}

void OutlineModel::setTextDocument(QQuickTextDocument *document)
{
    if (m_textDocument == document)
        return;
    disconnect(m_contentsChanged);
    m_textDocument = document;
    if (document && document->textDocument()) {
        m_contentsChanged = connect(document->textDocument(), &QTextDocument::contentsChanged,
                                    &m_pause, qOverload<>(&QTimer::start));
    }
    Q_EMIT textDocumentChanged();
    refresh();
}

void OutlineModel::refresh()
{
    m_pause.stop();
    const QTextDocument *document = m_textDocument ? m_textDocument->textDocument() : nullptr;
    setText(document ? document->toPlainText() : QString());
}

void OutlineModel::setText(const QString &text)
{
    QList<OutlineEntry> entries = lemmaOutline(text);
    if (sameShape(entries, m_entries)) {
        // Typing above a heading moves it: only the positions change.
        bool moved = false;
        for (qsizetype i = 0; i < entries.size(); ++i)
            moved = moved || entries[i].position != m_entries[i].position;
        m_entries = std::move(entries);
        if (moved)
            Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1), {PositionRole});
        return;
    }
    const bool countChanges = entries.size() != m_entries.size();
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutlineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return entry.title;
    case LevelRole:
        return entry.level;
    case KindRole:
        return entry.kind == OutlineEntry::Kind::Figure ? QStringLiteral("figure")
                                                        : QStringLiteral("heading");
    case PositionRole:
        return entry.position;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutlineModel::roleNames() const
{
    return {
        {TitleRole, "title"}, {LevelRole, "level"}, {KindRole, "kind"}, {PositionRole, "position"}};
}

int OutlineModel::position(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).position : -1;
}

int OutlineModel::rowAt(int position) const
{
    int row = -1;
    for (qsizetype i = 0; i < m_entries.size() && m_entries.at(i).position <= position; ++i)
        row = int(i);
    return row;
}

} // namespace trendweb
