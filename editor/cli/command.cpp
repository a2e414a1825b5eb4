// What the verbs of the `trendweb` command line share: their list, options, the edition
// and repository they work on, and who writes.
#include "command.h"

#include "editionloader.h"
#include "git/repository.h"
#include "messages.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSettings>

namespace trendweb::cli {

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {QStringLiteral("check-sources"),
         QCoreApplication::translate("cli", "controleer de webadressen in de voetnoten "
                                            "(afsluitcode 1 als er een niet werkt)"),
         runCheckSources},
        {QStringLiteral("clone"),
         QCoreApplication::translate("cli", "haal een gedeelde editie op (URL DIR)"), runClone},
        {QStringLiteral("comment"),
         QCoreApplication::translate("cli", "opmerking bij een passage (add|reply|resolve|reopen)"),
         runComment},
        {QStringLiteral("comments"),
         QCoreApplication::translate("cli", "de draden met opmerkingen en hun stand"), runComments},
        {QStringLiteral("commit"),
         QCoreApplication::translate("cli", "leg een versie vast (-m MSG [LEMMA…])"), runCommit},
        {QStringLiteral("conflicts"),
         QCoreApplication::translate("cli", "conflicten per bestand, alinea en sleutel"),
         runConflicts},
        {QStringLiteral("diff"),
         QCoreApplication::translate("cli", "verschil van een bestand, woord voor woord"), runDiff},
        {QStringLiteral("export"),
         QCoreApplication::translate(
             "cli", "de editie als site of als PDF (--format html|hugo|pdf --output OUT)"),
         runExport},
        {QStringLiteral("forget-host"),
         QCoreApplication::translate("cli", "vergeet de sleutel van een SSH-server "
                                            "(HOST[:PORT]), als die echt veranderd is"),
         runForgetHost},
        {QStringLiteral("import"),
         QCoreApplication::translate("cli", "maak een editie van een tekstextractie "
                                            "(--plan PLAN SEED OUT)"),
         runImport},
        {QStringLiteral("log"),
         QCoreApplication::translate("cli", "de versies (van een bestand of lemma)"), runLog},
        {QStringLiteral("pull"),
         QCoreApplication::translate("cli", "haal de gedeelde versie op en voeg samen ([--abort])"),
         runPull},
        {QStringLiteral("push"),
         QCoreApplication::translate("cli", "verstuur naar de gedeelde editie"), runPush},
        {QStringLiteral("rename-lemma"),
         QCoreApplication::translate("cli", "hernoem een lemma (OUD NIEUW [--title TITEL]); "
                                            "alle verwijzingen gaan mee"),
         runRenameLemma},
        {QStringLiteral("resolve"),
         QCoreApplication::translate(
             "cli", "los een conflict op (BESTAND --take mine|theirs|both [--paragraph N|--key "
                    "NAAM], of --take edit --from BESTAND|-), of herzie een keuze (--reopen)"),
         runResolve},
        {QStringLiteral("review-report"),
         QCoreApplication::translate("cli", "open opmerkingen per lemma (markdown of html)"),
         runReviewReport},
        {QStringLiteral("share"),
         QCoreApplication::translate("cli", "deel deze editie via een lege gedeelde editie "
                                            "(URL [PATH])"),
         runShare},
        {QStringLiteral("spellcheck"),
         QCoreApplication::translate("cli", "onbekende woorden in de editie (afsluitcode 1 als er "
                                            "zijn)"),
         runSpellcheck},
        {QStringLiteral("stats"),
         QCoreApplication::translate("cli", "cijfers over de editie: lemma's, woorden, voetnoten, "
                                            "figuren, kruisverwijzingen"),
         runStats},
        {QStringLiteral("suggest"),
         QCoreApplication::translate("cli",
                                     "stel andere tekst voor een passage voor (LEMMA --quote "
                                     "TEKST|--after TEKST --replace TEKST)"),
         runSuggest},
        {QStringLiteral("suggestion"),
         QCoreApplication::translate("cli", "neem een voorstel over of wijs het af "
                                            "(accept|reject ID [-m ANTWOORD])"),
         runSuggestion},
        {QStringLiteral("validate"),
         QCoreApplication::translate("cli", "controleer de editie (fouten: afsluitcode 1)"),
         runValidate},
    };
    return list;
}

Result<git::Repository> openHere(Context &context, const QString &verb)
{
    auto repository = git::Repository::open(context.directory);
    if (!repository)
        context.err << "trendweb " << verb << ": " << repository.error().toString() << Qt::endl;
    return repository;
}

void addEditionPathArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("cli", "de map van de editie"),
                                 QStringLiteral("[PATH]"));
}

bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, Context &context,
                  int &exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        context.err << arguments.value(0) << ": " << parser.errorText() << Qt::endl;
        exitCode = UnusableInput;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        exitCode = Ok;
        return false;
    }
    return true;
}

QCommandLineOption formatOption(const QStringList &formats)
{
    return QCommandLineOption(QStringLiteral("format"),
                              formats.join(QCoreApplication::translate("cli", " of ")),
                              QStringLiteral("FORMAT"), formats.value(0));
}

QString chosenFormat(const QCommandLineParser &parser, const QCommandLineOption &option,
                     const QStringList &formats, const QStringList &arguments, Context &context)
{
    const QString format = parser.value(option);
    if (formats.contains(format))
        return format;
    context.err << arguments.value(0) << ": --format is "
                << formats.join(QCoreApplication::translate("cli", " of ")) << Qt::endl;
    return {};
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

std::optional<ReadingStart> startReading(QCommandLineParser &parser, const QStringList &arguments,
                                         Context &context, int &exitCode)
{
    const QStringList formats = {QStringLiteral("text"), QStringLiteral("json")};
    const QCommandLineOption format = formatOption(formats);
    parser.addOption(format);
    addEditionPathArgument(parser);
    exitCode = Ok;
    if (!parseOptions(parser, arguments, context, exitCode))
        return std::nullopt;
    exitCode = UnusableInput;
    const QString formatName = chosenFormat(parser, format, formats, arguments, context);
    if (formatName.isEmpty())
        return std::nullopt;
    auto edition = loadForCommand(editionFolder(context, parser.positionalArguments()), context);
    if (!edition)
        return std::nullopt;
    exitCode = Ok;
    return ReadingStart{formatName, std::move(edition.value())};
}

std::optional<git::Signature> authorFor(const git::Repository &repository, const QString &given,
                                        const QString &verb, Context &context)
{
    return authorFor(repository.configuredSignature(), given, verb, context);
}

namespace {

// The name the author gave Trendweb Studio on this computer (its "Wie bent u?"), which the
// window keeps in its settings: the same person, whichever of the two programs they use.
git::Signature nameGivenInStudio()
{
    const QSettings studio(QStringLiteral("Trendbureau Overijssel"),
                           QStringLiteral("trendweb-studio"));
    return {studio.value(QStringLiteral("auteur/naam")).toString().trimmed(),
            studio.value(QStringLiteral("auteur/email")).toString().trimmed()};
}

} // namespace

std::optional<git::Signature> authorFor(const git::Signature &configured, const QString &given,
                                        const QString &verb, Context &context)
{
    git::Signature author;
    if (!given.trimmed().isEmpty()) {
        // "Naam <e-mail>" or just "Naam": the address is never borrowed from someone else.
        static const QRegularExpression form(QStringLiteral("^(.*?)\\s*<([^>]*)>\\s*$"));
        if (const auto match = form.match(given.trimmed()); match.hasMatch())
            author = {match.captured(1).trimmed(), match.captured(2).trimmed()};
        else
            author = {given.trimmed(), QString()};
    } else {
        author = configured.hasName() ? configured : nameGivenInStudio();
    }
    if (author.hasName())
        return author;
    context.err << "trendweb " << verb << ": " << git::missingNameMessage() << '\n'
                << howToGiveAName() << Qt::endl;
    return std::nullopt;
}

QString howToGiveAName()
{
    return QCoreApplication::translate("cli",
                                       "Geef uw naam mee met --author \"Uw Naam\", of stel hem één "
                                       "keer in met: git config --global user.name \"Uw Naam\"");
}

} // namespace trendweb::cli
