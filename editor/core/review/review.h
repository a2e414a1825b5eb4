// Review comments: experts comment on a passage of a version of a lemma;
// authors reply, resolve and reopen. Every event is its own small file under
// review/<thread>/, so two reviewers never change the same file.
#pragma once

#include "diagnostic.h"
#include "result.h"

#include <QDateTime>
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
    enum class State { Anchored, Moved, Orphaned };

    QString id;
    QString lemma; // slug
    Anchor anchor;
    QString author;
    QDateTime time;
    QList<ReviewMessage> messages;
    bool resolved = false;

    // Filled in by placing the anchor on the current text.
    State state = State::Orphaned;
    int start = -1; // where the passage is now
    int end = -1;
};

QString stateName(ReviewThread::State state); // "anchored", "moved", "orphaned"

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

// Opens a thread on a passage of a lemma as of a revision; the quote must occur once.
Result<QString> addComment(const git::Repository &repository, const QString &lemma,
                           const QString &quote, const QString &revision, const QString &author,
                           const QString &message);

// For an editorial meeting: the open threads per lemma, as Markdown or HTML.
QString reviewReport(const QList<ReviewThread> &threads, bool html);

} // namespace trendweb
