#include "git/repository.h"

#include "git/gitpointers.h"

#include <QCoreApplication>

namespace trendweb::git {

namespace {

// Reads libgit2's message right at the failing call, on the same thread.
Error lastError(const QString &what, const QString &path)
{
    const git_error *error = git_error_last();
    const QString detail = error && error->message
                               ? QString::fromUtf8(error->message)
                               : QCoreApplication::translate("trendweb", "onbekende fout");
    return Error{QStringLiteral("%1 (%2)").arg(what, detail), path};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("trendweb", text);
}

} // namespace

struct Repository::Private
{
    LibraryGuard guard;
    RepositoryHandle repository;
};

Repository::Repository(std::unique_ptr<Private> d)
    : d(std::move(d))
{}
Repository::~Repository() = default;
Repository::Repository(Repository &&) noexcept = default;
Repository &Repository::operator=(Repository &&) noexcept = default;

Result<Repository> Repository::init(const QString &path)
{
    auto d = std::make_unique<Private>();
    git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
    options.flags = GIT_REPOSITORY_INIT_MKPATH;
    options.initial_head = "main";
    git_repository *repository = nullptr;
    if (git_repository_init_ext(&repository, path.toUtf8().constData(), &options) < 0)
        return lastError(tr("Kan geen versiebeheer beginnen in deze map"), path);
    d->repository.reset(repository);
    return Repository(std::move(d));
}

Result<Repository> Repository::open(const QString &path)
{
    auto d = std::make_unique<Private>();
    git_repository *repository = nullptr;
    if (git_repository_open(&repository, path.toUtf8().constData()) < 0)
        return lastError(tr("Kan het versiebeheer van deze editie niet openen"), path);
    d->repository.reset(repository);
    return Repository(std::move(d));
}

QString Repository::workdir() const
{
    const char *dir = git_repository_workdir(d->repository.get());
    return dir ? QString::fromUtf8(dir) : QString();
}

Signature Repository::defaultSignature() const
{
    git_signature *signature = nullptr;
    if (git_signature_default(&signature, d->repository.get()) == 0) {
        SignatureHandle owned(signature);
        return {QString::fromUtf8(owned->name), QString::fromUtf8(owned->email)};
    }
    git_error_clear();
    return {QStringLiteral("Trendweb Studio"), QStringLiteral("trendweb-studio@localhost")};
}

Result<QString> Repository::commitAll(const QString &message, const Signature &author)
{
    git_repository *repo = d->repository.get();
    const QString where = workdir();

    git_index *rawIndex = nullptr;
    if (git_repository_index(&rawIndex, repo) < 0)
        return lastError(tr("Kan de lijst met wijzigingen niet lezen"), where);
    IndexHandle index(rawIndex);
    git_strarray everything = {nullptr, 0};
    if (git_index_add_all(index.get(), &everything, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr) < 0 ||
        git_index_update_all(index.get(), &everything, nullptr, nullptr) < 0 ||
        git_index_write(index.get()) < 0)
        return lastError(tr("Kan de wijzigingen niet klaarzetten"), where);

    git_oid treeId;
    if (git_index_write_tree(&treeId, index.get()) < 0)
        return lastError(tr("Kan de versie niet samenstellen"), where);
    git_tree *rawTree = nullptr;
    if (git_tree_lookup(&rawTree, repo, &treeId) < 0)
        return lastError(tr("Kan de versie niet samenstellen"), where);
    TreeHandle tree(rawTree);

    git_signature *rawSignature = nullptr;
    if (git_signature_now(&rawSignature, author.name.toUtf8().constData(),
                          author.email.toUtf8().constData()) < 0)
        return lastError(tr("De naam of het e-mailadres van de auteur is niet bruikbaar"), where);
    SignatureHandle signature(rawSignature);

    CommitHandle parent;
    git_oid headId;
    if (git_reference_name_to_id(&headId, repo, "HEAD") == 0) {
        git_commit *rawParent = nullptr;
        if (git_commit_lookup(&rawParent, repo, &headId) < 0)
            return lastError(tr("Kan de vorige versie niet lezen"), where);
        parent.reset(rawParent);
    } else {
        git_error_clear(); // no commit yet: this is the first
    }
    const git_commit *parents[] = {parent.get()};
    git_oid commitId;
    if (git_commit_create(&commitId, repo, "HEAD", signature.get(), signature.get(), "UTF-8",
                          message.toUtf8().constData(), tree.get(), parent ? 1 : 0, parents) < 0)
        return lastError(tr("Vastleggen is mislukt"), where);
    char hex[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(hex, sizeof hex, &commitId);
    return QString::fromLatin1(hex);
}

} // namespace trendweb::git
