// Checks the web addresses in footnotes over HTTP(S): a few at a time, each with a
// timeout, redirects followed and reported, results cached so that a second run
// asks the web only about what it has not seen lately.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace trendweb {

struct Edition;

// A web address in a note: which file, which note, and the address.
struct NoteSource
{
    QString path;   // "lemmas/woningbouw.md"
    QString label;  // the note's label
    int number = 0; // the number the reader sees; 0 when the note is not referenced
    QString url;
};

// Every address in the notes of the lemmas, rode draden and introduction, in order.
QList<NoteSource> noteSources(const Edition &edition);

struct SourceResult
{
    QString url;
    int status = 0;      // the first answer's HTTP status; 0 when there was none
    QString redirect;    // where a redirect led in the end, when it did
    int finalStatus = 0; // the status at the end of the redirects
    QString failure;     // why it did not work, in Dutch; empty when fine
    QDateTime checked;   // when the answer came
    bool cached = false; // taken from the cache, not asked again

    bool ok() const { return failure.isEmpty() && finalStatus >= 200 && finalStatus < 300; }
    // One line for a person: "200", "301 → https://… (200)", "404 niet gevonden", …
    QString summary() const;
};

struct SourceCheckOptions
{
    int concurrency = 4;   // requests at once
    int timeoutMs = 10000; // per request, without any answer
    int maxRedirects = 5;
    QString cacheFile;    // empty: no cache
    int cacheHours = 24;  // answers younger than this are not asked again
    bool refresh = false; // ignore the cache (but still write it)
};

class SourceChecker : public QObject
{
    Q_OBJECT

public:
    explicit SourceChecker(QObject *parent = nullptr);
    ~SourceChecker() override;

    // Checks each address once (duplicates are asked once); `finished` follows, also
    // when every answer came from the cache.
    void start(const QStringList &urls, const SourceCheckOptions &options);
    void cancel();
    bool busy() const { return m_busy; }
    QList<SourceResult> results() const; // in the order given
    SourceResult result(const QString &url) const { return m_results.value(url); }

    // The cache file of an edition: one per edition folder, in the user's cache folder.
    static QString defaultCacheFile(const QString &editionRoot);

Q_SIGNALS:
    void resultReady(const trendweb::SourceResult &result);
    void progress(int done, int total);
    void finished();

private:
    struct Job;
    void next();
    void send(std::shared_ptr<Job> job, const QString &url);
    void complete(const std::shared_ptr<Job> &job);
    void loadCache();
    void saveCache() const;

    QNetworkAccessManager *m_network;
    SourceCheckOptions m_options;
    QStringList m_order;
    QStringList m_queue;
    QHash<QString, SourceResult> m_results;
    QHash<QString, SourceResult> m_cache;
    QList<QNetworkReply *> m_running;
    int m_done = 0;
    bool m_busy = false;
};

} // namespace trendweb
