// One writer at a time: the app and the trendweb command take this lock for work that
// changes several files or the Git index (a version, a pull, a merge's resolution), so
// that two of them never interleave and one never undoes the other.
#pragma once

#include "result.h"

#include <QString>
#include <memory>

class QLockFile;

namespace trendweb {

class EditionLock
{
public:
    // Takes the lock of the edition at `root`, waiting up to `waitMs` for another
    // writer to finish; refused, with who holds it, when that takes longer. A lock left
    // by a program that stopped is taken over. Within one program the lock is shared:
    // an operation that holds it may call another that takes it.
    static Result<EditionLock> take(const QString &root, int waitMs = 15000);

    EditionLock(EditionLock &&) noexcept;
    EditionLock &operator=(EditionLock &&) noexcept;
    ~EditionLock();

private:
    EditionLock(QString path, std::unique_ptr<QLockFile> file);
    QString m_path; // empty once moved from
    std::unique_ptr<QLockFile> m_file;
};

} // namespace trendweb
