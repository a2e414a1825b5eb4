// The files of an edition folder (all but .git) as they are at one moment, so that an
// operation on the edition (a lemma created, renamed, moved or deleted) can be taken
// back, and done again, as a whole.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace trendweb {

class EditionSnapshot
{
public:
    static Result<EditionSnapshot> take(const QString &root);

    // True when the folder holds exactly these files with these contents.
    bool matches(const QString &root) const;
    // Makes the folder hold exactly these files again: changed and removed files are
    // written back (atomically), files added since are removed.
    Result<void> restore(const QString &root) const;

    qsizetype size() const { return m_files.size(); }

private:
    QMap<QString, QByteArray> m_files; // relative path → contents
};

} // namespace trendweb
