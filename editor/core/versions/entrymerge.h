// A three-way merge of ordered lists whose entries have an identity: the keys of a YAML
// mapping, the lemmas of edition.yaml, the entries of `related` or `figures`, the words of a
// word list. Additions on both sides are all kept (where both added at the same place, theirs
// first: what is shared already keeps its place, and a lemma its letter), a removal on one side is
// taken over, an entry changed on one side takes that change; an entry changed differently on both
// sides, or removed on one side and changed on the other, is a conflict about that entry alone.
#pragma once

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace trendweb {

struct ListEntry
{
    QString id;    // what makes it the same entry on every side
    QString value; // what is compared
    QString text;  // what is written
};

struct MergedEntry
{
    QString id;
    QString text;          // the merged text; for a conflict, mine when I have it, else theirs
    bool conflict = false; // the three sides below are then what is to be decided
    std::optional<ListEntry> base;
    std::optional<ListEntry> mine;
    std::optional<ListEntry> theirs;
};

// `keepRemoved(id, removedByMine)`: true when a removal must not be taken over silently
// (e.g. a lemma dropped from the list on one side while the other side edited its file).
// Empty when a side holds an id twice: such a list is not merged entry by entry.
std::optional<QList<MergedEntry>>
mergeEntries(const QList<ListEntry> &base, const QList<ListEntry> &mine,
             const QList<ListEntry> &theirs,
             const std::function<bool(const QString &id, bool removedByMine)> &keepRemoved = {});

} // namespace trendweb
