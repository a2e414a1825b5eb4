// Unsaved text kept on the side while an author types, so that a crash, a killed
// process or a power cut costs at most a few seconds of work. One small file per open
// lemma in the user's data folder, written atomically; removed once the text is saved
// or deliberately thrown away.
#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace trendweb {

struct JournalEntry
{
    QString filePath;    // the lemma file the text belongs to (absolute)
    QString text;        // the text as it stood in the editor
    QDateTime written;   // when it was journaled
    QString journalFile; // where the entry is kept
};

class Journal
{
public:
    explicit Journal(QString folder);

    QString folder() const { return m_folder; }

    Result<void> write(const QString &filePath, const QString &text) const;
    void remove(const QString &filePath) const;
    // Entries for files under `root` whose text differs from what is on disk now (a
    // text equal to the file, or of a file no longer there, is not offered, and removed).
    QList<JournalEntry> pending(const QString &root) const;

private:
    QString entryFile(const QString &filePath) const;

    QString m_folder;
};

} // namespace trendweb
