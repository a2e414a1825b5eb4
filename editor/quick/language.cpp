#include "language.h"

#include "translations.h"

#include <QQmlEngine>
#include <QSettings>

namespace trendweb {

Language::Language(QQmlEngine *engine)
    : m_engine(engine)
    , m_current(resolve(choice()))
{}

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    return new Language(engine);
}

QString Language::choice() const
{
    return QSettings().value(QStringLiteral("taal")).toString();
}

void Language::setChoice(const QString &choice)
{
    if (choice == this->choice())
        return;
    QSettings().setValue(QStringLiteral("taal"), choice);
    m_current = resolve(choice);
    install(m_current);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT changed();
}

QString Language::resolve(const QString &choice)
{
    if (choice == QLatin1String("nl") || choice == QLatin1String("en"))
        return choice;
    return systemLanguage();
}

bool Language::install(const QString &language)
{
    return installTranslations(language);
}

void Language::applyAtStartup(const QString &override)
{
    install(resolve(override.isEmpty() ? QSettings().value(QStringLiteral("taal")).toString()
                                       : override));
}

} // namespace trendweb
