// The language of the UI: Dutch (as written), or English through Qt's
// translation system. It follows the system unless the author chooses.
#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace trendweb {

class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "" follows the system; "nl" or "en" is the author's choice (kept in the settings).
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY changed)
    // The language in use: "nl" or "en".
    Q_PROPERTY(QString current READ current NOTIFY changed)

public:
    static Language *create(QQmlEngine *engine, QJSEngine *);

    QString choice() const;
    void setChoice(const QString &choice);
    QString current() const { return m_current; }

    // Installs the translation for the settings (or `override`) before any window exists.
    static void applyAtStartup(const QString &override = {});

Q_SIGNALS:
    void changed();

private:
    explicit Language(QQmlEngine *engine);
    static QString resolve(const QString &choice);
    static bool install(const QString &language);

    QPointer<QQmlEngine> m_engine;
    QString m_current;
};

} // namespace trendweb
