// Footnote references in extracted text, where superscripts became plain
// digits glued to a word ("vervoer.1", "handel.5,6,7", "Twente 20755"). A
// number counts as a reference only where it continues the text's sequence.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace trendweb::import {

class ReferenceDetector
{
public:
    explicit ReferenceDetector(const QStringList &notFootnotes);

    // The highest note number that exists (from a note list), or 0 when unknown.
    void setLimit(int limit) { m_limit = limit; }

    // Turns the references in one line into "[^N]". `previousLineOpen` is true when
    // the line before ended mid-sentence, so that a number starting this line may be
    // a reference split from the word before it; such a reference starts with '\x01'.
    QString markLine(const QString &line, bool previousLineOpen);

    // Takes the note number off the end of a figure's source ("CBS4", "STOWA 20").
    // Returns the number as text, or an empty string.
    QString takeTrailingNote(QString &text);

    // A note cited by something the extraction lost (a figure the plan restores).
    void cite(int number)
    {
        m_numbers.append(number);
        m_last = qMax(m_last, number);
    }

    QList<int> numbers() const { return m_numbers; } // every accepted number, in order

private:
    bool accepts(const QList<int> &group) const;
    void accept(const QList<int> &group);
    bool excludedToken(const QString &line, qsizetype position) const;

    QStringList m_notFootnotes;
    QList<int> m_numbers;
    int m_last = 0;
    int m_limit = 0;
};

QString referenceMarks(const QList<int> &numbers); // "[^5][^6]"

} // namespace trendweb::import
