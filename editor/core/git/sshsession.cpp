// SSH as OpenSSH would do it, inside libgit2's callbacks: the real target from `ssh -G`,
// the server's key against known_hosts (a changed key is refused, never overridden), the
// keys offered one by one with a passphrase asked where needed, and failures in Dutch.
#include "git/knownhosts.h"
#include "git/sshsession_p.h"
#include "messages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace trendweb::git {

namespace {

QString keyType(git_cert_ssh_raw_type_t type)
{
    switch (type) {
    case GIT_CERT_SSH_RAW_TYPE_RSA:
        return QStringLiteral("ssh-rsa");
    case GIT_CERT_SSH_RAW_TYPE_DSS:
        return QStringLiteral("ssh-dss");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_256:
        return QStringLiteral("ecdsa-sha2-nistp256");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_384:
        return QStringLiteral("ecdsa-sha2-nistp384");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_521:
        return QStringLiteral("ecdsa-sha2-nistp521");
    case GIT_CERT_SSH_RAW_TYPE_KEY_ED25519:
        return QStringLiteral("ssh-ed25519");
    default:
        return {};
    }
}

SshSession &session(CallbackPayload &payload)
{
    if (!payload.ssh) {
        // libgit2 chose SSH for a URL we did not take for one: OpenSSH's defaults.
        payload.ssh = std::make_shared<SshSession>();
        if (auto target = resolveSshUrl(payload.url))
            payload.ssh->target = *target;
    }
    return *payload.ssh;
}

// The host as a person names it to `trendweb forget-host`.
QString hostArgument(const SshTarget &target)
{
    return target.port == 22 ? target.host
                             : QStringLiteral("%1:%2").arg(target.host).arg(target.port);
}

bool agentAvailable()
{
    const QString socket = qEnvironmentVariable("SSH_AUTH_SOCK");
    return !socket.isEmpty() && QFileInfo::exists(socket);
}

void listCandidates(SshSession &ssh, const RemoteCallbacks &callbacks)
{
    ssh.candidatesListed = true;
    if (!callbacks.sshKey.isEmpty())
        ssh.candidates << callbacks.sshKey;
    if (agentAvailable())
        ssh.candidates << QString(); // the agent
    for (const QString &file : ssh.target.identityFiles) {
        if (QFileInfo(file).isFile() && !ssh.candidates.contains(file))
            ssh.candidates << file;
    }
}

QString noKeyAccepted(const SshSession &ssh)
{
    const SshTarget &target = ssh.target;
    if (!ssh.locked.isEmpty())
        return GitText::tr(
                   "De sleutel %1 is beveiligd met een wachtwoordzin, en die is niet gegeven; er "
                   "is niets verstuurd of opgehaald. Geef de wachtwoordzin wanneer erom gevraagd "
                   "wordt, of laad de sleutel eenmalig in de ssh-agent met: ssh-add %1")
            .arg(ssh.locked.first());
    if (ssh.tried.isEmpty())
        return GitText::tr(
                   "Er is geen SSH-sleutel om mee in te loggen bij %1 (gezocht: %2). Maak er een "
                   "met ssh-keygen en stuur de beheerder de publieke sleutel (het .pub-bestand).")
            .arg(target.host, target.identityFiles.join(QStringLiteral(", ")));
    QStringList tried;
    QString publicKey;
    for (const QString &key : ssh.tried) {
        tried << (key.isEmpty() ? GitText::tr("de sleutels in de ssh-agent") : key);
        if (publicKey.isEmpty() && !key.isEmpty())
            publicKey = key + QStringLiteral(".pub");
    }
    return GitText::tr(
               "De server %1 liet u als gebruiker %2 niet binnen: geen van uw SSH-sleutels werd "
               "aangenomen (geprobeerd: %3). Stuur de beheerder uw publieke sleutel (%4) en vraag "
               "hem die toe te voegen; er is niets verstuurd of opgehaald.")
        .arg(target.host, target.user, tried.join(QStringLiteral(", ")),
             publicKey.isEmpty() ? GitText::tr("ssh-add -L toont hem") : publicKey);
}

} // namespace

bool isEncryptedKey(const QString &file)
{
    QFile key(file);
    if (!key.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = key.read(64 * 1024);
    static const QByteArray openSshBegin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    if (const qsizetype begin = text.indexOf(openSshBegin); begin >= 0) {
        const qsizetype start = begin + openSshBegin.size();
        const qsizetype end = text.indexOf("-----END", start);
        const QByteArray body =
            QByteArray::fromBase64(text.mid(start, end < 0 ? -1 : end - start).simplified());
        // "openssh-key-v1\0", then string ciphername, then string kdfname.
        static const QByteArray magic("openssh-key-v1\0", 15);
        if (!body.startsWith(magic))
            return false;
        qsizetype at = magic.size();
        QByteArray fields[2];
        for (QByteArray &field : fields) {
            if (body.size() < at + 4)
                return false;
            const auto *bytes = reinterpret_cast<const uchar *>(body.constData() + at);
            const quint32 length = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) |
                                   (quint32(bytes[2]) << 8) | quint32(bytes[3]);
            at += 4;
            if (body.size() < at + qsizetype(length))
                return false;
            field = body.mid(at, length);
            at += length;
        }
        return fields[1] != "none" || fields[0] != "none";
    }
    return text.contains("ENCRYPTED"); // PEM: "Proc-Type: 4,ENCRYPTED" or PKCS#8
}

int sshCredentials(git_credential **out, const char *user, unsigned int allowed,
                   CallbackPayload &payload)
{
    SshSession &ssh = session(payload);
    const RemoteCallbacks &callbacks = *payload.callbacks;
    const QByteArray name = user ? QByteArray(user) : ssh.target.user.toUtf8();
    if (!(allowed & GIT_CREDENTIAL_SSH_KEY)) {
        if (allowed & GIT_CREDENTIAL_USERNAME)
            return git_credential_username_new(out, name.isEmpty() ? "git" : name.constData());
        return GIT_PASSTHROUGH;
    }
    if (!ssh.pendingPassphraseKey.isEmpty()) {
        // The key opened with its passphrase; it is the server that said no.
        ssh.pendingPassphraseKey.clear();
        if (callbacks.secretVerdict)
            callbacks.secretVerdict(true);
    }
    if (!ssh.candidatesListed)
        listCandidates(ssh, callbacks);
    while (ssh.next < ssh.candidates.size()) {
        const QString key = ssh.candidates.at(ssh.next++);
        if (key.isEmpty()) {
            ssh.tried << key;
            return git_credential_ssh_key_from_agent(out, name.constData());
        }
        const QByteArray privateKey = QFile::encodeName(key);
        const QString publicKey = key + QStringLiteral(".pub");
        if (!isEncryptedKey(key)) {
            ssh.tried << key;
            return git_credential_ssh_key_new(
                out, name.constData(),
                QFileInfo::exists(publicKey) ? QFile::encodeName(publicKey).constData() : nullptr,
                privateKey.constData(), nullptr);
        }
        std::optional<QString> passphrase;
        if (ssh.secrets.contains(key))
            passphrase = ssh.secrets.value(key);
        else if (callbacks.askPassphrase)
            passphrase = callbacks.askPassphrase(key);
        if (!passphrase) {
            ssh.locked << key;
            continue;
        }
        ssh.secrets.insert(key, *passphrase);
        ssh.tried << key;
        ssh.pendingPassphraseKey = key;
        // Without the public key file libssh2 must open the private key first, so a wrong
        // passphrase fails there, told apart from a key the server does not accept.
        return git_credential_ssh_key_new(out, name.constData(), nullptr, privateKey.constData(),
                                          passphrase->toUtf8().constData());
    }
    payload.refusal = noKeyAccepted(ssh);
    return GIT_EUSER;
}

int sshCertificateCheck(git_cert *cert, CallbackPayload &payload)
{
    SshSession &ssh = session(payload);
    ssh.reachedServer = true;
    const SshTarget &target = ssh.target;
    const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
    if (!(hostKey->type & GIT_CERT_SSH_RAW) || !hostKey->hostkey ||
        keyType(hostKey->raw_type).isEmpty()) {
        payload.refusal = GitText::tr("De server %1 toont een sleutel die dit programma niet kan "
                                      "controleren; er is niets verstuurd of opgehaald.")
                              .arg(target.host);
        return GIT_ECERTIFICATE;
    }
    const HostKey key{keyType(hostKey->raw_type),
                      QByteArray(hostKey->hostkey, qsizetype(hostKey->hostkey_len))};
    const QString name = target.knownHostsName();
    const HostKeyCheck check = checkHostKey(target.knownHostsFiles(), name, key);
    if (check.state == HostKeyCheck::Known)
        return 0;
    if (check.state == HostKeyCheck::Changed) {
        QString old;
        for (const KnownHostLine &line : check.others) {
            if (line.key.type == key.type) {
                old = line.key.fingerprint();
                break;
            }
        }
        payload.refusal =
            GitText::tr(
                "Pas op: de server %1 toont een andere sleutel dan de vorige keer. Bekend was %2, "
                "nu is het %3. Misschien is de server vernieuwd, maar het kan ook iemand zijn die "
                "zich voor de server uitgeeft; er is niets verstuurd of opgehaald. Vraag de "
                "beheerder of de sleutel echt veranderd is. Alleen als hij %3 bevestigt: geef "
                "'trendweb forget-host %4' en vertrouw daarna de nieuwe sleutel.")
                .arg(target.host, old, key.fingerprint(), hostArgument(target));
        return GIT_ECERTIFICATE;
    }
    const RemoteCallbacks &callbacks = *payload.callbacks;
    if (!callbacks.acceptHostKey || !callbacks.acceptHostKey(target.host, key.fingerprint())) {
        payload.refusal = GitText::tr("De sleutel van %1 is onbekend (%2). Controleer hem bij de "
                                      "beheerder en vertrouw hem pas daarna.")
                              .arg(target.host, key.fingerprint());
        return GIT_ECERTIFICATE;
    }
    // Trusted by the person: remembered where and as ssh would.
    const QString file =
        target.userKnownHosts.value(0, QDir::homePath() + QStringLiteral("/.ssh/known_hosts"));
    if (auto remembered = rememberHostKey(file, name, key, target.hashKnownHosts); !remembered) {
        payload.refusal = remembered.error().message;
        return GIT_ECERTIFICATE;
    }
    return 0;
}

QString sshFailureReason(const CallbackPayload &payload)
{
    if (!payload.ssh)
        return {};
    SshSession &ssh = *payload.ssh;
    const SshTarget &target = ssh.target;
    const git_error *error = git_error_last();
    const QString detail = error && error->message ? QString::fromUtf8(error->message) : QString();
    const int klass = error ? error->klass : GIT_ERROR_NONE;
    if (!ssh.pendingPassphraseKey.isEmpty() && klass == GIT_ERROR_SSH &&
        detail.contains(QLatin1String("private key"), Qt::CaseInsensitive)) {
        const QString key = ssh.pendingPassphraseKey;
        ssh.pendingPassphraseKey.clear();
        if (payload.callbacks->secretVerdict)
            payload.callbacks->secretVerdict(false);
        return GitText::tr(
                   "De wachtwoordzin voor de sleutel %1 klopt niet; er is niets verstuurd of "
                   "opgehaald. Probeer het opnieuw met de juiste wachtwoordzin.")
            .arg(key);
    }
    if (!payload.refusal.isEmpty())
        return payload.refusal;
    if (!ssh.reachedServer)
        return GitText::tr(
                   "De server %1 (poort %2) is niet bereikbaar; er is niets verstuurd of "
                   "opgehaald. Controleer de internetverbinding en het adres, of probeer het "
                   "later opnieuw.")
            .arg(target.host)
            .arg(target.port);
    if (detail.contains(QLatin1String("does not appear to be a git repository")) ||
        detail.contains(QLatin1String("not found"), Qt::CaseInsensitive) ||
        detail.contains(QLatin1String("No such file"), Qt::CaseInsensitive))
        return GitText::tr(
                   "Op de server %1 staat geen gedeelde editie op %2. Controleer het adres bij de "
                   "beheerder; er is niets verstuurd of opgehaald.")
            .arg(target.host, target.path);
    if (klass == GIT_ERROR_SSH)
        return GitText::tr(
                   "De verbinding met de server %1 is onverwacht afgebroken; er is niets verstuurd "
                   "of opgehaald. Probeer het opnieuw; blijft het misgaan, vraag het dan de "
                   "beheerder.")
            .arg(target.host);
    return {};
}

void prepareSsh(CallbackPayload &payload, git_remote *remote)
{
    if (!payload.ssh) {
        auto target = resolveSshUrl(payload.url);
        if (!target)
            return;
        payload.ssh = std::make_shared<SshSession>();
        payload.ssh->target = *target;
    }
    if (remote && !payload.ssh->target.user.isEmpty())
        git_remote_set_instance_url(remote,
                                    payload.ssh->target.effectiveUrl().toUtf8().constData());
}

void finishSsh(CallbackPayload &payload, bool succeeded)
{
    if (!payload.ssh || payload.ssh->pendingPassphraseKey.isEmpty())
        return;
    payload.ssh->pendingPassphraseKey.clear();
    if (succeeded && payload.callbacks->secretVerdict)
        payload.callbacks->secretVerdict(true);
}

} // namespace trendweb::git
