#include "sharecontroller.h"

#include "git/share.h"
#include "git/syncerror.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace trendweb {

struct ShareController::Step
{
    enum class Kind { Fetch, Share } kind = Kind::Fetch;
    QString url;
    QString folder; // the new folder (fetch) or the edition (share)
    git::Signature author;
    std::shared_ptr<RemoteQuestion> question;
};

namespace {

QString plainPath(const QString &folderOrUrl)
{
    if (folderOrUrl.startsWith(QLatin1String("file:")))
        return QUrl(folderOrUrl).toLocalFile();
    return folderOrUrl;
}

// A path or file:// URL of a shared repository stays as given; a plain relative path
// would mean nothing to the worker thread.
QString sharedUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (!trimmed.contains(QLatin1String("://")) && !trimmed.contains(QLatin1Char('@')) &&
        QFileInfo::exists(trimmed))
        return QFileInfo(trimmed).absoluteFilePath();
    return trimmed;
}

// Clones into `folder`, which must be new or empty; on any failure nothing is left there.
Result<void> fetchInto(const QString &url, const QString &folder,
                       const git::RemoteCallbacks &callbacks)
{
    const QDir target(folder);
    const bool existed = target.exists();
    if (existed && !target.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
        return Error{QCoreApplication::translate(
                         "ShareController",
                         "In %1 staan al bestanden. Kies een nieuwe of lege map voor de gedeelde "
                         "editie.")
                         .arg(folder),
                     folder};
    const auto cleanUp = [&] {
        QDir(folder).removeRecursively();
        if (existed)
            QDir().mkpath(folder);
    };
    auto cloned = git::Repository::clone(url, folder, callbacks);
    if (!cloned) {
        cleanUp();
        return cloned.error();
    }
    if (!checkEditionFolder(folder)) {
        cleanUp();
        return Error{QCoreApplication::translate(
                         "ShareController",
                         "Op %1 staat geen editie (edition.yaml ontbreekt); er is niets "
                         "opgehaald. Vraag de beheerder om het juiste adres.")
                         .arg(url),
                     folder};
    }
    return {};
}

} // namespace

ShareController::ShareController(QObject *parent)
    : QObject(parent)
{
    connect(&m_work, &QFutureWatcherBase::finished, this, &ShareController::finish);
}

ShareController::~ShareController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_work.waitForFinished();
}

QString ShareController::suggestedFolder(const QString &url) const
{
    QString name = url.trimmed();
    while (name.endsWith(QLatin1Char('/')))
        name.chop(1);
    name = name.section(QRegularExpression(QStringLiteral("[/:]")), -1);
    if (name.endsWith(QLatin1String(".git")))
        name.chop(4);
    if (name.isEmpty())
        name = QStringLiteral("editie");
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QString candidate = documents.filePath(name);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = documents.filePath(QStringLiteral("%1-%2").arg(name).arg(n));
    return candidate;
}

QString ShareController::editionProblem(const QString &folder) const
{
    const auto checked = checkEditionFolder(plainPath(folder));
    return checked ? QString() : checked.error().message;
}

QUrl ShareController::documentsFolder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

QString ShareController::localPath(const QString &folderOrUrl) const
{
    return plainPath(folderOrUrl);
}

void ShareController::fetch(const QString &url, const QString &folder)
{
    if (busy())
        return;
    if (url.trimmed().isEmpty()) {
        setErrorMessage(tr("Vul het adres van de gedeelde editie in."));
        return;
    }
    if (folder.trimmed().isEmpty()) {
        setErrorMessage(tr("Kies de map waarin de gedeelde editie komt."));
        return;
    }
    m_step = std::make_shared<Step>();
    m_step->kind = Step::Kind::Fetch;
    m_step->url = sharedUrl(url);
    m_step->folder = QDir::cleanPath(QDir(plainPath(folder)).absolutePath());
    start();
}

void ShareController::share(const QString &root, const QString &url, const QString &authorName,
                            const QString &authorEmail)
{
    if (busy())
        return;
    if (url.trimmed().isEmpty()) {
        setErrorMessage(tr("Vul het adres van de lege gedeelde editie in."));
        return;
    }
    m_step = std::make_shared<Step>();
    m_step->kind = Step::Kind::Share;
    m_step->url = sharedUrl(url);
    m_step->folder = plainPath(root);
    m_step->author = {authorName.trimmed(), authorEmail.trimmed()};
    start();
}

void ShareController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ShareController::trustHost(const QString &fingerprint)
{
    m_answers.trustHost(fingerprint);
    start();
}

void ShareController::provideCredentials(const QString &user, const QString &token, bool remember)
{
    m_answers.provideCredentials(user, token);
    m_rememberCredentials = remember;
    start();
}

void ShareController::providePassphrase(const QString &keyFile, const QString &passphrase)
{
    m_answers.providePassphrase(keyFile, passphrase);
    start();
}

void ShareController::start()
{
    if (!m_step || busy() || m_lookingUp)
        return;
    m_step->question = std::make_shared<RemoteQuestion>();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = 0;
    Q_EMIT progressChanged();
    setErrorMessage({});
    QPointer<ShareController> self(this);
    const git::RemoteCallbacks callbacks = m_answers.callbacks(
        this,
        [self](double progress) {
            self->m_progress = progress;
            Q_EMIT self->progressChanged();
        },
        m_cancel, m_step->question);
    const Step step = *m_step;
    m_work.setFuture(QtConcurrent::run([step, callbacks, cancel = m_cancel]() -> Result<void> {
        if (step.kind == Step::Kind::Fetch)
            return fetchInto(step.url, step.folder, callbacks);
        return git::shareEdition(step.folder, step.url, step.author, callbacks);
    }));
    Q_EMIT busyChanged();
}

void ShareController::finish()
{
    const Result<void> result = m_work.result();
    Q_EMIT busyChanged();
    const Step &step = *m_step;
    if (!step.question->host.isEmpty()) {
        Q_EMIT unknownHost(step.question->host, step.question->fingerprint);
        return;
    }
    const bool serverRefused =
        !result && git::syncError(result.error()) == git::SyncError::AuthenticationRefused;
    if (const QString wrongKept =
            m_answers.settlePassphrase(*step.question, serverRefused, m_keyring);
        !wrongKept.isEmpty()) {
        const QString problem = tr("De opgeslagen wachtwoordzin voor de sleutel %1 klopt niet "
                                   "meer en is vergeten. Vul de juiste wachtwoordzin in.")
                                    .arg(wrongKept);
        setErrorMessage(problem);
        Q_EMIT passphraseRequested(wrongKept, problem);
        return;
    }
    if (step.question->wrongPassphrase)
        m_answers.forgetPassphrases();
    if (!result && !step.question->passphraseKey.isEmpty()) {
        askPassphrase(step.question->passphraseKey);
        return;
    }
    const auto credentials = m_answers.credentials();
    if (step.question->secretAccepted == false && credentials)
        m_answers.forgetCredentials(); // refused: never sent again, asked anew
    if (!step.question->credentialsUrl.isEmpty() && !m_answers.hasCredentials()) {
        Q_EMIT credentialsRequested(step.question->credentialsUrl);
        return;
    }
    // A token the server took is kept for Ophalen and Versturen when the author chose so.
    if (step.question->secretAccepted == true && credentials && m_rememberCredentials)
        m_keyring.write(Keyring::keyFor(step.url), {credentials->first, credentials->second});
    if (!result) {
        setErrorMessage(result.error().message);
        return;
    }
    m_progress = 1;
    Q_EMIT progressChanged();
    if (step.kind == Step::Kind::Fetch)
        Q_EMIT fetched(step.folder);
    else
        Q_EMIT shared(step.url);
}

void ShareController::askPassphrase(const QString &keyFile)
{
    m_lookingUp = true;
    QPointer<ShareController> self(this);
    m_answers.lookUpPassphrase(keyFile, m_keyring, this, [self, keyFile](bool found) {
        self->m_lookingUp = false;
        if (found)
            return self->start(); // kept from an earlier time: nothing is asked
        Q_EMIT self->passphraseRequested(keyFile, QString());
    });
}

void ShareController::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace trendweb
