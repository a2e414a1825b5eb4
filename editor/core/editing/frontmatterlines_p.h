// What the front-matter edits share: the lines of a text with its front matter found, and
// the refusal for a text without one. For editing/*edits.cpp only.
#pragma once

#include "edition.h"
#include "editionloader.h"
#include "result.h"

#include <QObject>
#include <QStringList>
#include <utility>

namespace trendweb::frontmatter_p {

struct Lines
{
    QStringList lines;
    int close = -1;

    explicit Lines(const QString &text)
        : lines(text.split(QLatin1Char('\n')))
    {
        if (lines.value(0) != QLatin1String("---"))
            return;
        for (int i = 1; i < lines.size(); ++i) {
            if (lines.at(i) == QLatin1String("---") || lines.at(i) == QLatin1String("...")) {
                close = i;
                return;
            }
        }
    }

    // The lines [first, last] of a top-level key in the front matter; first is -1 when absent.
    std::pair<int, int> block(const QString &key) const
    {
        const QString start = key + QLatin1Char(':');
        for (int i = 1; i < close; ++i) {
            if (!lines.at(i).startsWith(start))
                continue;
            int last = i;
            for (int j = i + 1; j < close; ++j) {
                const QString &line = lines.at(j);
                if (line.trimmed().isEmpty())
                    continue;
                if (!line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('-')))
                    break;
                last = j;
            }
            return {i, last};
        }
        return {-1, -1};
    }

    // Puts `replacement` in the place of the key's lines, or before the closing line.
    QString replaced(const QString &key, const QStringList &replacement) const
    {
        QStringList result = lines;
        const auto [first, last] = block(key);
        if (first >= 0) {
            result.remove(first, last - first + 1);
            for (int i = 0; i < replacement.size(); ++i)
                result.insert(first + i, replacement.at(i));
        } else {
            for (int i = 0; i < replacement.size(); ++i)
                result.insert(close + i, replacement.at(i));
        }
        return result.join(QLatin1Char('\n'));
    }
};

inline Error noFrontMatter()
{
    return Error::withMessage(
        QObject::tr("Het lemma heeft geen kop (front matter) tussen twee regels "
                    "\"---\". Herstel die eerst; zie het paneel Problemen."));
}

// The text read as a lemma, for the keys the parser knows.
inline Document parsed(const QString &text)
{
    return parseDocument(text, QStringLiteral("lemmas/lemma.md"), Document::Kind::Lemma);
}

} // namespace trendweb::frontmatter_p
