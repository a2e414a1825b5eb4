// Sharing an edition: fetch, merge and push through libgit2, with progress,
// cancel, credentials and host-key checks.
#include "git/repository_p.h"
#include "textfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace trendweb::git {

namespace {

QString knownHostsPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

int credentials(git_credential **out, const char *url, const char *userFromUrl,
                unsigned int allowed, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    const RemoteCallbacks &callbacks = *payload->callbacks;
    const int attempt = payload->credentialAttempts++;
    const char *user = userFromUrl ? userFromUrl : "git";
    if (allowed & GIT_CREDENTIAL_SSH_KEY) {
        QStringList keys;
        if (!callbacks.sshKey.isEmpty())
            keys << callbacks.sshKey;
        keys << QDir::homePath() + QStringLiteral("/.ssh/id_ed25519")
             << QDir::homePath() + QStringLiteral("/.ssh/id_rsa");
        if (attempt == 0 && callbacks.sshKey.isEmpty() &&
            qEnvironmentVariableIsSet("SSH_AUTH_SOCK"))
            return git_credential_ssh_key_from_agent(out, user);
        const int index =
            attempt -
            (callbacks.sshKey.isEmpty() && qEnvironmentVariableIsSet("SSH_AUTH_SOCK") ? 1 : 0);
        int found = 0;
        for (const QString &key : keys) {
            if (!QFileInfo::exists(key))
                continue;
            if (found++ == index) {
                const QString publicKey = key + QStringLiteral(".pub");
                return git_credential_ssh_key_new(out, user,
                                                  QFileInfo::exists(publicKey)
                                                      ? QFile::encodeName(publicKey).constData()
                                                      : nullptr,
                                                  QFile::encodeName(key).constData(), nullptr);
            }
        }
        payload->refusal = tr("De gedeelde editie liet ons niet binnen: geen van de SSH-sleutels "
                              "werd geaccepteerd. Vraag de beheerder uw publieke sleutel toe te "
                              "voegen.");
        return GIT_EUSER;
    }
    if ((allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT) && callbacks.askCredentials && attempt < 3) {
        const auto answer = callbacks.askCredentials(QString::fromUtf8(url));
        if (!answer) {
            payload->refusal = tr("Ophalen of versturen is gestopt: er is geen wachtwoord of "
                                  "token gegeven.");
            return GIT_EUSER;
        }
        return git_credential_userpass_plaintext_new(out, answer->first.toUtf8().constData(),
                                                     answer->second.toUtf8().constData());
    }
    return GIT_PASSTHROUGH;
}

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

int certificateCheck(git_cert *cert, int valid, const char *host, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    if (valid)
        return 0; // known and matching
    if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2) {
        payload->refusal = tr("Het certificaat van %1 is niet geldig; er is niets verstuurd of "
                              "opgehaald.")
                               .arg(QString::fromUtf8(host));
        return GIT_ECERTIFICATE;
    }
    const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
    QString fingerprint;
    if (hostKey->type & GIT_CERT_SSH_SHA256) {
        fingerprint =
            QStringLiteral("SHA256:") +
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hostKey->hash_sha256), 32)
                                    .toBase64(QByteArray::OmitTrailingEquals));
    }
    const RemoteCallbacks &callbacks = *payload->callbacks;
    if (!callbacks.acceptHostKey ||
        !callbacks.acceptHostKey(QString::fromUtf8(host), fingerprint)) {
        payload->refusal = tr("De sleutel van %1 is onbekend (%2). Controleer hem bij de "
                              "beheerder en vertrouw hem pas daarna.")
                               .arg(QString::fromUtf8(host), fingerprint);
        return GIT_ECERTIFICATE;
    }
    // Trusted by the person: remember it the way ssh does ("[host]:port" off port 22).
    const QUrl url(payload->url);
    QString entry = QString::fromUtf8(host);
    if (url.port(22) != 22)
        entry = QStringLiteral("[%1]:%2").arg(entry).arg(url.port());
    if ((hostKey->type & GIT_CERT_SSH_RAW) && hostKey->hostkey) {
        QDir().mkpath(QFileInfo(knownHostsPath()).absolutePath());
        QFile file(knownHostsPath());
        if (file.open(QIODevice::Append)) {
            file.write(QStringLiteral("%1 %2 %3\n")
                           .arg(entry, keyType(hostKey->raw_type),
                                QString::fromLatin1(
                                    QByteArray(hostKey->hostkey, qsizetype(hostKey->hostkey_len))
                                        .toBase64()))
                           .toUtf8());
        }
    }
    return 0;
}

int transferProgress(const git_indexer_progress *stats, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    const RemoteCallbacks &callbacks = *payload->callbacks;
    if (callbacks.cancel && callbacks.cancel->load()) {
        payload->refusal = tr("Gestopt op uw verzoek; er is niets veranderd.");
        return GIT_EUSER;
    }
    if (callbacks.progress)
        callbacks.progress({int(stats->received_objects), int(stats->total_objects),
                            qint64(stats->received_bytes)});
    return 0;
}

int pushProgress(unsigned int current, unsigned int total, size_t bytes, void *data)
{
    auto *payload = static_cast<CallbackPayload *>(data);
    const RemoteCallbacks &callbacks = *payload->callbacks;
    if (callbacks.cancel && callbacks.cancel->load()) {
        payload->refusal = tr("Gestopt op uw verzoek.");
        return GIT_EUSER;
    }
    if (callbacks.progress)
        callbacks.progress({int(current), int(total), qint64(bytes)});
    return 0;
}

int pushUpdate(const char *refname, const char *status, void *data)
{
    Q_UNUSED(refname);
    auto *payload = static_cast<CallbackPayload *>(data);
    if (status) {
        payload->refusal = tr("De gedeelde editie is intussen veranderd. Haal eerst de nieuwe "
                              "versie op (Ophalen) en verstuur daarna opnieuw; hier is niets "
                              "veranderd.");
        return GIT_EUSER;
    }
    return 0;
}

Error failure(const CallbackPayload &payload, const QString &what, const QString &where)
{
    Error error = lastError(what, where);
    if (!payload.refusal.isEmpty())
        error.message = payload.refusal;
    return error;
}

} // namespace

git_remote_callbacks remoteCallbacks(CallbackPayload &payload)
{
    static const RemoteCallbacks none;
    if (!payload.callbacks)
        payload.callbacks = &none;
    git_remote_callbacks callbacks = GIT_REMOTE_CALLBACKS_INIT;
    callbacks.credentials = credentials;
    callbacks.certificate_check = certificateCheck;
    callbacks.transfer_progress = transferProgress;
    callbacks.push_transfer_progress = pushProgress;
    callbacks.push_update_reference = pushUpdate;
    callbacks.payload = &payload;
    return callbacks;
}

Result<void> Repository::setRemote(const QString &url)
{
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, d->repository.get(), "origin") == 0) {
        RemoteHandle existing(raw);
        if (git_remote_set_url(d->repository.get(), "origin", url.toUtf8().constData()) < 0)
            return lastError(tr("Kan de gedeelde plek niet instellen"), url);
        return {};
    }
    git_error_clear();
    if (git_remote_create(&raw, d->repository.get(), "origin", url.toUtf8().constData()) < 0)
        return lastError(tr("Kan de gedeelde plek niet instellen"), url);
    RemoteHandle created(raw);
    return {};
}

QString Repository::remoteUrl() const
{
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, d->repository.get(), "origin") < 0) {
        git_error_clear();
        return {};
    }
    RemoteHandle remote(raw);
    return QString::fromUtf8(git_remote_url(remote.get()));
}

Result<void> Repository::fetch(const RemoteCallbacks &callbacks)
{
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, d->repository.get(), "origin") < 0)
        return lastError(tr("Deze editie heeft geen gedeelde plek om mee te delen"), workdir());
    RemoteHandle remote(raw);
    CallbackPayload payload{&callbacks, QString::fromUtf8(git_remote_url(remote.get()))};
    git_fetch_options options = GIT_FETCH_OPTIONS_INIT;
    options.callbacks = remoteCallbacks(payload);
    if (git_remote_fetch(remote.get(), nullptr, &options, nullptr) < 0)
        return failure(payload, tr("Ophalen van de gedeelde editie is mislukt"),
                       QString::fromUtf8(git_remote_url(remote.get())));
    return {};
}

namespace {

QString currentBranch(git_repository *repo)
{
    git_reference *raw = nullptr;
    if (git_repository_head(&raw, repo) < 0) {
        git_error_clear();
        return QStringLiteral("main");
    }
    ReferenceHandle head(raw);
    return QString::fromUtf8(git_reference_shorthand(head.get()));
}

} // namespace

std::pair<int, int> Repository::aheadBehind() const
{
    git_repository *repo = d->repository.get();
    git_oid local;
    git_oid upstream;
    const QByteArray remoteRef =
        QStringLiteral("refs/remotes/origin/%1").arg(currentBranch(repo)).toUtf8();
    const bool hasLocal = git_reference_name_to_id(&local, repo, "HEAD") == 0;
    const bool hasUpstream = git_reference_name_to_id(&upstream, repo, remoteRef.constData()) == 0;
    git_error_clear();
    if (!hasLocal)
        return {0, 0};
    if (!hasUpstream) {
        // Nothing shared yet: every local version is still to be sent.
        RevwalkHandle walk;
        git_revwalk *raw = nullptr;
        if (git_revwalk_new(&raw, repo) < 0)
            return {0, 0};
        walk.reset(raw);
        git_revwalk_push_head(walk.get());
        int count = 0;
        git_oid id;
        while (git_revwalk_next(&id, walk.get()) == 0)
            ++count;
        git_error_clear();
        return {count, 0};
    }
    size_t ahead = 0;
    size_t behind = 0;
    if (git_graph_ahead_behind(&ahead, &behind, repo, &local, &upstream) < 0) {
        git_error_clear();
        return {0, 0};
    }
    return {int(ahead), int(behind)};
}

Result<PullOutcome> Repository::pull(const Signature &author, const RemoteCallbacks &callbacks)
{
    git_repository *repo = d->repository.get();
    if (isMerging())
        return Error{tr("Er loopt nog een samenvoeging met conflicten. Los die eerst op of breek "
                        "hem af."),
                     workdir()};
    auto changes = status();
    if (!changes)
        return changes.error();
    for (const FileStatus &change : changes.value()) {
        if (change.change != FileStatus::Untracked)
            return Error{tr("Er zijn wijzigingen die nog niet zijn vastgelegd (%1). Leg ze "
                            "eerst vast; dan kan ophalen zonder dat er iets verloren gaat.")
                             .arg(change.path),
                         workdir()};
    }
    if (auto fetched = fetch(callbacks); !fetched)
        return fetched.error();

    const QByteArray remoteRef =
        QStringLiteral("refs/remotes/origin/%1").arg(currentBranch(repo)).toUtf8();
    git_reference *rawUpstream = nullptr;
    if (git_reference_lookup(&rawUpstream, repo, remoteRef.constData()) < 0) {
        git_error_clear();
        return PullOutcome::UpToDate; // the shared place is still empty
    }
    ReferenceHandle upstream(rawUpstream);
    git_annotated_commit *rawTheirs = nullptr;
    if (git_annotated_commit_from_ref(&rawTheirs, repo, upstream.get()) < 0)
        return lastError(tr("Kan de gedeelde versie niet lezen"), workdir());
    AnnotatedCommitHandle theirs(rawTheirs);
    const git_annotated_commit *heads[] = {theirs.get()};

    git_merge_analysis_t analysis;
    git_merge_preference_t preference;
    if (git_merge_analysis(&analysis, &preference, repo, heads, 1) < 0)
        return lastError(tr("Kan de versies niet vergelijken"), workdir());
    if (analysis & GIT_MERGE_ANALYSIS_UP_TO_DATE)
        return PullOutcome::UpToDate;

    if (analysis & (GIT_MERGE_ANALYSIS_FASTFORWARD | GIT_MERGE_ANALYSIS_UNBORN)) {
        const git_oid *target = git_annotated_commit_id(theirs.get());
        git_object *rawTarget = nullptr;
        if (git_object_lookup(&rawTarget, repo, target, GIT_OBJECT_COMMIT) < 0)
            return lastError(tr("Kan de gedeelde versie niet lezen"), workdir());
        ObjectHandle targetObject(rawTarget);
        git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
        checkout.checkout_strategy = GIT_CHECKOUT_SAFE;
        if (git_checkout_tree(repo, targetObject.get(), &checkout) < 0)
            return lastError(tr("Kan de nieuwe versie niet neerzetten"), workdir());
        const QByteArray branch = QStringLiteral("refs/heads/%1").arg(currentBranch(repo)).toUtf8();
        git_reference *rawNew = nullptr;
        if (git_reference_create(&rawNew, repo, branch.constData(), target, 1,
                                 "pull: fast-forward") < 0)
            return lastError(tr("Kan de nieuwe versie niet neerzetten"), workdir());
        ReferenceHandle created(rawNew);
        return PullOutcome::FastForward;
    }

    // Both sides changed: merge. Files that conflict keep my text in the folder (no
    // markers ever reach a lemma); the three versions stay in the index.
    git_merge_options merge = GIT_MERGE_OPTIONS_INIT;
    git_checkout_options checkout = GIT_CHECKOUT_OPTIONS_INIT;
    checkout.checkout_strategy =
        GIT_CHECKOUT_SAFE | GIT_CHECKOUT_ALLOW_CONFLICTS | GIT_CHECKOUT_USE_OURS;
    if (git_merge(repo, heads, 1, &merge, &checkout) < 0)
        return lastError(tr("Samenvoegen is mislukt"), workdir());
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0)
        return lastError(tr("Kan de samenvoeging niet lezen"), workdir());
    IndexHandle index(rawIndex);
    if (git_index_has_conflicts(index.get()))
        return PullOutcome::Conflicts;
    if (auto committed = commit({}, tr("Wijzigingen van de gedeelde editie samengevoegd"), author);
        !committed)
        return committed.error();
    return PullOutcome::Merged;
}

Result<void> Repository::push(const RemoteCallbacks &callbacks)
{
    git_repository *repo = d->repository.get();
    if (isMerging())
        return Error{tr("Los eerst de conflicten op en leg de samenvoeging vast."), workdir()};
    git_remote *raw = nullptr;
    if (git_remote_lookup(&raw, repo, "origin") < 0)
        return lastError(tr("Deze editie heeft geen gedeelde plek om mee te delen"), workdir());
    RemoteHandle remote(raw);
    CallbackPayload payload{&callbacks, QString::fromUtf8(git_remote_url(remote.get()))};
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    options.callbacks = remoteCallbacks(payload);
    const QByteArray branch = currentBranch(repo).toUtf8();
    const QByteArray refspec = "refs/heads/" + branch + ":refs/heads/" + branch;
    char *refspecs[] = {const_cast<char *>(refspec.constData())};
    const git_strarray list = {refspecs, 1};
    if (git_remote_push(remote.get(), &list, &options) < 0 || !payload.refusal.isEmpty()) {
        const int code = git_error_last() ? git_error_last()->klass : 0;
        Q_UNUSED(code);
        if (payload.refusal.isEmpty())
            payload.refusal = tr("De gedeelde editie is intussen veranderd. Haal eerst de nieuwe "
                                 "versie op (Ophalen) en verstuur daarna opnieuw; hier is niets "
                                 "veranderd.");
        return failure(payload, tr("Versturen is mislukt"),
                       QString::fromUtf8(git_remote_url(remote.get())));
    }
    return {};
}

Result<QList<ConflictedFile>> Repository::conflicts() const
{
    git_repository *repo = d->repository.get();
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0)
        return lastError(tr("Kan de samenvoeging niet lezen"), workdir());
    IndexHandle index(rawIndex);
    git_index_conflict_iterator *rawIterator = nullptr;
    if (git_index_conflict_iterator_new(&rawIterator, index.get()) < 0)
        return lastError(tr("Kan de conflicten niet lezen"), workdir());
    ConflictIteratorHandle iterator(rawIterator);
    const auto text = [repo](const git_index_entry *entry) -> QString {
        if (!entry)
            return {};
        git_blob *raw = nullptr;
        if (git_blob_lookup(&raw, repo, &entry->id) < 0)
            return {};
        BlobHandle blob(raw);
        return QString::fromUtf8(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                                 qsizetype(git_blob_rawsize(blob.get())));
    };
    QList<ConflictedFile> files;
    const git_index_entry *ancestor = nullptr;
    const git_index_entry *ours = nullptr;
    const git_index_entry *theirs = nullptr;
    while (git_index_conflict_next(&ancestor, &ours, &theirs, iterator.get()) == 0) {
        const git_index_entry *any = ours ? ours : (theirs ? theirs : ancestor);
        files.append({QString::fromUtf8(any->path), text(ancestor), text(ours), text(theirs)});
    }
    git_error_clear();
    return files;
}

Result<void> Repository::resolveConflict(const QString &path, const QString &text)
{
    if (auto written = writeTextFile(QDir(workdir()).filePath(path), text); !written)
        return written.error();
    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, d->repository.get()) < 0)
        return lastError(tr("Kan de samenvoeging niet lezen"), workdir());
    IndexHandle index(rawIndex);
    if (git_index_add_bypath(index.get(), path.toUtf8().constData()) < 0 ||
        git_index_write(index.get()) < 0)
        return lastError(tr("Kan de oplossing niet vastleggen"), path);
    return {};
}

Result<void> Repository::abortMerge()
{
    git_repository *repo = d->repository.get();
    git_object *rawHead = nullptr;
    if (git_revparse_single(&rawHead, repo, "HEAD") < 0)
        return lastError(tr("Kan de vorige versie niet terugzetten"), workdir());
    ObjectHandle head(rawHead);
    // Pull only starts from a clean folder, so putting HEAD back restores everything.
    if (git_reset(repo, head.get(), GIT_RESET_HARD, nullptr) < 0)
        return lastError(tr("Kan de vorige versie niet terugzetten"), workdir());
    git_repository_state_cleanup(repo);
    return {};
}

} // namespace trendweb::git
