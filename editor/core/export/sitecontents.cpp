#include "export/sitecontents.h"

#include "export/htmlrenderer.h"

#include <QCollator>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace trendweb {

namespace {

// The introduction's own headings one level down: it stands under the home page's <h2>.
QString headingsDown(QString html)
{
    static const QRegularExpression heading(QStringLiteral("<(/?)h([1-5])([ >])"));
    QString out;
    qsizetype from = 0;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        out += html.mid(from, match.capturedStart() - from);
        out += QStringLiteral("<%1h%2%3")
                   .arg(match.captured(1))
                   .arg(match.captured(2).toInt() + 1)
                   .arg(match.captured(3));
        from = match.capturedEnd();
    }
    return out + html.mid(from);
}

// The letter a title is filed under in DE LIJST: its first letter without accents.
QString filedUnder(const QString &title)
{
    const QString plain = title.normalized(QString::NormalizationForm_D);
    for (const QChar c : plain) {
        if (c.isLetter())
            return QString(c.toUpper());
        if (c.isDigit())
            return QStringLiteral("0–9");
    }
    return QStringLiteral("#");
}

QString cover(const Edition &edition, const SiteLinks &links)
{
    const EditionInfo &info = edition.info;
    QString html = QStringLiteral("<section class=\"omslag\" aria-labelledby=\"omslag-titel\">\n");
    if (!info.publisher.isEmpty())
        html += QStringLiteral("<p class=\"uitgever\">%1</p>\n").arg(escapeHtml(info.publisher));
    html += QStringLiteral("<h1 id=\"omslag-titel\" class=\"titel\">%1</h1>\n")
                .arg(escapeHtml(info.title));
    if (!info.councilPeriod.isEmpty())
        html += QStringLiteral("<p class=\"ondertitel\">Trends en ontwikkelingen voor de "
                               "collegeperiode <span class=\"periode\">%1</span></p>\n")
                    .arg(escapeHtml(info.councilPeriod));
    QStringList edition_;
    if (info.number > 0)
        edition_.append(QStringLiteral("<span class=\"editie\">%1</span>")
                            .arg(escapeHtml(editionName(info.number))));
    if (info.year > 0)
        edition_.append(QStringLiteral("<span class=\"jaar\">%1</span>").arg(info.year));
    if (!edition_.isEmpty())
        html += QStringLiteral("<p class=\"uitgave\">%1</p>\n")
                    .arg(edition_.join(QStringLiteral(" · ")));
    html += QStringLiteral("<p class=\"verder\"><a class=\"knop\" href=\"#inhoudsopgave\">Inhoud"
                           "</a> <a class=\"knop\" href=\"%1\">HET WEB</a> <a class=\"knop\" "
                           "href=\"%2\">DE LIJST</a></p>\n</section>\n")
                .arg(links.web(), links.list());
    return html;
}

QString contents(const Edition &edition, const SiteLinks &links)
{
    QString html = QStringLiteral("<nav class=\"inhoudsopgave\" id=\"inhoudsopgave\" "
                                  "aria-labelledby=\"inhoudsopgave-titel\">\n"
                                  "<h2 id=\"inhoudsopgave-titel\">Inhoud</h2>\n");
    if (!edition.threads.isEmpty()) {
        html += QStringLiteral("<h3>De rode draden</h3>\n<ol class=\"draden\">\n");
        for (int i = 0; i < edition.threads.size(); ++i) {
            const Document &thread = edition.threads[i];
            html += QStringLiteral("<li><a href=\"%1\"><span class=\"nummer\">%2</span> "
                                   "<span class=\"titel\">%3</span></a></li>\n")
                        .arg(links.thread(thread.slug))
                        .arg(i + 1)
                        .arg(escapeHtml(thread.displayTitle()));
        }
        html += QStringLiteral("</ol>\n");
    }
    html += QStringLiteral("<h3>De lemma's</h3>\n<ol class=\"lemmas\">\n");
    for (const Document &lemma : edition.lemmas) {
        html += QStringLiteral("<li><a href=\"%1\"><span class=\"letter\">%2</span> "
                               "<span class=\"titel\">%3</span></a></li>\n")
                    .arg(links.lemma(lemma.slug), escapeHtml(lemma.letter),
                         escapeHtml(lemma.displayTitle()));
    }
    html += QStringLiteral(
                "</ol>\n<h3>Navigeren</h3>\n<ul class=\"navigeren\">\n"
                "<li><a href=\"%1\">HET WEB</a> <span>de lemma's en hoe ze naar elkaar "
                "verwijzen</span></li>\n<li><a href=\"%2\">DE LIJST</a> <span>alle lemma's op "
                "alfabet</span></li>\n</ul>\n</nav>\n")
                .arg(links.web(), links.list());
    return html;
}

QString colophon(const Edition &edition, const QDate &made)
{
    const EditionInfo &info = edition.info;
    const auto row = [](const QString &term, const QString &value) {
        return QStringLiteral("<div><dt>%1</dt><dd>%2</dd></div>\n").arg(term, value);
    };
    QString html = QStringLiteral("<section class=\"colofon\" aria-labelledby=\"colofon-titel\">\n"
                                  "<h2 id=\"colofon-titel\">Colofon</h2>\n<dl>\n");
    html += row(QStringLiteral("Titel"), escapeHtml(info.title));
    if (!info.publisher.isEmpty())
        html += row(QStringLiteral("Uitgave"), escapeHtml(info.publisher));
    QStringList edition_;
    if (info.number > 0)
        edition_.append(editionName(info.number));
    if (info.year > 0)
        edition_.append(QString::number(info.year));
    if (!edition_.isEmpty())
        html += row(QStringLiteral("Editie"), escapeHtml(edition_.join(QStringLiteral(", "))));
    if (!info.councilPeriod.isEmpty())
        html += row(QStringLiteral("Collegeperiode"), escapeHtml(info.councilPeriod));
    html += row(
        QStringLiteral("Website"),
        QStringLiteral("Gemaakt met Trendweb Studio op <time datetime=\"%1\">%2</time>")
            .arg(made.toString(Qt::ISODate), QLocale(QLocale::Dutch, QLocale::Netherlands)
                                                 .toString(made, QStringLiteral("d MMMM yyyy"))));
    return html + QStringLiteral("</dl>\n</section>\n");
}

} // namespace

QDate siteDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date();
    return QDate::currentDate();
}

QString editionName(int number)
{
    static const char *const words[] = {"Eerste", "Tweede",  "Derde",   "Vierde",  "Vijfde",
                                        "Zesde",  "Zevende", "Achtste", "Negende", "Tiende"};
    if (number >= 1 && number <= 10)
        return QString::fromLatin1(words[number - 1]) + QStringLiteral(" editie");
    return QStringLiteral("%1e editie").arg(number);
}

QString pageTitle(const Edition &edition, const QString &title)
{
    if (title.isEmpty() || title == edition.info.title)
        return edition.info.title;
    return title + QStringLiteral(" — ") + edition.info.title;
}

QString homeBody(const Edition &edition, const SiteLinks &links, const RenderOptions &options,
                 const QDate &made)
{
    QString html = cover(edition, links);
    for (const Document &intro : edition.intro) {
        const QString title =
            intro.title.isEmpty() ? QStringLiteral("Leeswijzer") : intro.displayTitle();
        html += QStringLiteral("<section class=\"leeswijzer\" aria-labelledby=\"leeswijzer\">\n"
                               "<h2 id=\"leeswijzer\">%1</h2>\n%2</section>\n")
                    .arg(escapeHtml(title), headingsDown(renderDocument(intro, options)));
    }
    return html + contents(edition, links) + colophon(edition, made);
}

QString listBody(const Edition &edition, const SiteLinks &links)
{
    QList<const Document *> sorted;
    for (const Document &lemma : edition.lemmas)
        sorted.append(&lemma);
    QCollator collator(QLocale(QLocale::Dutch, QLocale::Netherlands));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(sorted.begin(), sorted.end(), [&](const Document *a, const Document *b) {
        return collator.compare(a->displayTitle(), b->displayTitle()) < 0;
    });
    QList<QPair<QString, QList<const Document *>>> groups;
    for (const Document *lemma : std::as_const(sorted)) {
        const QString letter = filedUnder(lemma->displayTitle());
        if (groups.isEmpty() || groups.last().first != letter)
            groups.append({letter, {}});
        groups.last().second.append(lemma);
    }

    QString html = QStringLiteral(
        "<h1>DE LIJST</h1>\n<p class=\"uitleg\">Alle lemma's op alfabet. De letter achter een "
        "titel is de plaats van het lemma in HET WEB.</p>\n"
        "<nav class=\"beginletters\" aria-label=\"Beginletters\"><ul>\n");
    for (int i = 0; i < groups.size(); ++i)
        html += QStringLiteral("<li><a href=\"#beginletter-%1\">%2</a></li>\n")
                    .arg(i + 1)
                    .arg(escapeHtml(groups[i].first));
    html += QStringLiteral("</ul></nav>\n<div class=\"register\">\n");
    for (int i = 0; i < groups.size(); ++i) {
        html += QStringLiteral("<section class=\"groep\" aria-labelledby=\"beginletter-%1\">\n"
                               "<h2 id=\"beginletter-%1\">%2</h2>\n<ul>\n")
                    .arg(i + 1)
                    .arg(escapeHtml(groups[i].first));
        for (const Document *lemma : std::as_const(groups[i].second)) {
            html += QStringLiteral("<li><a href=\"%1\"><span class=\"titel\">%2</span>"
                                   "<span class=\"stippel\" aria-hidden=\"true\"></span>"
                                   "<span class=\"verwijzing\"><span class=\"verborgen\">lemma "
                                   "</span><span class=\"letter\">%3</span></span></a></li>\n")
                        .arg(links.lemma(lemma->slug), escapeHtml(lemma->displayTitle()),
                             escapeHtml(lemma->letter));
        }
        html += QStringLiteral("</ul>\n</section>\n");
    }
    return html + QStringLiteral("</div>\n");
}

QString threadBody(const Edition &edition, int index, const RenderOptions &options)
{
    const Document &thread = edition.threads.at(index);
    return QStringLiteral("<article class=\"draad\">\n<p class=\"soort\">Rode draad %1</p>\n"
                          "<h1><span class=\"nummer\">%1</span> %2</h1>\n%3</article>\n")
        .arg(index + 1)
        .arg(escapeHtml(thread.displayTitle()), renderDocument(thread, options));
}

} // namespace trendweb
