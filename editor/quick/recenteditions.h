// The editions opened lately, newest first, kept between starts (QSettings): for the
// "Recente edities" menu and the welcome at start. At most eight; a folder that is no
// longer an edition drops out.
#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class RecentEditions : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The working copy of the built-in edition in the user's data folder.
    Q_PROPERTY(QString builtinPath READ builtinPath CONSTANT)

public:
    enum Role { PathRole = Qt::UserRole + 1, TitleRole, BuiltinRole };
    Q_ENUM(Role)

    static constexpr int maximum = 8;

    explicit RecentEditions(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_entries.size()); }
    QString builtinPath() const;

    // An edition was opened: it goes to the top of the list (and is kept).
    Q_INVOKABLE void add(const QString &path, const QString &title);
    Q_INVOKABLE void remove(const QString &path);
    // Reads the list again, dropping folders that are no longer editions.
    Q_INVOKABLE void reload();
    // True when an edition other than the built-in one was opened before.
    Q_INVOKABLE bool hasOwnEditions() const;

Q_SIGNALS:
    void countChanged();

private:
    struct Entry
    {
        QString path;
        QString title;
    };
    void save() const;

    QList<Entry> m_entries;
};

} // namespace trendweb
