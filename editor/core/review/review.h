// Review comments and suggestions: experts comment on a passage of a version of a lemma,
// or suggest other wording for it; authors reply, resolve and reopen, accept and reject.
// Every event is its own small file under review/<thread>/, so two reviewers never change
// the same file.
#pragma once

#include "diagnostic.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace trendweb {

namespace git {
class Repository;
}

// Where a comment sits: the W3C Web Annotation TextQuoteSelector (exact, prefix,
// suffix) and TextPositionSelector (start, end), on the lemma as of `commit`.
struct Anchor
{
    QString exact;
    QString prefix;
    QString suffix;
    int start = 0;
    int end = 0;
    QString commit;
};

struct ReviewMessage
{
    QString author;
    QDateTime time;
    QString text;
};

struct ReviewThread
{
    // Outdated: only for suggestions, whose passage is still there but reads differently.
    enum class State { Anchored, Moved, Orphaned, Outdated };
    enum class Kind { Comment, Suggestion };
    enum class Decision { Open, Accepted, Rejected };

    QString id;
    QString lemma; // slug
    Anchor anchor;
    QString author;
    QDateTime time;
    QList<ReviewMessage> messages;
    bool resolved = false;

    // A suggestion: the text proposed for the passage (empty: delete it; an empty passage is
    // a point to insert at), and what the author decided (the first decision counts).
    Kind kind = Kind::Comment;
    QString replacement;
    Decision decision = Decision::Open;
    QString decidedBy;
    QDateTime decidedAt;

    // Filled in by placing the anchor on the current text.
    State state = State::Orphaned;
    int start = -1; // where the passage is now (for an outdated suggestion: what took its place)
    int end = -1;
    QString current; // an outdated suggestion's passage as it reads now

    bool isSuggestion() const { return kind == Kind::Suggestion; }
};

QString stateName(ReviewThread::State state); // "anchored", "moved", "orphaned", "outdated"

// A suggestion's state: "open", "accepted", "rejected", "outdated" or "orphaned".
QString suggestionStateName(const ReviewThread &suggestion);

// Every thread of an edition, from review/; unreadable files become diagnostics.
Result<QList<ReviewThread>> loadThreads(const QString &editionRoot,
                                        Diagnostics *diagnostics = nullptr);

// The anchor for the passage [start, end) of `text` as of `commit`.
Anchor makeAnchor(const QString &text, int start, int end, const QString &commit);

// Finds the passage in the current text: where the diff since the anchor's commit
// carries it, if the quote is still there unchanged; otherwise orphaned, never moved to
// a look-alike. `original` is the lemma as of the anchor's commit (empty when unknown).
void placeThread(ReviewThread &thread, const QString &original, const QString &current);

// Places every thread on the lemma files of the working folder.
void placeThreads(QList<ReviewThread> &threads, const git::Repository &repository);

// Writes one event file; returns the thread id (a new one for "open"). Without an author's
// name nothing is written.
Result<QString> writeEvent(const QString &editionRoot, const QString &thread, const QString &event,
                           const QString &author, const QString &message, const QString &lemma = {},
                           const Anchor &anchor = {});

// The anchor of `quote` in a lemma as of a revision (empty: the last one); the quote must
// occur once.
Result<Anchor> findPassage(const git::Repository &repository, const QString &lemma,
                           const QString &quote, const QString &revision);

// Opens a thread on a passage of a lemma as of a revision; the quote must occur once.
Result<QString> addComment(const git::Repository &repository, const QString &lemma,
                           const QString &quote, const QString &revision, const QString &author,
                           const QString &message);

// A suggestion to put `replacement` in the place of the anchored passage (an empty anchor:
// insert at that point; an empty replacement: delete). Returns its id.
Result<QString> addSuggestion(const QString &editionRoot, const QString &lemma,
                              const Anchor &anchor, const QString &replacement,
                              const QString &author, const QString &message = {});

// `current` with the placed suggestion applied. Refused for an orphaned suggestion, one
// already decided, and an outdated one unless `evenIfChanged` (after a look at the difference).
Result<QString> applySuggestion(const ReviewThread &suggestion, const QString &current,
                                bool evenIfChanged = false);

// Accepts a suggestion: its replacement goes into the lemma file and the decision is recorded,
// both or neither.
Result<void> acceptSuggestion(const git::Repository &repository, const QString &id,
                              const QString &author, const QString &reply = {},
                              bool evenIfChanged = false);

// Records a decision ("accept" or "reject") on an open suggestion without touching the text:
// for rejecting, and for the editor, which applies an accepted suggestion to its document.
Result<void> decideSuggestion(const QString &editionRoot, const QString &id,
                              const QString &decision, const QString &author,
                              const QString &reply = {});

// For an editorial meeting: the open threads and open suggestions (before and after) per
// lemma, as Markdown or HTML. `names` gives a lemma's heading by its slug ("A · Title"; the
// slug without it), and the lemmas follow in the order of their headings.
QString reviewReport(const QList<ReviewThread> &threads, bool html,
                     const QHash<QString, QString> &names = {});

} // namespace trendweb
