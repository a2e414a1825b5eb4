#include "lemmaedits.h"

namespace trendweb {

TextEdit minimalEdit(const QString &before, const QString &after)
{
    qsizetype prefix = 0;
    const qsizetype shortest = qMin(before.size(), after.size());
    while (prefix < shortest && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shortest - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    // Keep surrogate pairs whole.
    if (prefix > 0 && before.at(prefix - 1).isHighSurrogate())
        --prefix;
    if (suffix > 0 && before.at(before.size() - suffix).isLowSurrogate())
        --suffix;
    return {int(prefix), int(before.size() - suffix),
            after.mid(prefix, after.size() - suffix - prefix)};
}

} // namespace trendweb
