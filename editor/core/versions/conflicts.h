// What a merge could not combine, per file of the edition: paragraphs of a body, keys of
// YAML (edition.yaml, a front matter), or a whole file removed on one side and changed on
// the other; and the author's decision for each. Decisions live inside .git until the merge
// is committed or aborted; the file always holds readable text, never conflict markers.
#pragma once

#include "git/repository.h"
#include "versions/filemerge.h"

namespace trendweb {

struct LemmaConflict : FileMerge
{
    QString mineText;   // the whole file as I had it ("" when I removed it)
    QString theirsText; // as the others have it
    // Every choice made and the file settled; its sides are kept (in .git) until the merge is
    // committed or aborted, so that a choice can still be reconsidered.
    bool settled = false;
};

// Every file still in conflict, with the decisions made so far; with `withSettled` also the
// files of this merge settled since, with their decisions.
Result<QList<LemmaConflict>> lemmaConflicts(const git::Repository &repository,
                                            bool withSettled = false);

// Decides one conflicting paragraph (`number`), or all conflicts (0), of a file: `take` is
// mine, theirs, both (paragraphs only) or edit (with `edited`). The file is rewritten;
// once everything is decided, the file is resolved. A decision whose file would not
// validate is refused and nothing is written.
Result<void> resolveParagraphs(git::Repository &repository, const QString &path,
                               const QString &take, int number = 0, const QString &edited = {});
// The same for the conflict about one key of a YAML file or front matter; `edited` is the
// key's YAML ("title: Nieuw" or just "Nieuw").
Result<void> resolveKey(git::Repository &repository, const QString &path, const QString &key,
                        const QString &take, const QString &edited = {});
// Settles a whole file at once with a text written by hand.
Result<void> resolveWithText(git::Repository &repository, const QString &path, const QString &text);

// Reconsiders a choice before the merge is committed: the decided paragraph (`number`) or
// key (`key`; number 0 and no key: every choice of the file) is open again with both versions,
// and the file is back as it was before that choice, also when the file was settled already.
Result<void> reopenParagraphs(git::Repository &repository, const QString &path, int number = 0);
Result<void> reopenKey(git::Repository &repository, const QString &path, const QString &key);

// Forgets the decisions (after the merge is committed or aborted).
void clearConflictDecisions(const git::Repository &repository);

} // namespace trendweb
