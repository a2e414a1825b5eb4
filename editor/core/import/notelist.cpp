#include "import/notelist.h"

#include "import/seedtext.h"

#include <QRegularExpression>
#include <QSet>

namespace trendweb::import {

namespace {

QSet<QString> words(const QString &text)
{
    QSet<QString> set;
    static const QRegularExpression separator(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (const QString &word : text.toLower().split(separator, Qt::SkipEmptyParts)) {
        if (word.size() >= 4)
            set.insert(word);
    }
    return set;
}

// How well a URL fits a note: words of the note that appear in the URL.
int fit(const QString &url, const ExtractedNote &note)
{
    const QString lower = url.toLower();
    int score = 0;
    for (const QString &word : words(note.text)) {
        if (lower.contains(word))
            ++score;
    }
    return score;
}

bool isIdem(const ExtractedNote &note)
{
    return note.text.startsWith(QLatin1String("Idem"));
}

} // namespace

QString encodeUrl(const QString &url)
{
    QString encoded = url.trimmed();
    encoded.replace(QLatin1Char(' '), QLatin1String("%20"));
    encoded.replace(QLatin1Char('<'), QLatin1String("%3C"));
    encoded.replace(QLatin1Char('>'), QLatin1String("%3E"));
    return encoded;
}

QList<ExtractedNote> parseNotes(const QList<SeedLine> &lines, QList<SeedLine> &urls,
                                const QStringList &keepHyphen, QList<SeedLine> &unplaced)
{
    static const QRegularExpression start(QStringLiteral("^ ?(\\d{1,2})\\t ?(.*)$"));
    QList<ExtractedNote> notes;
    for (const SeedLine &line : lines) {
        if (isUrlLine(line.text)) {
            urls.append({line.number, line.text.trimmed()});
        } else if (const auto m = start.match(line.text); m.hasMatch()) {
            notes.append({m.captured(1).toInt(), m.captured(2), 1, line.number, {}});
        } else if (line.text.startsWith(QLatin1Char('\t')) && !notes.isEmpty()) {
            ExtractedNote &note = notes.last();
            note.text = joinLines(note.text, line.text.mid(1), keepHyphen);
            ++note.lineCount;
        } else if (!line.text.trimmed().isEmpty()) {
            unplaced.append(line);
        }
    }
    for (ExtractedNote &note : notes)
        note.text = note.text.simplified();
    return notes;
}

QList<SeedLine> pairUrls(QList<ExtractedNote> &notes, const QList<SeedLine> &urls)
{
    qsizetype next = 0;
    for (qsizetype i = 0; i < notes.size() && next < urls.size(); ++i) {
        ExtractedNote &note = notes[i];
        if (isIdem(note))
            continue;
        const ExtractedNote *following = nullptr;
        for (qsizetype j = i + 1; j < notes.size() && !following; ++j) {
            if (!isIdem(notes[j]))
                following = &notes[j];
        }
        note.urls.append(encodeUrl(urls[next++].text));
        while (next < urls.size() && note.urls.size() < note.lineCount) {
            const QString candidate = encodeUrl(urls[next].text);
            // A repeat of its own address stays; another address only when it fits this
            // note better than the next one.
            const bool repeats = candidate == note.urls.last();
            const int fitsHere = fit(candidate, note);
            const bool belongsHere =
                following ? fitsHere > fit(candidate, *following) : fitsHere > 0;
            if (!repeats && !belongsHere)
                break;
            note.urls.append(candidate);
            ++next;
        }
        note.urls.removeDuplicates();
    }
    return urls.mid(next);
}

} // namespace trendweb::import
