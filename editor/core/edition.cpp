#include "edition.h"

namespace trendweb {

const Document *Edition::lemma(const QString &slug) const
{
    const int index = lemmaIndex(slug);
    return index < 0 ? nullptr : &lemmas[index];
}

int Edition::lemmaIndex(const QString &slug) const
{
    for (int i = 0; i < lemmas.size(); ++i) {
        if (lemmas[i].slug == slug)
            return i;
    }
    return -1;
}

QString letterForIndex(int index)
{
    QString letter;
    ++index;
    while (index > 0) {
        const int remainder = (index - 1) % 26;
        letter.prepend(QChar(u'A' + remainder));
        index = (index - 1) / 26;
    }
    return letter;
}

} // namespace trendweb
