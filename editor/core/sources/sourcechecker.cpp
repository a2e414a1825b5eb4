#include "sourcechecker.h"

#include "edition.h"
#include "footnotes.h"
#include "textfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTimer>
#include <functional>

namespace trendweb {

namespace {

QString statusFailure(int status)
{
    switch (status) {
    case 401:
        return QObject::tr("vraagt om inloggen (401)");
    case 403:
        return QObject::tr("geen toegang (403)");
    case 404:
        return QObject::tr("niet gevonden (404)");
    case 410:
        return QObject::tr("verdwenen (410)");
    default:
        break;
    }
    if (status >= 500)
        return QObject::tr("fout bij de server (%1)").arg(status);
    return QObject::tr("onverwacht antwoord (%1)").arg(status);
}

QString networkFailure(QNetworkReply::NetworkError error, const QString &detail)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return QObject::tr("server niet gevonden");
    case QNetworkReply::ConnectionRefusedError:
        return QObject::tr("verbinding geweigerd");
    case QNetworkReply::RemoteHostClosedError:
        return QObject::tr("verbinding verbroken door de server");
    case QNetworkReply::SslHandshakeFailedError:
        return QObject::tr("beveiligde verbinding mislukt (certificaat)");
    case QNetworkReply::TooManyRedirectsError:
        return QObject::tr("te veel doorverwijzingen");
    default:
        return QObject::tr("mislukt: %1").arg(detail);
    }
}

QJsonObject toJson(const SourceResult &result)
{
    return {{QStringLiteral("status"), result.status},
            {QStringLiteral("redirect"), result.redirect},
            {QStringLiteral("finalStatus"), result.finalStatus},
            {QStringLiteral("failure"), result.failure},
            {QStringLiteral("checked"), result.checked.toString(Qt::ISODate)}};
}

SourceResult fromJson(const QString &url, const QJsonObject &object)
{
    SourceResult result;
    result.url = url;
    result.status = object.value(QStringLiteral("status")).toInt();
    result.redirect = object.value(QStringLiteral("redirect")).toString();
    result.finalStatus = object.value(QStringLiteral("finalStatus")).toInt();
    result.failure = object.value(QStringLiteral("failure")).toString();
    result.checked =
        QDateTime::fromString(object.value(QStringLiteral("checked")).toString(), Qt::ISODate);
    result.cached = true;
    return result;
}

} // namespace

QList<NoteSource> noteSources(const Edition &edition)
{
    QList<NoteSource> sources;
    for (const QList<Document> *documents : {&edition.lemmas, &edition.threads, &edition.intro}) {
        for (const Document &document : *documents) {
            for (const Footnote &note : document.footnotes) {
                for (const QString &url : note.urls)
                    sources.append({document.path, note.label, note.number, url});
            }
        }
    }
    return sources;
}

QString SourceResult::summary() const
{
    QString text;
    if (!redirect.isEmpty())
        text = QObject::tr("doorverwezen (%1) naar %2 — ").arg(status).arg(redirect);
    if (!failure.isEmpty())
        text += failure;
    else
        text += QObject::tr("in orde (%1)").arg(finalStatus);
    if (cached)
        text += QObject::tr(" · eerder gecontroleerd");
    return text;
}

struct SourceChecker::Job
{
    QString url;
    int redirects = 0;
    SourceResult result;
    bool done = false;
};

SourceChecker::SourceChecker(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

SourceChecker::~SourceChecker()
{
    cancel();
}

QString SourceChecker::defaultCacheFile(const QString &editionRoot)
{
    const QByteArray key = QCryptographicHash::hash(QDir(editionRoot).absolutePath().toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex()
                               .left(12);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath(QStringLiteral("trendweb/bronnen-%1.json").arg(QString::fromLatin1(key)));
}

void SourceChecker::start(const QStringList &urls, const SourceCheckOptions &options)
{
    cancel();
    m_options = options;
    m_options.concurrency = qMax(1, m_options.concurrency);
    m_order.clear();
    m_queue.clear();
    m_results.clear();
    m_done = 0;
    loadCache();
    for (const QString &url : urls) {
        if (m_order.contains(url))
            continue;
        m_order.append(url);
        const auto cached = m_cache.constFind(url);
        const bool fresh = cached != m_cache.cend() && !m_options.refresh &&
                           cached->checked.secsTo(QDateTime::currentDateTimeUtc()) <
                               qint64(m_options.cacheHours) * 3600;
        if (fresh)
            m_results.insert(url, *cached);
        else
            m_queue.append(url);
    }
    m_busy = true;
    m_done = int(m_order.size() - m_queue.size());
    for (const QString &url : std::as_const(m_order)) {
        if (m_results.contains(url))
            Q_EMIT resultReady(m_results.value(url));
    }
    Q_EMIT progress(m_done, int(m_order.size()));
    next();
}

void SourceChecker::cancel()
{
    m_queue.clear();
    const QList<QNetworkReply *> running = m_running;
    m_running.clear();
    for (QNetworkReply *reply : running) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_busy) {
        m_busy = false;
        saveCache();
        Q_EMIT finished();
    }
}

QList<SourceResult> SourceChecker::results() const
{
    QList<SourceResult> list;
    for (const QString &url : m_order) {
        if (m_results.contains(url))
            list.append(m_results.value(url));
    }
    return list;
}

void SourceChecker::next()
{
    while (m_running.size() < m_options.concurrency && !m_queue.isEmpty()) {
        auto job = std::make_shared<Job>();
        job->url = m_queue.takeFirst();
        job->result.url = job->url;
        if (!isValidWebUrl(job->url)) {
            job->result.failure = tr("geen geldig webadres");
            complete(job);
            continue;
        }
        send(job, job->url);
    }
    if (m_busy && m_running.isEmpty() && m_queue.isEmpty()) {
        m_busy = false;
        saveCache();
        Q_EMIT finished();
    }
}

void SourceChecker::send(std::shared_ptr<Job> job, const QString &url)
{
    QNetworkRequest request{QUrl(url)};
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("TrendwebStudio/1.0 (bronnencontrole)"));
    request.setTransferTimeout(0); // the timer below says why
    QNetworkReply *reply = m_network->get(request);
    m_running.append(reply);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->start(m_options.timeoutMs);

    // Ends this request: the answer is known (or it failed); the body is never read.
    const auto finish = [this, job, reply](const std::function<void()> &record) {
        if (!m_running.removeOne(reply))
            return;
        reply->disconnect(this);
        record();
        if (!reply->isFinished() && reply->error() == QNetworkReply::NoError)
            reply->abort(); // the answer is known: its body is not needed
        reply->deleteLater();
    };
    connect(timer, &QTimer::timeout, this, [this, job, finish] {
        finish([&] {
            job->result.failure = tr("geen antwoord binnen %1 s")
                                      .arg(QLocale().toString(m_options.timeoutMs / 1000.0));
            complete(job);
        });
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, job, reply, finish] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0)
            return;
        const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location").trimmed());
        finish([&] {
            if (job->redirects == 0)
                job->result.status = status;
            if (status >= 300 && status < 400 && !location.isEmpty() && location.isValid()) {
                const QString target = reply->url().resolved(location).toString();
                job->result.redirect = target;
                if (++job->redirects > m_options.maxRedirects) {
                    job->result.failure = tr("te veel doorverwijzingen");
                    complete(job);
                } else {
                    send(job, target);
                }
                return;
            }
            job->result.finalStatus = status;
            if (status < 200 || status >= 300)
                job->result.failure = statusFailure(status);
            complete(job);
        });
    });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply, finish] {
        finish([&] {
            job->result.failure = networkFailure(reply->error(), reply->errorString());
            complete(job);
        });
    });
}

void SourceChecker::complete(const std::shared_ptr<Job> &job)
{
    if (job->done)
        return;
    job->done = true;
    job->result.checked = QDateTime::currentDateTimeUtc();
    m_results.insert(job->url, job->result);
    if (job->result.finalStatus != 0) // an answer of the web; network trouble is asked again
        m_cache.insert(job->url, job->result);
    ++m_done;
    Q_EMIT resultReady(job->result);
    Q_EMIT progress(m_done, int(m_order.size()));
    QTimer::singleShot(0, this, &SourceChecker::next);
}

void SourceChecker::loadCache()
{
    m_cache.clear();
    if (m_options.cacheFile.isEmpty())
        return;
    const auto text = readTextFile(m_options.cacheFile);
    if (!text)
        return; // no cache yet, or unreadable: everything is asked
    const QJsonObject object = QJsonDocument::fromJson(text.value().toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        m_cache.insert(it.key(), fromJson(it.key(), it.value().toObject()));
}

void SourceChecker::saveCache() const
{
    if (m_options.cacheFile.isEmpty())
        return;
    QJsonObject object;
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it)
        object.insert(it.key(), toJson(it.value()));
    QDir().mkpath(QFileInfo(m_options.cacheFile).absolutePath());
    // A cache that cannot be written only means asking again next time.
    (void)writeTextFile(m_options.cacheFile,
                        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

} // namespace trendweb
