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

QStringList Edition::backlinks(const QString &slug) const
{
    QStringList from;
    for (const Document &lemma : lemmas) {
        if (lemma.slug == slug)
            continue;
        bool links = lemma.related.contains(slug);
        for (const LemmaLink &link : lemma.lemmaLinks)
            links = links || link.slug == slug;
        if (links)
            from.append(lemma.slug);
    }
    return from;
}

bool Edition::replaceDocument(Document document)
{
    for (QList<Document> *documents : {&lemmas, &threads, &intro}) {
        for (Document &existing : *documents) {
            if (existing.path == document.path) {
                document.letter = existing.letter;
                existing = std::move(document);
                return true;
            }
        }
    }
    return false;
}

QString lemmaSlugFromLink(const QString &url)
{
    if (url.contains(QLatin1Char(':')))
        return {}; // has a scheme: a web address, mail, …
    const QString path = url.section(QLatin1Char('#'), 0, 0);
    if (!path.endsWith(QLatin1String(".md")))
        return {};
    return path.section(QLatin1Char('/'), -1).chopped(3);
}

bool isLemmaLink(const QString &url)
{
    return !lemmaSlugFromLink(url).isEmpty();
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
