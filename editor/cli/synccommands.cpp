// The sharing verbs: clone, pull and push, with the terminal's answers on trust and
// secrets (a host key given with --trust-host; HTTPS from the environment or typed in).
#include "command.h"
#include "git/repository.h"
#include "git/share.h"
#include "messages.h"
#include "terminalcredentials.h"
#include "versions/conflicts.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace trendweb::cli {

namespace {

// A line typed on the terminal without showing it.
QString readHidden(const QString &prompt, Context &context)
{
    context.err << prompt << Qt::flush;
    termios old{};
    const bool terminal = tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    context.err << Qt::endl;
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

// Trust and secrets on the command line: a host key only when given; HTTPS as Git finds
// them (terminalcredentials.h); a key's passphrase typed in unseen on a terminal (without
// one the message says how to use ssh-agent instead).
git::RemoteCallbacks terminalCallbacks(const QString &trustedHostKey, Context &context)
{
    git::RemoteCallbacks callbacks;
    callbacks.askPassphrase = [&context](const QString &keyFile) -> std::optional<QString> {
        if (!isatty(STDIN_FILENO))
            return std::nullopt;
        return readHidden(
            QCoreApplication::translate("cli", "Wachtwoordzin voor de sleutel %1: ").arg(keyFile),
            context);
    };
    callbacks.acceptHostKey = [trustedHostKey, &context](const QString &host,
                                                         const QString &fingerprint) {
        if (!trustedHostKey.isEmpty() && trustedHostKey == fingerprint)
            return true;
        context.err << QCoreApplication::translate(
                           "cli",
                           "De sleutel van %1 is onbekend: %2. Vertrouwt u hem na controle bij "
                           "de beheerder, herhaal dan met --trust-host %2")
                           .arg(host, fingerprint)
                    << Qt::endl;
        return false;
    };
    const auto credentials = std::make_shared<TerminalCredentials>(context.err);
    callbacks.askCredentials = [credentials](const QString &url) { return credentials->ask(url); };
    callbacks.secretVerdict = [credentials](bool accepted) { credentials->verdict(accepted); };
    return callbacks;
}

// A failed clone, pull or push; without a token it says where the command line finds one.
void reportSyncFailure(const QString &verb, const Error &error, Context &context)
{
    context.err << "trendweb " << verb << ": " << error.message << Qt::endl;
    if (git::syncError(error) == git::SyncError::CredentialsMissing)
        context.err << CliText::tr(
                           "Een token wordt gevonden via een credential helper van Git, "
                           "GIT_ASKPASS, of TRENDWEB_GIT_USER en TRENDWEB_GIT_TOKEN; in een "
                           "terminal wordt erom gevraagd.")
                    << Qt::endl;
}

} // namespace

int runClone(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Haalt een gedeelde editie op in een nieuwe map."));
    const QCommandLineOption trust(QStringLiteral("trust-host"),
                                   CliText::tr("vertrouw de server met deze sleutel (SHA256:…)"),
                                   QStringLiteral("FINGERPRINT"));
    parser.addOption(trust);
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 CliText::tr("pad, file://, ssh:// of https://"));
    parser.addPositionalArgument(QStringLiteral("DIR"), CliText::tr("de nieuwe map"));
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        context.err << CliText::tr("Gebruik: trendweb clone URL DIR") << Qt::endl;
        return UnusableInput;
    }
    QString url = positional[0];
    if (!url.contains(QLatin1String("://")) &&
        QFileInfo::exists(QDir(context.directory).filePath(url)))
        url = QDir(context.directory).absoluteFilePath(url);
    const auto cloned =
        git::Repository::clone(url, QDir(context.directory).absoluteFilePath(positional[1]),
                               terminalCallbacks(parser.value(trust), context));
    if (!cloned) {
        reportSyncFailure(QStringLiteral("clone"), cloned.error(), context);
        return UnusableInput;
    }
    return Ok;
}

int runPull(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Haalt de gedeelde versie op en voegt haar samen."));
    const QCommandLineOption abort(QStringLiteral("abort"),
                                   CliText::tr("breek een samenvoeging met conflicten af"));
    const QCommandLineOption trust(QStringLiteral("trust-host"),
                                   CliText::tr("vertrouw deze serversleutel"),
                                   QStringLiteral("FINGERPRINT"));
    const QCommandLineOption authorOption(
        QStringLiteral("author"),
        CliText::tr("naam voor een samenvoeging: \"Naam <e-mail>\" of \"Naam\" (anders die uit git "
                    "config user.name)"),
        QStringLiteral("AUTHOR"));
    parser.addOptions({abort, trust, authorOption});
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    auto repository = openHere(context, QStringLiteral("pull"));
    if (!repository)
        return UnusableInput;
    git::Repository &repo = repository.value();
    if (parser.isSet(abort)) {
        if (auto aborted = repo.abortMerge(); !aborted) {
            context.err << "trendweb pull: " << aborted.error().message << Qt::endl;
            return Findings;
        }
        clearConflictDecisions(repo);
        context.out << CliText::tr(
                           "Samenvoeging afgebroken; alles staat weer zoals voor het ophalen.")
                    << Qt::endl;
        return Ok;
    }
    // A name is needed only when the versions must be merged: bringing in the shared
    // versions alone writes no version of one's own.
    git::Signature who = repo.configuredSignature();
    if (parser.isSet(authorOption)) {
        const auto given =
            authorFor(repo, parser.value(authorOption), QStringLiteral("pull"), context);
        if (!given)
            return UnusableInput;
        who = *given;
    }
    const auto pulled = repo.pull(who, terminalCallbacks(parser.value(trust), context));
    if (!pulled) {
        reportSyncFailure(QStringLiteral("pull"), pulled.error(), context);
        if (pulled.error().message.contains(git::missingNameMessage()))
            context.err << howToGiveAName() << Qt::endl;
        return Findings;
    }
    switch (pulled.value()) {
    case git::PullOutcome::UpToDate:
        context.out << CliText::tr("Al bijgewerkt.") << Qt::endl;
        return Ok;
    case git::PullOutcome::FastForward:
    case git::PullOutcome::Merged:
        context.out << CliText::tr("Bijgewerkt met de gedeelde editie.") << Qt::endl;
        return Ok;
    case git::PullOutcome::Conflicts:
        context.out << CliText::tr("Samengevoegd, maar er zijn conflicten: zie trendweb conflicts.")
                    << Qt::endl;
        return Findings;
    }
    return Ok;
}

int runPush(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Verstuurt de vastgelegde versies naar de gedeelde editie."));
    const QCommandLineOption trust(QStringLiteral("trust-host"),
                                   CliText::tr("vertrouw deze serversleutel"),
                                   QStringLiteral("FINGERPRINT"));
    parser.addOption(trust);
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    auto repository = openHere(context, QStringLiteral("push"));
    if (!repository)
        return UnusableInput;
    if (auto pushed = repository.value().push(terminalCallbacks(parser.value(trust), context));
        !pushed) {
        reportSyncFailure(QStringLiteral("push"), pushed.error(), context);
        return Findings;
    }
    return Ok;
}

int runShare(const QStringList &arguments, Context &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Deelt deze editie: verbindt haar met een LEGE gedeelde editie en verstuurt haar "
        "daarheen. Staan daar al versies, haal die dan op met trendweb clone."));
    const QCommandLineOption trust(QStringLiteral("trust-host"),
                                   CliText::tr("vertrouw deze serversleutel"),
                                   QStringLiteral("FINGERPRINT"));
    const QCommandLineOption authorOption(
        QStringLiteral("author"),
        CliText::tr(
            "naam voor de versie die delen vastlegt: \"Naam <e-mail>\" of \"Naam\" (anders die "
            "uit git config user.name)"),
        QStringLiteral("AUTHOR"));
    parser.addOptions({trust, authorOption});
    parser.addPositionalArgument(
        QStringLiteral("URL"),
        CliText::tr("de lege gedeelde editie: pad, file://, ssh:// of https://"));
    addEditionPathArgument(parser);
    int code = Ok;
    if (!parseOptions(parser, arguments, context, code))
        return code;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2) {
        context.err << CliText::tr("Gebruik: trendweb share URL [PATH]") << Qt::endl;
        return UnusableInput;
    }
    QString url = positional.takeFirst();
    if (!url.contains(QLatin1String("://")) &&
        QFileInfo::exists(QDir(context.directory).filePath(url)))
        url = QDir(context.directory).absoluteFilePath(url);
    const QString folder = QDir(editionFolder(context, positional)).absolutePath();
    if (auto edition = checkEditionFolder(folder); !edition) {
        context.err << "trendweb share: " << edition.error().message << Qt::endl;
        return UnusableInput;
    }
    auto here = git::Repository::open(folder);
    const git::Signature configured =
        here ? here.value().configuredSignature() : git::userSignature();
    // A name is needed only when sharing records a version; a refusal comes first.
    git::Signature who = configured;
    if (parser.isSet(authorOption)) {
        const auto given =
            authorFor(configured, parser.value(authorOption), QStringLiteral("share"), context);
        if (!given)
            return UnusableInput;
        who = *given;
    }
    if (auto shared =
            git::shareEdition(folder, url, who, terminalCallbacks(parser.value(trust), context));
        !shared) {
        context.err << "trendweb share: " << shared.error().message << Qt::endl;
        if (shared.error().message.contains(git::missingNameMessage())) {
            context.err << howToGiveAName() << Qt::endl;
            return UnusableInput;
        }
        return Findings;
    }
    context.out << CliText::tr(
                       "Gedeeld: de editie staat nu in %1. Anderen halen haar op met trendweb "
                       "clone; daarna delen jullie met pull en push.")
                       .arg(url)
                << Qt::endl;
    return Ok;
}

} // namespace trendweb::cli
