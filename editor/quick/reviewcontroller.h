// Review in the editor: the threads of the open lemma (placed on its current
// text), adding a comment on a selected passage of the text or of an older
// version, replying, resolving and reopening.
#pragma once

#include "review/review.h"

#include <QAbstractListModel>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class ThreadListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Komt van ReviewController.threads")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        QuoteRole,
        StateRole,
        ResolvedRole,
        MessagesRole,
        StartRole,
        EndRole
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setThreads(const QList<ReviewThread> &threads);

Q_SIGNALS:
    void countChanged();

private:
    QList<ReviewThread> m_threads;
};

class ReviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString editionRoot READ editionRoot WRITE setEditionRoot NOTIFY changed)
    Q_PROPERTY(QString lemmaPath READ lemmaPath WRITE setLemmaPath NOTIFY changed)
    // "open", "resolved", "orphaned" or "all"
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY changed)
    // Whose comments these are; without a name nothing is written.
    Q_PROPERTY(QString author READ author WRITE setAuthor NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // [start, end, start, end, …] of the open threads' passages, for marks in the text.
    Q_PROPERTY(QVariantList marks READ marks NOTIFY threadsChanged)
    // The open, placed threads as margin notes for the preview: {id, start, author, text,
    // replies}, start being where the passage is now.
    Q_PROPERTY(QVariantList notes READ notes NOTIFY threadsChanged)
    Q_PROPERTY(trendweb::ThreadListModel *threads READ threads CONSTANT)

public:
    explicit ReviewController(QObject *parent = nullptr);

    QString editionRoot() const { return m_root; }
    void setEditionRoot(const QString &root);
    QString lemmaPath() const { return m_lemmaPath; }
    void setLemmaPath(const QString &path);
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    QString author() const { return m_author; }
    void setAuthor(const QString &author);
    QString errorMessage() const { return m_errorMessage; }
    QVariantList marks() const { return m_marks; }
    QVariantList notes() const { return m_notes; }
    ThreadListModel *threads() { return &m_threads; }

    Q_INVOKABLE void refresh();
    // A comment on [start, end) of the text as it stands in the editor (the passage must be
    // in the last version), or of a version opened read-only.
    Q_INVOKABLE bool addComment(const QString &text, int start, int end, const QString &message);
    Q_INVOKABLE bool addCommentAt(const QString &revision, int start, int end,
                                  const QString &message);
    Q_INVOKABLE bool reply(const QString &thread, const QString &message);
    Q_INVOKABLE bool resolve(const QString &thread);
    Q_INVOKABLE bool reopen(const QString &thread);

Q_SIGNALS:
    void changed();
    void threadsChanged();
    void errorMessageChanged();

private:
    bool refuseWithoutAuthor();
    bool open(const Anchor &anchor, const QString &message);
    bool record(const QString &thread, const QString &event, const QString &message);
    void setErrorMessage(const QString &message);

    QString m_root;
    QString m_lemmaPath;
    QString m_filter = QStringLiteral("open");
    QString m_author;
    QString m_errorMessage;
    QVariantList m_marks;
    QVariantList m_notes;
    ThreadListModel m_threads;
};

} // namespace trendweb
