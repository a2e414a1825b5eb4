#include "export/hugotheme.h"

namespace trendweb {

QList<QPair<QString, QString>> hugoTheme(const QString &siteTitle)
{
    return {
        {QStringLiteral("config.toml"),
         QStringLiteral(
             "baseURL = \"/\"\nlanguageCode = \"nl\"\ntitle = %1\ntheme = \"trendweb\"\n"
             "relativeURLs = true\ndisableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]\n"
             "enableRobotsTXT = false\n")
             .arg(siteTitle)},
        {QStringLiteral("themes/trendweb/theme.toml"), QStringLiteral("name = \"Trendweb\"\n")},
        {QStringLiteral("themes/trendweb/layouts/_default/baseof.html"),
         QStringLiteral(R"(<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} — {{ .Site.Title }}</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<a class="overslaan" href="#inhoud">Naar de inhoud</a>
<header><nav aria-label="Hoofdmenu"><ul>
<li><a href="/">{{ .Site.Title }}</a></li>
<li><a href="/web/">HET WEB</a></li>
<li><a href="/lijst/">DE LIJST</a></li>
</ul></nav></header>
<main id="inhoud">
{{ block "main" . }}{{ end }}
</main>
<footer><p>Trendbureau Overijssel</p></footer>
</body>
</html>
)")},
        {QStringLiteral("themes/trendweb/layouts/_default/single.html"),
         QStringLiteral("{{ define \"main\" }}{{ .Content }}{{ end }}\n")},
        {QStringLiteral("themes/trendweb/layouts/_default/list.html"),
         QStringLiteral(R"({{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ with .Params.letter }}<span class="letter">{{ . }}</span> {{ end }}{{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
)")},
        {QStringLiteral("themes/trendweb/layouts/index.html"),
         QStringLiteral(R"({{ define "main" }}<h1>{{ .Site.Title }}</h1>
{{ .Content }}
<h2>De rode draden</h2>
<ul>{{ range $.Site.Data.web.threads }}<li><a href="/draden/{{ .slug }}/">{{ .title }}</a></li>{{ end }}</ul>
<h2>De lemma's</h2>
<ol class="lemmas">{{ range $.Site.Data.web.nodes }}<li><a href="/lemmas/{{ .slug }}/"><span class="letter">{{ .letter }}</span> {{ .title }}</a></li>{{ end }}</ol>
{{ end }}
)")},
        {QStringLiteral("themes/trendweb/layouts/_default/lijst.html"),
         QStringLiteral(R"({{ define "main" }}<h1>DE LIJST</h1>
<ul class="lijst">{{ range $.Site.Data.lijst }}<li><a href="/lemmas/{{ .slug }}/">{{ .title }} <span class="letter">{{ .letter }}</span></a></li>{{ end }}</ul>
{{ end }}
)")},
    };
}

} // namespace trendweb
