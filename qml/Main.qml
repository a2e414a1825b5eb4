import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

ApplicationWindow {
    id: window

    // The edition folder to open; empty opens the built-in edition.
    property string editionPath: ""
    // Started without a folder: the welcome offers the recent editions (when there are).
    property bool welcome: false
    // True once the edition is loaded and the first lemma is in the editor, or once
    // it is clear that it cannot be opened and the message is shown.
    readonly property bool ready: !controller.loading
                                  && (controller.errorMessage !== ""
                                      || (controller.loaded && (document.filePath !== "" || controller.lemmas.count === 0)
                                          && (editor.spelling.ready || editor.spelling.errorMessage !== "")
                                          && (sidePanel.previewPanel.painted || document.filePath === "")))
    // Said once in the log, for scripts that drive the editor.
    onReadyChanged: if (ready) console.info("Trendweb Studio: klaar")
    property bool closingConfirmed: false
    // What the left column shows: "letters" (A–T), "lijst" (DE LIJST) or "web" (HET WEB in the middle).
    property string view: "letters"
    // During a merge its choices take the middle of the window, unless the author went
    // back to the text for a while.
    property bool conflictsHidden: false
    readonly property bool conflictsShown: window.versions.merging && !conflictsHidden
    Connections {
        target: window.versions
        function onStateChanged() {
            if (!window.versions.merging)
                window.conflictsHidden = false // the next merge shows its choices again
        }
    }
    // The lemma list of the left column; its current row is the open lemma.
    readonly property alias lemmaList: navigator.lemmaList
    // The parts of the window, for scripts and journey tests that drive it.
    readonly property alias edition: controller
    readonly property alias document: document
    readonly property alias editor: editor
    readonly property alias sidePanel: sidePanel
    readonly property alias versions: sharing.versions
    readonly property alias identity: identity
    readonly property alias exportDialog: exportDialog
    readonly property alias commentDialog: commenting.dialog
    readonly property alias suggestionDialog: commenting.suggestionDialog
    readonly property alias reviews: commenting.reviews
    readonly property alias searchDialog: searchDialog
    readonly property alias chooser: chooser
    readonly property alias unsavedDialog: unsavedDialog

    width: 1280
    height: 800
    visible: true
    title: controller.loaded ? qsTr("%1 — Trendweb Studio").arg(controller.title || controller.rootPath)
                             : qsTr("Trendweb Studio")

    // Opening lemmas from the list, a problem, a search hit or a cross-link.
    LemmaOpener {
        id: opener
        edition: controller
        document: document
        editor: editor
        lemmaList: window.lemmaList
        unsavedDialog: unsavedDialog
    }

    // The files changed on disk: opens the edition again, on this lemma ("-": the first).
    function reopen(path) {
        window.pendingLemma = path
        controller.open()
        window.versions.refresh()
    }

    // The lemma to show once the edition has been reopened: a path, "-" for the first.
    property string pendingLemma: ""
    // Once reopened, the text gets the focus (after a lemma operation's dialog).
    property bool writeAfterReopen: false
    // Another edition is being opened: its unsaved text of an earlier session is offered.
    property bool switchingEdition: false

    // Opens another edition in this window ("" for the built-in one); unsaved text was
    // dealt with before. Every panel follows the edition controller's new root.
    function switchEdition(path) {
        document.close()
        window.switchingEdition = true
        window.pendingLemma = "-"
        window.editionPath = path
        controller.open()
    }

    EditionChooser {
        id: chooser
        anchors.fill: parent
        edition: controller
        document: document
        versions: window.versions
        identity: identity
        unsavedDialog: unsavedDialog
        onOpenRequested: (path) => window.switchEdition(path)
    }

    Shortcut {
        sequences: [StandardKey.Open]
        onActivated: chooser.chooseFolder()
    }
    // Below 1100 pixels the lemma list leaves the row of columns for a drawer at the left,
    // opened with Lemma's in the toolbar or F6; the text keeps a readable width.
    readonly property bool compact: window.width < 1100
    function showLemmaDrawer() {
        lemmaDrawer.open()
        drawerList.listView.forceActiveFocus(Qt.TabFocusReason)
    }
    Drawer {
        id: lemmaDrawer
        objectName: "lemmaDrawer"
        edge: Qt.LeftEdge
        // Not modal, and Escape handled by the list: a popup that closes on Escape blocks
        // every shortcut of the window in Qt 6.4, and F6, Ctrl+1…8 must keep working.
        modal: false
        closePolicy: Popup.CloseOnPressOutside
        width: Math.min(340, window.width * 0.4)
        height: window.height
        LemmaList {
            id: drawerList
            objectName: "drawerLemmaList"
            anchors.fill: parent
            model: controller.lemmas
            currentIndex: window.lemmaList.currentIndex
            onActivated: (row) => opener.openLemma(row)
            onConfirmed: window.focusColumn(1)
            Keys.onEscapePressed: window.focusColumn(1) // closes the drawer, back to the text
        }
    }
    readonly property alias lemmaDrawer: lemmaDrawer

    // F6 / Shift+F6: the keyboard goes round the three columns (lemmas, text, side panel).
    readonly property var columns: [navigator, editor, sidePanel]
    function columnOf(item) {
        if (lemmaDrawer.opened)
            return 0
        for (let at = item; at; at = at.parent) {
            const i = window.columns.indexOf(at)
            if (i >= 0)
                return i
        }
        return -1
    }
    function focusColumn(i) {
        const n = window.columns.length
        const next = (i + n) % n
        if (next !== 0 && lemmaDrawer.opened)
            lemmaDrawer.close()
        if (next === 0 && window.compact)
            window.showLemmaDrawer()
        else if (next === 0)
            navigator.focusList()
        else if (next === 1)
            editor.textArea.forceActiveFocus(Qt.TabFocusReason)
        else
            sidePanel.focusTab(sidePanel.currentIndex)
    }
    Shortcut {
        objectName: "nextColumnShortcut"
        sequence: "F6"
        onActivated: window.focusColumn(window.columnOf(window.activeFocusItem) + 1)
    }
    Shortcut {
        sequence: "Shift+F6"
        onActivated: {
            const at = window.columnOf(window.activeFocusItem)
            window.focusColumn(at < 0 ? 2 : at - 1)
        }
    }
    // Ctrl+1…Ctrl+8: a side panel, with the keyboard on its tab; Ctrl+9: the Overzicht,
    // with the keyboard in its list of headings.
    Shortcut {
        objectName: "outlineShortcut"
        sequence: "Ctrl+9"
        enabled: document.filePath !== ""
        onActivated: window.sidePanel.focusOutline()
    }
    Repeater {
        model: 8
        Item {
            required property int index
            Shortcut {
                sequence: "Ctrl+" + (index + 1)
                onActivated: window.sidePanel.focusTab(index)
            }
        }
    }
    // Alt+1, Alt+2, Alt+3: the lemmas by letter, as a list, or the web.
    Shortcut {
        sequence: "Alt+1"
        onActivated: { window.view = "letters"; navigator.focusList() }
    }
    Shortcut {
        sequence: "Alt+2"
        onActivated: { window.view = "lijst"; navigator.focusList() }
    }
    Shortcut {
        sequence: "Alt+3"
        onActivated: {
            window.view = "web"
            Qt.callLater(webView.focusLemma, document.relativePath)
        }
    }
    Shortcut {
        sequence: "Ctrl+E"
        onActivated: window.header.exportRequested()
    }
    Shortcut {
        sequence: "Ctrl+Shift+O"
        enabled: window.header.canSync
        onActivated: window.header.pullRequested()
    }
    Shortcut {
        sequence: "Ctrl+Shift+U"
        enabled: window.header.canSync && window.versions.ahead > 0
        onActivated: window.header.pushRequested()
    }
    Shortcut {
        objectName: "helpShortcut"
        sequences: ["F1", "Ctrl+/"]
        onActivated: shortcutsDialog.open()
    }
    ShortcutsDialog {
        id: shortcutsDialog
    }
    readonly property alias shortcutsDialog: shortcutsDialog

    // Ctrl+Q closes the window the way its close button does: unsaved text is asked about.
    Shortcut {
        objectName: "quitShortcut"
        sequence: "Ctrl+Q"
        context: Qt.ApplicationShortcut
        onActivated: window.close()
    }

    function save() {
        if (document.filePath !== "")
            document.save()
    }

    LemmaOperations {
        id: operations
        edition: controller
        document: document
        currentPath: document.relativePath
        currentTitle: editor.lemmaTitle
        // After a new, renamed or deleted lemma the author writes on: the text has the focus.
        onReopenRequested: (path) => {
            window.writeAfterReopen = true
            window.reopen(path)
        }
    }

    EditionController {
        id: controller
        editionPath: window.editionPath
        Component.onCompleted: {
            open()
            // A first start (no name known) gets the one welcome that also asks the name.
            if (window.welcome && window.versions.hasAuthor)
                chooser.welcome()
        }
        // Another program added, removed or renamed files: the edition as it is now.
        onChangedOnDisk: window.reopen(document.relativePath)
        onLoadedChanged: {
            if (loaded && window.pendingLemma !== "") {
                // "-": another edition, on the lemma the author was in there last time.
                const row = window.pendingLemma === "-" ? lastLemmaRow() : rowOfFile(window.pendingLemma)
                const same = window.pendingLemma !== "-"
                             && document.filePath === absolutePath(window.pendingLemma)
                window.pendingLemma = ""
                if (same) {
                    // Moved, or changed elsewhere: the open text stays as it is, saved or not
                    // (a file gone elsewhere keeps its text until the author chooses).
                    lemmaList.currentIndex = row
                } else {
                    document.close() // renamed or deleted: it was saved first
                    if (lemmas.count > 0)
                        opener.showLemma(row >= 0 ? row : 0)
                    if (window.switchingEdition) {
                        window.switchingEdition = false
                        recoveryDialog.offerNext()
                    }
                }
                if (window.writeAfterReopen) {
                    window.writeAfterReopen = false
                    window.editor.textArea.forceActiveFocus()
                }
            } else if (loaded && lemmas.count > 0 && document.filePath === "") {
                // A restart opens the lemma the author was in (the first when it is gone).
                opener.showLemma(lastLemmaRow())
                recoveryDialog.offerNext()
            }
            lemmas.setUncommitted(window.versions.changes.paths())
        }
    }

    Binding {
        target: controller.problems
        property: "english"
        value: Language.current === "en"
    }

    Sharing {
        id: sharing
        anchors.fill: parent
        edition: controller
        document: document
    }

    VersionDialog {
        id: versionDialog
        objectName: "versionDialog"
        onCommentRequested: (start, end, quote) => commenting.commentOnVersion(versionDialog.commitId, start, end, quote)
        onSuggestionRequested: (start, end, quote) => commenting.suggestOnVersion(versionDialog.commitId, start, end, quote)
    }

    // Wie bent u? Asked at the first start, and before a comment or version without a name.
    IdentityDialog {
        id: identity
        versions: window.versions
        chooser: chooser
        askWhenUnknown: true
    }

    Commenting {
        id: commenting
        anchors.fill: parent
        edition: controller
        document: document
        versions: window.versions
        identity: identity
        textArea: editor.textArea
        documentEditor: editor.document
        onCommented: sidePanel.currentIndex = sidePanel.index.comments
    }

    ExportDialog {
        id: exportDialog
        edition: controller
        onProblemChosen: (file, line, column) => {
            window.view = "letters"
            opener.goToProblem(file, line, column)
        }
    }

    LemmaOutline {
        id: outline
        edition: controller
        path: document.relativePath
    }

    // Ctrl+Alt+F: a footnote at the cursor; the Voetnoten panel opens on its text.
    Shortcut {
        sequence: "Ctrl+Alt+F"
        enabled: document.filePath !== ""
        onActivated: sidePanel.insertNote()
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
            if (!opener.goTo(path, () => [start, start + length]))
                message = qsTr("%1 is geen lemma en opent niet in de editor.").arg(path)
        }
        document: document
        onReplaced: window.reopen(document.relativePath)
    }

    Shortcut {
        sequence: "Ctrl+Shift+F"
        onActivated: searchDialog.show()
    }

    // Unsaved text of an earlier session: offered once the edition is open.
    RecoveryDialog {
        id: recoveryDialog
        objectName: "recoveryDialog"
        edition: controller
        onRecoverRequested: (entry) => {
            const row = controller.rowOfFile(entry.path)
            if (row >= 0 && (document.filePath === entry.filePath || document.load(entry.filePath))) {
                lemmaList.currentIndex = row
                document.recover(entry.text)
            }
            offerNext()
        }
    }

    LemmaDocument {
        id: document
        journalFolder: recoveryDialog.folder
        onSaved: {
            window.versions.refresh()
            commenting.reviews.refresh()
        }
        // The document tells the edition its text and unsaved state under its own path.
        edition: controller
        // The next start opens this lemma again.
        onFilePathChanged: if (relativePath !== "") controller.rememberLemma(relativePath)
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
        canSave: document.modified && document.diskState === "" // else the bar above the text decides
        ahead: window.versions.ahead
        behind: window.versions.behind
        shared: window.versions.hasRemote
        canSync: window.versions.hasRemote && !window.versions.busy
        onSaveRequested: window.save()
        onCommitRequested: {
            window.save()
            sidePanel.currentIndex = sidePanel.index.changes
            sidePanel.changesPanel.focusMessage()
        }
        onLemmaRequested: (mode) => operations.ask(mode)
        undoText: operations.undoText
        redoText: operations.redoText
        onUndoRequested: operations.step(false)
        onRedoRequested: operations.step(true)
        onCommentRequested: commenting.commentOnSelection()
        onSuggestionRequested: commenting.suggestOnSelection()
        onPullRequested: identity.ensure(() => window.versions.pull()) // a merge goes under a name
        onPushRequested: window.versions.push()
        onNextEditionRequested: window.versions.startNextEdition()
        onExportRequested: {
            window.save() // the export is judged and made from the files on disk
            exportDialog.open()
        }
        onSearchRequested: searchDialog.show()
        onShortcutsRequested: shortcutsDialog.open()
        compact: window.compact
        onLemmasRequested: window.showLemmaDrawer()
        recentEditions: chooser.recent
        onOpenEditionRequested: chooser.chooseFolder()
        onFetchSharedRequested: chooser.fetchShared()
        onShareEditionRequested: chooser.shareEdition()
        onRecentEditionChosen: (path) => chooser.openEdition(path)
    }

    footer: StatusBar {
        editionTitle: controller.title
        wordCount: document.wordCount
        lengthTarget: editor.document.lengthTarget
        problemCount: controller.problemCount
        errorCount: controller.errorCount
        branch: window.versions.available ? window.versions.branch : ""
        ahead: window.versions.ahead
        behind: window.versions.behind
        shared: window.versions.hasRemote
        spellingReady: editor.spelling.ready
        spellingLanguage: editor.spelling.language
        modified: document.modified
        hasDocument: document.filePath !== ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        DiskChangeBar {
            objectName: "diskChangeBar"
            Layout.fillWidth: true
            document: document
        }

        MessageBanner {
            Layout.fillWidth: true
            text: chooser.message || controller.errorMessage || document.errorMessage || operations.message
                  || editor.spelling.errorMessage
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            EditionNavigator {
                id: navigator
                visible: !window.compact
                SplitView.preferredWidth: 320
                SplitView.minimumWidth: 200
                lemmas: controller.lemmas
                loading: controller.loading
                view: window.view
                onViewChosen: (view) => window.view = view
                onActivated: (row) => opener.openLemma(row)
                onMoveRequested: (row, step) => operations.move(controller.lemmas.path(row), step)
            }

            StackLayout {
                SplitView.fillWidth: true
                currentIndex: window.conflictsShown ? 2 : window.view === "web" ? 1 : 0

                LemmaEditor {
                    id: editor
                    editionRoot: controller.rootPath
                    commentMarks: commenting.reviews.marks
                    suggestionMarks: commenting.reviews.suggestionMarks
                    letter: lemmaList.currentItem ? lemmaList.currentItem.letter : ""
                    lemmaTitle: lemmaList.currentItem ? lemmaList.currentItem.title : ""
                    text: document.text
                    filePath: document.filePath
                    enabled: document.filePath !== ""
                    onTextEdited: (text) => document.text = text
                    outline: outline
                    onLemmaLinkRequested: linkDialog.open()
                    onCommentRequested: commenting.commentOnSelection()
                    onSuggestionRequested: commenting.suggestOnSelection()
                }

                WebView {
                    id: webView
                    objectName: "webView"
                    nodes: controller.webNodes
                    edges: controller.webEdges
                    threadTitles: controller.threadTitles
                    onOpened: (row) => {
                        window.view = "letters"
                        opener.openLemma(row)
                    }
                }

                ConflictView {
                    objectName: "conflictView"
                    versions: window.versions
                    onTextRequested: window.conflictsHidden = true
                    onRecordRequested: identity.ensure(function() {
                        window.versions.commit(qsTr("Wijzigingen van de gedeelde editie samengevoegd"))
                    })
                }
            }

            SidePanel {
                id: sidePanel
                SplitView.preferredWidth: window.compact ? 320 : 360
                outline: outline
                editor: editor
                onBackToText: editor.placeCursor(editor.textArea.cursorPosition)
                onLemmaRequested: (slug) => opener.openSlug(slug)
                changeCount: window.versions.changes.count
                changesPanel.versions: window.versions
                changesPanel.identity: identity
                changesPanel.onConflictsRequested: window.conflictsHidden = false
                historyPanel.versions: window.versions
                historyPanel.path: document.relativePath
                reviewPanel.reviews: commenting.reviews
                reviewPanel.identity: identity
                previewPanel.edition: controller
                previewPanel.lemmaPath: document.relativePath
                previewPanel.text: document.text
                previewPanel.cursorLine: document.lineOf(editor.textArea.cursorPosition)
                previewPanel.notes: commenting.reviews.notes.map(note => Object.assign({line: document.lineOf(note.start)}, note))
                previewPanel.onLemmaRequested: (slug) => opener.openSlug(slug)
                reviewPanel.onAcceptRequested: (id, evenIfChanged) => commenting.acceptSuggestion(id, evenIfChanged)
                reviewPanel.onPassageChosen: (start, end) => {
                    editor.textArea.select(start, end)
                    editor.textArea.forceActiveFocus() // the reader hears the passage
                }
                historyPanel.onOpenVersionRequested: (commitId, summary) => {
                    versionDialog.commitId = commitId
                    versionDialog.title = qsTr("%1 — versie: %2").arg(editor.lemmaTitle).arg(summary)
                    versionDialog.text = window.versions.textAt(commitId, document.relativePath)
                    versionDialog.open()
                }
                SplitView.minimumWidth: 220
                problemCount: controller.problemCount
                problemsPanel.model: controller.problems
                problemsPanel.currentFile: document.relativePath
                problemsPanel.onProblemChosen: (file, line, column) => opener.goToProblem(file, line, column)
            }
        }
    }

    UnsavedChangesDialog {
        id: unsavedDialog
        onSaveRequested: window.save()
        canContinue: !document.modified
    }

    // Saved work that is not yet a version: asked about once when closing (Ctrl+Q, the
    // window's close button), after any unsaved text. Nothing is lost either way.
    UncommittedCloseDialog {
        id: uncommittedDialog
        onCommitRequested: {
            window.sidePanel.currentIndex = window.sidePanel.index.changes
            window.sidePanel.changesPanel.focusMessage()
        }
        onCloseRequested: {
            window.closingConfirmed = true
            window.close()
        }
    }
    readonly property alias uncommittedDialog: uncommittedDialog
    function askAboutUncommitted() {
        const changes = window.versions.changes
        if (!window.versions.available || changes.count === 0)
            return false
        const paths = changes.paths()
        uncommittedDialog.fileCount = paths.length
        uncommittedDialog.lemmaCount = paths.filter(path => controller.rowOfFile(path) >= 0).length
        uncommittedDialog.open()
        return true
    }

    FocusRings {
        window: window
    }

    onClosing: (close) => {
        if (closingConfirmed) {
            document.discardJournal() // the author chose not to save
            return
        }
        if (document.modified) {
            close.accepted = false
            unsavedDialog.ask(function() {
                if (window.askAboutUncommitted())
                    return
                window.closingConfirmed = true
                window.close()
            })
        } else if (window.askAboutUncommitted()) {
            close.accepted = false
        }
    }
}
