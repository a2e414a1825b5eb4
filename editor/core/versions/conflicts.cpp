#include "versions/conflicts.h"

#include "filetransaction.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

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

} // namespace

bool LemmaConflict::resolved() const
{
    for (const ParagraphConflict &paragraph : paragraphs) {
        if (paragraph.decision.isEmpty())
            return false;
    }
    return true;
}

QString LemmaConflict::text() const
{
    QStringList result;
    int number = 0;
    for (const MergeChunk &chunk : chunks) {
        if (!chunk.conflict) {
            result += chunk.merged;
            continue;
        }
        const ParagraphConflict &paragraph = paragraphs[number++];
        if (paragraph.decision == QLatin1String("theirs"))
            result += paragraph.theirs;
        else if (paragraph.decision == QLatin1String("both"))
            result += paragraph.mine + paragraph.theirs;
        else if (paragraph.decision == QLatin1String("edit"))
            result += trendweb::paragraphs(paragraph.edited);
        else
            result += paragraph.mine;
    }
    return joinParagraphs(result);
}

Result<QList<LemmaConflict>> lemmaConflicts(const git::Repository &repository)
{
    auto files = repository.conflicts();
    if (!files)
        return files.error();
    QList<LemmaConflict> conflicts;
    for (const git::ConflictedFile &file : files.value()) {
        LemmaConflict conflict;
        conflict.path = file.path;
        conflict.chunks = mergeParagraphs(file.base, file.mine, file.theirs);
        const QJsonObject decisions = readDecisions(repository, file.path);
        for (const MergeChunk &chunk : std::as_const(conflict.chunks)) {
            if (!chunk.conflict)
                continue;
            ParagraphConflict paragraph;
            paragraph.number = int(conflict.paragraphs.size()) + 1;
            paragraph.base = chunk.base;
            paragraph.mine = chunk.mine;
            paragraph.theirs = chunk.theirs;
            const QJsonObject decision =
                decisions.value(QString::number(paragraph.number)).toObject();
            paragraph.decision = decision.value(QLatin1String("take")).toString();
            paragraph.edited = decision.value(QLatin1String("text")).toString();
            conflict.paragraphs.append(paragraph);
        }
        conflicts.append(conflict);
    }
    return conflicts;
}

Result<void> resolveParagraphs(git::Repository &repository, const QString &path,
                               const QString &take, int number, const QString &edited)
{
    static const QStringList choices = {QStringLiteral("mine"), QStringLiteral("theirs"),
                                        QStringLiteral("both"), QStringLiteral("edit")};
    if (!choices.contains(take)) {
        return Error{QCoreApplication::translate("git", "Kies mine, theirs, both of edit."), path};
    }
    auto conflicts = lemmaConflicts(repository);
    if (!conflicts)
        return conflicts.error();
    for (LemmaConflict &conflict : conflicts.value()) {
        if (conflict.path != path)
            continue;
        if (number < 0 || number > conflict.paragraphs.size()) {
            return Error{QCoreApplication::translate("git", "Dit lemma heeft %1 conflicterende "
                                                            "alinea's; er is geen alinea %2.")
                             .arg(conflict.paragraphs.size())
                             .arg(number),
                         path};
        }
        QJsonObject decisions = readDecisions(repository, path);
        for (ParagraphConflict &paragraph : conflict.paragraphs) {
            if (number != 0 && paragraph.number != number)
                continue;
            paragraph.decision = take;
            paragraph.edited = edited;
            decisions.insert(
                QString::number(paragraph.number),
                QJsonObject{{QStringLiteral("take"), take}, {QStringLiteral("text"), edited}});
        }
        if (conflict.resolved()) {
            // The choices are kept until the resolved lemma is safely written.
            if (auto done = repository.resolveConflict(path, conflict.text()); !done)
                return done.error();
            QFile::remove(decisionsFile(repository, path));
            return {};
        }
        // The choices so far and the lemma with them: both written, or neither.
        FileTransaction transaction(repository.workdir());
        transaction.write(decisionsFile(repository, path), QJsonDocument(decisions).toJson());
        transaction.writeText(path, conflict.text());
        if (auto committed = transaction.commit(); !committed) {
            Error error = committed.error();
            error.message = QCoreApplication::translate("git", "Uw keuze is niet opgeslagen. %1")
                                .arg(error.message);
            return error;
        }
        return {};
    }
    return Error{QCoreApplication::translate("git", "Dit bestand heeft geen conflict."), path};
}

void clearConflictDecisions(const git::Repository &repository)
{
    QDir(decisionsFolder(repository)).removeRecursively();
}

} // namespace trendweb
