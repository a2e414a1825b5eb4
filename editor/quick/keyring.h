// The desktop's keyring (Secret Service, KWallet) through QtKeychain: where the app keeps a
// shared edition's user name and token and an SSH key's passphrase between starts, never in
// a file of its own.
// Asynchronous: call on the UI thread; `done` is called there when the keyring answered.
#pragma once

#include <QString>
#include <functional>
#include <optional>

namespace trendweb {

struct StoredCredentials
{
    QString user;
    QString token;
};

class Keyring
{
public:
    explicit Keyring(QString service = QStringLiteral("Trendweb Studio"))
        : m_service(std::move(service))
    {}

    // The entry for a shared edition: its server ("https://host:port"), so that every
    // edition on one server shares the token.
    static QString keyFor(const QString &url);

    // nullopt when nothing is stored (or the keyring cannot be reached: `error` says so).
    void
    read(const QString &key,
         std::function<void(std::optional<StoredCredentials>, const QString &error)> done) const;
    void write(const QString &key, const StoredCredentials &credentials,
               std::function<void(bool ok, const QString &error)> done = {}) const;
    void remove(const QString &key,
                std::function<void(bool ok, const QString &error)> done = {}) const;

    // A single secret, such as the passphrase of an SSH key (key: the private key file's
    // path). nullopt when nothing is stored or the keyring cannot be reached.
    void readSecret(const QString &key,
                    std::function<void(std::optional<QString>, const QString &error)> done) const;
    void writeSecret(const QString &key, const QString &secret,
                     std::function<void(bool ok, const QString &error)> done = {}) const;

private:
    QString m_service;
};

} // namespace trendweb
