#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>

namespace trendweb {

namespace {

QTranslator *&installedTranslator()
{
    static QTranslator *translator = nullptr;
    return translator;
}

} // namespace

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
    // The system's language: English when it asks for English, Dutch otherwise.
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("nl");
}

bool Language::install(const QString &language)
{
    QTranslator *&translator = installedTranslator();
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
    if (language != QLatin1String("en"))
        return true; // Dutch is the language the UI is written in
    translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/trendweb_en.qm")))
        return false;
    return QCoreApplication::installTranslator(translator);
}

void Language::applyAtStartup(const QString &override)
{
    install(resolve(override.isEmpty() ? QSettings().value(QStringLiteral("taal")).toString()
                                       : override));
}

} // namespace trendweb
