#include "spelling/spellcheck.h"

#include "spelling/spelltokenizer.h"
#include "textfile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace trendweb {

QList<Misspelling> spellcheckEdition(const Edition &edition, Speller &speller)
{
    QList<Misspelling> found;
    for (const QList<Document> *documents : {&edition.intro, &edition.threads, &edition.lemmas}) {
        for (const Document &document : *documents) {
            if (!document.loaded)
                continue;
            int line = 1;
            qsizetype lineStart = 0;
            for (const SpellToken &token : spellTokens(document.text)) {
                if (speller.isCorrect(token.word, token.followedByPeriod))
                    continue;
                // Tokens come in order, so the line count only moves forward.
                for (qsizetype i = lineStart; i < token.position; ++i) {
                    if (document.text[i] == u'\n') {
                        ++line;
                        lineStart = i + 1;
                    }
                }
                found.append(
                    {token.word, document.path, line, int(token.position - lineStart) + 1});
            }
        }
    }
    return found;
}

QString sharedWordListPath(const QString &editionRoot)
{
    return QDir(editionRoot).filePath(QStringLiteral("woordenlijst.dic"));
}

QString personalWordListPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("persoonlijke-woordenlijst.dic"));
}

Result<void> addToWordList(const QString &path, const QString &word)
{
    QStringList entries;
    if (QFileInfo::exists(path)) {
        auto text = readTextFile(path);
        if (!text)
            return text.error();
        entries = text.value().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        bool isCount = !entries.isEmpty();
        for (const QChar c : entries.value(0).trimmed())
            isCount = isCount && c.isDigit();
        if (isCount)
            entries.removeFirst(); // the count hunspell reads first
    }
    for (const QString &entry : std::as_const(entries)) {
        if (entry.section(QLatin1Char('/'), 0, 0) == word)
            return {};
    }
    entries.append(word);
    return writeTextFile(path, QString::number(entries.size()) + QLatin1Char('\n') +
                                   entries.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace trendweb
