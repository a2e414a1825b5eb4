#include "versions/entrymerge.h"

#include <QHash>
#include <algorithm>

namespace trendweb {

namespace {

std::optional<QHash<QString, qsizetype>> indexById(const QList<ListEntry> &entries)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (index.contains(entries[i].id))
            return std::nullopt;
        index.insert(entries[i].id, i);
    }
    return index;
}

} // namespace

std::optional<QList<MergedEntry>>
mergeEntries(const QList<ListEntry> &base, const QList<ListEntry> &mine,
             const QList<ListEntry> &theirs,
             const std::function<bool(const QString &id, bool removedByMine)> &keepRemoved)
{
    const auto inBase = indexById(base);
    const auto inMine = indexById(mine);
    const auto inTheirs = indexById(theirs);
    if (!inBase || !inMine || !inTheirs)
        return std::nullopt;
    const auto kept = [&](const QString &id, bool removedByMine) {
        return keepRemoved && keepRemoved(id, removedByMine);
    };
    const auto conflict = [](const QString &id, const QString &text, std::optional<ListEntry> b,
                             std::optional<ListEntry> m, std::optional<ListEntry> t) {
        return MergedEntry{id, text, true, std::move(b), std::move(m), std::move(t)};
    };

    // My order is the frame; their changes are applied to it.
    QList<MergedEntry> result;
    for (const ListEntry &entry : mine) {
        const auto b = inBase->constFind(entry.id);
        const auto t = inTheirs->constFind(entry.id);
        const bool hasTheirs = t != inTheirs->constEnd();
        if (b != inBase->constEnd()) {
            const ListEntry &was = base[*b];
            if (!hasTheirs) { // they removed it
                if (entry.value == was.value && !kept(entry.id, false))
                    continue;
                result.append(conflict(entry.id, entry.text, was, entry, std::nullopt));
                continue;
            }
            const ListEntry &other = theirs[*t];
            if (entry.value == was.value)
                result.append({entry.id, other.text, false, was, entry, other});
            else if (other.value == was.value || other.value == entry.value)
                result.append({entry.id, entry.text, false, was, entry, other});
            else
                result.append(conflict(entry.id, entry.text, was, entry, other));
            continue;
        }
        if (hasTheirs && theirs[*t].value != entry.value) { // both added it, differently
            result.append(conflict(entry.id, entry.text, std::nullopt, entry, theirs[*t]));
            continue;
        }
        result.append({entry.id, entry.text, false, std::nullopt, entry,
                       hasTheirs ? std::optional<ListEntry>(theirs[*t]) : std::nullopt});
    }

    const auto position = [&](qsizetype theirIndex) {
        // Right after the nearest entry before it on their side that is in the result: what
        // is shared already keeps its place (and a lemma its letter), what I add follows it.
        qsizetype at = 0;
        for (qsizetype k = theirIndex - 1; k >= 0; --k) {
            const QString &id = theirs[k].id;
            const auto found = std::find_if(result.cbegin(), result.cend(),
                                            [&](const MergedEntry &e) { return e.id == id; });
            if (found != result.cend()) {
                at = found - result.cbegin() + 1;
                break;
            }
        }
        return at;
    };
    for (qsizetype k = 0; k < theirs.size(); ++k) {
        const ListEntry &entry = theirs[k];
        if (inMine->contains(entry.id))
            continue;
        const auto b = inBase->constFind(entry.id);
        if (b == inBase->constEnd()) { // they added it
            result.insert(position(k), MergedEntry{entry.id, entry.text, false, std::nullopt,
                                                   std::nullopt, entry});
            continue;
        }
        // I removed it: gone, unless they changed it meanwhile.
        const ListEntry &was = base[*b];
        if (entry.value != was.value || kept(entry.id, true))
            result.insert(position(k), conflict(entry.id, entry.text, was, std::nullopt, entry));
    }
    return result;
}

} // namespace trendweb
