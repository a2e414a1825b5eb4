// The problems of the edition for the Problemen panel: all of them, or those
// of one file.
#pragma once

#include "diagnostic.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class ProblemListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Komt van EditionController.problems")
    // Only the problems of this file (relative path); empty shows the whole edition.
    Q_PROPERTY(QString fileFilter READ fileFilter WRITE setFileFilter NOTIFY fileFilterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Messages in English instead of Dutch (every diagnostic carries both).
    Q_PROPERTY(bool english READ english WRITE setEnglish NOTIFY englishChanged)

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1,
        CodeRole,
        FileRole,
        LineRole,
        ColumnRole,
        MessageRole,
    };
    Q_ENUM(Role)

    explicit ProblemListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString fileFilter() const { return m_fileFilter; }
    void setFileFilter(const QString &file);
    void setDiagnostics(const Diagnostics &diagnostics);
    bool english() const { return m_english; }
    void setEnglish(bool english);

Q_SIGNALS:
    void fileFilterChanged();
    void countChanged();
    void englishChanged();

private:
    void rebuild();

    Diagnostics m_all;
    Diagnostics m_shown;
    QString m_fileFilter;
    bool m_english = false;
};

} // namespace trendweb
