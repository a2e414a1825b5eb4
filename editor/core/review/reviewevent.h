// Inside the review code: one event file composed but not yet written, so that a decision
// and the text it changes can go to disk in one transaction.
#pragma once

#include "review/review.h"

namespace trendweb {

struct EventFile
{
    QString id;   // the thread
    QString file; // absolute path under review/<thread>/
    QString yaml;
};

// The YAML string of `text`, escaped.
QString quoted(const QString &text);

// An event of a thread (a new one when `thread` is empty); with a `replacement`, the open
// event of a suggestion. Refused without an author's name.
Result<EventFile> composeEvent(const QString &editionRoot, const QString &thread,
                               const QString &event, const QString &author, const QString &message,
                               const QString &lemma = {}, const Anchor &anchor = {},
                               const QString *replacement = nullptr);

} // namespace trendweb
