#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <vector>

namespace trendweb {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool install(const QString &file, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory) ||
        !QCoreApplication::installTranslator(translator.get()))
        return false;
    installed().push_back(std::move(translator));
    return true;
}

} // namespace

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("nl");
}

bool installTranslations(const QString &language)
{
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
    const QString own =
        language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    const bool loaded = install(QStringLiteral("trendweb_") + own, QStringLiteral(":/i18n"));
    // Qt's own texts are English; without the package the standard buttons stay English.
    if (own == QLatin1String("nl"))
        install(QStringLiteral("qt_nl"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return loaded;
}

} // namespace trendweb
