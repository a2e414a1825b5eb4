// The verbs of the `trendweb` command line and what they share.
#pragma once

#include "edition.h"
#include "messages.h"
#include "result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <optional>

namespace trendweb::git {
class Repository;
struct Signature;
} // namespace trendweb::git

namespace trendweb::cli {

enum ExitCode { Ok = 0, Findings = 1, UnusableInput = 2 };

struct Context
{
    QString directory; // -C PATH, else the current directory
    QTextStream &out;
    QTextStream &err;
};

struct Command
{
    QString name;
    QString summary; // one line for `trendweb --help`
    std::function<int(const QStringList &arguments, Context &context)> run;
};

const QList<Command> &commands();

// The repository of the folder a verb works in (-C), or nothing after saying why, for `verb`.
Result<git::Repository> openHere(Context &context, const QString &verb);

// Parses a verb's options (with --help). Returns false when the verb should stop, with
// `exitCode` set: 0 after printing the help, 2 after saying what was wrong.
bool parseOptions(QCommandLineParser &parser, const QStringList &arguments, Context &context,
                  int &exitCode);

// --format, with its allowed values; the first is the default.
QCommandLineOption formatOption(const QStringList &formats);
// The chosen format, or an empty string after saying that it is not one of them.
QString chosenFormat(const QCommandLineParser &parser, const QCommandLineOption &option,
                     const QStringList &formats, const QStringList &arguments, Context &context);

// The optional [PATH] argument of the verbs that work on an edition.
void addEditionPathArgument(QCommandLineParser &parser);

// The edition a verb works on: its PATH argument when given, else -C, else the current folder.
QString editionFolder(const Context &context, const QStringList &positional);

// Loads it, or prints why not; `ok()` is false when the edition cannot be read at all.
Result<Edition> loadForCommand(const QString &folder, Context &context);

// What the verbs that read an edition share: --format text|json and [PATH] added to
// `parser` (after the verb's own options), the arguments parsed, the edition loaded.
struct ReadingStart
{
    QString format; // "text" or "json"
    Edition edition;
};
// Nothing when the verb should stop, with `exitCode` set (see parseOptions).
std::optional<ReadingStart> startReading(QCommandLineParser &parser, const QStringList &arguments,
                                         Context &context, int &exitCode);

// Who writes a version or a comment: --author ("Naam" or "Naam <e-mail>") when given, else
// Git's user.name and user.email, else the name given in Trendweb Studio. Without a name it says,
// for `verb`, how to give one, and returns nothing: nothing may then be written.
std::optional<git::Signature> authorFor(const git::Repository &repository, const QString &given,
                                        const QString &verb, Context &context);
// The same for a folder that is not yet under version control: `configured` is Git's
// identity of the person (git::userSignature()).
std::optional<git::Signature> authorFor(const git::Signature &configured, const QString &given,
                                        const QString &verb, Context &context);
// How to give a name on the command line, for messages.
QString howToGiveAName();

int runStats(const QStringList &arguments, Context &context);
int runValidate(const QStringList &arguments, Context &context);
int runRenameLemma(const QStringList &arguments, Context &context);
int runImport(const QStringList &arguments, Context &context);
int runSpellcheck(const QStringList &arguments, Context &context);
int runClone(const QStringList &arguments, Context &context);
int runCommit(const QStringList &arguments, Context &context);
int runPull(const QStringList &arguments, Context &context);
int runPush(const QStringList &arguments, Context &context);
int runForgetHost(const QStringList &arguments, Context &context);
int runShare(const QStringList &arguments, Context &context);
int runLog(const QStringList &arguments, Context &context);
int runDiff(const QStringList &arguments, Context &context);
int runConflicts(const QStringList &arguments, Context &context);
int runResolve(const QStringList &arguments, Context &context);
int runComment(const QStringList &arguments, Context &context);
int runComments(const QStringList &arguments, Context &context);
int runReviewReport(const QStringList &arguments, Context &context);
int runSuggest(const QStringList &arguments, Context &context);
int runSuggestion(const QStringList &arguments, Context &context);

// A lemma as the person names it: its slug, its file name or its path in the edition
// ("woningbouw", "woningbouw.md", "lemmas/woningbouw.md") → "woningbouw".
QString lemmaSlug(QString name);
int runExport(const QStringList &arguments, Context &context);
int runCheckSources(const QStringList &arguments, Context &context);

} // namespace trendweb::cli
