#include "footnotes.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace trendweb {

QStringList urlsIn(const QString &text)
{
    if (!text.contains(QLatin1Char(':')))
        return {}; // no scheme, no address

    // <…> autolinks and (…) link destinations first, then bare addresses outside them.
    static const QRegularExpression bracketed(
        QStringLiteral("<((?:https?|ftp|javascript|data|file):[^>]*)>|\\]\\(([^)\\s]+)\\)"),
        QRegularExpression::CaseInsensitiveOption);
    // Bare web addresses, an IPv6 host in brackets included ("http://[::1]:8080/x"), and
    // bare file: and ftp: addresses, which are reported as not being web addresses.
    static const QRegularExpression bare(
        QStringLiteral("\\b(?:https?://|ftp://|file:/*)(?:\\[[0-9a-f:.]*\\])?[^\\s<>()\\[\\]]*"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList urls;
    QString rest = text;
    for (auto it = bracketed.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        urls.append(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
        rest.replace(match.capturedStart(), match.capturedLength(),
                     QString(match.capturedLength(), QLatin1Char(' ')));
    }
    for (auto it = bare.globalMatch(rest); it.hasNext();) {
        QString url = it.next().captured();
        while (url.endsWith(QLatin1Char('.')) || url.endsWith(QLatin1Char(',')) ||
               url.endsWith(QLatin1Char(';')))
            url.chop(1);
        urls.append(url);
    }
    return urls;
}

bool isValidWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    // A name with a dot, localhost, or an IPv6 address ("[::1]").
    return url.host().contains(QLatin1Char('.')) || url.host() == QLatin1String("localhost") ||
           url.host().contains(QLatin1Char(':'));
}

QList<Footnote> footnotes(const MarkdownDocument &markdown,
                          const QList<FootnoteReference> &figureReferences)
{
    static const QRegularExpression accessed(
        QStringLiteral("Geraadpleegd op ([0-9]{1,2} [a-z]+ [0-9]{4})"),
        QRegularExpression::CaseInsensitiveOption);

    // The text's references and the figures' in reading order; a figure's marker is a
    // paragraph of its own, so a line tells them apart.
    QList<std::pair<const FootnoteReference *, bool>> ordered; // reference, from the text
    for (const FootnoteReference &reference : markdown.footnoteReferences)
        ordered.append({&reference, true});
    for (const FootnoteReference &reference : figureReferences)
        ordered.append({&reference, false});
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return std::pair(a.first->range.startLine, a.first->range.startColumn) <
               std::pair(b.first->range.startLine, b.first->range.startColumn);
    });
    QList<Footnote> list;
    QHash<QString, qsizetype> byLabel;
    for (const auto &[reference, inText] : ordered) {
        auto it = byLabel.find(reference->label);
        if (it == byLabel.end()) {
            Footnote note;
            note.label = reference->label;
            note.number = int(list.size()) + 1;
            it = byLabel.insert(reference->label, list.size());
            list.append(note);
        }
        if (inText)
            ++list[*it].referenceCount;
    }
    for (const FootnoteDefinition &definition : markdown.footnoteDefinitions) {
        auto it = byLabel.find(definition.label);
        if (it == byLabel.end()) {
            Footnote note;
            note.label = definition.label;
            it = byLabel.insert(definition.label, list.size());
            list.append(note);
        }
        Footnote &note = list[*it];
        if (note.defined())
            continue; // a second definition: the first one counts
        note.text = definition.text;
        note.line = definition.range.startLine;
        note.urls = urlsIn(definition.text);
        if (const auto match = accessed.match(definition.text); match.hasMatch())
            note.accessed = match.captured(1);
    }
    return list;
}

} // namespace trendweb
