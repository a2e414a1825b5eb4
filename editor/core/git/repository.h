// An edition's Git repository, through libgit2. No git process is ever run.
#pragma once

#include "result.h"

#include <QString>
#include <memory>

namespace trendweb::git {

struct Signature
{
    QString name;
    QString email;
};

class Repository
{
public:
    ~Repository();
    Repository(Repository &&) noexcept;
    Repository &operator=(Repository &&) noexcept;

    // Creates a repository whose first branch is "main".
    static Result<Repository> init(const QString &path);
    static Result<Repository> open(const QString &path);

    QString workdir() const;

    // Stages every change in the working folder and commits it; returns the new commit id.
    Result<QString> commitAll(const QString &message, const Signature &author);

    // The author from the repository's or the user's git configuration, else a default.
    Signature defaultSignature() const;

private:
    struct Private;
    explicit Repository(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace trendweb::git
