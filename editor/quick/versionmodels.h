// The list models of the version panels: changed files, the history of a
// lemma, and the paragraphs of a conflict.
#pragma once

#include "git/repository.h"
#include "lemmalistmodel.h"
#include "versions/conflicts.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class ChangeListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Komt van VersionController.changes")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int checkedCount READ checkedCount NOTIFY checkedCountChanged)
    // The edition's lemmas: a changed lemma is named by its letter and title.
    Q_PROPERTY(trendweb::LemmaListModel *lemmas READ lemmas WRITE setLemmas NOTIFY lemmasChanged)

public:
    // `name`: "C · Arbeidsmarkt" for a lemma, a word for the edition's other files
    // ("Woordenlijst"); `detail`: the file's path for those other files, "" for a lemma.
    enum Role { PathRole = Qt::UserRole + 1, ChangeRole, CheckedRole, NameRole, DetailRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setChanges(const QList<git::FileStatus> &changes);
    Q_INVOKABLE void setChecked(int row, bool checked);
    Q_INVOKABLE QStringList checkedPaths() const;
    Q_INVOKABLE bool isChanged(const QString &path) const;
    Q_INVOKABLE QStringList paths() const;
    int checkedCount() const;
    LemmaListModel *lemmas() const { return m_lemmas; }
    void setLemmas(LemmaListModel *lemmas);
    // What the list calls the file at `path` (see NameRole).
    QString nameOf(const QString &path) const;

Q_SIGNALS:
    void countChanged();
    void checkedCountChanged();
    void lemmasChanged();

private:
    void renamed();

    QList<git::FileStatus> m_changes;
    QPointer<LemmaListModel> m_lemmas;
    QSet<QString> m_unchecked; // everything is checked unless the author unchecks it
};

class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Komt van VersionController.history")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, SummaryRole, AuthorRole, TimeRole };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setHistory(const QList<git::CommitInfo> &history);
    Q_INVOKABLE QString idAt(int row) const;
    // The file's name in a version of this history, and in the version before it (a
    // renamed lemma had another name then); `fallback` for versions not in it.
    QString pathIn(const QString &commitId, const QString &fallback) const;
    QString pathBefore(const QString &commitId, const QString &fallback) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<git::CommitInfo> m_history;
};

class ConflictModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Komt van VersionController.conflicts")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY countChanged)

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        NumberRole,
        BaseRole,
        MineRole,
        TheirsRole,
        DecisionRole,
        KindRole,          // "paragraph", "key" or "file"
        KeyRole,           // "conflictKey": the YAML key of a key conflict, else ""
        PlaceRole,         // "paragraph N", "key NAME" or "file"
        TitleRole,         // the lemma's title (or the file's name) as the author knows it
        ReaderNumberRole,  // "paragraphNumber": the paragraph as a reader counts it, 0 unknown
        MineChangesRole,   // "mineChanges": my text, what I changed since the base marked
        TheirsChangesRole, // "theirsChanges": the other text, what they changed marked
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // `root`: the edition's folder, where the files hold my text during the merge.
    void setConflicts(const QList<LemmaConflict> &conflicts, const QString &root = {});
    int openCount() const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString path;
        ParagraphConflict paragraph;
        QString title;
        int readerNumber = 0;
        QString mineChanges;
        QString theirsChanges;
    };
    QList<Row> m_rows;
};

} // namespace trendweb
