// The print edition's stylesheet (CSS Paged Media, as weasyprint reads it): A4, the
// running head with the lemma's letter and title and the page numbers on the outer side,
// every lemma from a new page, figures kept with their captions, no single lines left
// at the foot or the head of a page, and page numbers in the contents, in "Lees meer
// over" and in DE LIJST from the pages their links lead to.
#include "export/printedition.h"

namespace trendweb {

QString printStylesheet()
{
    return QStringLiteral(
        R"css(@page {
  size: A4;
  margin: 22mm 20mm 24mm 24mm;
  @top-left { content: string(kop); font: 8pt "DejaVu Sans", sans-serif; color: #555; }
  @top-right { content: string(editie); font: 8pt "DejaVu Sans", sans-serif; color: #555; }
}
@page :left {
  margin: 22mm 24mm 24mm 20mm;
  @bottom-left { content: counter(page); font: bold 9pt "DejaVu Sans", sans-serif; color: #1d4e89; }
}
@page :right {
  @top-left { content: string(editie); }
  @top-right { content: string(kop); }
  @bottom-right { content: counter(page); font: bold 9pt "DejaVu Sans", sans-serif; color: #1d4e89; }
}
@page omslag {
  margin: 0;
  background: #1d4e89;
  @top-left { content: none; } @top-right { content: none; }
  @bottom-left { content: none; } @bottom-right { content: none; }
}
@page voorwerk {
  @top-left { content: none; } @top-right { content: none; }
}

html { font: 10pt/1.45 "DejaVu Serif", serif; color: #1b1b1b; }
body { margin: 0; }
h1, h2, h3, h4 { font-family: "DejaVu Sans", sans-serif; line-height: 1.2; hyphens: manual; break-after: avoid; bookmark-level: none; }
h1 { font-size: 20pt; margin: 0 0 8mm; color: #1d4e89; }
h2 { font-size: 12.5pt; margin: 7mm 0 2mm; }
h3 { font-size: 10.5pt; margin: 5mm 0 1.5mm; }
p, li { orphans: 2; widows: 2; }
p { margin: 0 0 2.6mm; text-align: justify; hyphens: auto; }
a { color: inherit; text-decoration: none; }
.verborgen, .footnote-backref, .beginletters, .overslaan { display: none; }
.letter, .nummer { font-family: "DejaVu Sans", sans-serif; font-weight: bold; color: #1d4e89; }
.nummer { color: #b23a0a; }
sup { font-size: .7em; line-height: 0; vertical-align: super; }
sup a { color: #1d4e89; }

/* The cover: a page of its own, the colour of the site. */
.omslag { page: omslag; height: 297mm; padding: 70mm 24mm 0; color: #fff; font-family: "DejaVu Sans", sans-serif; }
.omslag .uitgever { font-weight: bold; letter-spacing: .08em; text-transform: uppercase; font-size: 12pt; margin: 0; }
.omslag h1 { font-size: 48pt; color: #fff; margin: 14mm 0 8mm; string-set: editie content(); }
.omslag .ondertitel { font-size: 16pt; margin: 0; text-align: left; }
.omslag .periode { white-space: nowrap; }
.omslag .uitgave { font-size: 13pt; margin: 6mm 0 0; text-align: left; }

/* Colophon and contents: the pages before the text, without a running head. */
.colofon { page: voorwerk; break-before: page; font: 9pt/1.5 "DejaVu Sans", sans-serif; padding-top: 150mm; }
.colofon h2 { font-size: 11pt; }
.colofon dl { display: block; margin: 0; }
.colofon dt { float: left; clear: left; width: 36mm; color: #555; }
.colofon dd { margin: 0 0 1.5mm 38mm; }
.inhoud { page: voorwerk; break-before: page; font-family: "DejaVu Sans", sans-serif; }
.inhoud h2 { font-size: 20pt; color: #1d4e89; margin: 0 0 6mm; bookmark-level: 1; bookmark-label: "Inhoud"; }
.inhoud h3 { font-size: 11pt; margin: 5mm 0 1.5mm; }
.inhoud ul { list-style: none; margin: 0; padding: 0; }
.inhoud li { margin: 0 0 1.4mm; }
.inhoud a { display: block; }
.inhoud a::after { content: leader(". ") target-counter(attr(href), page); }
.inhoud .letter, .inhoud .nummer { display: inline-block; width: 7mm; }

/* Every part from a new page, with its name in the running head. */
section[data-kop] { break-before: page; string-set: kop attr(data-kop); }
.leeswijzer h1, .het-web h1, .rode-draden > h1, .lijst h1 { bookmark-level: 1; }
.leeswijzer h2 { bookmark-level: 2; }
.draad-blok { margin-top: 8mm; }
article.draad .soort { font: bold 8.5pt "DejaVu Sans", sans-serif; letter-spacing: .08em; text-transform: uppercase; color: #b23a0a; margin: 0; break-after: avoid; }
article.draad h1 { font-size: 15pt; margin: 1mm 0 4mm; bookmark-level: 2; }
article.draad h2 { font-size: 11pt; }

/* HET WEB: the whole page. */
.het-web .uitleg { font: 9pt/1.4 "DejaVu Sans", sans-serif; color: #555; text-align: left; }
.het-web .web { margin-top: 4mm; }
.het-web svg { display: block; width: 100%; height: auto; }

/* A lemma: its letter large beside its title, notes at its end as in the 2025 print. */
article.lemma > h1 { font-size: 19pt; bookmark-level: 1; }
article.lemma > h1 .letter { display: inline-block; width: 13mm; height: 13mm; line-height: 13mm; margin-right: 3mm; border: 2pt solid #1d4e89; border-radius: 50%; text-align: center; font-size: 18pt; vertical-align: middle; }
article.lemma h2 { bookmark-level: 2; }
article.lemma .lees-meer h2, .footnotes h2 { bookmark-level: none; }
figure { margin: 4mm 0; padding: 0; break-inside: avoid; }
figure img { display: block; max-width: 100%; max-height: 150mm; margin: 0 auto 2mm; }
/* The text alternative of an image, in the PDF's text for screen readers, not on paper. */
.alt-tekst { position: absolute; font-size: 1pt; line-height: 1; color: transparent; white-space: nowrap; overflow: hidden; }
figcaption { font: 8.5pt/1.4 "DejaVu Sans", sans-serif; color: #444; border-top: .5pt solid #bbb; padding-top: 1.5mm; }
figure.zonder-afbeelding { border-left: 2pt solid #1d4e89; padding-left: 3mm; }
figure.zonder-afbeelding figcaption { border-top: none; padding-top: 0; }
.geen-afbeelding, .bron-volgt, .ontbreekt { font-style: italic; color: #555; }
/* A list or table still to come is the editors' note, not the text: a grey box. */
.ontbreekt { background: #eeeeee; border: 0.75pt solid #999; padding: 2mm 3mm; text-indent: 0; font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; break-inside: avoid; }
blockquote { margin: 3mm 0 3mm 6mm; font-style: italic; }
ul, ol { padding-left: 6mm; }
.lees-meer { margin-top: 6mm; padding: 3mm 4mm; background: #f1f0ec; break-inside: avoid; font: 9pt/1.5 "DejaVu Sans", sans-serif; }
.lees-meer h2 { font-size: 10pt; margin: 0 0 1.5mm; }
.lees-meer ul { list-style: none; margin: 0; padding: 0; }
.lees-meer .letter { display: inline-block; width: 6mm; }
.lees-meer a::after { content: ", blz. " target-counter(attr(href), page); color: #555; }
.footnotes { margin-top: 6mm; padding-top: 2mm; border-top: .5pt solid #bbb; font-size: 8pt; line-height: 1.4; }
.footnotes::before { content: "Noten"; display: block; font: bold 9pt "DejaVu Sans", sans-serif; margin-bottom: 1.5mm; }
.footnotes ol { padding-left: 7mm; margin: 0; }
.footnotes li { margin: 0 0 1mm; overflow-wrap: anywhere; }
.footnotes p { text-align: left; hyphens: manual; margin: 0; }

/* DE LIJST: an index with the letter and the page. */
.lijst .uitleg { font: 9pt/1.4 "DejaVu Sans", sans-serif; color: #555; text-align: left; }
/* The letter groups in two columns, A B / D E / …, as floats: the engine's column
   balancing (columns: 2) takes longer for this one page than ten lemmas. */
.register { font: 9.5pt/1.45 "DejaVu Sans", sans-serif; }
.register .groep { float: left; clear: left; width: 48%; break-inside: avoid; }
.register .groep:nth-child(2n) { float: right; clear: right; }
.register h2 { font-size: 13pt; color: #1d4e89; border-bottom: 1pt solid #1d4e89; margin: 4mm 0 1.5mm; }
.register ul { list-style: none; padding: 0; margin: 0; }
.register li { margin: 0 0 1mm; }
.register a { display: block; }
.register .stippel { display: none; }
.register .verwijzing { color: #1d4e89; font-weight: bold; }
.register .verwijzing::before { content: " ("; }
.register .verwijzing::after { content: ")"; }
.register a::after { content: leader(". ") target-counter(attr(href), page); }
)css");
}

} // namespace trendweb
