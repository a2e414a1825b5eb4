import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// The writing surface as an author expects it: Tab leaves the text for the next control,
// PageDown goes a page further, the right-click menu cuts, copies and pastes, and no
// dialog speaks English.
Item {
    id: root
    width: 800
    height: 400

    LemmaEditor {
        id: editor
        anchors.fill: parent
        letter: "A"
        lemmaTitle: "Proef"
        onTextEdited: (text) => editor.text = text
    }

    Button {
        id: after
        objectName: "afterEditor"
        text: "Volgende"
        y: root.height - height
    }

    function findChild(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findChild(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function manyLines() {
        let lines = []
        for (let i = 0; i < 200; ++i)
            lines.push("Regel " + i + " van een lang lemma over trends in Nederland.")
        return lines.join("\n")
    }

    // Every standard button of every dialog, by its text.
    function buttonTexts(dialog) {
        const texts = []
        const kinds = [Dialog.Ok, Dialog.Cancel, Dialog.Close, Dialog.Open, Dialog.Save,
                       Dialog.Yes, Dialog.No, Dialog.Apply, Dialog.Discard]
        for (const kind of kinds) {
            const button = dialog.standardButton(kind)
            if (button)
                texts.push(button.text)
        }
        return texts
    }

    Component { id: searchDialog; SearchDialog {} }
    Component { id: commentDialog; CommentDialog {} }
    Component { id: passphraseDialog; PassphraseDialog {} }
    Component { id: hostDialog; UnknownHostDialog {} }
    Component { id: linkDialog; LemmaLinkDialog {} }
    Component { id: credentialsDialog; CredentialsDialog {} }

    TestCase {
        name: "WritingSurface"
        when: windowShown

        function init() {
            editor.text = "Een korte tekst."
            editor.textArea.forceActiveFocus()
            tryCompare(editor.textArea, "activeFocus", true)
        }

        function test_tabLeavesTheText() {
            editor.textArea.cursorPosition = 3
            const next = editor.textArea.nextItemInFocusChain(true)
            verify(next !== editor.textArea)
            keyClick(Qt.Key_Tab)
            compare(editor.textArea.text, "Een korte tekst.")
            verify(next.activeFocus)
            verify(!editor.textArea.activeFocus)

            editor.textArea.forceActiveFocus()
            const previous = editor.textArea.nextItemInFocusChain(false)
            verify(previous !== editor.textArea)
            keyClick(Qt.Key_Backtab, Qt.ShiftModifier)
            compare(editor.textArea.text, "Een korte tekst.")
            verify(!editor.textArea.activeFocus)
            verify(previous.activeFocus)
        }

        function test_pageDownGoesAPageFurther() {
            editor.text = root.manyLines()
            editor.textArea.cursorPosition = 0
            const flick = editor.textArea.parent.parent // the ScrollView's Flickable
            compare(flick.contentY, 0)
            keyClick(Qt.Key_PageDown)
            verify(flick.contentY > 100, "the view scrolled: " + flick.contentY)
            const afterOnePage = editor.textArea.cursorPosition
            verify(editor.textArea.text.lastIndexOf("\n", afterOnePage) > 0, "the cursor went down")
            const rect = editor.textArea.cursorRectangle
            verify(rect.y >= flick.contentY && rect.y < flick.contentY + flick.height,
                   "the cursor is in view")
            keyClick(Qt.Key_PageDown)
            verify(editor.textArea.cursorPosition > afterOnePage)
            keyClick(Qt.Key_PageUp)
            keyClick(Qt.Key_PageUp)
            compare(flick.contentY, 0)
            verify(editor.textArea.cursorPosition < afterOnePage)
            compare(editor.textArea.text, root.manyLines())
        }

        function test_menuCutsCopiesAndPastes() {
            const menu = findChild(editor, "spellingMenu")
            editor.textArea.select(4, 9) // "korte"
            editor.openSpellingMenu(6, false)
            tryCompare(menu, "opened", true)
            verify(menuItem(menu, "cutItem").enabled)
            verify(menuItem(menu, "copyItem").enabled)
            verify(menuItem(menu, "selectAllItem").enabled)
            menuItem(menu, "cutItem").triggered()
            menu.close()
            tryCompare(menu, "visible", false)
            compare(editor.textArea.text, "Een  tekst.")

            editor.textArea.cursorPosition = 0
            editor.openSpellingMenu(0, false)
            tryCompare(menu, "opened", true)
            verify(!menuItem(menu, "cutItem").enabled, "nothing selected, nothing to cut")
            verify(!menuItem(menu, "copyItem").enabled)
            verify(menuItem(menu, "pasteItem").enabled)
            menuItem(menu, "pasteItem").triggered()
            menu.close()
            tryCompare(menu, "visible", false)
            compare(editor.textArea.text, "korteEen  tekst.")

            editor.openSpellingMenu(0, false)
            tryCompare(menu, "opened", true)
            menuItem(menu, "selectAllItem").triggered()
            menu.close()
            tryCompare(menu, "visible", false)
            compare(editor.textArea.selectedText, "korteEen  tekst.")
        }

        function menuItem(menu, name) {
            for (let i = 0; i < menu.count; ++i) {
                if (menu.itemAt(i).objectName === name)
                    return menu.itemAt(i)
            }
            return null
        }

        function test_shiftF10OpensTheMenuWithItsFirstItemChosen() {
            const menu = findChild(editor, "spellingMenu")
            editor.text = "Een korte tekst."
            editor.textArea.forceActiveFocus()
            editor.textArea.select(0, 3)
            keyClick(Qt.Key_F10, Qt.ShiftModifier)
            tryCompare(menu, "opened", true)
            verify(menu.currentIndex >= 0, "an item is highlighted")
            const first = menu.itemAt(menu.currentIndex)
            verify(first.enabled)
            for (let i = 0; i < menu.currentIndex; ++i)
                verify(menu.itemAt(i).text === undefined || !menu.itemAt(i).enabled
                       || !menu.itemAt(i).visible || menu.itemAt(i).height === 0)
            compare(first.objectName, "cutItem")
            keyClick(Qt.Key_Return)
            tryCompare(menu, "visible", false)
            compare(editor.textArea.text, " korte tekst.")
        }

        function test_menuKeyOpensTheMenuToo() {
            const menu = findChild(editor, "spellingMenu")
            editor.textArea.cursorPosition = 0
            keyClick(Qt.Key_Menu)
            tryCompare(menu, "opened", true)
            verify(menu.currentIndex >= 0)
            keyClick(Qt.Key_Escape)
            tryCompare(menu, "visible", false)
        }

        // Under an unknown word the screen shows red, and under a known one it does not.
        function test_unknownWordHasARedWave() {
            tryCompare(editor.spelling, "ready", true, 20000)
            editor.text = "Dit is welllicht een fout in het Nederlands."
            const waves = findChild(editor, "spellingWaves")
            tryVerify(() => waves.segments.length === 1)
            const area = editor.textArea
            const start = area.text.indexOf("welllicht")
            // Where the text is on screen: positions in the window, as the grab has them.
            const onScreen = (rect) => {
                const point = area.mapToItem(root, rect.x, rect.y)
                return { x: point.x, y: point.y, height: rect.height }
            }
            const from = onScreen(area.positionToRectangle(start))
            const to = onScreen(area.positionToRectangle(start + "welllicht".length))
            const known = onScreen(area.positionToRectangle(area.text.indexOf("Nederlands")))
            let image = null
            function grab() {
                waitForRendering(area)
                image = grabImage(root)
                return image
            }
            function redPixels(x0, x1, y0, y1) {
                let red = 0
                for (let x = Math.floor(x0); x < x1; ++x) {
                    for (let y = Math.floor(y0); y < y1; ++y) {
                        const c = image.pixel(x, y)
                        if (c.r > 0.6 && c.g < 0.4 && c.b < 0.4)
                            ++red
                    }
                }
                return red
            }
            const enough = (to.x - from.x) / 2
            const under = () => redPixels(from.x, to.x, from.y + from.height - 4, from.y + from.height + 2)
            tryVerify(() => grab() && under() > enough, 5000, "red under the unknown word")
            compare(redPixels(known.x, known.x + 60, known.y, known.y + known.height + 2), 0)

            editor.spelling.ignore("welllicht")
            tryVerify(() => waves.segments.length === 0)
        }

        // A screen reader cannot see the wave: in a misspelt word the text says so.
        function test_aMisspeltWordIsAnnounced() {
            tryCompare(editor.spelling, "ready", true, 20000)
            const area = editor.textArea
            editor.text = "Dit is vandaaag een fout in het Nederlands."
            area.forceActiveFocus()
            area.cursorPosition = area.text.indexOf("vandaaag") + 3
            tryCompare(area.Accessible, "description",
                       "Spelfout: vandaaag. Shift+F10 of de menutoets geeft suggesties.")
            area.cursorPosition = area.text.indexOf("Nederlands") + 2
            tryCompare(area.Accessible, "description", "")
            area.cursorPosition = area.text.indexOf("vandaaag")
            tryVerify(() => area.Accessible.description.startsWith("Spelfout"))
            editor.spelling.ignore("vandaaag")
            tryCompare(area.Accessible, "description", "")
        }

        function test_noDialogSpeaksEnglish() {
            const english = ["OK", "Cancel", "Close", "Open", "Save", "Yes", "No", "Apply", "Discard"]
            const dutch = ["OK", "Annuleren", "Sluiten", "Ja", "Nee"]
            for (const component of [searchDialog, commentDialog, passphraseDialog, hostDialog,
                                     linkDialog, credentialsDialog]) {
                const dialog = createTemporaryObject(component, root)
                verify(dialog)
                const texts = root.buttonTexts(dialog)
                verify(texts.length > 0)
                for (const text of texts) {
                    verify(text === "OK" || english.indexOf(text) < 0,
                           "an English button \"" + text + "\" in " + dialog.title)
                    verify(dutch.indexOf(text) >= 0, "an unexpected button text " + text)
                }
            }
        }
    }
}
