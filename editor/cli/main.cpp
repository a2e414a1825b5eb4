// trendweb: the command line over the core of Trendweb Studio. Editors script
// it and the CI of an edition repository runs it.
#include "command.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <cstdio>

using namespace trendweb::cli;

namespace {

void printHelp(QTextStream &out)
{
    out << QCoreApplication::translate("cli",
                                       "Gebruik: trendweb [-C MAP] OPDRACHT [OPTIES] [MAP]\n\n"
                                       "Werkt op de editie in de huidige map, of in MAP.\n\n"
                                       "Opdrachten:\n");
    for (const Command &command : commands())
        out << "  " << command.name.leftJustified(14) << command.summary << '\n';
    out << QCoreApplication::translate(
        "cli", "\nAlgemene opties:\n"
               "  -C MAP          werk in MAP, zoals git -C\n"
               "  --version       toon de versie\n"
               "  --help          toon deze hulp; 'trendweb OPDRACHT --help' per opdracht\n\n"
               "Afsluitcodes: 0 in orde, 1 bevindingen, 2 onbruikbare invoer.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trendweb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRENDWEB_VERSION));
    // Dutch as written (with its plural forms), English when the locale asks for it.
    trendweb::installTranslations(trendweb::systemLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList arguments = app.arguments().mid(1);
    QString directory = QDir::currentPath();
    while (!arguments.isEmpty()) {
        const QString first = arguments.first();
        if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
            out << "trendweb " << TRENDWEB_VERSION << Qt::endl;
            return Ok;
        }
        if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
            printHelp(out);
            return Ok;
        }
        if (first == QLatin1String("-C")) {
            if (arguments.size() < 2) {
                err << QCoreApplication::translate("cli", "trendweb: -C verwacht een map")
                    << Qt::endl;
                return UnusableInput;
            }
            directory = QDir(directory).absoluteFilePath(arguments.at(1));
            arguments.remove(0, 2);
            continue;
        }
        break;
    }
    if (arguments.isEmpty()) {
        printHelp(err);
        return UnusableInput;
    }
    const QString verb = arguments.takeFirst();
    for (const Command &command : commands()) {
        if (command.name == verb) {
            Context context{directory, out, err};
            arguments.prepend(QStringLiteral("trendweb ") + verb);
            return command.run(arguments, context);
        }
    }
    err << QCoreApplication::translate("cli",
                                       "trendweb: onbekende opdracht '%1'. Zie trendweb --help.")
               .arg(verb)
        << Qt::endl;
    return UnusableInput;
}
