// What a failed clone, fetch or push tells the person: each cause told apart, in Dutch,
// with the one next step that helps. libgit2's own (English) text is never the message;
// it appears only as a detail after a Dutch sentence when the cause is unknown.
#include "git/repository_p.h"
#include "git/sshsession_p.h"
#include "messages.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace trendweb::git {

QString syncErrorName(SyncError kind)
{
    switch (kind) {
    case SyncError::None:
        return {};
    case SyncError::Other:
        return QStringLiteral("other");
    case SyncError::Cancelled:
        return QStringLiteral("cancelled");
    case SyncError::CredentialsMissing:
        return QStringLiteral("credentialsMissing");
    case SyncError::AuthenticationRefused:
        return QStringLiteral("authenticationRefused");
    case SyncError::CertificateUntrusted:
        return QStringLiteral("certificateUntrusted");
    case SyncError::HostKeyUnknown:
        return QStringLiteral("hostKeyUnknown");
    case SyncError::Unreachable:
        return QStringLiteral("unreachable");
    case SyncError::NotFound:
        return QStringLiteral("notFound");
    case SyncError::MovedOn:
        return QStringLiteral("movedOn");
    case SyncError::RefusedByServer:
        return QStringLiteral("refusedByServer");
    }
    return {};
}

namespace {

// The server's name as a person knows it: "git.example.org" or "127.0.0.1:8443".
QString serverName(const QString &url)
{
    const QUrl parsed(url);
    if (!url.contains(QLatin1String("://")) || url.startsWith(QLatin1String("file://")))
        return url.startsWith(QLatin1String("file://")) ? parsed.toLocalFile() : url;
    if (parsed.host().isEmpty())
        return GitText::tr("de gedeelde plek");
    return parsed.port() > 0 ? QStringLiteral("%1:%2").arg(parsed.host()).arg(parsed.port())
                             : parsed.host();
}

// What the server's hook said, without git's progress lines.
QString serverWords(const QString &text)
{
    static const QRegularExpression progress(
        QStringLiteral("^(Counting|Compressing|Writing|Resolving|Unpacking|Total|Enumerating|"
                       "Delta compression|To )"));
    QStringList lines;
    for (QString line : text.split(QRegularExpression(QStringLiteral("[\r\n]")))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String("remote:")))
            line = line.mid(7).trimmed();
        if (line.isEmpty() || progress.match(line).hasMatch())
            continue;
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n')).left(2000);
}

SyncError classify(const CallbackPayload &payload, int result, const git_error *error)
{
    if (payload.kind != SyncError::None)
        return payload.kind;
    // A shared edition in a folder of this machine or a network share: there or not.
    const QString &url = payload.url;
    if (!url.contains(QLatin1String("://")) || url.startsWith(QLatin1String("file://"))) {
        const QString path =
            url.startsWith(QLatin1String("file://")) ? QUrl(url).toLocalFile() : url;
        if (!QFileInfo::exists(path))
            return SyncError::NotFound;
    }
    const int klass = error ? error->klass : GIT_ERROR_NONE;
    const QString text = error && error->message ? QString::fromUtf8(error->message) : QString();
    switch (result) {
    case GIT_EAUTH:
        return payload.userPassGiven ? SyncError::AuthenticationRefused
                                     : SyncError::CredentialsMissing;
    case GIT_ECERTIFICATE:
        return SyncError::CertificateUntrusted;
    case GIT_ENONFASTFORWARD:
        return SyncError::MovedOn;
    case GIT_EUSER:
        if (!payload.refusal.isEmpty())
            return SyncError::Other; // a callback said why, in its own words
        break;
    default:
        break;
    }
    if (klass == GIT_ERROR_SSL)
        return text.contains(QLatin1String("certificate")) ? SyncError::CertificateUntrusted
                                                           : SyncError::Unreachable;
    if (klass == GIT_ERROR_NET ||
        (klass == GIT_ERROR_OS && (text.startsWith(QLatin1String("failed to connect")) ||
                                   text.contains(QLatin1String("timed out")))))
        return SyncError::Unreachable;
    if (klass == GIT_ERROR_HTTP) {
        static const QRegularExpression status(QStringLiteral("status code: (\\d+)"));
        const int code = status.match(text).captured(1).toInt();
        if (code == 404)
            return SyncError::NotFound;
        if (code == 401 || code == 403)
            return payload.userPassGiven ? SyncError::AuthenticationRefused
                                         : SyncError::CredentialsMissing;
        if (code >= 500 || code == 0)
            return SyncError::Unreachable;
    }
    if (result == GIT_ENOTFOUND && (klass == GIT_ERROR_REPOSITORY || klass == GIT_ERROR_OS))
        return SyncError::NotFound;
    if (text.contains(QLatin1String("not appear to be a git repository")) ||
        text.contains(QLatin1String("could not find repository")))
        return SyncError::NotFound;
    return SyncError::Other;
}

QString stepWhat(SyncStep step)
{
    switch (step) {
    case SyncStep::Clone:
        return GitText::tr("De gedeelde editie kon niet worden opgehaald.");
    case SyncStep::Fetch:
        return GitText::tr("Ophalen van de gedeelde editie is mislukt.");
    case SyncStep::Push:
        return GitText::tr("Versturen naar de gedeelde editie is mislukt.");
    }
    return {};
}

QString nothingChanged(SyncStep step)
{
    return step == SyncStep::Clone ? GitText::tr("Er is geen map gemaakt.")
                                   : GitText::tr("Hier is niets veranderd.");
}

QString message(SyncError kind, const CallbackPayload &payload, SyncStep step,
                const QString &detail)
{
    const QString server = serverName(payload.url);
    switch (kind) {
    case SyncError::AuthenticationRefused:
        return GitText::tr(
                   "De server %1 weigerde de gebruikersnaam of het token. Controleer ze (of "
                   "vraag de beheerder om een nieuw token) en probeer het opnieuw. %2")
            .arg(server, nothingChanged(step));
    case SyncError::CredentialsMissing:
        return GitText::tr("De server %1 vraagt om een gebruikersnaam en token, maar die zijn niet "
                           "gegeven. Probeer het opnieuw en vul ze in. %2")
            .arg(server, nothingChanged(step));
    case SyncError::CertificateUntrusted:
        return GitText::tr("Het certificaat van %1 wordt niet vertrouwd (zelf ondertekend, van een "
                           "onbekende uitgever of voor een andere naam). Er is niets verstuurd of "
                           "opgehaald. Vraag de beheerder of dit de juiste server is.")
            .arg(server);
    case SyncError::Unreachable:
        return GitText::tr(
                   "De server %1 is niet bereikbaar (geen verbinding, onbekende naam of geen "
                   "antwoord). Controleer de internetverbinding en het adres en probeer het "
                   "later opnieuw. %2")
            .arg(server, nothingChanged(step));
    case SyncError::NotFound:
        return GitText::tr(
                   "Op %1 is op dit adres geen gedeelde editie gevonden. Controleer het adres "
                   "bij de beheerder. %2")
            .arg(server, nothingChanged(step));
    case SyncError::MovedOn:
        return GitText::tr("De gedeelde editie is intussen veranderd. Haal eerst op (Ophalen) en "
                           "verstuur daarna opnieuw; hier is niets veranderd.");
    case SyncError::RefusedByServer: {
        const QString words = serverWords(payload.serverText);
        if (words.isEmpty())
            return GitText::tr(
                       "De server %1 weigerde uw versies zonder uitleg. Er is niets verstuurd; "
                       "vraag de beheerder waarom.")
                .arg(server);
        return GitText::tr("De server %1 weigerde uw versies. De server zegt:\n%2\nEr is niets "
                           "verstuurd; pas aan wat de server vraagt of vraag de beheerder om hulp.")
            .arg(server, words);
    }
    case SyncError::Cancelled:
        return GitText::tr("Gestopt op uw verzoek. %1").arg(nothingChanged(step));
    case SyncError::HostKeyUnknown:
    case SyncError::Other:
    case SyncError::None:
        break;
    }
    return GitText::tr(
               "%1 De oorzaak is niet bekend; probeer het opnieuw en geef de melding aan de "
               "beheerder als het blijft gebeuren. (Technisch: %2)")
        .arg(stepWhat(step), detail);
}

void giveVerdict(CallbackPayload &payload, std::optional<bool> accepted)
{
    if (!payload.secretGiven || !accepted)
        return;
    payload.secretGiven = false; // once
    if (payload.callbacks && payload.callbacks->secretVerdict)
        payload.callbacks->secretVerdict(*accepted);
}

} // namespace

Error syncFailure(CallbackPayload &payload, SyncStep step, int result, const QString &where)
{
    const git_error *last = git_error_last();
    const QString detail =
        last && last->message ? QString::fromUtf8(last->message) : QStringLiteral("unknown error");
    const SyncError kind = classify(payload, result, last);
    Error error;
    error.file = where;
    error.detail = detail;
    error.kind = int(kind);
    // Over SSH the session knows best what went wrong (a passphrase, a key, a host key);
    // otherwise a callback that stopped the operation said why in its own words (Stoppen).
    if (const QString reason = sshFailureReason(payload); !reason.isEmpty())
        error.message = reason;
    else if (!payload.refusal.isEmpty())
        error.message = payload.refusal;
    else
        error.message = message(kind, payload, step, detail);
    switch (kind) {
    case SyncError::AuthenticationRefused:
        giveVerdict(payload, false);
        break;
    case SyncError::MovedOn:
    case SyncError::RefusedByServer:
    case SyncError::NotFound:
        giveVerdict(payload, true); // the server let us in before it said no
        break;
    default:
        break;
    }
    git_error_clear();
    return error;
}

void syncSucceeded(CallbackPayload &payload)
{
    giveVerdict(payload, true);
}

} // namespace trendweb::git
