#include "versions/conflicts.h"

#include "filetransaction.h"
#include "messages.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
            // The choices are kept until the resolved file is safely written.
            const bool wholeSide = conflict.layout == FileMerge::Layout::Whole &&
                                   conflict.conflicts.first().decision != QLatin1String("edit");
            auto done =
                wholeSide ? repository.takeConflictSide(path, conflict.conflicts.first().decision ==
                                                                  QLatin1String("theirs"))
                          : repository.resolveConflict(path, text);
            if (!done)
                return done.error();
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

Result<QList<LemmaConflict>> lemmaConflicts(const git::Repository &repository)
{
    auto files = repository.conflicts();
    if (!files)
        return files.error();
    MergeContext context;
    if (!files->isEmpty()) {
        auto changed = repository.changedSinceMergeBase();
        if (!changed)
            return changed.error();
        context.changedByMine = changed->first;
        context.changedByTheirs = changed->second;
    }
    QList<LemmaConflict> conflicts;
    for (const git::ConflictedFile &file : files.value()) {
        const auto side = [](bool present, const QString &text) {
            return present ? std::optional<QString>(text) : std::nullopt;
        };
        LemmaConflict conflict;
        static_cast<FileMerge &>(conflict) =
            mergeFile(file.path, side(file.inBase, file.base), side(file.inMine, file.mine),
                      side(file.inTheirs, file.theirs), context);
        conflict.mineText = file.mine;
        conflict.theirsText = file.theirs;
        const QJsonObject decisions = readDecisions(repository, file.path);
        for (ParagraphConflict &item : conflict.conflicts) {
            const QJsonObject decision = decisions.value(item.id()).toObject();
            item.decision = decision.value(QLatin1String("take")).toString();
            item.edited = decision.value(QLatin1String("text")).toString();
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
        if (auto done = repository.resolveConflict(path, text); !done)
            return done.error();
        QFile::remove(decisionsFile(repository, path));
        return {};
    }
    return Error{GitText::tr("Dit bestand heeft geen conflict."), path};
}

void clearConflictDecisions(const git::Repository &repository)
{
    QDir(decisionsFolder(repository)).removeRecursively();
}

} // namespace trendweb
