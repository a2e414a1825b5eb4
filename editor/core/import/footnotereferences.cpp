#include "import/footnotereferences.h"

#include <QRegularExpression>

namespace trendweb::import {

namespace {

constexpr int window = 6; // how far a reference may jump ahead (figure sources take numbers too)

bool opensReference(QChar c)
{
    return c.isLetter() || QStringView(u".,:;)’”%?!'\"").contains(c);
}

bool closesReference(QChar c)
{
    return c.isSpace() || QStringView(u".,:;)’”!?(").contains(c);
}

} // namespace

QString referenceMarks(const QList<int> &numbers)
{
    QString marks;
    for (int number : numbers)
        marks += QStringLiteral("[^%1]").arg(number);
    return marks;
}

ReferenceDetector::ReferenceDetector(const QStringList &notFootnotes)
    : m_notFootnotes(notFootnotes)
{}

bool ReferenceDetector::accepts(const QList<int> &group) const
{
    int previous = m_last;
    for (int number : group) {
        if (number <= previous || number > m_last + window + int(group.size()) - 1)
            return false;
        if (m_limit > 0 && number > m_limit)
            return false;
        previous = number;
    }
    return !group.isEmpty();
}

void ReferenceDetector::accept(const QList<int> &group)
{
    m_numbers += group;
    m_last = group.last();
}

bool ReferenceDetector::excludedToken(const QString &line, qsizetype position) const
{
    qsizetype start = position;
    while (start > 0 && !line[start - 1].isSpace())
        --start;
    const QStringView word = QStringView(line).mid(start);
    for (const QString &token : m_notFootnotes) {
        if (word.startsWith(token))
            return true;
    }
    return false;
}

QString ReferenceDetector::markLine(const QString &line, bool previousLineOpen)
{
    QString out;
    qsizetype i = 0;

    // A reference split from the previous line: "Sportakkoord II " / "9 en …".
    static const QRegularExpression detached(QStringLiteral("^ ?(\\d{1,2})(?= )"));
    if (previousLineOpen) {
        if (const auto m = detached.match(line); m.hasMatch()) {
            const int number = m.captured(1).toInt();
            if (number == m_last + 1 && (m_limit == 0 || number <= m_limit)) {
                accept({number});
                out = QChar(1) + referenceMarks({number});
                i = m.capturedEnd();
            }
        }
    }

    while (i < line.size()) {
        const QChar c = line[i];
        if (!c.isDigit()) {
            // "woord.’ 5": a reference after closing punctuation and a space.
            if ((c == u'.' || c == u'’' || c == u'”') && i + 2 < line.size() &&
                line[i + 1] == u' ' && line[i + 2].isDigit()) {
                qsizetype end = i + 2;
                while (end < line.size() && line[end].isDigit())
                    ++end;
                const int number = line.mid(i + 2, end - i - 2).toInt();
                if (end - i - 2 <= 2 && (end == line.size() || line[end].isSpace()) &&
                    number == m_last + 1 && (m_limit == 0 || number <= m_limit)) {
                    accept({number});
                    out += c + referenceMarks({number});
                    i = end;
                    continue;
                }
            }
            out += c;
            ++i;
            continue;
        }
        // A run of digits (and commas between them).
        qsizetype end = i;
        while (end < line.size() &&
               (line[end].isDigit() ||
                (line[end] == u',' && end + 1 < line.size() && line[end + 1].isDigit())))
            ++end;
        const QString run = line.mid(i, end - i);
        const QChar before = i > 0 ? line[i - 1] : QChar();
        const QChar after = end < line.size() ? line[end] : QChar(u' ');

        // "Twente 20755", "PBL 202410": a year with the reference glued to it.
        static const QRegularExpression yearAndNote(
            QStringLiteral("^((?:19|20)\\d\\d)(\\d{1,2})$"));
        if (const auto m = yearAndNote.match(run); m.hasMatch() && !before.isDigit() &&
                                                   before != u'.' && before != u',' &&
                                                   closesReference(after)) {
            const int number = m.captured(2).toInt();
            if (number >= 1 && number > m_last && number <= m_last + 2 &&
                (m_limit == 0 || number <= m_limit)) {
                accept({number});
                out += m.captured(1) + referenceMarks({number});
                i = end;
                continue;
            }
        }

        const bool decimal = before == u',' && i >= 2 && line[i - 2].isDigit();
        if (i > 0 && opensReference(before) && !decimal && closesReference(after) &&
            !excludedToken(line, i)) {
            QList<int> group;
            bool wellFormed = true;
            for (const QString &part : run.split(QLatin1Char(','))) {
                wellFormed = wellFormed && part.size() <= 2;
                group.append(part.toInt());
            }
            if (wellFormed && accepts(group)) {
                accept(group);
                out += referenceMarks(group);
                i = end;
                continue;
            }
        }
        out += run;
        i = end;
    }
    return out;
}

QString ReferenceDetector::takeTrailingNote(QString &text)
{
    // "CBS4", "STOWA 20", "WRR (2012)8", "Kunsten92 4 (2024)", and a year with the note
    // glued to it: "PBL 202410".
    static const QRegularExpression trailing(
        QStringLiteral("^(.*?[^\\d\\s.,]) ?(\\d{1,2})( \\(\\d{4}\\))?\\s*$"));
    static const QRegularExpression yearAndNote(
        QStringLiteral("^(.*\\b(?:19|20)\\d\\d)(\\d{1,2})\\s*$"));
    const auto valid = [this](int number) {
        return number >= 1 && (m_limit == 0 || number <= m_limit);
    };
    // "Kunsten92 4 (2024)": the note between the name and the year.
    static const QRegularExpression beforeYear(
        QStringLiteral("^(.*\\S) (\\d{1,2}) (\\(\\d{4}\\))\\s*$"));
    if (const auto m = beforeYear.match(text); m.hasMatch() && valid(m.captured(2).toInt())) {
        m_numbers.append(m.captured(2).toInt());
        m_last = qMax(m_last, m.captured(2).toInt());
        text = m.captured(1) + QLatin1Char(' ') + m.captured(3);
        return m.captured(2);
    }
    if (const auto m = yearAndNote.match(text); m.hasMatch() && valid(m.captured(2).toInt())) {
        m_numbers.append(m.captured(2).toInt());
        m_last = qMax(m_last, m.captured(2).toInt());
        text = m.captured(1).trimmed();
        return m.captured(2);
    }
    const auto m = trailing.match(text);
    if (!m.hasMatch() || excludedToken(text, m.capturedStart(2)) || !valid(m.captured(2).toInt()))
        return {};
    // The body goes on after the figure's number; a caption that landed late lowers nothing.
    const int number = m.captured(2).toInt();
    m_numbers.append(number);
    m_last = qMax(m_last, number);
    text = (m.captured(1) + m.captured(3)).trimmed();
    return QString::number(number);
}

} // namespace trendweb::import
