// A three-way merge of a YAML mapping (edition.yaml, a front matter, a review event) key by
// key, on the text as written: a key changed on one side takes that side's lines unchanged;
// a list changed on both sides is merged entry by entry (scalars by value, mappings by their
// `id`) and written in my style (flow or block); anything else changed differently on both
// sides is a conflict about that key alone.
#pragma once

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace trendweb {

struct YamlPiece
{
    QString text; // the merged lines (each ending in a line break), when not a conflict
    bool conflict = false;
    QString key;
    std::optional<QString> base; // the key's lines on each side; absent where it has none
    std::optional<QString> mine;
    std::optional<QString> theirs;
};

// Whether an entry of list `key` removed on one side must stay a question.
using KeepRemoved = std::function<bool(const QString &key, const QString &id, bool removedByMine)>;

// Empty when a side is not a mapping whose keys each start a line of their own (then the
// caller merges it otherwise). An absent side is an empty text.
std::optional<QList<YamlPiece>> mergeYamlMapping(const QString &base, const QString &mine,
                                                 const QString &theirs,
                                                 const KeepRemoved &keepRemoved = {});

// The pieces as text: open conflicts keep my lines.
QString joinYamlPieces(const QList<YamlPiece> &pieces);

} // namespace trendweb
