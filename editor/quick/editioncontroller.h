// The open edition, for QML: opens a folder (or the built-in edition) off the
// UI thread, offers its lemmas and problems as models, and re-checks a lemma
// while it is being typed (debounced, off the UI thread, the newest text wins).
#pragma once

#include "edition.h"
#include "editionwatcher.h"
#include "lemmalistmodel.h"
#include "problemlistmodel.h"
#include "result.h"
#include "webgraphmodel.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace trendweb {

// An edition and all of its problems, computed together off the UI thread.
struct CheckedEdition
{
    std::shared_ptr<const Edition> edition;
    Diagnostics diagnostics;
};

class EditionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // The folder to open; empty means the built-in edition in the user's data folder.
    Q_PROPERTY(QString editionPath READ editionPath WRITE setEditionPath NOTIFY editionPathChanged)
    Q_PROPERTY(QString rootPath READ rootPath NOTIFY loadedChanged)
    Q_PROPERTY(QString title READ title NOTIFY loadedChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY diagnosticsChanged)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY diagnosticsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(trendweb::LemmaListModel *lemmas READ lemmas CONSTANT)
    Q_PROPERTY(trendweb::ProblemListModel *problems READ problems CONSTANT)
    Q_PROPERTY(QStringList threadTitles READ threadTitles NOTIFY loadedChanged)
    Q_PROPERTY(trendweb::WebNodeModel *webNodes READ webNodes CONSTANT)
    Q_PROPERTY(trendweb::WebEdgeModel *webEdges READ webEdges CONSTANT)

public:
    explicit EditionController(QObject *parent = nullptr);
    ~EditionController() override;

    QString editionPath() const { return m_editionPath; }
    void setEditionPath(const QString &path);
    QString rootPath() const;
    QString title() const;
    bool loaded() const { return m_checked.edition != nullptr; }
    bool loading() const { return m_opening; }
    int errorCount() const;
    int problemCount() const { return int(m_checked.diagnostics.size()); }
    QString errorMessage() const { return m_errorMessage; }
    LemmaListModel *lemmas() { return &m_lemmas; }
    ProblemListModel *problems() { return &m_problems; }
    QStringList threadTitles() const;
    WebNodeModel *webNodes() { return &m_webNodes; }
    WebEdgeModel *webEdges() { return &m_webEdges; }
    const Diagnostics &diagnostics() const { return m_checked.diagnostics; }
    // The edition as last loaded and checked, including unsaved edits being checked.
    std::shared_ptr<const Edition> snapshot() const { return m_checked.edition; }

    // Opens `editionPath`; `loadedChanged` or `errorMessageChanged` follows.
    Q_INVOKABLE void open();
    // The absolute path of a file of the edition.
    Q_INVOKABLE QString absolutePath(const QString &relativePath) const;
    // The text of a file (relative path) as it stands in the editor now; it is checked
    // shortly after typing stops, and the problems follow. Each file keeps its own
    // newest text until the check: texts of several files never replace one another.
    Q_INVOKABLE void updateText(const QString &relativePath, const QString &text);
    // The relative path of a file of the edition (absolute path or file:// URL), or ""
    // when it lies outside the edition.
    Q_INVOKABLE QString relativePath(const QString &absolutePath) const;
    // True when the edition as checked holds, for every file, what is on disk now
    // (nothing unsaved, nothing waiting to be checked): what `trendweb validate` reads.
    Q_INVOKABLE bool matchesDisk() const;
    // True when no text is waiting to be checked and nothing is being read or checked.
    Q_INVOKABLE bool idle() const;
    // Marks a lemma file's row as having unsaved work, whatever row it is in now. A file
    // with unsaved work is left to its editor when it changes on disk.
    void setUnsaved(const QString &relativePath, bool unsaved);
    // Milliseconds of quiet after a change on disk before it is looked at (300).
    void setDiskDelay(int milliseconds) { m_diskWatcher.setDelay(milliseconds); }
    // The lemma row of a file, or -1.
    Q_INVOKABLE int rowOfFile(const QString &relativePath) const;
    // The row of the lemma a cross-link names by its slug, or -1.
    Q_INVOKABLE int rowOfLemma(const QString &slug) const;

    // The lemma the author was in when this edition was last open (kept between starts,
    // per edition folder): its row, or 0 when it is gone or none was kept (-1 without lemmas).
    Q_INVOKABLE int lastLemmaRow() const;
    // Keeps `relativePath` as the lemma to reopen this edition on.
    Q_INVOKABLE void rememberLemma(const QString &relativePath);

    // Milliseconds of quiet before a changed text is checked.
    void setCheckDelay(int milliseconds) { m_checkTimer.setInterval(milliseconds); }

Q_SIGNALS:
    void editionPathChanged();
    void loadedChanged();
    void loadingChanged();
    void diagnosticsChanged();
    void errorMessageChanged();
    // A check of edited texts is done (its problems are in, or it was dropped).
    void checkFinished();
    // Another program added, removed or renamed files of the edition, or changed
    // edition.yaml: the edition is to be opened again. (Changed texts are taken in.)
    void changedOnDisk();
    // Something changed on disk and has been looked at (also a version made elsewhere).
    void diskSettled();

private:
    void setErrorMessage(const QString &message);
    void finishOpening();
    void startCheck();
    void finishCheck();
    void apply(CheckedEdition checked);
    // Compares the files on disk with the edition as held, after a change settled.
    void lookAtDisk();

    QString m_editionPath;
    QString m_errorMessage;
    CheckedEdition m_checked;
    LemmaListModel m_lemmas;
    ProblemListModel m_problems;
    WebNodeModel m_webNodes;
    WebEdgeModel m_webEdges;
    QFutureWatcher<Result<CheckedEdition>> m_loadWatcher;
    QFutureWatcher<CheckedEdition> m_checkWatcher;
    QTimer m_checkTimer;
    QHash<QString, QString> m_pendingTexts; // path → newest text, not yet checked
    QSet<QString> m_unsaved;                // paths with unsaved work in an editor
    EditionWatcher m_diskWatcher;
    QByteArray m_editionYaml;  // edition.yaml as last read
    int m_generation = 0;      // counts the openings
    int m_checkGeneration = 0; // the opening the running check belongs to
    // A check runs until its result is taken in (the watcher says it is done before that).
    bool m_checking = false;
    bool m_opening = false; // likewise for an opening
};

} // namespace trendweb
