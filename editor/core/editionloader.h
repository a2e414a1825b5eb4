// Loading an edition folder. A file that cannot be read or parsed becomes a
// diagnostic naming the file and line; the rest of the edition still loads.
#pragma once

#include "edition.h"
#include "result.h"

namespace trendweb {

// Fails only when the folder holds no readable edition.yaml at all.
Result<Edition> loadEdition(const QString &root);

// Reads one lemma, thread or intro file (`path` relative to `root`); problems go to `diagnostics`.
Document loadDocument(const QString &root, const QString &path, Document::Kind kind,
                      Diagnostics &diagnostics);

// Parses the text of such a file as it stands in an editor, without touching the disk.
Document parseDocument(const QString &text, const QString &path, Document::Kind kind,
                       Diagnostics &diagnostics);

QString lemmaPath(const QString &slug);  // "lemmas/<slug>.md"
QString threadPath(const QString &slug); // "threads/<slug>.md"

} // namespace trendweb
