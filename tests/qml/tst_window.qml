import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// The main window as a new author meets it: one welcome that asks the name; the main
// tasks by keyboard alone, with the focus visible at every step; the side panels' tabs
// within the window and no column over another at 1280×800, 1024×700 and 1920×1080; the
// status bar in plain words.
Item {
    id: root
    width: 400
    height: 300

    Component {
        id: mainWindow
        Main {}
    }

    StatusBar {
        id: bar
        width: 900
        hasDocument: true
        branch: "main"
        shared: true
    }

    FigureDialog {
        id: figureDialog
        footnotes: [{ label: "29-gt59", number: 4, text: "Bron: CBS, Statline, bewerking Trendbureau" },
                    { label: "7", number: 5, text: "" }]
        save: (index, figure) => { figureDialog.saved = figure; return "" }
        property var saved: null
    }

    TestCase {
        id: test
        name: "Window"
        when: windowShown

        property var window: null

        function type(text) {
            for (const character of text)
                keyClick(character)
        }

        function initTestCase() {
            fixtures.forgetAuthor()
            const edition = journey.builtinEdition()
            verify(edition !== "")
            // One window for all steps (a temporary object would go after the first).
            window = mainWindow.createObject(test, { editionPath: edition })
            verify(window !== null)
            window.requestActivate()
            tryVerify(() => window.ready, 60000, "the window is ready")
            tryVerify(() => window.active, 5000, "the window has the focus")
        }

        function cleanupTestCase() {
            if (window) {
                window.closingConfirmed = true
                window.destroy()
            }
        }

        // The item with keyboard focus, and whether it shows it.
        function focused() { return window.activeFocusItem }
        function showsFocus(item) {
            if (item.visualFocus === true)
                return true
            const ring = findChild(item, "focusRing")
            return ring !== null && ring.visible
        }
        // The focus is on `view` or one of its rows (a list gives its current row the focus).
        function inside(view) {
            for (let at = window.activeFocusItem; at; at = at.parent) {
                if (at === view)
                    return true
            }
            return false
        }
        function sideTab(i) { return findChild(window.sidePanel, "sideTab" + i) }

        // The first start: one welcome, with what to do, the name and other editions.
        function test_1_firstStartIsOneWelcome() {
            const dialog = window.identity
            tryCompare(dialog, "opened", true, 5000)
            verify(dialog.welcoming)
            compare(dialog.title, "Welkom bij Trendweb Studio")
            const steps = findChild(dialog.contentItem, "welcomeSteps")
            verify(steps.visible)
            verify(steps.text.indexOf("Vastleggen") >= 0 && steps.text.indexOf("Versturen") >= 0)
            verify(findChild(dialog.contentItem, "welcomeOpenFolder").visible)
            verify(findChild(dialog.contentItem, "welcomeFetch").visible)
            verify(!window.chooser.welcomeDialog.opened, "no second welcome")
            // The built-in edition is open behind it.
            verify(window.document.filePath !== "")
            // The name by keyboard: the field has the focus; Enter confirms.
            const nameField = findChild(dialog.contentItem, "identityName")
            tryVerify(() => nameField.activeFocus)
            nameField.selectAll()
            type("Anne de Vries")
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "opened", false)
            compare(window.versions.authorName, "Anne de Vries")
            // Asked again later, it is the plain question.
            dialog.ask(null)
            tryCompare(dialog, "opened", true)
            verify(!dialog.welcoming)
            compare(dialog.title, "Wie bent u?")
            // Enter presses the button the keyboard is on, as Space does.
            const cancel = findChild(dialog.footer, "identityCancel")
            cancel.forceActiveFocus(Qt.TabFocusReason)
            verify(cancel.visualFocus)
            verify(ringShown(cancel), "the dialog's button shows the focus clearly")
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "opened", false)
            compare(window.versions.authorName, "Anne de Vries")
            dialog.ask(null)
            tryCompare(dialog, "opened", true)
            const confirm = findChild(dialog.footer, "identityConfirm")
            confirm.forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Enter, Qt.KeypadModifier)
            tryCompare(dialog, "opened", false)
        }

        // Pick a lemma, write, save, the side panels, Vastleggen: by keyboard alone.
        function test_2_mainTasksByKeyboard() {
            window.width = 1280
            window.height = 800
            const list = findChild(window.contentItem, "lemmaListView")
            // F6 from wherever the focus is goes round: lemmas, text, side panel.
            window.editor.textArea.forceActiveFocus()
            keyClick(Qt.Key_F6)
            tryVerify(() => focused() === sideTab(window.sidePanel.currentIndex))
            verify(showsFocus(focused()), "the side tab shows the focus")
            keyClick(Qt.Key_F6)
            tryVerify(() => inside(list), 5000, "F6 goes on to the lemma list")
            verify(showsFocus(list.currentItem))
            keyClick(Qt.Key_F6)
            tryVerify(() => focused() === window.editor.textArea, 5000, "and on to the text")
            keyClick(Qt.Key_F6, Qt.ShiftModifier)
            tryVerify(() => inside(list), 5000, "Shift+F6 goes back")
        }

        function test_3_walk() {
            const list = findChild(window.contentItem, "lemmaListView")
            list.forceActiveFocus()
            verify(list.currentItem !== null)
            verify(showsFocus(list.currentItem), "the current lemma shows the focus")
            const row = list.currentIndex
            keyClick(Qt.Key_Down)
            tryCompare(window.document, "relativePath", window.edition.lemmas.path(row + 1), 5000)
            verify(inside(list))
            verify(showsFocus(list.currentItem))

            // Into the text; type; Ctrl+S saves.
            keyClick(Qt.Key_F6)
            tryVerify(() => focused() === window.editor.textArea)
            verify(window.editor.textArea.cursorVisible, "the text cursor shows where typing goes")
            keyClick(Qt.Key_End, Qt.ControlModifier)
            type(" Toets.")
            tryVerify(() => window.document.modified)
            keySequence(StandardKey.Save)
            tryVerify(() => !window.document.modified, 5000)

            // F6 to the side panel: its tab has a visible focus; arrows go to the next.
            keyClick(Qt.Key_F6)
            const tab = sideTab(window.sidePanel.currentIndex)
            tryVerify(() => focused() === tab)
            verify(tab.visualFocus, "the tab shows the focus")
            verify(findChild(tab, "focusRing").visible)
            const before = window.sidePanel.currentIndex
            keyClick(Qt.Key_Right)
            tryCompare(window.sidePanel, "currentIndex", (before + 1) % 8)
            verify(focused().visualFocus)

            // Ctrl+3 opens Lees meer, Ctrl+6 Problemen: the focus is on their tab.
            keyClick(Qt.Key_3, Qt.ControlModifier)
            tryCompare(window.sidePanel, "currentIndex", window.sidePanel.index.related)
            compare(focused(), sideTab(2))
            verify(showsFocus(focused()))
            keyClick(Qt.Key_6, Qt.ControlModifier)
            tryCompare(window.sidePanel, "currentIndex", window.sidePanel.index.problems)

            // Vastleggen: Ctrl+Shift+S puts the keyboard in the message; Tab reaches the button.
            keySequence("Ctrl+Shift+S")
            tryCompare(window.sidePanel, "currentIndex", window.sidePanel.index.changes)
            const message = findChild(window.sidePanel, "commitMessage")
            tryVerify(() => focused() === message)
            type("Toets per toetsenbord")
            const commit = findChild(window.sidePanel, "commitButton")
            tryVerify(() => commit.enabled)
            for (let i = 0; i < 4 && focused() !== commit; ++i)
                keyClick(Qt.Key_Tab)
            compare(focused(), commit)
            verify(commit.visualFocus, "Vastleggen shows the focus")
            keyClick(Qt.Key_Space)
            tryCompare(message, "text", "", 5000)
            compare(window.versions.errorMessage, "")
        }

        // Whether `item` shows that it has the keyboard: a FocusRing of its own that is
        // drawn, or (a list) one on its current row. Fusion's faint one-pixel line of a
        // focused button does not count.
        function ringIn(item) {
            if (!item)
                return false
            if (item.objectName === "focusRing" && item.visible)
                return true
            for (let i = 0; i < item.children.length; ++i) {
                if (ringIn(item.children[i]))
                    return true
            }
            return false
        }
        function ringShown(item) {
            if (!item)
                return false
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.objectName === "focusRing" && child.visible)
                    return true
            }
            if (item.currentItem)
                return ringIn(item.currentItem)
            // The page inside the preview: the ring is on the view around it.
            if (item.visualFocus === undefined && item.parent && item.parent.visualFocus === undefined) {
                for (let i = 0; i < item.parent.children.length; ++i) {
                    const child = item.parent.children[i]
                    if (child.objectName === "focusRing" && child.visible)
                        return true
                }
            }
            return false
        }
        function describe(item) {
            return item ? (item.objectName || String(item)) + (item.text !== undefined ? " «" + item.text + "»" : "") : "nothing"
        }
        // Tab from the focus as it is through what follows in the side panel: every stop
        // shows the focus.
        function tabThroughSidePanel(what) {
            const seen = []
            for (let i = 0; i < 40; ++i) {
                keyClick(Qt.Key_Tab)
                const item = focused()
                if (!inside(window.sidePanel) || seen.indexOf(item) >= 0)
                    break
                seen.push(item)
                verify(ringShown(item), what + ": the focus on " + describe(item) + " is visible")
            }
            return seen.length
        }

        // The main tasks by keyboard alone, and at every step the focus is plain to see:
        // the text, a spelling mistake put right from the menu, a note, every side panel
        // and every stop in it, a dialog's buttons, and Vastleggen.
        function test_3b_focusIsVisibleAtEveryStep() {
            window.width = 1280
            window.height = 800
            const area = window.editor.textArea
            // Pick a lemma, into the text: the page is framed.
            const list = findChild(window.contentItem, "lemmaListView")
            list.forceActiveFocus(Qt.TabFocusReason)
            verify(ringShown(list), "the lemma list shows the focus")
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_F6)
            tryVerify(() => focused() === area)
            verify(ringShown(area), "the text shows that the keyboard is in it")

            // A spelling mistake, put right from the menu by keyboard.
            keyClick(Qt.Key_End, Qt.ControlModifier)
            type(" Dat is welllicht zo.")
            const wrong = area.text.lastIndexOf("welllicht") + 3
            tryVerify(() => window.editor.spelling.wordAt(wrong).misspelled, 20000, "the mistake is seen")
            area.cursorPosition = wrong
            keyClick(Qt.Key_F10, Qt.ShiftModifier)
            const menu = findChild(window.editor, "spellingMenu")
            tryCompare(menu, "opened", true)
            tryVerify(() => menu.suggestions.length > 0 && menu.currentIndex >= 0
                            && menu.itemAt(menu.currentIndex).text === menu.suggestions[0], 20000,
                      "the first suggestion is highlighted")
            const suggestion = menu.suggestions[0]
            keyClick(Qt.Key_Return)
            tryCompare(menu, "opened", false)
            tryVerify(() => area.text.indexOf("welllicht") < 0 && area.text.indexOf(suggestion) >= 0)
            tryVerify(() => focused() === area)
            verify(ringShown(area))

            // A note at the cursor: the keyboard goes to its text, framed.
            keySequence("Ctrl+Alt+F")
            tryCompare(window.sidePanel, "currentIndex", window.sidePanel.index.footnotes)
            tryVerify(() => area.text.indexOf("[^") >= 0)
            tryVerify(() => ringShown(focused()), 5000, "the focus after inserting a note is visible: "
                      + describe(focused()))

            // Every side panel, and every Tab stop in it.
            for (let i = 0; i < 9; ++i) {
                keySequence("Ctrl+" + (i + 1))
                tryCompare(window.sidePanel, "currentIndex", i)
                tryVerify(() => inside(window.sidePanel))
                verify(ringShown(focused()), "panel " + i + ": " + describe(focused()))
                const stops = tabThroughSidePanel("panel " + sideTab(i).text)
                // (The Overzicht is one stop: Ctrl+9 puts the keyboard in its list.)
                verify(stops > 0 || i === window.sidePanel.index.outline, "panel " + i + ": Tab reached something")
            }

            // A dialog's buttons show the focus as clearly as the rest.
            keyClick(Qt.Key_F1)
            tryCompare(window.shortcutsDialog, "opened", true)
            const close = window.shortcutsDialog.standardButton(Dialog.Close)
            for (let i = 0; i < 4 && focused() !== close; ++i)
                keyClick(Qt.Key_Tab)
            compare(focused(), close)
            verify(ringShown(close), "the dialog's Sluiten shows the focus")
            keyClick(Qt.Key_Escape)
            tryCompare(window.shortcutsDialog, "opened", false)

            // Vastleggen: the message field is framed, and so is the button.
            keySequence(StandardKey.Save)
            keySequence("Ctrl+Shift+S")
            const message = findChild(window.sidePanel, "commitMessage")
            tryVerify(() => focused() === message)
            verify(ringShown(message), "the message field shows the focus")
            verify(message.background.border.width > 0, "the message field has a frame")
            type("Spelling en een voetnoot")
            const commit = findChild(window.sidePanel, "commitButton")
            tryVerify(() => commit.enabled)
            for (let i = 0; i < 4 && focused() !== commit; ++i)
                keyClick(Qt.Key_Tab)
            compare(focused(), commit)
            verify(ringShown(commit), "Vastleggen shows the focus")
            keyClick(Qt.Key_Space)
            tryCompare(message, "text", "", 5000)
            compare(window.versions.errorMessage, "")
        }

        // Overzicht (Ctrl+9): the headings and figures of the lemma; Enter puts the
        // cursor on one, in view, with the keyboard back in the text.
        function test_3c_outlineJumpsToAHeading() {
            window.width = 1280
            window.height = 800
            const area = window.editor.textArea
            area.forceActiveFocus()
            area.cursorPosition = window.editor.document.bodyStart
            keySequence("Ctrl+9")
            tryCompare(window.sidePanel, "currentIndex", window.sidePanel.index.outline)
            const outlineList = findChild(window.sidePanel, "outlineList")
            tryVerify(() => outlineList && outlineList.activeFocus, 5000, "the keyboard is in the Overzicht")
            tryVerify(() => outlineList.count > 2, 5000, "headings listed")
            verify(ringShown(outlineList))
            keyClick(Qt.Key_End)
            const last = outlineList.currentIndex
            verify(last > 0)
            const title = outlineList.currentItem.title
            const position = outlineList.currentItem.position
            keyClick(Qt.Key_Return)
            tryVerify(() => focused() === area, 5000, "back in the text")
            compare(area.cursorPosition, position)
            verify(area.text.substr(position, title.length + 8).indexOf(title) >= 0, "on the heading " + title)
            const flick = window.editor.textArea.parent.parent
            const rect = area.positionToRectangle(position)
            verify(rect.y >= flick.contentY && rect.y + rect.height <= flick.contentY + flick.height,
                   "the heading is in view")
            // It follows the text: a new heading shows up once typing stops.
            keyClick(Qt.Key_End, Qt.ControlModifier)
            keyClick(Qt.Key_Return)
            type("## Een nieuwe kop")
            keyClick(Qt.Key_Return)
            keySequence("Ctrl+9")
            tryVerify(() => {
                const l = findChild(window.sidePanel, "outlineList")
                return l && l.count > 0 && l.itemAtIndex(l.count - 1)
                       && l.itemAtIndex(l.count - 1).title === "Een nieuwe kop"
            }, 5000, "the new heading is in the Overzicht")
            keySequence(StandardKey.Save)
            tryVerify(() => !window.document.modified)
        }

        // F1 lists the shortcuts; Alt+E opens the Editie menu.
        function test_4_shortcutsAndMnemonics() {
            window.editor.textArea.forceActiveFocus()
            keyClick(Qt.Key_F1)
            tryCompare(window.shortcutsDialog, "opened", true)
            verify(window.shortcutsDialog.entries.some(e => e.keys === "Ctrl+E"))
            keyClick(Qt.Key_Escape)
            tryCompare(window.shortcutsDialog, "opened", false)
            const text = window.document.text
            keyClick(Qt.Key_E, Qt.AltModifier)
            tryCompare(window.header.editionMenu, "opened", true)
            compare(window.document.text, text, "Alt+E types nothing")
            keyClick(Qt.Key_Escape)
            tryCompare(window.header.editionMenu, "opened", false)
        }

        // The rectangle of `item` in the window's content.
        function rect(item) {
            const at = item.mapToItem(window.contentItem, 0, 0)
            return Qt.rect(at.x, at.y, item.width, item.height)
        }
        function overlap(a, b) {
            return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
        }
        function within(r) {
            return r.x >= 0 && r.y >= 0 && r.x + r.width <= window.contentItem.width + 0.5
                   && r.y + r.height <= window.contentItem.height + 0.5
        }

        function checkLayout(width, height) {
            window.width = width
            window.height = height
            tryCompare(window.contentItem, "width", width)
            waitForRendering(window.contentItem)
            for (let i = 0; i < 8; ++i) {
                const tab = sideTab(i)
                verify(tab.visible)
                verify(within(rect(tab)), "tab " + i + " (" + tab.text + ") is within the window at "
                       + width + "×" + height + ": " + JSON.stringify(rect(tab)))
            }
            const regions = [window.editor, window.sidePanel]
            if (!window.compact)
                regions.unshift(findChild(window.contentItem, "lemmaListView"))
            for (let i = 0; i < regions.length; ++i) {
                verify(within(rect(regions[i])), "region " + i + " within the window")
                for (let j = i + 1; j < regions.length; ++j)
                    verify(!overlap(rect(regions[i]), rect(regions[j])),
                           "regions " + i + " and " + j + " do not overlap at " + width + "×" + height)
            }
            // The text keeps a workable width.
            verify(window.editor.width >= 400, "the text is " + window.editor.width + " wide")
        }

        function test_5_layoutAdapts() {
            checkLayout(1280, 800)
            verify(!window.compact)
            checkLayout(1920, 1080)
            checkLayout(1024, 700)
            verify(window.compact)
            // The lemma list is a drawer: F6 opens it with the focus on the list.
            const button = findChild(window.header, "lemmasButton")
            verify(button.visible)
            window.editor.textArea.forceActiveFocus()
            keyClick(Qt.Key_F6) // side panel
            keyClick(Qt.Key_F6) // lemmas
            tryCompare(window.lemmaDrawer, "opened", true)
            const drawerList = findChild(window.lemmaDrawer.contentItem, "lemmaListView")
            tryVerify(() => inside(drawerList))
            verify(showsFocus(drawerList.currentItem))
            const row = drawerList.currentIndex
            keyClick(Qt.Key_Up)
            tryCompare(window.document, "relativePath", window.edition.lemmas.path(row - 1), 5000)
            keyClick(Qt.Key_Return)
            tryCompare(window.lemmaDrawer, "opened", false)
            tryVerify(() => focused() === window.editor.textArea)
            // F6 from the open drawer goes on to the text, Escape goes back to it: the
            // keyboard never stays behind in a closed drawer.
            tryCompare(window.lemmaDrawer, "visible", false)
            keyClick(Qt.Key_F6) // side panel
            keyClick(Qt.Key_F6) // lemmas
            tryCompare(window.lemmaDrawer, "opened", true)
            tryVerify(() => inside(drawerList))
            keyClick(Qt.Key_F6)
            tryCompare(window.lemmaDrawer, "visible", false)
            tryVerify(() => focused() === window.editor.textArea, 5000, "F6 from the drawer")
            keyClick(Qt.Key_F6) // side panel
            keyClick(Qt.Key_F6) // lemmas
            tryCompare(window.lemmaDrawer, "opened", true)
            tryVerify(() => inside(drawerList))
            keyClick(Qt.Key_Escape)
            tryCompare(window.lemmaDrawer, "visible", false)
            tryVerify(() => focused() === window.editor.textArea, 5000, "Escape from the drawer")
            keyClick(Qt.Key_F6)
            tryVerify(() => inside(window.sidePanel), 5000, "F6 goes on to the side panel")
            // The side panels' keys work while the drawer is open.
            keyClick(Qt.Key_F6) // lemmas
            tryCompare(window.lemmaDrawer, "opened", true)
            keySequence("Ctrl+2")
            tryCompare(window.sidePanel, "currentIndex", 1)
            window.width = 1280
            window.height = 800
        }

        // The lemma list's numbers say what they count; red only for errors.
        function test_6_lemmaCountsAreLabelled() {
            const list = findChild(window.contentItem, "lemmaListView")
            let checked = 0
            for (let row = 0; row < list.count; ++row) {
                list.positionViewAtIndex(row, ListView.Contain)
                const item = list.itemAtIndex(row)
                if (!item || item.problemCount === 0)
                    continue
                const count = findChild(item, "problemCount")
                verify(count.Accessible.name !== "")
                verify(item.Accessible.name.indexOf(count.Accessible.name) > 0)
                if (item.errorCount === 0) {
                    verify(Qt.colorEqual(count.color, "#5f6368"), "a warning count is grey")
                    compare(count.Accessible.name, item.problemCount === 1 ? "1 aandachtspunt"
                                                  : item.problemCount + " aandachtspunten")
                } else {
                    verify(Qt.colorEqual(count.color, "#b3261e"), "an error count is red")
                }
                ++checked
            }
            verify(checked > 0)
        }

        // The figure form chooses the note by its number and text, not by its label.
        // Geschiedenis by keyboard: Tab comes in on the newest version and shows what it
        // changed, the arrow keys go through the others, Enter opens one.
        function test_9_historyByKeyboard() {
            window.width = 1280
            window.height = 800
            keySequence("Ctrl+7")
            const list = findChild(window.sidePanel, "historyList")
            tryVerify(() => list.visible && list.count > 0, 10000, "versions listed")
            verify(list.activeFocusOnTab, "the list is a Tab stop")
            list.forceActiveFocus(Qt.TabFocusReason)
            compare(list.currentIndex, 0)
            const diff = findChild(window.sidePanel, "diffView")
            tryVerify(() => diff.text !== "", 5000, "the newest version's changes")
            verify(showsFocus(list.currentItem), "the version shows the focus")
            keyClick(Qt.Key_Return)
            const dialog = findChild(window.contentItem.parent, "versionDialog")
                           || findChild(window, "versionDialog")
            verify(dialog !== null)
            tryCompare(dialog, "opened", true)
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "opened", false)
            // Not shared yet: the toolbar counts no versions to send (there is nowhere to).
            verify(window.versions.ahead > 0 && !window.versions.hasRemote)
            compare(findChild(window.header, "pushToolButton").text, "Ve&rsturen")
            compare(findChild(window.header, "pullToolButton").text, "&Ophalen")
        }

        function test_8_figureNoteIsChosenFromTheNotes() {
            figureDialog.edit(-1, { id: "", caption: "Reistijd", source: "CBS", note: "7", image: "",
                                    alt: "", numbered: true })
            tryCompare(figureDialog, "opened", true)
            const box = findChild(figureDialog.contentItem, "figureNote")
            compare(box.count, 3)
            compare(box.displayText, "5 — (nog zonder tekst)")
            // (The main window has the keyboard: the choice as the box reports it.)
            box.activated(1)
            compare(figureDialog.note, "29-gt59")
            compare(box.displayText, "4 — Bron: CBS, Statline, bewerking Trendbureau")
            box.activated(0)
            compare(figureDialog.note, "")
            compare(box.displayText, "geen voetnoot")
            // A label that is not among the notes stays, and says so.
            figureDialog.note = "12"
            compare(box.displayText, "12 (staat niet bij de voetnoten)")
            figureDialog.note = "29-gt59"
            figureDialog.accept()
            compare(figureDialog.saved.note, "29-gt59")
            tryCompare(figureDialog, "opened", false)
        }

        // Closing with work saved but not recorded says so calmly; nothing is lost either
        // way. (Last: it closes the window.)
        function test_z_closingWithUnrecordedWork() {
            const dialog = window.uncommittedDialog
            verify(!window.document.modified)
            verify(window.versions.changes.count > 0, "saved work that is not yet a version")
            keySequence("Ctrl+Q")
            tryCompare(dialog, "opened", true)
            const text = findChild(dialog.contentItem, "uncommittedText").text
            verify(text.indexOf("nog niet vastgelegd") > 0, text)
            verify(text.indexOf("niets verloren") > 0, text)
            verify(window.visible)
            // Annuleren: back to work.
            findChild(dialog.footer, "cancelCloseButton").clicked()
            tryCompare(dialog, "opened", false)
            verify(window.visible)
            // Vastleggen…: the Wijzigingen panel, with the keyboard in the message.
            window.close()
            tryCompare(dialog, "opened", true)
            verify(window.visible)
            const commitFirst = findChild(dialog.footer, "commitFirstButton")
            tryVerify(() => focused() === commitFirst)
            verify(ringShown(commitFirst))
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "opened", false)
            tryCompare(window.sidePanel, "currentIndex", window.sidePanel.index.changes)
            tryVerify(() => focused() === findChild(window.sidePanel, "commitMessage"))
            verify(window.visible)
            // Toch afsluiten: the window closes; the files stay as saved.
            window.close()
            tryCompare(dialog, "opened", true)
            findChild(dialog.footer, "closeAnywayButton").clicked()
            tryCompare(window, "visible", false)
            verify(window.versions.changes.count > 0)
        }

        function test_7_statusBarInPlainWords() {
            const sync = findChild(bar, "syncState")
            bar.ahead = 0; bar.behind = 0
            compare(sync.text, "Alles verstuurd")
            bar.ahead = 2
            compare(sync.text, "2 versies nog niet verstuurd")
            bar.ahead = 1
            compare(sync.text, "1 versie nog niet verstuurd")
            bar.ahead = 0; bar.behind = 3
            compare(sync.text, "3 nieuwe versies op te halen")
            bar.shared = false
            compare(sync.text, "Nog niet gedeeld")
            verify(sync.text.indexOf("main") < 0)
            const problems = findChild(bar, "problemCount")
            bar.problemCount = 458; bar.errorCount = 3
            compare(problems.text, "3 fouten, 455 aandachtspunten")
            bar.problemCount = 452; bar.errorCount = 0
            compare(problems.text, "452 aandachtspunten")
            verify(!Qt.colorEqual(problems.color, "#c62828"), "no red without errors")
            bar.problemCount = 1; bar.errorCount = 1
            compare(problems.text, "1 fout")
            bar.problemCount = 0; bar.errorCount = 0
            compare(problems.text, "Geen problemen")
            // The spelling's language in words, not as a code.
            const language = findChild(bar, "spellingLanguage")
            bar.spellingReady = true
            bar.spellingLanguage = "nl_NL"
            compare(language.text, "Nederlands")
            verify(language.text.indexOf("nl_NL") < 0)
            bar.spellingLanguage = "de_DE"
            compare(language.text, "Deutsch")
            bar.spellingReady = false
            compare(language.text, "spelling laden…")
        }
    }
}
