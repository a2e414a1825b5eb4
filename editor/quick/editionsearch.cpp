#include "editionsearch.h"

#include "editing/search.h"
#include "editioncontroller.h"
#include "lemmadocument.h"

#include <QSet>

namespace trendweb {

EditionSearch::EditionSearch(QObject *parent)
    : QObject(parent)
{
    // Searching the whole edition waits for a pause in typing.
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &EditionSearch::refresh);
}

void EditionSearch::setEdition(EditionController *edition)
{
    if (m_edition == edition)
        return;
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    if (m_edition)
        connect(m_edition, &EditionController::diagnosticsChanged, &m_timer,
                qOverload<>(&QTimer::start));
    Q_EMIT editionChanged();
    m_timer.start();
}

void EditionSearch::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    m_timer.start();
}

void EditionSearch::setCaseSensitive(bool on)
{
    if (m_caseSensitive == on)
        return;
    m_caseSensitive = on;
    Q_EMIT optionsChanged();
    m_timer.start();
}

void EditionSearch::setWholeWords(bool on)
{
    if (m_wholeWords == on)
        return;
    m_wholeWords = on;
    Q_EMIT optionsChanged();
    m_timer.start();
}

QVariantList EditionSearch::positions(const QString &text) const
{
    QVariantList list;
    for (const int position : findAll(text, m_query, {m_caseSensitive, m_wholeWords}))
        list.append(position);
    return list;
}

QVariantMap EditionSearch::replacedIn(const QString &text, const QString &replacement) const
{
    int count = 0;
    const QString result =
        replaceAll(text, m_query, replacement, {m_caseSensitive, m_wholeWords}, &count);
    return {{QStringLiteral("text"), result}, {QStringLiteral("count"), count}};
}

QVariantMap EditionSearch::replaceInEdition(const QString &replacement)
{
    const auto edition = m_edition ? m_edition->snapshot() : nullptr;
    if (!edition || m_query.isEmpty())
        return {{QStringLiteral("error"), tr("Typ eerst wat er gezocht moet worden.")}};
    QStringList paths;
    for (const QList<Document> *documents :
         {&edition->lemmas, &edition->threads, &edition->intro}) {
        for (const Document &document : *documents)
            paths.append(document.path);
    }
    int count = 0;
    const auto changed = replaceInFiles(edition->root, paths, m_query, replacement,
                                        {m_caseSensitive, m_wholeWords}, &count);
    if (!changed)
        return {{QStringLiteral("error"), changed.error().toString()}};
    return {{QStringLiteral("files"), changed.value()}, {QStringLiteral("count"), count}};
}

QVariantMap EditionSearch::replaceEverywhere(const QString &replacement, LemmaDocument *document)
{
    const bool open = document && !document->filePath().isEmpty();
    if (open && document->modified() && !document->save()) {
        const QString message = tr("Het lemma kon niet worden opgeslagen; er is niets vervangen.");
        return {{QStringLiteral("error"), message}, {QStringLiteral("message"), message}};
    }
    QVariantMap outcome = replaceInEdition(replacement);
    if (outcome.contains(QStringLiteral("error"))) {
        outcome.insert(QStringLiteral("message"), outcome.value(QStringLiteral("error")));
        return outcome;
    }
    const int files = int(outcome.value(QStringLiteral("files")).toStringList().size());
    outcome.insert(
        QStringLiteral("message"),
        tr("%L1 keer vervangen in %Ln bestanden. Vastleggen maakt er een versie van.", "", files)
            .arg(outcome.value(QStringLiteral("count")).toInt()));
    if (open)
        document->load(document->filePath());
    return outcome;
}

void EditionSearch::refresh()
{
    m_timer.stop();
    m_results.clear();
    QSet<QString> files;
    const auto edition = m_edition ? m_edition->snapshot() : nullptr;
    if (edition && !m_query.isEmpty()) {
        for (const SearchHit &hit :
             searchEdition(*edition, m_query, {m_caseSensitive, m_wholeWords})) {
            files.insert(hit.path);
            m_results.append(QVariantMap{{QStringLiteral("path"), hit.path},
                                         {QStringLiteral("title"), hit.title},
                                         {QStringLiteral("letter"), hit.letter},
                                         {QStringLiteral("start"), hit.start},
                                         {QStringLiteral("length"), hit.length},
                                         {QStringLiteral("line"), hit.line},
                                         {QStringLiteral("column"), hit.column},
                                         {QStringLiteral("before"), hit.before},
                                         {QStringLiteral("match"), hit.match},
                                         {QStringLiteral("after"), hit.after}});
        }
    }
    m_fileCount = int(files.size());
    Q_EMIT resultsChanged();
}

} // namespace trendweb
