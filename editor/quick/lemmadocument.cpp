#include "lemmadocument.h"

#include "editing/journal.h"
#include "editioncontroller.h"
#include "frontmatter.h"
#include "markdown/markdowndocument.h"
#include "textfile.h"
#include "versions/textdiff.h"

#include <QDir>
#include <QFileInfo>

namespace trendweb {

LemmaDocument::LemmaDocument(QObject *parent)
    : QObject(parent)
{
    // Not restarted by each keystroke: while typing goes on, an entry every few seconds.
    m_journalTimer.setSingleShot(true);
    m_journalTimer.setInterval(3000);
    connect(&m_journalTimer, &QTimer::timeout, this, &LemmaDocument::writeJournal);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LemmaDocument::fileChangedOnDisk);
    // A file replaced by a rename (as every atomic save does) leaves the watch; its
    // folder tells that something happened there.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &LemmaDocument::fileChangedOnDisk);
}

void LemmaDocument::watch(const QString &filePath)
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (filePath.isEmpty())
        return;
    m_watcher.addPath(QFileInfo(filePath).absolutePath());
    if (QFileInfo::exists(filePath))
        m_watcher.addPath(filePath);
}

void LemmaDocument::setDiskState(const QString &state)
{
    if (m_diskState == state)
        return;
    m_diskState = state;
    Q_EMIT diskStateChanged();
}

void LemmaDocument::fileChangedOnDisk()
{
    if (m_filePath.isEmpty())
        return;
    if (!m_watcher.files().contains(m_filePath) && QFileInfo::exists(m_filePath))
        m_watcher.addPath(m_filePath); // replaced by a rename: watched again
    if (!QFileInfo::exists(m_filePath)) {
        setDiskState(QStringLiteral("gone"));
        setErrorMessage(tr("Het bestand van dit lemma is buiten Trendweb Studio hernoemd of "
                           "verwijderd. Uw tekst staat nog in de editor: kopieer wat u "
                           "nodig hebt, of kies 'Opnieuw maken met mijn tekst' of 'Sluiten'."));
        return;
    }
    auto onDisk = readTextFile(m_filePath);
    if (!onDisk || onDisk.value() == m_savedText) {
        if (onDisk && m_diskState == QLatin1String("gone")) {
            setDiskState({}); // back as it was
            setErrorMessage({});
        }
        return; // our own save, or nothing that changes the text
    }
    if (!modified()) {
        // Nothing of the author's is at stake: show the file as it is now.
        update(onDisk.value(), onDisk.value());
        tellEdition();
        setDiskState({});
        setErrorMessage({});
        return;
    }
    setDiskState(QStringLiteral("changed"));
    setErrorMessage(tr("Dit lemma is buiten Trendweb Studio veranderd terwijl u er ook aan "
                       "schreef. Kies 'Mijn versie bewaren', 'Die van schijf nemen' of "
                       "'Verschil tonen'; er is nog niets overschreven."));
}

bool LemmaDocument::keepMine()
{
    if (m_filePath.isEmpty() || !write())
        return false;
    setDiskState({});
    return true;
}

void LemmaDocument::takeTheirs()
{
    if (m_filePath.isEmpty())
        return;
    if (!QFileInfo::exists(m_filePath)) {
        close();
        return;
    }
    auto onDisk = readTextFile(m_filePath);
    if (!onDisk) {
        setErrorMessage(onDisk.error().toString());
        return;
    }
    discardJournal();
    update(onDisk.value(), onDisk.value());
    tellEdition();
    setDiskState({});
    setErrorMessage({});
}

QString LemmaDocument::differenceFromDisk() const
{
    auto onDisk = readTextFile(m_filePath);
    return wordDiffHtml(wordDiff(onDisk ? onDisk.value() : QString(), m_text));
}

EditionController *LemmaDocument::edition() const
{
    return m_edition;
}

void LemmaDocument::setEdition(EditionController *edition)
{
    if (m_edition == edition)
        return;
    if (m_edition)
        disconnect(m_edition, nullptr, this, nullptr);
    m_edition = edition;
    if (m_edition) {
        // An edition opened again holds the files as on disk: unsaved text goes back in.
        connect(m_edition, &EditionController::loadedChanged, this, &LemmaDocument::tellEdition);
    }
    Q_EMIT editionChanged();
    tellEdition();
}

QString LemmaDocument::relativePath() const
{
    return m_edition ? m_edition->relativePath(m_filePath) : QString();
}

void LemmaDocument::tellEdition()
{
    if (!m_edition || m_filePath.isEmpty())
        return;
    const QString path = relativePath();
    m_edition->updateText(path, m_text);
    m_edition->setUnsaved(path, modified());
}

void LemmaDocument::setJournalFolder(const QString &folder)
{
    if (m_journalFolder == folder)
        return;
    m_journalFolder = folder;
    Q_EMIT journalFolderChanged();
}

void LemmaDocument::writeJournal()
{
    if (m_journalFolder.isEmpty() || m_filePath.isEmpty())
        return;
    const Journal journal(m_journalFolder);
    if (!modified()) {
        journal.remove(m_filePath);
        return;
    }
    if (auto written = journal.write(m_filePath, m_text); !written) {
        setErrorMessage(written.error().message);
        return;
    }
    Q_EMIT journaled();
}

void LemmaDocument::recover(const QString &text)
{
    setText(text);
    writeJournal();
}

void LemmaDocument::discardJournal()
{
    m_journalTimer.stop();
    if (!m_journalFolder.isEmpty() && !m_filePath.isEmpty())
        Journal(m_journalFolder).remove(m_filePath);
}

void LemmaDocument::setText(const QString &text)
{
    if (m_text == text)
        return;
    update(text, m_savedText);
}

int LemmaDocument::wordCount() const
{
    const FrontMatterSplit split = splitFrontMatter(m_text);
    return countWords(QStringView(m_text).mid(split.bodyOffset));
}

bool LemmaDocument::load(const QString &filePath)
{
    auto text = readTextFile(filePath);
    if (!text) {
        setErrorMessage(text.error().toString());
        return false;
    }
    setErrorMessage({});
    if (modified()) {
        discardJournal(); // the unsaved text that was open was let go
        forgetUnsaved();
    }
    m_journalTimer.stop();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        Q_EMIT filePathChanged();
    }
    update(text.value(), text.value());
    tellEdition(); // also when the text is the same as before: it may be another file
    watch(m_filePath);
    setDiskState({});
    return true;
}

bool LemmaDocument::save()
{
    if (m_filePath.isEmpty())
        return false;
    // Never over a change made elsewhere: the file must still be the one last read.
    fileChangedOnDisk();
    if (!m_diskState.isEmpty())
        return false;
    return write();
}

bool LemmaDocument::write()
{
    // Only into the edition: never through a link to a file elsewhere (a lemma that arrived
    // as a symbolic link through a clone). Without an edition, its own folder is the limit.
    const QString root = m_edition && !m_edition->rootPath().isEmpty()
                             ? m_edition->rootPath()
                             : QFileInfo(m_filePath).absolutePath();
    const QString relative = QDir(root).relativeFilePath(m_filePath);
    if (auto written = writeEditionFile(root, relative, m_text); !written) {
        // The text is still in the editor: nothing of it is lost.
        setErrorMessage(written.error().message + QLatin1Char(' ') +
                        tr("Uw tekst staat nog in de editor."));
        return false;
    }
    setErrorMessage({});
    update(m_text, m_text);
    discardJournal();
    watch(m_filePath);
    Q_EMIT saved();
    return true;
}

void LemmaDocument::close()
{
    if (modified()) {
        discardJournal();
        forgetUnsaved();
    }
    m_journalTimer.stop();
    if (!m_filePath.isEmpty()) {
        m_filePath.clear();
        Q_EMIT filePathChanged();
    }
    watch({});
    setDiskState({});
    setErrorMessage({});
    update({}, {});
}

int LemmaDocument::positionOf(int line, int column) const
{
    qsizetype position = 0;
    for (int current = 1; current < line; ++current) {
        const qsizetype next = m_text.indexOf(QLatin1Char('\n'), position);
        if (next < 0)
            return int(m_text.size());
        position = next + 1;
    }
    qsizetype lineEnd = m_text.indexOf(QLatin1Char('\n'), position);
    if (lineEnd < 0)
        lineEnd = m_text.size();
    return int(qMin(position + qMax(column, 1) - 1, lineEnd));
}

int LemmaDocument::lineOf(int position) const
{
    return int(QStringView(m_text).left(qBound(0, position, int(m_text.size()))).count(u'\n')) + 1;
}

void LemmaDocument::update(const QString &text, const QString &savedText)
{
    const bool wasModified = modified();
    const bool textChanges = m_text != text;
    m_text = text;
    m_savedText = savedText;
    if (textChanges) {
        // The edition hears of it before anyone else, under this file's own path.
        if (m_edition && !m_filePath.isEmpty())
            m_edition->updateText(relativePath(), m_text);
        Q_EMIT textChanged();
    }
    if (textChanges && modified() && !m_journalFolder.isEmpty() && !m_journalTimer.isActive())
        m_journalTimer.start();
    if (wasModified != modified()) {
        if (m_edition && !m_filePath.isEmpty())
            m_edition->setUnsaved(relativePath(), modified());
        Q_EMIT modifiedChanged();
    }
}

void LemmaDocument::forgetUnsaved()
{
    // The file keeps what was saved; the edition's copy of it too.
    if (!m_edition || m_filePath.isEmpty())
        return;
    const QString path = relativePath();
    m_edition->updateText(path, m_savedText);
    m_edition->setUnsaved(path, false);
}

void LemmaDocument::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace trendweb
