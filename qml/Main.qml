import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

ApplicationWindow {
    id: window

    // The edition folder to open; empty opens the built-in edition.
    property string editionPath: ""
    // True once the edition is loaded and the first lemma is in the editor, or once
    // it is clear that it cannot be opened and the message is shown.
    readonly property bool ready: !controller.loading
                                  && (controller.errorMessage !== ""
                                      || (controller.loaded && (document.filePath !== "" || controller.lemmas.count === 0)
                                          && (editor.spelling.ready || editor.spelling.errorMessage !== "")
                                          && (sidePanel.previewPanel.painted || document.filePath === "")))
    property bool closingConfirmed: false
    // What the left column shows: "letters" (A–T), "lijst" (DE LIJST) or "web" (HET WEB in the middle).
    property string view: "letters"

    width: 1280
    height: 800
    visible: true
    title: controller.loaded ? qsTr("%1 — Trendweb Studio").arg(controller.title || controller.rootPath)
                             : qsTr("Trendweb Studio")

    function openLemma(row) {
        if (row === lemmaList.currentIndex && document.filePath !== "")
            return
        if (document.modified) {
            unsavedDialog.ask(function() { window.showLemma(row) })
            return
        }
        showLemma(row)
    }

    function showLemma(row) {
        if (document.load(controller.absolutePath(controller.lemmas.path(row))))
            lemmaList.currentIndex = row
    }

    // Opens the file of a problem (when it is a lemma) and puts the cursor on it.
    function goToProblem(file, line, column) {
        const row = controller.rowOfFile(file)
        if (row < 0)
            return
        if (row !== lemmaList.currentIndex || document.filePath === "") {
            if (document.modified) {
                unsavedDialog.ask(function() {
                    window.showLemma(row)
                    editor.placeCursor(document.positionOf(line, column))
                })
                return
            }
            showLemma(row)
        }
        editor.placeCursor(document.positionOf(line, column))
    }

    // The lemma to show once the edition has been reopened: a path, "-" for the first.
    property string pendingLemma: ""

    function slugOf(path) { return path.replace(/^lemmas\//, "").replace(/\.md$/, "") }

    function manageLemma(mode) {
        window.save() // a rename or delete edits the files: the text on screen goes first
        const path = controller.lemmas.path(lemmaList.currentIndex)
        lemmaDialog.ask(mode, slugOf(path), editor.lemmaTitle)
    }

    function save() {
        if (document.filePath !== "")
            document.save()
    }

    // Why taking an operation back did not work; shown in the banner.
    property string operationMessage: ""

    // Takes back (or redoes) the last new, rename, move or delete of a lemma.
    function editionStep(again) {
        window.save()
        if (document.modified)
            return // the banner says why the text could not be saved
        const path = controller.lemmas.path(lemmaList.currentIndex)
        if (!(again ? lemmaManager.redo() : lemmaManager.undo())) {
            operationMessage = lemmaManager.errorMessage
            return
        }
        operationMessage = ""
        document.close() // it was saved; it may have moved or changed on disk
        window.pendingLemma = path !== "" ? path : "-"
        controller.open()
        versions.refresh()
    }

    Shortcut {
        sequence: "Ctrl+Alt+Z"
        onActivated: window.editionStep(false)
    }
    Shortcut {
        sequence: "Ctrl+Alt+Y"
        onActivated: window.editionStep(true)
    }

    LemmaManager {
        id: lemmaManager
        editionRoot: controller.rootPath
    }

    LemmaDialog {
        id: lemmaDialog
        objectName: "lemmaDialog"
        manager: lemmaManager
        onDone: (path) => {
            window.pendingLemma = path
            controller.open()
            versions.refresh()
        }
    }

    EditionController {
        id: controller
        editionPath: window.editionPath
        Component.onCompleted: open()
        onLoadedChanged: {
            if (loaded && window.pendingLemma !== "") {
                const row = window.pendingLemma === "-" ? 0 : rowOfFile(window.pendingLemma)
                const same = window.pendingLemma !== "-"
                             && document.filePath === absolutePath(window.pendingLemma)
                window.pendingLemma = ""
                if (same) {
                    lemmaList.currentIndex = row // moved: the open text stays as it is, saved or not
                } else {
                    document.close() // renamed or deleted: it was saved first
                    if (lemmas.count > 0)
                        window.showLemma(row >= 0 ? row : 0)
                }
            } else if (loaded && lemmas.count > 0 && document.filePath === "") {
                window.showLemma(0)
                window.offerRecovery()
            }
            lemmas.setUncommitted(versions.changes.paths())
        }
    }

    Binding {
        target: controller.problems
        property: "english"
        value: Language.current === "en"
    }

    VersionController {
        id: versions
        editionRoot: controller.rootPath
        onStateChanged: controller.lemmas.setUncommitted(changes.paths())
        onPulled: {
            // The files may have changed underneath: show them as they are now.
            if (document.filePath !== "" && !document.modified)
                document.load(document.filePath)
            controller.open()
        }
        onCredentialsRequested: (url) => {
            credentialsDialog.url = url
            credentialsDialog.open()
        }
        onUnknownHost: (host, fingerprint) => {
            hostDialog.host = host
            hostDialog.fingerprint = fingerprint
            hostDialog.open()
        }
    }

    CredentialsDialog {
        id: credentialsDialog
        onProvided: (user, token) => versions.provideCredentials(user, token)
    }

    UnknownHostDialog {
        id: hostDialog
        onTrusted: (fingerprint) => versions.trustHost(fingerprint)
    }

    VersionDialog {
        id: versionDialog
        onCommentRequested: (start, end, quote) => {
            commentDialog.quote = quote
            commentDialog.target = function(message) { reviews.addCommentAt(versionDialog.commitId, start, end, message) }
            commentDialog.open()
        }
    }

    ReviewController {
        id: reviews
        editionRoot: controller.rootPath
        lemmaPath: controller.lemmas.path(lemmaList.currentIndex)
        author: versions.authorName
    }

    ExportDialog {
        id: exportDialog
        edition: controller
        onProblemChosen: (file, line, column) => {
            window.view = "letters"
            window.goToProblem(file, line, column)
        }
    }

    CommentDialog {
        id: commentDialog
        property var target: null
        onCommented: (message) => { if (target) target(message) }
    }

    // Comment on the selected passage (Ctrl+Alt+M).
    function commentOnSelection() {
        const area = editor.textArea
        if (area.selectionStart === area.selectionEnd)
            return
        const start = area.selectionStart
        const end = area.selectionEnd
        commentDialog.quote = area.selectedText
        commentDialog.target = function(message) {
            if (reviews.addComment(area.text, start, end, message))
                sidePanel.currentIndex = sidePanel.index.comments
        }
        commentDialog.open()
    }

    Shortcut {
        sequence: "Ctrl+Alt+M"
        onActivated: window.commentOnSelection()
    }

    LemmaOutline {
        id: outline
        edition: controller
        path: document.filePath !== "" ? controller.lemmas.path(lemmaList.currentIndex) : ""
    }

    // Ctrl+Alt+F: a footnote at the cursor; the Voetnoten panel opens on its text.
    Shortcut {
        sequence: "Ctrl+Alt+F"
        enabled: document.filePath !== ""
        onActivated: {
            sidePanel.insertNote()
        }
    }

    LemmaLinkDialog {
        id: linkDialog
        outline: outline
        onChosen: (slug, title) => editor.insertLemmaLink(slug, title)
    }

    SearchDialog {
        id: searchDialog
        objectName: "searchDialog"
        edition: controller
        onHitChosen: (path, start, length) => {
            const row = controller.rowOfFile(path)
            if (row < 0) {
                message = qsTr("%1 is geen lemma en opent niet in de editor.").arg(path)
                return
            }
            const select = function() {
                editor.placeCursor(start)
                editor.textArea.select(start, start + length)
            }
            if (row !== lemmaList.currentIndex || document.filePath === "") {
                if (document.modified) {
                    unsavedDialog.ask(function() { window.showLemma(row); select() })
                    return
                }
                window.showLemma(row)
            }
            select()
        }
        onReplaceRequested: (replacement) => {
            window.save() // the files are replaced on disk: the open text goes first
            if (document.modified) {
                message = qsTr("Het lemma kon niet worden opgeslagen; er is niets vervangen.")
                return
            }
            const outcome = search.replaceInEdition(replacement)
            if (outcome.error) {
                message = outcome.error
                return
            }
            message = qsTr("%L1 keer vervangen in %L2 bestand(en). Vastleggen maakt er een versie van.")
                .arg(outcome.count).arg(outcome.files.length)
            if (document.filePath !== "")
                document.load(document.filePath)
            window.pendingLemma = controller.lemmas.path(lemmaList.currentIndex)
            controller.open()
            versions.refresh()
        }
    }

    Shortcut {
        sequence: "Ctrl+Shift+F"
        onActivated: searchDialog.show()
    }

    // Unsaved text of an earlier session: offered once the edition is open.
    Recovery {
        id: recovery
    }

    function offerRecovery() {
        recovery.editionRoot = controller.rootPath // the binding may not have followed yet
        recovery.refresh()
        const next = recovery.entries[0]
        if (!next)
            return
        recoveryDialog.offer(next, controller.lemmas.title(controller.rowOfFile(next.path)))
    }

    RecoveryDialog {
        id: recoveryDialog
        objectName: "recoveryDialog"
        onRecoverRequested: (entry) => {
            const row = controller.rowOfFile(entry.path)
            if (row >= 0 && (document.filePath === entry.filePath || document.load(entry.filePath))) {
                lemmaList.currentIndex = row
                document.recover(entry.text)
            }
            window.offerRecovery()
        }
        onDiscardRequested: (entry) => {
            recovery.discard(entry.filePath)
            window.offerRecovery()
        }
    }

    LemmaDocument {
        id: document
        journalFolder: recovery.folder
        onSaved: {
            versions.refresh()
            reviews.refresh()
        }
        onModifiedChanged: controller.lemmas.setUnsaved(lemmaList.currentIndex, modified)
        onTextChanged: if (filePath !== "") controller.updateText(controller.lemmas.path(lemmaList.currentIndex), text)
    }

    Shortcut {
        sequences: [StandardKey.Save]
        onActivated: window.save()
    }

    Shortcut {
        sequence: "Ctrl+Shift+S"
        onActivated: {
            window.save()
            sidePanel.currentIndex = sidePanel.index.changes
            sidePanel.changesPanel.focusMessage()
        }
    }

    header: MainToolBar {
        canSave: document.modified
        ahead: versions.ahead
        behind: versions.behind
        canSync: versions.hasRemote && !versions.busy
        onSaveRequested: window.save()
        onCommitRequested: {
            window.save()
            sidePanel.currentIndex = sidePanel.index.changes
            sidePanel.changesPanel.focusMessage()
        }
        onLemmaRequested: (mode) => window.manageLemma(mode)
        undoText: lemmaManager.undoText
        redoText: lemmaManager.redoText
        onUndoRequested: window.editionStep(false)
        onRedoRequested: window.editionStep(true)
        onPullRequested: versions.pull()
        onPushRequested: versions.push()
        onNextEditionRequested: versions.startNextEdition()
        onExportRequested: exportDialog.open()
        onSearchRequested: searchDialog.show()
    }

    footer: StatusBar {
        editionTitle: controller.title
        wordCount: document.wordCount
        problemCount: controller.problemCount
        errorCount: controller.errorCount
        branch: versions.available ? versions.branch : ""
        ahead: versions.ahead
        behind: versions.behind
        spellingReady: editor.spelling.ready
        spellingLanguage: editor.spelling.language
        modified: document.modified
        hasDocument: document.filePath !== ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        MessageBanner {
            Layout.fillWidth: true
            text: controller.errorMessage || document.errorMessage || window.operationMessage
                  || editor.spelling.errorMessage
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ColumnLayout {
                SplitView.preferredWidth: 320
                SplitView.minimumWidth: 200
                spacing: 0

                TabBar {
                    id: viewTabs
                    objectName: "viewTabs"
                    Layout.fillWidth: true
                    currentIndex: window.view === "lijst" ? 1 : window.view === "web" ? 2 : 0
                    TabButton { text: qsTr("A–Z"); onClicked: window.view = "letters" }
                    TabButton { text: qsTr("Lijst"); onClicked: window.view = "lijst" }
                    TabButton { text: qsTr("Web"); onClicked: window.view = "web" }
                }

                StackLayout {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: window.view === "lijst" ? 1 : 0

                    LemmaList {
                        id: lemmaList
                        model: controller.lemmas
                        loading: controller.loading
                        onActivated: (row) => window.openLemma(row)
                        onMoveRequested: (row, step) => {
                            const path = controller.lemmas.path(row)
                            if (lemmaManager.moveLemma(window.slugOf(path), step)) {
                                window.pendingLemma = path
                                controller.open()
                            }
                        }
                    }
                    LemmaIndex {
                        lemmas: controller.lemmas
                        onActivated: (row) => window.openLemma(row)
                    }
                }
            }

            StackLayout {
                SplitView.fillWidth: true
                currentIndex: window.view === "web" ? 1 : 0

                LemmaEditor {
                    id: editor
                    editionRoot: controller.rootPath
                    commentMarks: reviews.marks
                    letter: controller.lemmas.letter(lemmaList.currentIndex)
                    lemmaTitle: controller.lemmas.title(lemmaList.currentIndex)
                    text: document.text
                    enabled: document.filePath !== ""
                    onTextEdited: (text) => document.text = text
                    outline: outline
                    onLemmaLinkRequested: linkDialog.open()
                }

                WebView {
                    objectName: "webView"
                    nodes: controller.webNodes
                    edges: controller.webEdges
                    threadTitles: controller.threadTitles
                    onOpened: (row) => {
                        window.view = "letters"
                        window.openLemma(row)
                    }
                }
            }

            SidePanel {
                id: sidePanel
                SplitView.preferredWidth: 360
                outline: outline
                editor: editor
                onBackToText: editor.placeCursor(editor.textArea.cursorPosition)
                onLemmaRequested: (slug) => {
                    const row = controller.rowOfFile("lemmas/" + slug + ".md")
                    if (row >= 0)
                        window.openLemma(row)
                }
                changeCount: versions.changes.count
                changesPanel.versions: versions
                historyPanel.versions: versions
                historyPanel.path: controller.lemmas.path(lemmaList.currentIndex)
                reviewPanel.reviews: reviews
                previewPanel.edition: controller
                previewPanel.lemmaPath: controller.lemmas.path(lemmaList.currentIndex)
                previewPanel.text: document.text
                previewPanel.cursorLine: document.lineOf(editor.textArea.cursorPosition)
                previewPanel.notes: reviews.notes.map(note => Object.assign({line: document.lineOf(note.start)}, note))
                previewPanel.onLemmaRequested: (slug) => {
                    const row = controller.rowOfFile("lemmas/" + slug + ".md")
                    if (row >= 0)
                        window.openLemma(row)
                }
                reviewPanel.onPassageChosen: (start, end) => editor.textArea.select(start, end)
                historyPanel.onOpenVersionRequested: (commitId, summary) => {
                    versionDialog.commitId = commitId
                    versionDialog.title = qsTr("%1 — versie: %2").arg(editor.lemmaTitle).arg(summary)
                    versionDialog.text = versions.textAt(commitId, controller.lemmas.path(lemmaList.currentIndex))
                    versionDialog.open()
                }
                SplitView.minimumWidth: 220
                problemCount: controller.problemCount
                problemsPanel.model: controller.problems
                problemsPanel.currentFile: controller.lemmas.path(lemmaList.currentIndex)
                problemsPanel.onProblemChosen: (file, line, column) => window.goToProblem(file, line, column)
            }
        }
    }

    UnsavedChangesDialog {
        id: unsavedDialog
        onSaveRequested: window.save()
        canContinue: !document.modified
    }

    onClosing: (close) => {
        if (closingConfirmed)
            document.discardJournal() // the author chose not to save
        if (document.modified && !closingConfirmed) {
            close.accepted = false
            unsavedDialog.ask(function() {
                window.closingConfirmed = true
                window.close()
            })
        }
    }
}
