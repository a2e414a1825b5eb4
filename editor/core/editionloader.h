// Loading an edition folder. A file that cannot be read or parsed becomes a
// diagnostic naming the file and line; the rest of the edition still loads.
#pragma once

#include "edition.h"
#include "result.h"

namespace trendweb {

// Fails only when the folder holds no edition.yaml at all.
Result<Edition> loadEdition(const QString &root);

// Reads one lemma, thread or intro file (`path` relative to `root`) and checks it.
Document loadDocument(const QString &root, const QString &path, Document::Kind kind);

// Parses and checks the text of such a file as it stands in an editor; reads no file
// (but for checking that figure images exist under `root`).
Document parseDocument(const QString &text, const QString &path, Document::Kind kind,
                       const QString &root = {});

// Loads and checks these lemmas, spread over the machine's cores; in the order given.
QList<Document> loadInParallel(const QString &root, const QStringList &slugs);

QString lemmaPath(const QString &slug);  // "lemmas/<slug>.md"
QString threadPath(const QString &slug); // "threads/<slug>.md"

} // namespace trendweb
