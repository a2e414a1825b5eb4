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

void Keyring::read(
    const QString &key,
    std::function<void(std::optional<StoredCredentials>, const QString &error)> done) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        auto *reading = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reading->error() == QKeychain::EntryNotFound)
            return done(std::nullopt, {});
        if (reading->error() != QKeychain::NoError)
            return done(std::nullopt, reading->errorString());
        const QJsonObject stored = QJsonDocument::fromJson(reading->binaryData()).object();
        StoredCredentials credentials{stored.value(QStringLiteral("user")).toString(),
                                      stored.value(QStringLiteral("token")).toString()};
        if (credentials.user.isEmpty() || credentials.token.isEmpty())
            return done(std::nullopt, {});
        done(credentials, {});
    });
    job->start();
}

void Keyring::write(const QString &key, const StoredCredentials &credentials,
                    std::function<void(bool ok, const QString &error)> done) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(QJsonDocument(QJsonObject{{QStringLiteral("user"), credentials.user},
                                                 {QStringLiteral("token"), credentials.token}})
                           .toJson(QJsonDocument::Compact));
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        if (done)
            done(finished->error() == QKeychain::NoError, finished->errorString());
    });
    job->start();
}

void Keyring::remove(const QString &key,
                     std::function<void(bool ok, const QString &error)> done) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        if (done)
            done(finished->error() == QKeychain::NoError ||
                     finished->error() == QKeychain::EntryNotFound,
                 finished->errorString());
    });
    job->start();
}

void Keyring::readSecret(
    const QString &key,
    std::function<void(std::optional<QString>, const QString &error)> done) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        auto *reading = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reading->error() == QKeychain::EntryNotFound)
            return done(std::nullopt, {});
        if (reading->error() != QKeychain::NoError)
            return done(std::nullopt, reading->errorString());
        const QString secret = reading->textData();
        if (secret.isEmpty())
            return done(std::nullopt, {});
        done(secret, {});
    });
    job->start();
}

void Keyring::writeSecret(const QString &key, const QString &secret,
                          std::function<void(bool ok, const QString &error)> done) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *finished) {
        if (done)
            done(finished->error() == QKeychain::NoError, finished->errorString());
    });
    job->start();
}

} // namespace trendweb
