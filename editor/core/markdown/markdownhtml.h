// Markdown as safe HTML, for the site and the preview. cmark-gfm in its safe mode:
// raw HTML becomes a comment, and javascript:, vbscript:, file: and data: (but for
// images) links become empty. Safe to call from any thread.
#pragma once

#include <QString>

namespace trendweb {

struct HtmlOptions
{
    // Block elements carry data-sourcepos="line:col-line:col".
    bool sourcePositions = false;
};

QString renderHtml(const QString &markdown, const HtmlOptions &options = {});

} // namespace trendweb
