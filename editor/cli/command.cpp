#include "command.h"

#include "editionloader.h"

#include <QCoreApplication>
#include <QDir>

namespace trendweb::cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("import"),
         QCoreApplication::translate("cli", "maak een editie van een tekstextractie "
                                            "(--plan PLAN SEED OUT)"),
         runImport},
        {QStringLiteral("spellcheck"),
         QCoreApplication::translate("cli", "onbekende woorden in de editie (afsluitcode 1 als er "
                                            "zijn)"),
         runSpellcheck},
        {QStringLiteral("stats"),
         QCoreApplication::translate("cli", "cijfers over de editie: lemma's, woorden, voetnoten, "
                                            "figuren, kruisverwijzingen"),
         runStats},
        {QStringLiteral("validate"),
         QCoreApplication::translate("cli", "controleer de editie (fouten: afsluitcode 1)"),
         runValidate},
    };
    return list;
}

QString editionFolder(const Context &context, const QStringList &positional)
{
    if (positional.isEmpty())
        return context.directory;
    return QDir(context.directory).absoluteFilePath(positional.first());
}

Result<Edition> loadForCommand(const QString &folder, Context &context)
{
    auto edition = loadEdition(folder);
    if (!edition)
        context.err << "trendweb: " << edition.error().toString() << Qt::endl;
    return edition;
}

} // namespace trendweb::cli
