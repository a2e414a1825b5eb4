// Putting a repository back as it was before a pull, when the pull cannot be completed
// (a full disk halfway through libgit2's checkout or the merge by structure).
//
// A pull only starts when every tracked file is as in HEAD, so going back to HEAD loses
// nothing anyone wrote: the files the pull changed are checked out from HEAD again, the files
// it added are taken away, the merge state goes and Git's index gets back its old bytes.
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <git2.h>

namespace trendweb::git {

class PullStart
{
public:
    // Notes HEAD and keeps the index (a hard link, which costs no room on the disk) before
    // the folder moves towards `target`.
    static Result<PullStart> note(git_repository *repo, const QString &workdir,
                                  const git_oid *target);
    PullStart(PullStart &&other) noexcept;
    PullStart &operator=(PullStart &&) = delete;
    ~PullStart(); // the kept index goes

    // Back to how it was; the error says why the pull failed (`failure`) and what to do.
    Error restore(const Error &failure);

private:
    PullStart() = default;

    git_repository *m_repo = nullptr;
    QString m_workdir;
    git_oid m_head{};
    QString m_index;     // Git's index
    QString m_keptIndex; // its old bytes, linked
    bool m_indexExisted = false;
    QStringList m_added; // paths the pull may create
};

} // namespace trendweb::git
