// The problems of the edition for the Problemen panel: all of them, or those
// of one file. Errors come first; the inherited "still to be filled in" warnings (an
// empty footnote) form one group at the end, a single row until it is expanded.
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
    // The inherited warnings are listed one by one (else only their group row).
    Q_PROPERTY(bool inheritedExpanded READ inheritedExpanded WRITE setInheritedExpanded NOTIFY
                   inheritedExpandedChanged)
    // Counts of the problems under the file filter (whether or not their rows are shown).
    Q_PROPERTY(int problemCount READ problemCount NOTIFY countChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY countChanged)
    Q_PROPERTY(int inheritedCount READ inheritedCount NOTIFY countChanged)

public:
    enum Role {
        SeverityRole = Qt::UserRole + 1,
        CodeRole,
        FileRole,
        LineRole,
        ColumnRole,
        MessageRole,
        KindRole, // "problem", or "group" for the row that stands for the inherited warnings
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
    bool inheritedExpanded() const { return m_inheritedExpanded; }
    void setInheritedExpanded(bool expanded);
    int problemCount() const { return m_problemCount; }
    int errorCount() const { return m_errorCount; }
    int inheritedCount() const { return int(m_inherited.size()); }

    // A warning a new edition inherits from the template, to be filled in in time.
    static bool isInherited(const Diagnostic &diagnostic);

Q_SIGNALS:
    void fileFilterChanged();
    void countChanged();
    void englishChanged();
    void inheritedExpandedChanged();

private:
    void rebuild();

    Diagnostics m_all;
    Diagnostics m_shown;     // the rows; an empty code is the group row
    Diagnostics m_inherited; // the inherited warnings under the filter
    QString m_fileFilter;
    bool m_english = false;
    bool m_inheritedExpanded = false;
    int m_problemCount = 0;
    int m_errorCount = 0;
};

} // namespace trendweb
