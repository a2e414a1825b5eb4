#include "versioncontroller.h"

#include "git/share.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace trendweb {

namespace {

// Where the confirmed identity is kept between starts.
const QString nameKey = QStringLiteral("auteur/naam");
const QString emailKey = QStringLiteral("auteur/email");

bool isHttp(const QString &url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

} // namespace

struct VersionController::SyncResult
{
    bool pushed = false;
    std::optional<git::PullOutcome> outcome;
    Error error;
    bool failed = false;
    // What the server asked that the window must ask the author (a host key, a token).
    std::shared_ptr<RemoteQuestion> question = std::make_shared<RemoteQuestion>();
};

VersionController::VersionController(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    m_author = {settings.value(nameKey).toString().trimmed(),
                settings.value(emailKey).toString().trimmed()};
    readSuggestion();
    connect(&m_sync, &QFutureWatcherBase::finished, this, &VersionController::finishSync);
}

VersionController::~VersionController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_sync.waitForFinished();
}

void VersionController::setEditionRoot(const QString &root)
{
    if (m_root == root)
        return;
    m_root = root;
    m_repository.reset();
    // What was said about the edition before is not about this one.
    setMessage({});
    setErrorMessage({});
    openRepository();
    Q_EMIT editionRootChanged();
    readSuggestion();
    refresh();
}

void VersionController::openRepository()
{
    if (m_repository || m_root.isEmpty())
        return;
    // A folder that has no versions yet is not an error: it is simply not shared yet
    // (Editie delen… gives it its first version). A history that cannot be read is one.
    if (!QFileInfo::exists(QDir(m_root).filePath(QStringLiteral(".git"))))
        return;
    auto opened = git::Repository::open(m_root);
    if (opened)
        m_repository = std::make_unique<git::Repository>(std::move(opened).value());
    else
        setErrorMessage(tr("De versies van deze editie zijn niet te lezen (%1). Uw tekst is er "
                           "nog; vraag de beheerder de map .git te herstellen.")
                            .arg(opened.error().message));
}

bool VersionController::confirmAuthor(const QString &name, const QString &email)
{
    const git::Signature author{name.trimmed(), email.trimmed()};
    if (!author.hasName()) {
        setErrorMessage(tr("Vul uw naam in: elke versie en opmerking wordt onder uw naam "
                           "bewaard."));
        return false;
    }
    if (author.name.contains(QLatin1Char('<')) || author.name.contains(QLatin1Char('>')) ||
        author.email.contains(QLatin1Char('<')) || author.email.contains(QLatin1Char('>'))) {
        setErrorMessage(tr("Een naam of e-mailadres mag geen < of > bevatten."));
        return false;
    }
    QSettings settings;
    settings.setValue(nameKey, author.name);
    settings.setValue(emailKey, author.email);
    setErrorMessage({});
    if (author.name == m_author.name && author.email == m_author.email)
        return true;
    m_author = author;
    Q_EMIT authorChanged();
    return true;
}

void VersionController::readSuggestion()
{
    const git::Signature suggestion =
        m_repository ? m_repository->configuredSignature() : git::userSignature();
    if (suggestion.name == m_suggestion.name && suggestion.email == m_suggestion.email)
        return;
    m_suggestion = suggestion;
    Q_EMIT suggestionChanged();
}

bool VersionController::refuseWithoutAuthor()
{
    if (hasAuthor())
        return false;
    setErrorMessage(tr("Vul eerst in wie u bent: een versie wordt onder uw naam vastgelegd."));
    return true;
}

void VersionController::refresh()
{
    openRepository(); // an edition just shared has its versions now
    if (!m_repository) {
        m_remoteUrl.clear();
        m_changes.setChanges({});
        m_conflicts.setConflicts({});
        Q_EMIT stateChanged();
        return;
    }
    if (auto status = m_repository->status(); status)
        m_changes.setChanges(status.value());
    else
        setErrorMessage(status.error().message);
    if (auto counts = m_repository->aheadBehind(); counts) {
        m_ahead = counts->first;
        m_behind = counts->second;
    } else {
        setErrorMessage(counts.error().message);
    }
    m_remoteUrl = m_repository->remoteUrl();
    m_merging = m_repository->isMerging();
    m_branch = QStringLiteral("main");
    if (auto conflicts = lemmaConflicts(*m_repository, true); conflicts)
        m_conflicts.setConflicts(conflicts.value(), m_root);
    m_otherAuthors.clear();
    if (m_merging) {
        if (auto authors = m_repository->incomingAuthors(); authors)
            m_otherAuthors = QLocale(QLocale::Dutch).createSeparatedList(authors.value());
    }
    Q_EMIT stateChanged();
}

bool VersionController::commit(const QString &message)
{
    if (!m_repository)
        return false;
    if (refuseWithoutAuthor())
        return false;
    if (message.trimmed().isEmpty()) {
        setErrorMessage(tr("Schrijf kort op wat er veranderd is."));
        return false;
    }
    const bool wasMerging = m_repository->isMerging();
    const QStringList paths = m_changes.checkedPaths();
    if (paths.isEmpty() && !wasMerging) {
        setErrorMessage(tr("Er is niets aangevinkt om vast te leggen."));
        return false;
    }
    const auto made = m_repository->commit(paths, message, signature());
    if (!made) {
        setErrorMessage(made.error().message);
        return false;
    }
    if (wasMerging)
        clearConflictDecisions(*m_repository);
    setErrorMessage({});
    setMessage(tr("Vastgelegd: %1").arg(message.section(QLatin1Char('\n'), 0, 0)));
    refresh();
    Q_EMIT committed(made.value());
    return true;
}

bool VersionController::startVersions()
{
    if (m_repository || m_root.isEmpty())
        return false;
    if (refuseWithoutAuthor())
        return false;
    if (auto started = git::startVersions(m_root, signature()); !started) {
        setErrorMessage(started.error().message);
        return false;
    }
    setErrorMessage({});
    openRepository();
    setMessage(tr("Deze editie houdt nu versies bij. Vastleggen bewaart voortaan elke versie."));
    refresh();
    return m_repository != nullptr;
}

void VersionController::pull()
{
    startSync(false);
}

void VersionController::push()
{
    startSync(true);
}

void VersionController::trustHost(const QString &fingerprint)
{
    m_answers.trustHost(fingerprint);
    startSync(m_lastWasPush);
}

void VersionController::provideCredentials(const QString &user, const QString &token, bool remember)
{
    m_answers.provideCredentials(user, token);
    m_credentialSource = CredentialSource::Dialog;
    m_rememberCredentials = remember;
    startSync(m_lastWasPush);
}

void VersionController::providePassphrase(const QString &keyFile, const QString &passphrase)
{
    m_answers.providePassphrase(keyFile, passphrase);
    startSync(m_lastWasPush);
}

void VersionController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void VersionController::startSync(bool pushing)
{
    if (!m_repository || m_syncing || m_lookingUp)
        return;
    m_lastWasPush = pushing;
    const QString url = m_repository->remoteUrl();
    if (m_answers.hasCredentials() || !isHttp(url))
        return runSync(pushing);
    // A token kept from an earlier time: look in the keyring first, on this thread.
    m_lookingUp = true;
    setErrorMessage({});
    setMessage(pushing ? tr("Versturen…") : tr("Ophalen…"));
    QPointer<VersionController> self(this);
    m_keyring.read(Keyring::keyFor(url),
                   [self, pushing](std::optional<StoredCredentials> found, const QString &) {
                       if (!self)
                           return;
                       self->m_lookingUp = false;
                       if (found && !self->m_answers.hasCredentials()) {
                           self->m_answers.provideCredentials(found->user, found->token);
                           self->m_credentialSource = CredentialSource::Keyring;
                       }
                       self->runSync(pushing);
                   });
}

void VersionController::runSync(bool pushing)
{
    if (!m_repository || m_syncing)
        return;
    m_lastWasPush = pushing;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = 0;
    Q_EMIT progressChanged();
    setErrorMessage({});
    setMessage(pushing ? tr("Versturen…") : tr("Ophalen…"));
    const QString root = m_root;
    const git::Signature author = signature();
    auto result = std::make_shared<SyncResult>();
    result->pushed = pushing;
    QPointer<VersionController> self(this);
    const git::RemoteCallbacks callbacks = m_answers.callbacks(
        this,
        [self](double progress) {
            self->m_progress = progress;
            Q_EMIT self->progressChanged();
        },
        m_cancel, result->question);
    m_syncing = true;
    m_sync.setFuture(
        QtConcurrent::run([cancel = m_cancel, root, callbacks, author, pushing, result] {
            // Each thread opens its own repository handle.
            auto repository = git::Repository::open(root);
            if (!repository) {
                result->failed = true;
                result->error = repository.error();
                return result;
            }
            if (pushing) {
                if (auto pushed = repository.value().push(callbacks); !pushed) {
                    result->failed = true;
                    result->error = pushed.error();
                }
            } else {
                auto pulled = repository.value().pull(author, callbacks);
                if (pulled)
                    result->outcome = pulled.value();
                else
                    result->failed = true, result->error = pulled.error();
            }
            return result;
        }));
    Q_EMIT busyChanged();
}

bool VersionController::settleCredentials(const SyncResult &result)
{
    const std::optional<bool> accepted = result.question->secretAccepted;
    if (!accepted || !m_repository)
        return false;
    const QString url = m_repository->remoteUrl();
    if (!isHttp(url))
        return false; // a passphrase: kept in memory for this session only
    const QString key = Keyring::keyFor(url);
    const auto credentials = m_answers.credentials();
    if (*accepted) {
        // Accepted: kept in the keyring when the person chose Onthouden.
        if (m_credentialSource == CredentialSource::Dialog && m_rememberCredentials &&
            credentials) {
            m_keyring.write(key, {credentials->first, credentials->second});
            m_credentialSource = CredentialSource::Keyring;
        }
        return false;
    }
    // Refused: never sent again. One that came from the keyring is removed there, and the
    // person is asked (once) for the new one.
    const bool wasKept = m_credentialSource == CredentialSource::Keyring;
    m_answers.forgetCredentials();
    m_credentialSource = CredentialSource::None;
    if (!wasKept)
        return false;
    m_keyring.remove(key);
    setMessage({});
    setErrorMessage(tr("Het bewaarde token werd door de server geweigerd en is vergeten. Vul "
                       "het nieuwe token in."),
                    git::syncErrorName(git::SyncError::AuthenticationRefused));
    Q_EMIT credentialsRequested(url);
    return true;
}

bool VersionController::settlePassphrase(const SyncResult &result)
{
    const bool serverRefused =
        result.failed && git::syncError(result.error) == git::SyncError::AuthenticationRefused;
    const QString wrongKept =
        m_answers.settlePassphrase(*result.question, serverRefused, m_keyring);
    if (wrongKept.isEmpty())
        return false;
    const QString problem = tr("De opgeslagen wachtwoordzin voor de sleutel %1 klopt niet meer en "
                               "is vergeten. Vul de juiste wachtwoordzin in.")
                                .arg(wrongKept);
    setMessage({});
    setErrorMessage(problem, git::syncErrorName(git::SyncError::AuthenticationRefused));
    Q_EMIT passphraseRequested(wrongKept, problem);
    return true;
}

void VersionController::askPassphrase(const QString &keyFile)
{
    m_lookingUp = true;
    const bool pushing = m_lastWasPush;
    QPointer<VersionController> self(this);
    m_answers.lookUpPassphrase(keyFile, m_keyring, this, [self, keyFile, pushing](bool found) {
        self->m_lookingUp = false;
        if (found)
            return self->runSync(pushing); // kept from an earlier time: nothing is asked
        self->setMessage({});
        Q_EMIT self->passphraseRequested(keyFile, QString());
    });
}

void VersionController::finishSync()
{
    const std::shared_ptr<SyncResult> result = m_sync.result();
    refresh(); // the state after the sync, before anyone is told it is over
    m_syncing = false;
    Q_EMIT busyChanged();
    if (settleCredentials(*result))
        return;
    const RemoteQuestion &question = *result->question;
    if (!question.host.isEmpty()) {
        setMessage({});
        Q_EMIT unknownHost(question.host, question.fingerprint);
        return;
    }
    if (settlePassphrase(*result))
        return;
    if (question.wrongPassphrase)
        m_answers.forgetPassphrases();
    if (result->failed && !question.passphraseKey.isEmpty()) {
        askPassphrase(question.passphraseKey);
        return;
    }
    if (!question.credentialsUrl.isEmpty() && !m_answers.hasCredentials()) {
        setMessage({});
        Q_EMIT credentialsRequested(question.credentialsUrl);
        return;
    }
    if (result->failed) {
        setMessage({});
        setErrorMessage(result->error.message, git::syncErrorName(git::syncError(result->error)));
        return;
    }
    if (result->pushed) {
        setMessage(tr("Verstuurd naar de gedeelde editie."));
        return;
    }
    switch (*result->outcome) {
    case git::PullOutcome::UpToDate:
        setMessage(tr("Al bijgewerkt."));
        break;
    case git::PullOutcome::FastForward:
    case git::PullOutcome::Merged:
        setMessage(tr("Bijgewerkt met de gedeelde editie."));
        break;
    case git::PullOutcome::Conflicts:
        setMessage(tr("Er zijn alinea's die u en een ander allebei hebben veranderd. Kies per "
                      "alinea wat blijft."));
        break;
    }
    Q_EMIT pulled();
}

bool VersionController::abortMerge()
{
    if (!m_repository)
        return false;
    if (auto aborted = m_repository->abortMerge(); !aborted) {
        setErrorMessage(aborted.error().message);
        return false;
    }
    clearConflictDecisions(*m_repository);
    setErrorMessage({});
    setMessage(tr("Samenvoegen afgebroken; alles staat weer zoals voor het ophalen."));
    refresh();
    Q_EMIT pulled();
    return true;
}

bool VersionController::resolve(const QString &path, int paragraph, const QString &take,
                                const QString &edited)
{
    if (!m_repository)
        return false;
    if (auto resolved = resolveParagraphs(*m_repository, path, take, paragraph, edited);
        !resolved) {
        setErrorMessage(resolved.error().message);
        return false;
    }
    refresh();
    settleMergeMessage();
    Q_EMIT pulled();
    return true;
}

bool VersionController::resolveKey(const QString &path, const QString &key, const QString &take,
                                   const QString &edited)
{
    if (!m_repository)
        return false;
    if (auto resolved = trendweb::resolveKey(*m_repository, path, key, take, edited); !resolved) {
        setErrorMessage(resolved.error().message);
        return false;
    }
    refresh();
    settleMergeMessage();
    Q_EMIT pulled();
    return true;
}

bool VersionController::reconsider(const QString &path, int paragraph)
{
    return m_repository && reopened(reopenParagraphs(*m_repository, path, paragraph));
}

bool VersionController::reconsiderKey(const QString &path, const QString &key)
{
    return m_repository && reopened(reopenKey(*m_repository, path, key));
}

bool VersionController::reopened(const Result<void> &outcome)
{
    if (!outcome) {
        setErrorMessage(outcome.error().message);
        return false;
    }
    refresh();
    settleMergeMessage();
    Q_EMIT pulled();
    return true;
}

void VersionController::settleMergeMessage()
{
    // What was said about the merge follows the choices made since.
    setErrorMessage({});
    setMessage(m_conflicts.openCount() == 0
                   ? tr("Alles is gekozen. Leg de samenvoeging vast; daarna kunt u versturen.")
                   : QString());
}

void VersionController::loadHistory(const QString &path)
{
    if (!m_repository) {
        m_history.setHistory({});
        return;
    }
    auto history = m_repository->log(path);
    m_history.setHistory(history ? history.value() : QList<git::CommitInfo>());
}

void VersionController::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

void VersionController::setErrorMessage(const QString &message, const QString &kind)
{
    if (m_errorMessage == message && m_errorKind == kind)
        return;
    m_errorMessage = message;
    m_errorKind = kind;
    Q_EMIT errorMessageChanged();
}

} // namespace trendweb
