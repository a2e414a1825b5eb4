#include "versions/conflicts.h"

#include "filetransaction.h"
#include "messages.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

namespace trendweb {

namespace {

QString decisionsFolder(const git::Repository &repository)
{
    return QDir(repository.gitDir()).filePath(QStringLiteral("trendweb-conflicts"));
}

QString decisionsFile(const git::Repository &repository, const QString &path)
{
    QString name = path;
    name.replace(QLatin1Char('/'), QStringLiteral("__"));
    return QDir(decisionsFolder(repository)).filePath(name + QStringLiteral(".json"));
}

QJsonObject readDecisions(const git::Repository &repository, const QString &path)
{
    auto text = readTextFile(decisionsFile(repository, path));
    return text ? QJsonDocument::fromJson(text->toUtf8()).object() : QJsonObject();
}

// A file settled during this merge: its sides and the choices that settled it, so that a
// choice can be reconsidered until the merge is committed or aborted.
QString settledFile(const git::Repository &repository, const QString &path)
{
    QString name = path;
    name.replace(QLatin1Char('/'), QStringLiteral("__"));
    return QDir(decisionsFolder(repository))
        .filePath(QStringLiteral("settled/") + name + QStringLiteral(".json"));
}

QJsonObject readSettled(const git::Repository &repository, const QString &path)
{
    auto text = readTextFile(settledFile(repository, path));
    return text ? QJsonDocument::fromJson(text->toUtf8()).object() : QJsonObject();
}

// Which merge a record belongs to: one finished or aborted outside this program leaves
// records that say nothing about the next merge.
QString mergeId(const git::Repository &repository)
{
    const auto incoming = repository.resolveRevision(QStringLiteral("MERGE_HEAD"));
    return repository.headId() + QLatin1Char(':') + (incoming ? incoming.value() : QString());
}

// Keeps the sides of `path`, still in conflict, with the choices that are about to settle it
// (none when `byText`: the whole file was written by hand).
Result<void> keepSettled(const git::Repository &repository, const QString &path,
                         const QJsonObject &decisions, bool byText)
{
    auto files = repository.conflicts();
    if (!files)
        return files.error();
    auto entries = repository.conflictEntries(path);
    if (!entries)
        return entries.error();
    for (const git::ConflictedFile &file : files.value()) {
        if (file.path != path)
            continue;
        const QJsonObject record{{QStringLiteral("path"), path},
                                 {QStringLiteral("merge"), mergeId(repository)},
                                 {QStringLiteral("entries"), QString::fromUtf8(entries.value())},
                                 {QStringLiteral("base"), file.base},
                                 {QStringLiteral("mine"), file.mine},
                                 {QStringLiteral("theirs"), file.theirs},
                                 {QStringLiteral("inBase"), file.inBase},
                                 {QStringLiteral("inMine"), file.inMine},
                                 {QStringLiteral("inTheirs"), file.inTheirs},
                                 {QStringLiteral("decisions"), decisions},
                                 {QStringLiteral("byText"), byText}};
        const QString where = settledFile(repository, path);
        QDir().mkpath(QFileInfo(where).absolutePath());
        return writeTextFile(where, QString::fromUtf8(QJsonDocument(record).toJson()));
    }
    return Error{GitText::tr("Dit bestand heeft geen conflict."), path};
}

// A conflicted file as the merge of its sides, with the decisions given.
LemmaConflict conflictOf(const git::ConflictedFile &file, const MergeContext &context,
                         const QJsonObject &decisions)
{
    const auto side = [](bool present, const QString &text) {
        return present ? std::optional<QString>(text) : std::nullopt;
    };
    LemmaConflict conflict;
    static_cast<FileMerge &>(conflict) =
        mergeFile(file.path, side(file.inBase, file.base), side(file.inMine, file.mine),
                  side(file.inTheirs, file.theirs), context);
    conflict.mineText = file.mine;
    conflict.theirsText = file.theirs;
    for (ParagraphConflict &item : conflict.conflicts) {
        const QJsonObject decision = decisions.value(item.id()).toObject();
        item.decision = decision.value(QLatin1String("take")).toString();
        item.edited = decision.value(QLatin1String("text")).toString();
    }
    return conflict;
}

// How a conflict is named in a message.
QString placeName(const ParagraphConflict &conflict)
{
    switch (conflict.kind) {
    case ParagraphConflict::Kind::Key:
        return GitText::tr("sleutel %1").arg(conflict.key);
    case ParagraphConflict::Kind::File:
        return GitText::tr("het hele bestand");
    case ParagraphConflict::Kind::Paragraph:
        break;
    }
    return GitText::tr("alinea %1").arg(conflict.number);
}

Result<void> decide(git::Repository &repository, const QString &path, const QString &take,
                    const std::function<bool(const ParagraphConflict &)> &chosen,
                    const QString &asked, const QString &edited)
{
    static const QStringList choices = {QStringLiteral("mine"), QStringLiteral("theirs"),
                                        QStringLiteral("both"), QStringLiteral("edit")};
    if (!choices.contains(take))
        return Error{GitText::tr("Kies mine, theirs, both of edit."), path};
    auto conflicts = lemmaConflicts(repository);
    if (!conflicts)
        return conflicts.error();
    for (LemmaConflict &conflict : conflicts.value()) {
        if (conflict.path != path)
            continue;
        QStringList places;
        bool found = false;
        QJsonObject decisions = readDecisions(repository, path);
        for (ParagraphConflict &item : conflict.conflicts) {
            places.append(placeName(item));
            if (!chosen(item))
                continue;
            found = true;
            if (take == QLatin1String("both") && item.kind != ParagraphConflict::Kind::Paragraph)
                return Error{
                    GitText::tr("Bij %1 kan niet allebei blijven staan: kies mine, theirs of "
                                "edit (met de tekst zelf).")
                        .arg(placeName(item)),
                    path};
            item.decision = take;
            item.edited = edited;
            decisions.insert(item.id(), QJsonObject{{QStringLiteral("take"), take},
                                                    {QStringLiteral("text"), edited}});
        }
        if (!found)
            return Error{GitText::tr("%1 heeft geen conflict bij %2. Wel bij: %3.")
                             .arg(path, asked, places.join(QStringLiteral(", "))),
                         path};
        const QString text = conflict.text();
        if (!conflict.removed()) {
            if (auto problem = resolutionProblem(repository.workdir(), path, text,
                                                 conflict.mineText, conflict.theirsText))
                return Error{*problem, path};
        }
        if (conflict.resolved()) {
            // The sides and choices are kept for Keuze herzien; the choices also until the
            // resolved file is safely written.
            if (auto kept = keepSettled(repository, path, decisions, false); !kept) {
                Error error = kept.error();
                error.message = GitText::tr("Uw keuze is niet opgeslagen. %1").arg(error.message);
                return error;
            }
            const bool wholeSide = conflict.layout == FileMerge::Layout::Whole &&
                                   conflict.conflicts.first().decision != QLatin1String("edit");
            auto done =
                wholeSide ? repository.takeConflictSide(path, conflict.conflicts.first().decision ==
                                                                  QLatin1String("theirs"))
                          : repository.resolveConflict(path, text);
            if (!done) {
                QFile::remove(settledFile(repository, path));
                return done.error();
            }
            QFile::remove(decisionsFile(repository, path));
            return {};
        }
        // The choices so far and the file with them: both written, or neither.
        FileTransaction transaction(repository.workdir());
        transaction.write(decisionsFile(repository, path), QJsonDocument(decisions).toJson());
        transaction.writeText(path, text);
        if (auto committed = transaction.commit(); !committed) {
            Error error = committed.error();
            error.message = GitText::tr("Uw keuze is niet opgeslagen. %1").arg(error.message);
            return error;
        }
        return {};
    }
    return Error{GitText::tr("Dit bestand heeft geen conflict."), path};
}

} // namespace

Result<QList<LemmaConflict>> lemmaConflicts(const git::Repository &repository, bool withSettled)
{
    auto files = repository.conflicts();
    if (!files)
        return files.error();
    QStringList settled;
    if (withSettled && repository.isMerging()) {
        const QDir folder(QFileInfo(settledFile(repository, QStringLiteral("x"))).absolutePath());
        settled = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    }
    MergeContext context;
    if (!files->isEmpty() || !settled.isEmpty()) {
        auto changed = repository.changedSinceMergeBase();
        if (!changed)
            return changed.error();
        context.changedByMine = changed->first;
        context.changedByTheirs = changed->second;
    }
    QList<LemmaConflict> conflicts;
    QSet<QString> open;
    for (const git::ConflictedFile &file : files.value()) {
        conflicts.append(conflictOf(file, context, readDecisions(repository, file.path)));
        open.insert(file.path);
    }
    const QString merge = settled.isEmpty() ? QString() : mergeId(repository);
    for (const QString &name : std::as_const(settled)) {
        const QString path = name.chopped(5).replace(QStringLiteral("__"), QStringLiteral("/"));
        const QJsonObject record = readSettled(repository, path);
        if (open.contains(path) || record.value(QLatin1String("path")).toString() != path ||
            record.value(QLatin1String("merge")).toString() != merge)
            continue; // in conflict again (reopened), or not of this merge
        const git::ConflictedFile file{path,
                                       record.value(QLatin1String("base")).toString(),
                                       record.value(QLatin1String("mine")).toString(),
                                       record.value(QLatin1String("theirs")).toString(),
                                       record.value(QLatin1String("inBase")).toBool(),
                                       record.value(QLatin1String("inMine")).toBool(),
                                       record.value(QLatin1String("inTheirs")).toBool()};
        LemmaConflict conflict =
            conflictOf(file, context, record.value(QLatin1String("decisions")).toObject());
        conflict.settled = true;
        if (record.value(QLatin1String("byText")).toBool()) {
            for (ParagraphConflict &item : conflict.conflicts)
                item.decision = QStringLiteral("edit"); // the whole file written by hand
        }
        conflicts.append(conflict);
    }
    return conflicts;
}

Result<void> resolveParagraphs(git::Repository &repository, const QString &path,
                               const QString &take, int number, const QString &edited)
{
    return decide(
        repository, path, take,
        [number](const ParagraphConflict &item) {
            return number == 0 ||
                   (item.kind == ParagraphConflict::Kind::Paragraph && item.number == number);
        },
        GitText::tr("alinea %1").arg(number), edited);
}

Result<void> resolveKey(git::Repository &repository, const QString &path, const QString &key,
                        const QString &take, const QString &edited)
{
    return decide(
        repository, path, take,
        [&key](const ParagraphConflict &item) {
            return item.kind == ParagraphConflict::Kind::Key && item.key == key;
        },
        GitText::tr("sleutel %1").arg(key), edited);
}

Result<void> resolveWithText(git::Repository &repository, const QString &path, const QString &text)
{
    auto conflicts = lemmaConflicts(repository);
    if (!conflicts)
        return conflicts.error();
    for (const LemmaConflict &conflict : conflicts.value()) {
        if (conflict.path != path)
            continue;
        if (auto problem = resolutionProblem(repository.workdir(), path, text, conflict.mineText,
                                             conflict.theirsText))
            return Error{*problem, path};
        if (auto kept = keepSettled(repository, path, {}, true); !kept)
            return kept.error();
        if (auto done = repository.resolveConflict(path, text); !done) {
            QFile::remove(settledFile(repository, path));
            return done.error();
        }
        QFile::remove(decisionsFile(repository, path));
        return {};
    }
    return Error{GitText::tr("Dit bestand heeft geen conflict."), path};
}

namespace {

Result<void> reopen(git::Repository &repository, const QString &path,
                    const std::function<bool(const ParagraphConflict &)> &chosen,
                    const QString &asked)
{
    if (!repository.isMerging())
        return Error{GitText::tr("Er wordt niets samengevoegd: een keuze herzien kan alleen tot de "
                                 "samenvoeging is vastgelegd."),
                     path};
    auto conflicts = lemmaConflicts(repository, true);
    if (!conflicts)
        return conflicts.error();
    for (const LemmaConflict &found : conflicts.value()) {
        if (found.path != path)
            continue;
        QStringList places;
        bool decided = false;
        for (const ParagraphConflict &item : found.conflicts) {
            if (item.decision.isEmpty())
                continue;
            places.append(placeName(item));
            decided = decided || chosen(item);
        }
        const QJsonObject record = found.settled ? readSettled(repository, path) : QJsonObject();
        const bool byText = record.value(QLatin1String("byText")).toBool();
        if (!decided && !byText)
            return Error{
                places.isEmpty()
                    ? GitText::tr("In %1 is nog niets gekozen; er valt niets te herzien.").arg(path)
                    : GitText::tr("Bij %1 in %2 is nog niets gekozen. Wel bij: %3.")
                          .arg(asked, path, places.join(QStringLiteral(", "))),
                path};
        // A settled file is put back in conflict first, with the choices that settled it
        // (none when it was written by hand as a whole).
        QJsonObject decisions =
            found.settled
                ? (byText ? QJsonObject() : record.value(QLatin1String("decisions")).toObject())
                : readDecisions(repository, path);
        LemmaConflict conflict = found;
        for (ParagraphConflict &item : conflict.conflicts) {
            if (!byText && !chosen(item))
                continue;
            decisions.remove(item.id());
            item.decision.clear();
            item.edited.clear();
        }
        if (found.settled) {
            if (auto restored = repository.restoreConflict(
                    path, record.value(QLatin1String("entries")).toString().toUtf8());
                !restored)
                return restored.error();
            QFile::remove(settledFile(repository, path));
        }
        // The choices left and the file with them: both written, or neither.
        FileTransaction transaction(repository.workdir());
        transaction.write(decisionsFile(repository, path), QJsonDocument(decisions).toJson());
        if (conflict.removed()) {
            if (QFile::exists(QDir(repository.workdir()).filePath(path)))
                transaction.remove(path);
        } else
            transaction.writeText(path, conflict.text());
        if (auto committed = transaction.commit(); !committed) {
            Error error = committed.error();
            error.message = GitText::tr("De keuze is niet herzien. %1").arg(error.message);
            return error;
        }
        return {};
    }
    return Error{GitText::tr("%1 heeft geen conflict in deze samenvoeging.").arg(path), path};
}

} // namespace

Result<void> reopenParagraphs(git::Repository &repository, const QString &path, int number)
{
    return reopen(
        repository, path,
        [number](const ParagraphConflict &item) {
            return number == 0 ||
                   (item.kind == ParagraphConflict::Kind::Paragraph && item.number == number);
        },
        GitText::tr("alinea %1").arg(number));
}

Result<void> reopenKey(git::Repository &repository, const QString &path, const QString &key)
{
    return reopen(
        repository, path,
        [&key](const ParagraphConflict &item) {
            return item.kind == ParagraphConflict::Kind::Key && item.key == key;
        },
        GitText::tr("sleutel %1").arg(key));
}

void clearConflictDecisions(const git::Repository &repository)
{
    QDir(decisionsFolder(repository)).removeRecursively();
}

} // namespace trendweb
