// trendweb forget-host: the deliberate step before trusting a server whose key changed.
// Removes the host's lines from the user's known_hosts files and says which they were.
#include "command.h"
#include "git/knownhosts.h"
#include "git/sshconfig.h"
#include "messages.h"

namespace trendweb::cli {

int runForgetHost(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Vergeet de sleutel van een SSH-server (uit uw known_hosts), zodat u een nieuwe "
        "sleutel kunt vertrouwen. Doe dit alleen als de beheerder bevestigt dat de sleutel "
        "veranderd is."));
    parser.addPositionalArgument(QStringLiteral("HOST[:PORT]"),
                                 CliText::tr("de server, zoals in het adres of in ~/.ssh/config"));
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.err << CliText::tr("Gebruik: trendweb forget-host HOST[:PORT]") << Qt::endl;
        return UnusableInput;
    }
    const auto target = git::resolveSshHost(positional.first());
    if (!target) {
        context.err << CliText::tr(
                           "trendweb forget-host: '%1' is geen servernaam (HOST of HOST:PORT).")
                           .arg(positional.first())
                    << Qt::endl;
        return UnusableInput;
    }
    const QString name = target->knownHostsName();
    const auto removed = git::forgetHost(target->userKnownHosts, name);
    if (!removed) {
        context.err << "trendweb forget-host: " << removed.error().message << Qt::endl;
        return Findings;
    }
    if (removed.value().isEmpty()) {
        context.out << CliText::tr("Er stond geen sleutel van %1 in %2; er is niets veranderd.")
                           .arg(name, target->userKnownHosts.join(CliText::tr(" of ")))
                    << Qt::endl;
        return Ok;
    }
    for (const git::KnownHostLine &line : removed.value())
        context.out << CliText::tr("Verwijderd uit %1, regel %2: %3 %4 %5")
                           .arg(line.file)
                           .arg(line.line)
                           .arg(name, line.key.type, line.key.fingerprint())
                    << Qt::endl;
    context.out << CliText::tr("De volgende keer wordt gevraagd of u de sleutel van %1 vertrouwt; "
                               "vergelijk hem dan met wat de beheerder u gaf.")
                       .arg(name)
                << Qt::endl;
    return Ok;
}

} // namespace trendweb::cli
