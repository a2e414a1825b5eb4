import QtQuick
import QtTest
import Trendweb.Studio

// What an author does in the window, step by step, for the journeys: open the app,
// pick a lemma with the mouse or the keyboard, type, save, and compare what the
// window shows with the files on disk and with `trendweb validate`.
QtObject {
    id: steps

    property TestCase test: null
    property var window: null
    property string root: ""
    property int shots: 0
    property string name: "reis"

    readonly property Component mainWindow: Component {
        Main {}
    }

    // The app on a fresh copy of the built-in edition (or on `path`), ready to use.
    function start(path, author) {
        journey.clearScreenshots(name)
        root = path !== undefined ? path : journey.builtinEdition()
        test.verify(root !== "", "the built-in edition is prepared")
        window = test.createTemporaryObject(mainWindow, test, { editionPath: root })
        test.verify(window !== null)
        window.requestActivate()
        test.tryVerify(() => window.ready, 60000, "the window is ready")
        test.tryVerify(() => window.active, 5000, "the window has the focus")
        // A new author is asked who they are before anything else.
        test.tryCompare(window.identity, "opened", true, 5000)
        if (author !== undefined)
            identify(author[0], author[1])
        return window
    }

    // The app as started without a folder: the built-in edition from the data folder, and
    // the welcome when other editions were opened before.
    function startWithoutFolder(author) {
        journey.clearScreenshots(name)
        window = test.createTemporaryObject(mainWindow, test, { editionPath: "", welcome: true })
        test.verify(window !== null)
        window.requestActivate()
        test.tryVerify(() => window.ready, 60000, "the window is ready")
        root = window.edition.rootPath
        if (author !== undefined) {
            test.tryCompare(window.identity, "opened", true, 5000)
            identify(author[0], author[1])
        }
        return window
    }

    // Editie ▾ and then the item with this objectName, clicked as a person would.
    function editionMenu(itemName) {
        const toolBar = window.header
        test.mouseClick(test.findChild(toolBar, "editionMenuButton"))
        const menu = toolBar.editionMenu
        test.tryCompare(menu, "opened", true)
        let item = null
        for (let i = 0; i < menu.count; ++i) {
            if (menu.itemAt(i) && menu.itemAt(i).objectName === itemName)
                item = menu.itemAt(i)
        }
        test.verify(item !== null, "Editie ▾ has " + itemName)
        test.mouseClick(item)
        test.tryCompare(menu, "visible", false)
    }

    // The window shows the edition in `path`, with the lemma open that the author was in
    // there last time (the first one in an edition not opened before).
    function showsEdition(path) {
        test.tryCompare(window.edition, "rootPath", path, 60000)
        // (Not window.ready: a preview behind another panel paints only when shown.)
        test.tryVerify(() => window.edition.loaded && !window.edition.loading, 60000,
                       "the edition " + path + " is open (loaded " + window.edition.loaded
                       + ", document " + window.document.filePath + ", message "
                       + window.edition.errorMessage + ", preview painted "
                       + window.sidePanel.previewPanel.painted + ")")
        test.tryCompare(window.document, "relativePath",
                        window.edition.lemmas.path(window.edition.lastLemmaRow()), 10000)
        test.tryCompare(window.versions, "editionRoot", path, 5000)
        root = path
        settle()
    }

    function list() { return test.findChild(window.contentItem, "lemmaListView") }
    function area() { return window.editor.textArea }
    function path(row) { return window.edition.lemmas.path(row) }
    function file(relative) { return root + "/" + relative }

    // Clicks the lemma in row `row` of the list, and waits until it is open.
    function click(row) {
        const view = list()
        view.positionViewAtIndex(row, ListView.Contain)
        test.tryVerify(() => view.itemAtIndex(row) !== null)
        test.mouseClick(view.itemAtIndex(row))
        opened(row)
    }

    // Down (or up) in the list with the keyboard, one lemma, where the focus is after
    // clicking a lemma.
    function key(step) {
        const view = list()
        const row = view.currentIndex + step
        test.keyClick(step > 0 ? Qt.Key_Down : Qt.Key_Up)
        opened(row)
    }

    // The lemma of `row` is in the editor and selected in the list, and the edition
    // has checked what the editor holds.
    function opened(row) {
        test.tryCompare(window.document, "relativePath", path(row), 5000)
        test.compare(list().currentIndex, row)
        test.compare(window.document.text, journey.readFile(file(path(row))))
        settle()
    }

    // Voorbeeld shows the open lemma: its heading on the page is the lemma's title.
    property string previewHeading: ""
    function previewShows(title) {
        const panel = window.sidePanel.previewPanel
        test.tryVerify(() => {
            if (panel.loaded)
                panel.view.runJavaScript("(function () { var h = document.querySelector('h1');"
                                         + " return h ? h.textContent : ''; })()",
                                         (heading) => steps.previewHeading = heading)
            return steps.previewHeading.indexOf(title) >= 0
        }, 15000, "Voorbeeld shows " + title + " (it shows " + steps.previewHeading + ")")
    }

    function settle() {
        test.tryVerify(() => window.edition.idle(), 10000, "the edition has checked the texts")
    }

    // Puts the cursor where `marker` starts in the text (as a click there would).
    function cursorAt(marker) {
        const position = area().text.indexOf(marker)
        test.verify(position >= 0, "the text holds " + marker)
        window.editor.placeCursor(position)
        return position
    }

    // The scroll bar dragged down to the end of the text.
    function scrollToEnd() {
        const flick = area().parent.parent
        flick.contentY = flick.contentHeight - flick.height
        test.waitForRendering(window.contentItem)
        test.verify(flick.atYEnd, "scrolled to the end")
    }

    function type(text) {
        for (const c of text)
            test.keyClick(c)
    }

    function save() {
        test.keySequence(StandardKey.Save)
        test.tryVerify(() => !window.document.modified, 5000, "saved")
    }

    // The problems the window lists for `relative` (the Problemen panel's "Dit lemma"),
    // with the group of footnotes still to be written opened.
    function shownProblems(relative) {
        test.compare(window.sidePanel.problemsPanel.currentFile, relative)
        window.sidePanel.problemsPanel.inheritedExpanded = true
        return journey.rows(window.edition.problems)
                .filter(p => p.kind === "problem" && p.file === relative)
                .map(p => p.file + ":" + p.line + ":" + p.column + ": " + p.code).sort()
    }

    // What `trendweb validate` reads from disk about `relative`.
    function validated(all, relative) {
        return all.filter(p => p.file === relative)
                .map(p => p.file + ":" + p.line + ":" + p.column + ": " + p.code).sort()
    }

    // The window's edition and its problems are what the command line reads from disk,
    // once the window has noticed what changed there (the system reports file changes a
    // moment later on a busy machine).
    function agreesWithDisk() {
        settle()
        test.tryVerify(() => window.edition.matchesDisk(), 10000,
                       "the edition in the window is the one on disk")
    }

    // Figuren › Figuur toevoegen…: a caption, an image chosen, its alternative text.
    // Returns the image's path in the edition.
    function addFigure(caption, image, alt) {
        window.sidePanel.currentIndex = window.sidePanel.index.figures
        const figures = test.findChild(window.sidePanel, "figuresPanel")
        test.tryVerify(() => figures !== null && figures.visible)
        test.mouseClick(test.findChild(figures, "addFigure"))
        const dialog = figures.dialog
        test.tryCompare(dialog, "opened", true)
        type(caption)
        // The file chooser hands over the chosen file as it does when one picks it.
        dialog.useImage("file://" + image)
        test.verify(dialog.image.indexOf("figures/") === 0, "the image is copied into the edition")
        type(alt)
        screenshot("figuur")
        test.keyClick(Qt.Key_Return)
        test.tryCompare(dialog, "opened", false)
        return dialog.image
    }

    // Who the author is, as the window asks it ("Wie bent u?" on a first start).
    function identify(fullName, email) {
        const dialog = window.identity
        if (!dialog.opened)
            dialog.ask(null)
        test.tryCompare(dialog, "opened", true)
        const nameField = test.findChild(dialog.contentItem, "identityName")
        const emailField = test.findChild(dialog.contentItem, "identityEmail")
        test.tryVerify(() => nameField.activeFocus, 5000, "the name field has the focus")
        nameField.selectAll()
        type(fullName)
        emailField.forceActiveFocus()
        emailField.selectAll()
        type(email)
        screenshot("wie-bent-u")
        test.keyClick(Qt.Key_Return)
        test.tryCompare(dialog, "opened", false)
        test.compare(window.versions.authorName, fullName)
    }

    // Vastleggen in Wijzigingen: the message typed, the button clicked.
    function commit(message) {
        window.sidePanel.currentIndex = window.sidePanel.index.changes
        const field = test.findChild(window.sidePanel, "commitMessage")
        test.tryVerify(() => field !== null && field.visible)
        field.forceActiveFocus()
        type(message)
        const button = test.findChild(window.sidePanel, "commitButton")
        test.tryVerify(() => button.enabled, 5000, "Vastleggen can be clicked")
        test.mouseClick(button)
        test.tryCompare(field, "text", "", 5000)
        test.compare(window.versions.errorMessage, "")
    }

    function screenshot(what) {
        const saved = journey.screenshot(window, name + "-" + String(++shots).padStart(2, "0") + "-" + what)
        test.verify(saved !== "", "screenshot " + what)
        return saved
    }
}
