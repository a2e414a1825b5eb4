#include "sourcecheck.h"

namespace trendweb {

SourceCheck::SourceCheck(QObject *parent)
    : QObject(parent)
{
    connect(&m_checker, &SourceChecker::resultReady, this, [this] { update(); });
    connect(&m_checker, &SourceChecker::progress, this, [this](int done, int total) {
        if (m_checker.busy())
            setStatus(tr("%L1 van %L2 adressen gecontroleerd…").arg(done).arg(total));
    });
    connect(&m_checker, &SourceChecker::finished, this, [this] {
        update();
        int broken = 0;
        for (const QVariant &result : std::as_const(m_results))
            broken += result.toMap().value(QStringLiteral("ok")).toBool() ? 0 : 1;
        setStatus(broken == 0 ? tr("Alle %L1 adressen werken.").arg(m_checker.results().size())
                              : tr("%L1 van de %L2 noten met een adres hebben een probleem.")
                                    .arg(broken)
                                    .arg(m_urls.size()));
        Q_EMIT busyChanged();
    });
}

void SourceCheck::setEditionRoot(const QString &root)
{
    if (m_editionRoot == root)
        return;
    m_editionRoot = root;
    Q_EMIT editionRootChanged();
    clear();
}

void SourceCheck::setTimeout(double seconds)
{
    if (qFuzzyCompare(m_timeout, seconds))
        return;
    m_timeout = seconds;
    Q_EMIT timeoutChanged();
}

void SourceCheck::check(const QVariantList &footnotes)
{
    m_urls.clear();
    QStringList urls;
    for (const QVariant &note : footnotes) {
        const QVariantMap map = note.toMap();
        const QString label = map.value(QStringLiteral("label")).toString();
        const QStringList noteUrls = map.value(QStringLiteral("urls")).toStringList();
        if (noteUrls.isEmpty())
            continue;
        m_urls.insert(label, noteUrls);
        urls.append(noteUrls);
    }
    m_results.clear();
    Q_EMIT resultsChanged();
    if (urls.isEmpty()) {
        setStatus(tr("Geen van de voetnoten heeft een webadres."));
        return;
    }
    SourceCheckOptions options;
    options.timeoutMs = int(m_timeout * 1000);
    options.refresh = true; // the button asks the web; the CLI may lean on the cache
    if (!m_editionRoot.isEmpty())
        options.cacheFile = SourceChecker::defaultCacheFile(m_editionRoot);
    m_checker.start(urls, options);
    Q_EMIT busyChanged();
}

void SourceCheck::cancel()
{
    m_checker.cancel();
    setStatus(tr("Gestopt; wat al gecontroleerd was, staat bij de noten."));
}

void SourceCheck::clear()
{
    m_checker.cancel();
    m_results.clear();
    m_urls.clear();
    setStatus({});
    Q_EMIT resultsChanged();
}

void SourceCheck::update()
{
    m_results.clear();
    for (auto it = m_urls.cbegin(); it != m_urls.cend(); ++it) {
        QStringList lines;
        bool ok = true;
        bool any = false;
        for (const QString &url : it.value()) {
            const SourceResult result = m_checker.result(url);
            if (result.url.isEmpty())
                continue; // not answered yet
            any = true;
            ok = ok && result.ok();
            lines.append(it.value().size() > 1 ? url + QStringLiteral(": ") + result.summary()
                                               : result.summary());
        }
        if (any)
            m_results.insert(
                it.key(), QVariantMap{{QStringLiteral("ok"), ok},
                                      {QStringLiteral("summary"), lines.join(QLatin1Char('\n'))}});
    }
    Q_EMIT resultsChanged();
}

void SourceCheck::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

} // namespace trendweb
