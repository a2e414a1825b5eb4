// Review in the editor: the threads of the open lemma (placed on its current
// text), adding a comment or a suggestion on a selected passage of the text or of an
// older version, replying, resolving and reopening, accepting and rejecting suggestions.
#pragma once

#include "review/review.h"

#include <QAbstractListModel>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <optional>

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
        EndRole,
        KindRole,            // "comment" or "suggestion"
        ReplacementRole,     // a suggestion's proposed text
        SuggestionStateRole, // open, accepted, rejected, outdated, orphaned
        AuthorRole,
        CurrentRole,   // an outdated suggestion's passage as it reads now
        DifferenceRole // and how it differs from the passage suggested on (rich text)
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
    // The lemma's text as it stands in the editor, saved or not: the threads are placed on
    // it shortly after it stops changing (empty: on the file on disk).
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // [start, end, start, end, …] of the open threads' passages, for marks in the text.
    Q_PROPERTY(QVariantList marks READ marks NOTIFY threadsChanged)
    // The open suggestions whose passage is unchanged: {id, start, end, replacement, author},
    // for the passage struck through and the insertion beside it in the text.
    Q_PROPERTY(QVariantList suggestionMarks READ suggestionMarks NOTIFY threadsChanged)
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
    QString text() const { return m_text; }
    void setText(const QString &text);
    QString errorMessage() const { return m_errorMessage; }
    QVariantList marks() const { return m_marks; }
    QVariantList notes() const { return m_notes; }
    QVariantList suggestionMarks() const { return m_suggestionMarks; }
    ThreadListModel *threads() { return &m_threads; }

    // Reads the threads from review/ again and places them.
    Q_INVOKABLE void refresh();
    // A comment on [start, end) of the text as it stands in the editor (the passage must be
    // in the last version), or of a version opened read-only.
    Q_INVOKABLE bool addComment(const QString &text, int start, int end, const QString &message);
    Q_INVOKABLE bool addCommentAt(const QString &revision, int start, int end,
                                  const QString &message);
    // A suggestion: `replacement` in the place of [start, end) (start == end: an insertion at
    // that point) of the text in the editor, or of a version opened read-only.
    Q_INVOKABLE bool addSuggestion(const QString &text, int start, int end,
                                   const QString &replacement, const QString &message);
    Q_INVOKABLE bool addSuggestionAt(const QString &revision, int start, int end,
                                     const QString &replacement, const QString &message);
    // Where accepting suggestion `id` changes `text` (the editor's): {start, end, replacement},
    // or {error} when it may not be applied (decided, orphaned, outdated without
    // `evenIfChanged`). Changes nothing.
    Q_INVOKABLE QVariantMap acceptance(const QString &id, const QString &text,
                                       bool evenIfChanged = false);
    // Records the decision on a suggestion: "accept" (after the editor applied it) or "reject".
    Q_INVOKABLE bool decide(const QString &id, const QString &decision, const QString &reply);
    Q_INVOKABLE bool reply(const QString &thread, const QString &message);
    Q_INVOKABLE bool resolve(const QString &thread);
    Q_INVOKABLE bool reopen(const QString &thread);

Q_SIGNALS:
    void changed();
    void threadsChanged();
    void errorMessageChanged();
    void textChanged();

private:
    bool refuseWithoutAuthor();
    bool open(const Anchor &anchor, const QString &message);
    bool suggest(const Anchor &anchor, const QString &replacement, const QString &message);
    // The anchor of [start, end) of the editor's text in the last version; none (and a
    // message shown) when that passage is not committed yet.
    std::optional<Anchor> committedAnchor(const QString &text, int start, int end);
    // The passage [start, end) of the lemma as it was in `revision`; nothing, after saying
    // `refusal`, when that version is not there or the passage is not `usable`.
    std::optional<Anchor> anchorInVersion(const QString &revision, int start, int end, bool usable,
                                          const QString &refusal);
    bool record(const QString &thread, const QString &event, const QString &message);
    void setErrorMessage(const QString &message);
    // Places the threads as last read on the editor's text (or the file) and shows them.
    void place();

    struct Loaded
    {
        ReviewThread thread;
        QString original; // the lemma as of the thread's anchor commit
    };
    QString m_root;
    QString m_lemmaPath;
    QString m_filter = QStringLiteral("open");
    QString m_author;
    QString m_errorMessage;
    QString m_text;
    QList<Loaded> m_loaded;
    QTimer m_placeTimer;
    QVariantList m_marks;
    QVariantList m_notes;
    QVariantList m_suggestionMarks;
    ThreadListModel m_threads;
};

} // namespace trendweb
