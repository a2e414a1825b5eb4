// Changes to several files of an edition that happen all together or not at all.
//
// Every new content is first written in full to a temporary file next to its target and
// checked (written, flushed, synced); only when every file is staged are they put in place,
// in one pass of renames. A failure before that pass leaves every file as it was; a failure
// during it puts back what was already replaced. Removals and renames of files and folders
// take part in the same pass.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace trendweb {

class FileTransaction
{
public:
    // Paths are relative to `root` (or absolute).
    explicit FileTransaction(QString root);
    ~FileTransaction(); // removes whatever was staged and not committed
    FileTransaction(const FileTransaction &) = delete;
    FileTransaction &operator=(const FileTransaction &) = delete;

    void write(const QString &path, const QByteArray &bytes);
    void writeText(const QString &path, const QString &text) { write(path, text.toUtf8()); }
    void copy(const QString &path, const QString &sourceFile); // an outside file into the edition
    void remove(const QString &path);
    void move(const QString &from, const QString &to); // a file or a folder

    bool isEmpty() const { return m_steps.isEmpty(); }

    // Does it all, or nothing: the error says what stopped it, in the user's terms.
    // `last`, when given, runs once every file is in place (still under the edition's
    // lock): a change outside these files that belongs with them, such as Git's index. When
    // it fails, every file is put back as it was; it must leave its own state as it found it.
    Result<void> commit(const std::function<Result<void>()> &last = {});

private:
    struct Step
    {
        enum class Kind { Write, Copy, Remove, Move } kind;
        QString target; // absolute
        QString from;   // absolute: the source of a Copy or a Move
        QByteArray bytes;
        QString staged; // the temporary file with the new content
        QString backup; // the old file, kept until the end
        bool done = false;
    };

    QString absolute(const QString &path) const;
    Result<void> stage(Step &step);
    Result<void> apply(Step &step);
    void rollBack();
    void discardStaged();

    QString m_root;
    QList<Step> m_steps;
    QStringList m_createdFolders;
};

// Why `path` could not be written, in Dutch: the disk is full, the folder is read-only, no
// permission… From the system's error number, or (when that is 0) from the message a
// QFileDevice gave, or else from the state of the disk. `shown` is how the user knows the
// file (e.g. "lemmas/wonen.md"). The English system message goes into the error's detail.
Error writeError(const QString &path, const QString &shown, int errorNumber,
                 const QString &systemMessage = {});

} // namespace trendweb
