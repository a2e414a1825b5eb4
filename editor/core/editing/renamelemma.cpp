#include "renamelemma.h"

#include "confinement.h"
#include "filetransaction.h"
#include "lemmaops.h"
#include "textfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace trendweb {

namespace {

QString yamlScalar(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[^-?:,\\[\\]{}#&*!|>'\"%@`\\s]"
                                                         "[^:#]*(?<!\\s)$"));
    if (plain.match(text).hasMatch() && !text.contains(QLatin1String(": ")))
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// The front matter's lines (between the two "---") and where the body starts.
struct Split
{
    QStringList front;
    QString body;
    bool hasFront = false;
};

Split split(const QString &text)
{
    Split result;
    if (!text.startsWith(QLatin1String("---\n"))) {
        result.body = text;
        return result;
    }
    const qsizetype end = text.indexOf(QLatin1String("\n---"), 3);
    if (end < 0) {
        result.body = text;
        return result;
    }
    result.hasFront = true;
    result.front = text.mid(4, end - 3).split(QLatin1Char('\n'));
    result.front.removeLast(); // the empty piece before "---"
    result.body = text.mid(end + 1);
    return result;
}

QString join(const Split &parts)
{
    if (!parts.hasFront)
        return parts.body;
    return QStringLiteral("---\n") + parts.front.join(QLatin1Char('\n')) + QLatin1Char('\n') +
           parts.body;
}

// The related list, the figures' image paths and (for the renamed lemma) the title.
void renameInFrontMatter(QStringList &front, const QString &oldSlug, const QString &newSlug,
                         const QString &newTitle)
{
    static const QRegularExpression topKey(QStringLiteral("^([A-Za-z_][\\w-]*):"));
    const QRegularExpression token = slugToken(oldSlug);
    const QString oldFigures = QStringLiteral("figures/%1/").arg(oldSlug);
    const QString newFigures = QStringLiteral("figures/%1/").arg(newSlug);
    QString key;
    for (QString &line : front) {
        const auto match = topKey.match(line);
        if (match.hasMatch())
            key = match.captured(1);
        if (key == QLatin1String("related"))
            line.replace(token, newSlug);
        line.replace(oldFigures, newFigures);
        if (!newTitle.isEmpty() && line.startsWith(QLatin1String("title:")))
            line = QStringLiteral("title: ") + yamlScalar(newTitle);
    }
}

// Inline links and link definitions to the lemma's file, wherever it is referred from.
QString renameInBody(QString body, const QString &oldSlug, const QString &newSlug)
{
    const QRegularExpression link(
        QStringLiteral("(\\]\\(|\\]:[ \\t]*)((?:[^)\\s]*/)?)%1\\.md(?=[)#\\s\"]|$)")
            .arg(QRegularExpression::escape(oldSlug)),
        QRegularExpression::MultilineOption);
    body.replace(link, QStringLiteral("\\1\\2%1.md").arg(newSlug));
    return body;
}

} // namespace

bool isValidSlug(const QString &slug)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(slug).hasMatch();
}

Result<QStringList> renameLemma(const QString &root, const QString &oldSlug, const QString &newSlug,
                                const QString &newTitle)
{
    const QDir dir(root);
    // Both names are slugs: a name such as "../../map" would reach outside the edition.
    if (!isValidSlug(oldSlug))
        return Error{QStringLiteral("Er is geen lemma ‘%1’ in deze editie.").arg(oldSlug)};
    const QString oldPath = QStringLiteral("lemmas/%1.md").arg(oldSlug);
    const QString newPath = QStringLiteral("lemmas/%1.md").arg(newSlug);
    if (!QFileInfo::exists(dir.filePath(oldPath)))
        return Error{QStringLiteral("Er is geen lemma ‘%1’ in deze editie.").arg(oldSlug)};
    if (!isValidSlug(newSlug)) {
        return Error{
            QStringLiteral("‘%1’ kan geen naam van een lemma zijn: gebruik kleine letters, "
                           "cijfers en streepjes, zoals ‘regionale-economie’.")
                .arg(newSlug)};
    }
    if (newSlug != oldSlug && QFileInfo::exists(dir.filePath(newPath)))
        return Error{QStringLiteral("Er is al een lemma ‘%1’; kies een andere naam.").arg(newSlug)};
    if (newSlug == oldSlug && newTitle.isEmpty())
        return QStringList{};

    // Every file that may refer to the lemma, read before anything is written.
    QStringList candidates = QStringList{QStringLiteral("edition.yaml")} + documentPaths(root);
    QDirIterator reviews(dir.filePath(QStringLiteral("review")), {QStringLiteral("*.yaml")},
                         QDir::Files, QDirIterator::Subdirectories);
    while (reviews.hasNext())
        candidates << dir.relativeFilePath(reviews.next());
    // No file is written through a link that leads outside the edition.
    const QStringList folders = {QStringLiteral("figures/") + oldSlug,
                                 QStringLiteral("figures/") + newSlug, newPath};
    for (const QString &path : candidates + folders) {
        if (!staysInEdition(root, path)) {
            return Error{QStringLiteral("%1 is een verwijzing naar een bestand buiten de editie; "
                                        "er is niets hernoemd.")
                             .arg(path)};
        }
    }

    const QRegularExpression token = slugToken(oldSlug);
    QMap<QString, QString> changed; // relative path → new text
    for (const QString &path : std::as_const(candidates)) {
        const auto read = readTextFile(dir.filePath(path));
        if (!read) {
            Error error = read.error();
            error.message = QStringLiteral("Er is niets hernoemd: %1").arg(error.message);
            return error;
        }
        const QString &text = read.value();
        QString renamed;
        if (path == QLatin1String("edition.yaml")) {
            QStringList lines = text.split(QLatin1Char('\n'));
            bool inLemmas = false;
            for (QString &line : lines) {
                if (!line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('-')))
                    inLemmas = line.startsWith(QLatin1String("lemmas:"));
                if (inLemmas)
                    line.replace(token, newSlug);
            }
            renamed = lines.join(QLatin1Char('\n'));
        } else if (path.startsWith(QLatin1String("review/"))) {
            static const QRegularExpression lemmaKey(QStringLiteral("^lemma:\\s*(\\S+)\\s*$"),
                                                     QRegularExpression::MultilineOption);
            renamed = text;
            const auto match = lemmaKey.match(text);
            if (match.hasMatch() && match.captured(1) == oldSlug) {
                renamed.replace(match.capturedStart(1), match.capturedLength(1), newSlug);
            }
        } else {
            Split parts = split(text);
            renameInFrontMatter(parts.front, oldSlug, newSlug,
                                path == oldPath ? newTitle : QString());
            parts.body = renameInBody(parts.body, oldSlug, newSlug);
            renamed = join(parts);
        }
        if (renamed != text)
            changed.insert(path, renamed);
    }

    // All files change together, or none does: a full disk halfway leaves the edition as it was.
    FileTransaction transaction(root);
    QStringList written;
    QString lemmaText;
    if (changed.contains(oldPath)) {
        lemmaText = changed.take(oldPath);
    } else {
        const auto read = readTextFile(dir.filePath(oldPath));
        if (!read)
            return read.error();
        lemmaText = read.value();
    }
    transaction.writeText(newPath, lemmaText);
    written << newPath;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        transaction.writeText(it.key(), it.value());
        written << it.key();
    }
    if (newSlug != oldSlug) {
        transaction.remove(oldPath);
        written << oldPath;
        const QString oldFigures = QStringLiteral("figures/") + oldSlug;
        if (QFileInfo(dir.filePath(oldFigures)).isDir()) {
            transaction.move(oldFigures, QStringLiteral("figures/") + newSlug);
            written << QStringLiteral("figures/") + newSlug;
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        Error error = committed.error();
        error.message = QStringLiteral("Het lemma is niet hernoemd. %1").arg(error.message);
        return error;
    }
    written.removeDuplicates();
    return written;
}

} // namespace trendweb
