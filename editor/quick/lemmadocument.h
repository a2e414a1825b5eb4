// The lemma open in the editor: its text, whether it differs from the file,
// and an atomic save that never overwrites a change it did not make: the file is
// watched, taken in again when another program changes it and nothing is unsaved,
// and otherwise the author chooses (keep mine, take theirs, see the difference).
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace trendweb {

class EditionController;

class LemmaDocument : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged)
    // The edition the file belongs to: it is told this file's text, under this file's
    // own path, whenever the text changes, and which lemma has unsaved work.
    Q_PROPERTY(
        trendweb::EditionController *edition READ edition WRITE setEdition NOTIFY editionChanged)
    // The file's path relative to the edition ("lemmas/woningbouw.md"), "" when none.
    Q_PROPERTY(QString relativePath READ relativePath NOTIFY filePathChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(bool modified READ modified NOTIFY modifiedChanged)
    Q_PROPERTY(int wordCount READ wordCount NOTIFY textChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    // "" while the file on disk is the one last read or saved; "changed" when another
    // program changed it while this text has unsaved work; "gone" when it was renamed or
    // deleted elsewhere.
    Q_PROPERTY(QString diskState READ diskState NOTIFY diskStateChanged)
    // Where unsaved text is journaled every few seconds; empty: not at all.
    Q_PROPERTY(
        QString journalFolder READ journalFolder WRITE setJournalFolder NOTIFY journalFolderChanged)

public:
    explicit LemmaDocument(QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    EditionController *edition() const;
    void setEdition(EditionController *edition);
    QString relativePath() const;
    QString text() const { return m_text; }
    void setText(const QString &text);
    bool modified() const { return m_text != m_savedText; }
    int wordCount() const;
    QString errorMessage() const { return m_errorMessage; }
    QString diskState() const { return m_diskState; }
    QString journalFolder() const { return m_journalFolder; }
    void setJournalFolder(const QString &folder);
    // Milliseconds between an edit and its journal entry (3 s).
    void setJournalDelay(int milliseconds) { m_journalTimer.setInterval(milliseconds); }

    // Reads a lemma file; on failure the editor keeps what it had and says why.
    Q_INVOKABLE bool load(const QString &filePath);
    // Writes the text atomically; on failure the text stays and the reason is shown.
    Q_INVOKABLE bool save();
    // The author's choice when the file changed or went elsewhere: write this text anyway
    // (the file is made again when it was gone) …
    Q_INVOKABLE bool keepMine();
    // … or take what is on disk now and let this text go (a gone file is closed).
    Q_INVOKABLE void takeTheirs();
    // What this text changes in the file as it is on disk now, word by word, as rich text.
    Q_INVOKABLE QString differenceFromDisk() const;
    // Forgets the open text without saving it: its journal entry goes too.
    Q_INVOKABLE void close();
    // Puts recovered text in the editor (unsaved) and journals it again at once.
    Q_INVOKABLE void recover(const QString &text);
    // The author chose not to save: the journal entry of the unsaved text goes.
    Q_INVOKABLE void discardJournal();
    // The character offset of a 1-based line and column, for putting the cursor on a problem.
    Q_INVOKABLE int positionOf(int line, int column) const;
    // The 1-based line of a character position.
    Q_INVOKABLE int lineOf(int position) const;

Q_SIGNALS:
    void filePathChanged();
    void editionChanged();
    void textChanged();
    void modifiedChanged();
    void errorMessageChanged();
    void saved();
    void journalFolderChanged();
    void journaled();
    void diskStateChanged();

private:
    void setErrorMessage(const QString &message);
    void update(const QString &text, const QString &savedText);
    void writeJournal();
    // Tells the edition what this file holds now, and whether it is unsaved.
    void tellEdition();
    // Unsaved text let go: the edition gets the saved text back.
    void forgetUnsaved();
    // The watched file changed, moved or went: take it in, or say so.
    void fileChangedOnDisk();
    void setDiskState(const QString &state);
    void watch(const QString &filePath);
    bool write();

    QString m_filePath;
    QPointer<EditionController> m_edition;
    QString m_text;
    QString m_savedText;
    QString m_errorMessage;
    QString m_diskState;
    QString m_journalFolder;
    QFileSystemWatcher m_watcher;
    QTimer m_journalTimer;
};

} // namespace trendweb
