// The lemmas of the open edition, in letter order, for the list on the left.
#pragma once

#include "edition.h"

#include <QAbstractListModel>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class LemmaListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Komt van EditionController.lemmas")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        LetterRole = Qt::UserRole + 1,
        SlugRole,
        TitleRole,
        StatusRole,
        PathRole,
        UnsavedRole,
        UncommittedRole,
        ProblemCountRole,
        ErrorCountRole, // of the problems, the errors (the rest are warnings and notes)
    };
    Q_ENUM(Role)

    explicit LemmaListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setEdition(const Edition &edition);
    void setEdition(const Edition &edition, const Diagnostics &diagnostics);
    // After a lemma was re-checked: its title, status and problem count as they are now;
    // rows keep their place (the edition's order is the same).
    void setChecked(const Edition &edition, const Diagnostics &diagnostics);

    Q_INVOKABLE QString path(int row) const;
    // The row of the lemma file `path` ("lemmas/<slug>.md"), or -1.
    Q_INVOKABLE int rowOfPath(const QString &path) const;
    Q_INVOKABLE QString title(int row) const;
    Q_INVOKABLE QString letter(int row) const;
    Q_INVOKABLE void setUnsaved(int row, bool unsaved);
    // The files with changes not yet in a version.
    Q_INVOKABLE void setUncommitted(const QStringList &paths);

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        QString letter, slug, title, status, path;
        int problems = 0;
        int errors = 0;
        bool unsaved = false;
        bool uncommitted = false;
    };
    QList<Row> m_rows;
};

} // namespace trendweb
