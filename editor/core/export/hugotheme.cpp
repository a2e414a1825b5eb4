#include "export/hugotheme.h"

namespace trendweb {

QList<QPair<QString, QString>> hugoTheme(const QString &siteTitle, const QString &baseof)
{
    return {
        {QStringLiteral("config.toml"),
         QStringLiteral(
             "baseURL = \"/\"\nlanguageCode = \"nl\"\ntitle = %1\ntheme = \"trendweb\"\n"
             "relativeURLs = true\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n"
             "enableRobotsTXT = false\n")
             .arg(siteTitle)},
        {QStringLiteral("themes/trendweb/theme.toml"), QStringLiteral("name = \"Trendweb\"\n")},
        {QStringLiteral("themes/trendweb/layouts/_default/baseof.html"), baseof},
        // Every page's body is made by the core, as for the static site: the same look.
        {QStringLiteral("themes/trendweb/layouts/_default/single.html"),
         QStringLiteral("{{ define \"main\" }}{{ .Content }}{{ end }}\n")},
        {QStringLiteral("themes/trendweb/layouts/index.html"),
         QStringLiteral("{{ define \"main\" }}{{ .Content }}{{ end }}\n")},
        // The section pages (/lemmas/, /draden/): in the edition's order, with letter or number.
        {QStringLiteral("themes/trendweb/layouts/_default/list.html"),
         QStringLiteral(R"({{ define "main" }}<h1>{{ .Title }}</h1>
<nav class="inhoudsopgave" aria-label="{{ .Title }}"><ol class="lemmas">{{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ with .Params.letter }}<span class="letter">{{ . }}</span> {{ end }}{{ with .Params.nummer }}<span class="nummer">{{ . }}</span> {{ end }}<span class="titel">{{ .Title }}</span></a></li>{{ end }}</ol></nav>
{{ end }}
)")},
    };
}

} // namespace trendweb
