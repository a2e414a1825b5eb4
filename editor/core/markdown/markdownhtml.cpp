#include "markdown/markdownhtml.h"

#include "markdown/cmarkgfm_p.h"

namespace trendweb {

QString renderHtml(const QString &markdown, const HtmlOptions &options)
{
    const QByteArray utf8 = markdown.toUtf8();
    cmark::Session session(CMARK_OPT_FOOTNOTES |
                               (options.sourcePositions ? CMARK_OPT_SOURCEPOS : 0),
                           {"table", "strikethrough", "autolink", "tagfilter"});
    session.parse(utf8);
    return session.html();
}

} // namespace trendweb
