// Sharing an edition for the first time: the shared repository must be empty, the
// edition gets its .gitattributes, "origin" is set, the branch follows it, and it is sent.
#include "git/share.h"

#include "git/repository_p.h"
#include "messages.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace trendweb::git {

Result<bool> sharedRepositoryIsEmpty(const QString &url, const RemoteCallbacks &callbacks)
{
    LibraryGuard guard;
    git_remote *raw = nullptr;
    if (git_remote_create_detached(&raw, url.toUtf8().constData()) < 0)
        return lastError(GitText::tr("Dit adres van een gedeelde editie is niet te gebruiken"),
                         url);
    RemoteHandle remote(raw);
    CallbackPayload payload{&callbacks, url};
    prepareSsh(payload, remote.get());
    const git_remote_callbacks remoteCallbacksForConnect = remoteCallbacks(payload);
    if (const int connected = git_remote_connect(remote.get(), GIT_DIRECTION_FETCH,
                                                 &remoteCallbacksForConnect, nullptr, nullptr);
        connected < 0)
        return syncFailure(payload, SyncStep::Fetch, connected, url);
    const git_remote_head **heads = nullptr;
    size_t count = 0;
    if (const int listed = git_remote_ls(&heads, &count, remote.get()); listed < 0)
        return syncFailure(payload, SyncStep::Fetch, listed, url);
    finishSsh(payload, true);
    syncSucceeded(payload);
    bool empty = true;
    for (size_t i = 0; i < count; ++i) {
        if (!git_oid_is_zero(&heads[i]->oid))
            empty = false;
    }
    git_remote_disconnect(remote.get());
    return empty;
}

namespace {

// A shared repository made with a plain `git init --bare` names "master" as its branch, so
// that what was just sent there would look empty to whoever fetches it. On this machine (a
// folder or a network share) its HEAD is pointed at the branch that was sent; a server
// keeps its own default, and fetching copes with either (Repository::clone).
void pointSharedHeadAtBranch(const QString &url, const QString &root)
{
    QString path = url;
    if (path.startsWith(QLatin1String("file://")))
        path = QUrl(url).toLocalFile();
    else if (path.contains(QLatin1String("://")) || !QDir::isAbsolutePath(path))
        return;
    LibraryGuard guard;
    git_repository *rawShared = nullptr;
    if (git_repository_open_bare(&rawShared, QFile::encodeName(path).constData()) < 0) {
        git_error_clear();
        return;
    }
    RepositoryHandle shared(rawShared);
    if (git_repository_head_unborn(shared.get()) != 1)
        return;
    git_reference *rawHead = nullptr;
    git_repository *repo = nullptr;
    if (git_repository_open(&repo, QFile::encodeName(root).constData()) < 0) {
        git_error_clear();
        return;
    }
    RepositoryHandle local(repo);
    if (git_repository_head(&rawHead, local.get()) < 0) {
        git_error_clear();
        return;
    }
    ReferenceHandle head(rawHead);
    if (git_repository_set_head(shared.get(), git_reference_name(head.get())) < 0)
        git_error_clear(); // the versions are there; only the name of its branch is not
}

// The branch follows origin's branch of the same name, as after `git push -u`.
Result<void> followOrigin(const QString &root)
{
    LibraryGuard guard;
    git_repository *rawRepository = nullptr;
    if (git_repository_open(&rawRepository, QFile::encodeName(root).constData()) < 0)
        return lastError(GitText::tr("Kan het versiebeheer van deze editie niet openen"), root);
    RepositoryHandle repository(rawRepository);
    git_reference *rawHead = nullptr;
    if (git_repository_head(&rawHead, repository.get()) < 0)
        return lastError(GitText::tr("Kan de huidige versie niet lezen"), root);
    ReferenceHandle head(rawHead);
    const QByteArray upstream =
        QByteArrayLiteral("origin/") + QByteArray(git_reference_shorthand(head.get()));
    if (git_branch_set_upstream(head.get(), upstream.constData()) < 0)
        return lastError(GitText::tr("Kan de gedeelde versie niet koppelen"), root);
    return {};
}

Result<void> forgetOrigin(const QString &root)
{
    LibraryGuard guard;
    git_repository *rawRepository = nullptr;
    if (git_repository_open(&rawRepository, QFile::encodeName(root).constData()) < 0)
        return lastError(GitText::tr("Kan het versiebeheer van deze editie niet openen"), root);
    RepositoryHandle repository(rawRepository);
    if (git_remote_delete(repository.get(), "origin") < 0)
        return lastError(GitText::tr("Kan de gedeelde plek niet weghalen"), root);
    return {};
}

} // namespace

Result<void> startVersions(const QString &root, const Signature &author)
{
    if (auto edition = checkEditionFolder(root); !edition)
        return edition.error();
    const QString gitFolder = QDir(root).filePath(QStringLiteral(".git"));
    if (QFileInfo::exists(gitFolder))
        return Error{GitText::tr("Deze editie houdt al versies bij."), root};
    if (!author.hasName())
        return Error{GitText::tr("De eerste versie komt op uw naam. %1").arg(missingNameMessage()),
                     root};
    const bool hadAttributes = QFile::exists(QDir(root).filePath(gitAttributesFile()));
    const auto undo = [&](const Error &error) -> Result<void> {
        QDir(gitFolder).removeRecursively();
        if (!hadAttributes)
            QFile::remove(QDir(root).filePath(gitAttributesFile()));
        return error;
    };
    auto repository = Repository::init(root);
    if (!repository)
        return undo(repository.error());
    if (auto attributes = ensureGitAttributes(root); !attributes)
        return undo(attributes.error());
    if (auto first =
            repository.value().commitAll(GitText::tr("Eerste versie van de editie"), author);
        !first)
        return undo(first.error());
    return {};
}

Result<void> shareEdition(const QString &root, const QString &url, const Signature &author,
                          const RemoteCallbacks &callbacks)
{
    if (auto edition = checkEditionFolder(root); !edition)
        return edition.error();
    if (url.trimmed().isEmpty())
        return Error{GitText::tr("Vul het adres van de gedeelde editie in."), root};
    // The folder itself, never a repository above it.
    auto existing = Repository::open(root);
    const bool underVersionControl = existing.ok();
    if (underVersionControl) {
        const QString shared = existing.value().remoteUrl();
        if (!shared.isEmpty())
            return Error{
                GitText::tr("Deze editie wordt al gedeeld, via %1. Gebruik Ophalen en Versturen "
                            "om met de anderen te delen.")
                    .arg(shared),
                root};
    }
    // Nothing is changed here before the shared repository is known to be empty.
    auto empty = sharedRepositoryIsEmpty(url, callbacks);
    if (!empty)
        return empty.error();
    if (!empty.value())
        return Error{
            GitText::tr("In de gedeelde editie op %1 staan al versies. Kies een lege gedeelde "
                        "editie, of haal deze op met 'Gedeelde editie ophalen'.")
                .arg(url),
            root};
    // A version is recorded only when one is needed: under the author's name.
    const bool needsVersion = !underVersionControl || existing.value().headId().isEmpty() ||
                              !QFile::exists(QDir(root).filePath(gitAttributesFile()));
    if (needsVersion && !author.hasName())
        return Error{
            GitText::tr("Delen legt een versie vast onder uw naam. %1").arg(missingNameMessage()),
            root};

    auto opened = underVersionControl ? std::move(existing) : Repository::init(root);
    if (!opened)
        return opened.error();
    Repository &repository = opened.value();
    auto attributes = ensureGitAttributes(root);
    if (!attributes)
        return attributes.error();
    if (repository.headId().isEmpty()) {
        // No version yet: the edition as it is becomes the first one.
        if (auto first = repository.commitAll(GitText::tr("Editie gedeeld"), author); !first)
            return first.error();
    } else if (attributes.value()) {
        if (auto recorded = repository.commit(
                {gitAttributesFile()}, GitText::tr("Regeleinden van de editie vastgelegd"), author);
            !recorded)
            return recorded.error();
    }
    if (auto set = repository.setRemote(url); !set)
        return set.error();
    if (auto pushed = repository.push(callbacks); !pushed) {
        forgetOrigin(root); // so that sharing can simply be tried again
        return pushed.error();
    }
    pointSharedHeadAtBranch(url, root);
    return followOrigin(root);
}

} // namespace trendweb::git
