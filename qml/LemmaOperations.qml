import QtQuick
import QtQuick.Controls
import Trendweb.Studio

// New, renamed, moved and deleted lemmas (Editie menu, Alt+↑/↓ in the list), taken back
// with Ctrl+Alt+Z and done again with Ctrl+Alt+Y. Each saves the open text first, since
// they edit the files; afterwards the window opens the edition again on the lemma named.
Item {
    id: operations

    property var edition: null  // the EditionController
    property var document: null // the LemmaDocument in the editor
    property string currentPath: ""
    property string currentTitle: ""
    // Why taking an operation back (or doing it again) did not work.
    property string message: ""
    readonly property alias undoText: manager.undoText
    readonly property alias redoText: manager.redoText
    // The edition changed on disk: open it again on this lemma ("-": the first).
    signal reopenRequested(string path)

    function slugOf(path) { return path.replace(/^lemmas\//, "").replace(/\.md$/, "") }

    // Saves the text on screen; false when it could not be (the banner says why).
    function saveFirst() {
        if (document.filePath !== "")
            document.save()
        return !document.modified
    }

    // "new", "rename" or "delete", in the dialog.
    function ask(mode) {
        saveFirst()
        dialog.ask(mode, slugOf(currentPath), currentTitle)
    }

    function move(path, step) {
        if (manager.moveLemma(slugOf(path), step))
            reopenRequested(path)
    }

    // Takes back (again: does again) the last operation.
    function step(again) {
        if (!saveFirst())
            return
        const path = currentPath
        if (!(again ? manager.redo() : manager.undo())) {
            message = manager.errorMessage
            return
        }
        message = ""
        document.close() // it was saved; it may have moved or changed on disk
        reopenRequested(path !== "" ? path : "-")
    }

    LemmaManager {
        id: manager
        editionRoot: operations.edition ? operations.edition.rootPath : ""
    }

    LemmaDialog {
        id: dialog
        objectName: "lemmaDialog"
        manager: manager
        onDone: (path) => operations.reopenRequested(path)
    }

    // Ctrl+N: Nieuw lemma, as in the Editie menu.
    Shortcut {
        sequences: [StandardKey.New]
        onActivated: operations.ask("new")
    }
    Shortcut {
        sequence: "Ctrl+Alt+Z"
        onActivated: operations.step(false)
    }
    Shortcut {
        sequence: "Ctrl+Alt+Y"
        onActivated: operations.step(true)
    }
}
