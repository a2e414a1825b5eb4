#include "keyring.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <qt6keychain/keychain.h>

namespace trendweb {

QString Keyring::keyFor(const QString &url)
{
    const QUrl parsed(url);
    QString key = parsed.scheme() + QStringLiteral("://") + parsed.host();
    if (parsed.port() > 0)
        key += QLatin1Char(':') + QString::number(parsed.port());
    return key;
}

namespace {

// Reads one entry: its bytes, nothing when there is none (or it is empty), or the
// keyring's reason when it could not be read.
void readEntry(const QString &service, const QString &key,
               std::function<void(std::optional<QByteArray>, const QString &error)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        auto *reading = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reading->error() == QKeychain::EntryNotFound)
            return done(std::nullopt, {});
        if (reading->error() != QKeychain::NoError)
            return done(std::nullopt, reading->errorString());
        const QByteArray data = reading->binaryData();
        done(data.isEmpty() ? std::nullopt : std::optional<QByteArray>(data), {});
    });
    job->start();
}

// Starts a job that changes the keyring and tells `done` (if any) whether it worked.
void startChange(QKeychain::Job *job, const QString &key,
                 std::function<void(bool ok, const QString &error)> done, bool absentIsFine = false)
{
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done, absentIsFine](QKeychain::Job *finished) {
            if (done)
                done(finished->error() == QKeychain::NoError ||
                         (absentIsFine && finished->error() == QKeychain::EntryNotFound),
                     finished->errorString());
        });
    job->start();
}

} // namespace

void Keyring::read(
    const QString &key,
    std::function<void(std::optional<StoredCredentials>, const QString &error)> done) const
{
    readEntry(m_service, key, [done](std::optional<QByteArray> data, const QString &error) {
        if (!data)
            return done(std::nullopt, error);
        const QJsonObject stored = QJsonDocument::fromJson(*data).object();
        StoredCredentials credentials{stored.value(QStringLiteral("user")).toString(),
                                      stored.value(QStringLiteral("token")).toString()};
        if (credentials.user.isEmpty() || credentials.token.isEmpty())
            return done(std::nullopt, {});
        done(credentials, {});
    });
}

void Keyring::write(const QString &key, const StoredCredentials &credentials,
                    std::function<void(bool ok, const QString &error)> done) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(QJsonDocument(QJsonObject{{QStringLiteral("user"), credentials.user},
                                                 {QStringLiteral("token"), credentials.token}})
                           .toJson(QJsonDocument::Compact));
    startChange(job, key, std::move(done));
}

void Keyring::remove(const QString &key,
                     std::function<void(bool ok, const QString &error)> done) const
{
    startChange(new QKeychain::DeletePasswordJob(m_service), key, std::move(done), true);
}

void Keyring::readSecret(
    const QString &key,
    std::function<void(std::optional<QString>, const QString &error)> done) const
{
    readEntry(m_service, key, [done](std::optional<QByteArray> data, const QString &error) {
        if (!data)
            return done(std::nullopt, error);
        done(QString::fromUtf8(*data), {});
    });
}

void Keyring::writeSecret(const QString &key, const QString &secret,
                          std::function<void(bool ok, const QString &error)> done) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    startChange(job, key, std::move(done));
}

} // namespace trendweb
