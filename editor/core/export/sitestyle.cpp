// The site's stylesheet, shared by the static site, the Hugo theme and the editor's
// preview: a calm report layout with a reading measure, and care for small screens
// (a menu on one line, tap targets of at least 24 × 24 CSS px, WCAG 2.2 2.5.8).
#include "export/htmlrenderer.h"
#include "export/sitepages.h"

namespace trendweb {

QString siteStylesheet()
{
    return QStringLiteral(
               R"(:root { --inkt: #1b1b1b; --papier: #fdfcf9; --accent: #1d4e89; --rood: #b23a0a; --zacht: #555; --lijn: #d6d3cb; --sans: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Serif", Georgia, serif; color: var(--inkt); background: var(--papier); line-height: 1.6; overflow-wrap: break-word; }
a { color: var(--accent); }
a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.overslaan { position: absolute; left: -999px; }
.overslaan:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
.verborgen { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }

/* The menu: one line, every item whole. */
header { background: var(--accent); }
header nav ul { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1.75rem; list-style: none; max-width: 78rem; margin: 0 auto; padding: .5rem 2rem; }
header a { display: block; padding: .4rem 0; color: #fff; font-family: var(--sans); font-weight: bold; white-space: nowrap; text-decoration: none; }
header a:hover { text-decoration: underline; }
header a:focus-visible { outline-color: #fff; }

/* A reading measure for text; HET WEB and the cover a little wider. */
main { max-width: 78rem; margin: 2rem auto; padding: 0 1.25rem; }
main > * { max-width: 44rem; margin-left: auto; margin-right: auto; }
main > .web-pagina, main > .web-kop { max-width: none; }
main > .omslag { max-width: 56rem; }
h1, h2, h3 { line-height: 1.25; }
h2 { margin-top: 2.25rem; }
footer { max-width: 44rem; margin: 3rem auto 2rem; padding: 1rem 1.25rem 0; border-top: 1px solid var(--lijn); color: var(--zacht); font: .875rem var(--sans); }

/* Letters of lemmas and numbers of rode draden. */
.letter, .nummer { display: inline-flex; align-items: center; justify-content: center; min-width: 1.6em; font-family: var(--sans); font-weight: bold; color: var(--accent); }
.nummer { min-width: 1.75rem; height: 1.75rem; border-radius: 50%; background: var(--rood); color: #fff; font-size: .9rem; }
article.lemma h1 .letter { min-width: 2.5rem; height: 2.5rem; margin-right: .4rem; border: 2px solid var(--accent); border-radius: 50%; font-size: 1.4rem; vertical-align: .15em; }
article.draad .soort { margin-bottom: 0; font: bold .85rem var(--sans); letter-spacing: .08em; text-transform: uppercase; color: var(--rood); }
article.draad h1 { margin-top: .25rem; }
article.draad h1 .nummer { width: 2.5rem; height: 2.5rem; font-size: 1.3rem; margin-right: .4rem; vertical-align: .15em; }

/* Typography of the text: superscripts that leave the lines evenly spaced, figures with
   their captions, notes. */
sup { line-height: 0; vertical-align: baseline; position: relative; top: -.45em; font-size: .72em; }
sup a { text-decoration: none; padding: 0 .08em; }
figure { margin: 2rem 0; padding: 0; }
figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { margin-top: .5rem; padding-top: .4rem; border-top: 1px solid var(--lijn); font: .875rem/1.5 var(--sans); color: var(--zacht); }
.geen-afbeelding { font-style: italic; color: var(--zacht); font-size: .875rem; }
.footnotes { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid var(--lijn); font-size: .875rem; line-height: 1.5; }
.footnotes ol { padding-left: 2.25rem; }
.footnotes li { margin: .35rem 0; padding-left: .25rem; }
.footnotes li::marker { font-family: var(--sans); color: var(--zacht); }
.footnotes a[data-footnote-backref] { padding: 0 .25em; }
.lees-meer { margin-top: 2.5rem; padding: 1rem 1.25rem; background: #f1f0ec; border-radius: 4px; }
.lees-meer h2 { margin-top: 0; font: bold 1rem var(--sans); }
.lees-meer ul { list-style: none; padding: 0; margin: 0; }
.lees-meer a { display: inline-flex; align-items: baseline; gap: .4rem; padding: .2rem 0; }

/* The home page: a cover, the reading guide, the contents and the colophon. */
.omslag { margin-top: 0; padding: 3rem 2.5rem 2.5rem; background: var(--accent); color: #fff; border-radius: 6px; }
.omslag .uitgever { margin: 0; font: bold .95rem var(--sans); letter-spacing: .06em; text-transform: uppercase; }
.omslag h1 { margin: 1.5rem 0 .5rem; font-size: clamp(2.4rem, 9vw, 4.5rem); line-height: 1.05; }
.omslag .ondertitel { margin: 0; font-size: 1.25rem; }
.omslag .uitgave { margin: .5rem 0 0; font: 1rem var(--sans); }
.omslag .verder { display: flex; flex-wrap: wrap; gap: .75rem; margin: 2rem 0 0; }
.knop { display: inline-flex; align-items: center; min-height: 2.75rem; padding: .4rem 1.1rem; border: 2px solid #fff; border-radius: 4px; color: #fff; font: bold .95rem var(--sans); text-decoration: none; }
.knop:hover { background: #fff; color: var(--accent); }
.knop:focus-visible { outline-color: #fff; }
.inhoudsopgave { margin-top: 3rem; padding-top: .5rem; border-top: 3px solid var(--accent); }
.inhoudsopgave ol, .inhoudsopgave ul { list-style: none; padding: 0; margin: 0; }
.inhoudsopgave ol.lemmas { columns: 2 19rem; column-gap: 2rem; }
.inhoudsopgave li { break-inside: avoid; }
.inhoudsopgave ol a { display: flex; align-items: baseline; gap: .5rem; padding: .3rem 0; min-height: 2rem; text-decoration: none; }
.inhoudsopgave ol a .titel { text-decoration: underline; text-decoration-color: var(--lijn); text-underline-offset: .2em; }
.inhoudsopgave ol a:hover .titel { text-decoration-color: currentColor; }
.inhoudsopgave .letter, .inhoudsopgave .nummer { flex: none; }
.inhoudsopgave ul.navigeren li { padding: .3rem 0; }
.inhoudsopgave ul.navigeren a { font-family: var(--sans); font-weight: bold; }
.inhoudsopgave ul.navigeren span { color: var(--zacht); }
.colofon { margin-top: 3rem; padding-top: .5rem; border-top: 1px solid var(--lijn); font: .9rem/1.5 var(--sans); }
.colofon h2 { font-size: 1.1rem; }
.colofon dl div { display: grid; grid-template-columns: 9rem 1fr; gap: 1rem; padding: .2rem 0; }
.colofon dt { color: var(--zacht); }
.colofon dd { margin: 0; }

/* DE LIJST: an index with letter groups and the lemma's letter as its reference. */
.uitleg { color: var(--zacht); }
.beginletters ul { display: flex; flex-wrap: wrap; gap: .35rem; list-style: none; padding: 0; }
.beginletters a { display: inline-flex; align-items: center; justify-content: center; min-width: 2.25rem; min-height: 2.25rem; border: 1px solid var(--lijn); border-radius: 4px; background: #fff; font: bold 1rem var(--sans); text-decoration: none; }
.register { columns: 2 19rem; column-gap: 3rem; }
.register .groep { break-inside: avoid; }
.register h2 { margin: 1.5rem 0 .25rem; padding-bottom: .1rem; border-bottom: 2px solid var(--accent); font-size: 1.5rem; color: var(--accent); }
.register ul { list-style: none; padding: 0; margin: 0; }
.register a { display: flex; align-items: last baseline; gap: .35rem; padding: .3rem 0; color: var(--inkt); text-decoration: none; }
.register a:hover .titel { text-decoration: underline; }
.register .stippel { flex: 1 1 1rem; min-width: 1rem; border-bottom: 2px dotted #9aa7b8; }
.register .verwijzing { flex: none; }

/* HET WEB: the drawing with the list of links beside it. */
.web-pagina { display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 2.5rem; align-items: start; }
.schuif { display: none; }
.web svg { display: block; width: 100%; height: auto; }
.web line { stroke: #9aa7b8; stroke-width: 1.5; }
.web .draad rect { fill: var(--rood); }
.web .draad text { font: bold 16px var(--sans); fill: #fff; }
.web .draad:hover rect, .web .draad:focus rect { fill: #8a2c06; }
.web .knoop circle { fill: #fff; stroke: var(--accent); stroke-width: 2; }
.web .knoop .teken { font: bold 20px var(--sans); fill: var(--accent); }
.web .knoop .titel { font: 16px var(--sans); fill: var(--inkt); }
.web .knoop:hover .titel, .web .knoop:focus .titel { text-decoration: underline; }
.web.licht line { opacity: .15; }
.web.licht .knoop { opacity: .35; }
.web.licht line.aan, .web.licht .knoop.aan { opacity: 1; }
.web line.aan { stroke: #c2410c; stroke-width: 3; }
.web .knoop.aan circle { fill: #fde7c8; }
.web .knoop:focus circle, .web .knoop:hover circle { stroke-width: 4; }
.verwijzingen h2 { margin-top: 0; font: bold 1.05rem var(--sans); }
.verwijzingen ul { list-style: none; padding: 0; margin: 0; font: .875rem/1.4 var(--sans); }
.verwijzingen li { padding: .35rem 0; border-bottom: 1px solid var(--lijn); }
.verwijzingen a.bron { display: flex; align-items: baseline; gap: .25rem; padding: .15rem 0; font-weight: bold; }
.verwijzingen .naar { display: flex; flex-wrap: wrap; gap: .25rem; padding-left: 1.85rem; }
.verwijzingen a.doel { display: inline-flex; align-items: center; justify-content: center; min-width: 1.75rem; min-height: 1.75rem; border: 1px solid var(--accent); border-radius: 50%; text-decoration: none; font-weight: bold; }
.verwijzingen a.doel:hover { background: var(--accent); color: #fff; }
.verwijzingen .kapot { color: var(--rood); }

@media (max-width: 64rem) {
  .web-pagina { display: block; }
  .web { overflow-x: auto; }
  /* A diagram keeps its two dimensions (WCAG 1.4.10 allows it): wide enough to read. */
  .web svg { min-width: 820px; }
  .schuif { display: block; }
  .verwijzingen { margin-top: 2rem; }
}
@media (max-width: 40rem) {
  header nav ul { gap: .25rem 1.1rem; padding: .35rem 1rem; }
  main { margin-top: 1.25rem; padding: 0 1rem; }
  .omslag { padding: 2rem 1.25rem 1.5rem; }
  .colofon dl div { grid-template-columns: 1fr; gap: 0; }
}
)") + lemmaBodyStylesheet();
}

} // namespace trendweb
