#include "import/seedtext.h"

#include <QRegularExpression>

namespace trendweb::import {

bool isNavigationOrBadge(const QString &line)
{
    static const QRegularExpression navigation(
        QStringLiteral("^(KLIK EN GA NAAR:|DE|LIJST|HET|WEB|LEMMA [A-Z]|[A-Z])$"));
    return navigation.match(line.trimmed()).hasMatch();
}

bool isUppercaseLine(const QString &line)
{
    int letters = 0;
    for (const QChar c : line) {
        if (c.isLower())
            return false;
        if (c.isLetter())
            ++letters;
    }
    return letters >= 4;
}

bool isCaptionStart(const QString &line)
{
    static const QRegularExpression caption(QStringLiteral("^\\s*Figuur \\d+:"));
    return caption.match(line).hasMatch();
}

bool isLinkListStart(const QString &line)
{
    return line.trimmed() == QLatin1String("Klik hier en lees meer over:");
}

bool isNoteStart(const QString &line)
{
    static const QRegularExpression note(QStringLiteral("^ ?\\d{1,2}\\t"));
    return note.match(line).hasMatch();
}

bool isUrlLine(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("http://")) ||
           trimmed.startsWith(QLatin1String("https://"));
}

bool continues(const QString &line)
{
    if (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\t')))
        return true;
    return line.endsWith(QLatin1Char('-')) && line.size() > 1 && !line[line.size() - 2].isSpace();
}

QString joinLines(const QString &first, const QString &second, const QStringList &keepHyphen)
{
    if (second.startsWith(QChar(1))) // a reference split from the word before it
        return first.trimmed() + second.mid(1);
    if (!first.endsWith(QLatin1Char('-')) || first.size() < 2 || first[first.size() - 2].isSpace())
        return first.trimmed() + QLatin1Char(' ') + second.trimmed();

    // A hyphen at the end of a line: a break, unless the word is really hyphenated.
    qsizetype start = first.size() - 1;
    while (start > 0 && first[start - 1].isLetterOrNumber())
        --start;
    const QString part = first.mid(start, first.size() - 1 - start);
    const QString next = second.trimmed();
    const bool acronym = part.size() >= 2 && part == part.toUpper() && part != part.toLower();
    const bool keep = acronym || (!part.isEmpty() && part.back().isDigit()) ||
                      (!next.isEmpty() && next.front().isUpper()) ||
                      keepHyphen.contains(part.toLower());
    return keep ? first + next : first.chopped(1) + next;
}

QString slugify(const QString &text, int words)
{
    const QString plain = text.normalized(QString::NormalizationForm_KD).toLower();
    QStringList parts;
    QString current;
    for (const QChar c : plain) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            current += c;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of é, ë
        } else if (!current.isEmpty()) {
            parts.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts.mid(0, words).join(QLatin1Char('-'));
}

} // namespace trendweb::import
