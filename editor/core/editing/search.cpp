#include "search.h"

#include "edition.h"
#include "filetransaction.h"
#include "textfile.h"

#include <QDir>
#include <QMap>

namespace trendweb {

namespace {

bool wordChar(const QString &text, qsizetype at)
{
    return at >= 0 && at < text.size() &&
           (text.at(at).isLetterOrNumber() || text.at(at) == QLatin1Char('_'));
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QList<int> findAll(const QString &text, const QString &query, const SearchOptions &options)
{
    QList<int> positions;
    if (query.isEmpty())
        return positions;
    const Qt::CaseSensitivity sensitivity =
        options.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype at = text.indexOf(query, 0, sensitivity); at >= 0;
         at = text.indexOf(query, at + 1, sensitivity)) {
        if (options.wholeWords && (wordChar(text, at - 1) || wordChar(text, at + query.size())))
            continue;
        if (!positions.isEmpty() && at < positions.last() + query.size())
            continue; // overlapping the previous one
        positions.append(int(at));
    }
    return positions;
}

QString replaceAll(const QString &text, const QString &query, const QString &replacement,
                   const SearchOptions &options, int *count)
{
    const QList<int> positions = findAll(text, query, options);
    if (count)
        *count = int(positions.size());
    QString result = text;
    for (auto it = positions.crbegin(); it != positions.crend(); ++it)
        result.replace(*it, query.size(), replacement);
    return result;
}

QList<SearchHit> searchEdition(const Edition &edition, const QString &query,
                               const SearchOptions &options)
{
    QList<SearchHit> hits;
    for (const QList<Document> *documents : {&edition.lemmas, &edition.threads, &edition.intro}) {
        for (const Document &document : *documents) {
            const QString &text = document.text;
            int line = 1;
            qsizetype lineStart = 0;
            qsizetype counted = 0;
            for (const int at : findAll(text, query, options)) {
                for (; counted < at; ++counted) {
                    if (text.at(counted) == QLatin1Char('\n')) {
                        ++line;
                        lineStart = counted + 1;
                    }
                }
                SearchHit hit;
                hit.path = document.path;
                hit.title = document.displayTitle();
                hit.letter = document.letter;
                hit.start = at;
                hit.length = int(query.size());
                hit.line = line;
                hit.column = int(at - lineStart) + 1;
                const qsizetype from = qMax(lineStart, qsizetype(at) - 40);
                qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), at);
                if (lineEnd < 0)
                    lineEnd = text.size();
                const qsizetype to = qMin(lineEnd, at + query.size() + 40);
                hit.before = oneLine(text.mid(from, at - from));
                if (from > lineStart)
                    hit.before.prepend(QStringLiteral("…"));
                hit.match = text.mid(at, query.size());
                hit.after = oneLine(text.mid(at + query.size(), to - at - query.size()));
                if (to < lineEnd)
                    hit.after.append(QStringLiteral("…"));
                hits.append(hit);
            }
        }
    }
    return hits;
}

Result<QStringList> replaceInFiles(const QString &root, const QStringList &paths,
                                   const QString &query, const QString &replacement,
                                   const SearchOptions &options, int *count)
{
    const QDir dir(root);
    QMap<QString, QString> changed;
    int total = 0;
    for (const QString &path : paths) {
        auto text = readTextFile(dir.filePath(path));
        if (!text)
            return text.error();
        int replaced = 0;
        const QString result = replaceAll(text.value(), query, replacement, options, &replaced);
        if (replaced > 0) {
            changed.insert(path, result);
            total += replaced;
        }
    }
    // All or nothing: a full disk halfway leaves every file as it was.
    FileTransaction transaction(root);
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        transaction.writeText(it.key(), it.value());
    if (auto committed = transaction.commit(); !committed) {
        Error error = committed.error();
        error.message = QStringLiteral("Er is niets vervangen. %1").arg(error.message);
        return error;
    }
    if (count)
        *count = total;
    return changed.keys();
}

} // namespace trendweb
