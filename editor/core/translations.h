// The language the programs speak. They are written in Dutch; English comes from the
// translations built from qml/i18n into the core (:/i18n/trendweb_<language>.qm).
#pragma once

#include <QString>

namespace trendweb {

// "en" when the system's locale asks for English, otherwise "nl".
QString systemLanguage();

// Installs the translations for `language` ("nl" or "en") into the running application, in
// place of those it installed before: the programs' own (for Dutch only the plural forms of
// the messages that count) and, for Dutch, Qt's own texts (standard buttons, file dialogs)
// from the package qt6-translations-l10n. False if the programs' own could not be loaded.
bool installTranslations(const QString &language);

} // namespace trendweb
