// An edition comes from a shared repository and is hostile input: a file in it may be a
// symbolic link to anywhere on the reader's computer, and a name may hold "..". Every path
// the program reads or writes in an edition is checked to stay inside it.
#pragma once

#include "result.h"

#include <QString>

namespace trendweb {

// True when `relative` (a path in the edition at `root`) stays inside the edition once every
// symbolic link on the way is followed. A path that does not exist yet is judged by the
// nearest folder above it that does; a link that leads nowhere does not stay inside.
bool staysInEdition(const QString &root, const QString &relative);

// The refusal to write `relative` because it leads outside the edition, in Dutch.
Error leavesEditionError(const QString &relative);

// True when the repository of the edition at `root` is in the middle of a merge (started by
// command-line Git or by this program), also when `.git` is a file that points elsewhere
// (a linked worktree, a submodule): libgit2's view of the repository's state decides.
bool mergeInProgress(const QString &root);

} // namespace trendweb
