import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// Find and replace: the bar in the lemma (Ctrl+F, Ctrl+H, F3, Escape; "Alles vervangen"
// is one undo step) and the search across the edition on a writable copy of the fixture.
Item {
    id: root
    width: 1000
    height: 700

    LemmaEditor {
        id: editor
        width: 600
        height: parent.height
        letter: "A"
        lemmaTitle: "Proef"
    }

    EditionController {
        id: controller
    }

    SearchDialog {
        id: dialog
        edition: controller
    }

    SignalSpy { id: chosen; target: dialog; signalName: "hitChosen" }
    SignalSpy { id: reopened; target: controller; signalName: "loadedChanged" }

    TestCase {
        name: "Find"
        when: windowShown

        function area() { return editor.textArea }
        function bar() { return editor.findBar }

        function init() {
            editor.text = "---\ntitle: Proef\n---\nDe woning en de woningen. Een Woning bouwen.\n"
            area().forceActiveFocus()
            area().cursorPosition = 0
        }

        function cleanup() {
            bar().visible = false
        }

        function test_findWithTheKeyboard() {
            keySequence("Ctrl+F")
            verify(bar().visible)
            const field = findChild(bar(), "findField")
            verify(field.activeFocus)
            for (const c of "woning")
                keyClick(c)
            compare(bar().matches.length, 3)
            tryCompare(findChild(bar(), "findCount"), "text", "1 van 3")
            compare(area().selectedText, "woning")
            keyClick(Qt.Key_Return)
            compare(findChild(bar(), "findCount").text, "2 van 3")
            keyClick(Qt.Key_F3)
            compare(area().selectedText, "Woning")
            keyClick(Qt.Key_F3) // round the end
            compare(findChild(bar(), "findCount").text, "1 van 3")
            keyClick(Qt.Key_Return, Qt.ShiftModifier)
            compare(findChild(bar(), "findCount").text, "3 van 3")
            keyClick(Qt.Key_Escape)
            verify(!bar().visible)
            verify(area().activeFocus)
        }

        function test_replaceOneAndAll() {
            const before = area().text
            keySequence("Ctrl+H")
            verify(bar().replacing)
            const field = findChild(bar(), "findField")
            field.text = "woning"
            findChild(bar(), "replaceField").text = "huis"
            tryCompare(area(), "selectedText", "woning")
            const replacement = findChild(bar(), "replaceField")
            replacement.forceActiveFocus()
            keyClick(Qt.Key_Return) // Enter in "Vervangen door" replaces this one
            compare(area().text, "---\ntitle: Proef\n---\nDe huis en de woningen. Een Woning bouwen.\n")
            compare(bar().matches.length, 2)
            waitForRendering(editor)
            mouseClick(findChild(bar(), "replaceAll"))
            compare(area().text, "---\ntitle: Proef\n---\nDe huis en de huisen. Een huis bouwen.\n")
            compare(bar().message, "2 keer vervangen")
            area().undo() // "Alles vervangen" in one step
            compare(area().text, "---\ntitle: Proef\n---\nDe huis en de woningen. Een Woning bouwen.\n")
            area().undo()
            compare(area().text, before)
        }

        function test_searchTheEdition() {
            const copy = fixtures.copyOf("small-edition")
            controller.editionPath = copy
            controller.open()
            tryVerify(() => !controller.loading && controller.loaded && controller.rootPath === copy, 10000)
            dialog.show()
            tryCompare(dialog, "opened", true)
            const field = findChild(dialog.contentItem, "editionQuery")
            verify(field.activeFocus)
            for (const c of "gemeenten")
                keyClick(c)
            tryVerify(() => dialog.search.results.length >= 3, 5000)
            verify(dialog.search.fileCount >= 3)
            const list = findChild(dialog.contentItem, "editionResults")
            tryVerify(() => list.itemAtIndex(0) !== null)
            mouseClick(list.itemAtIndex(0))
            compare(chosen.count, 1)
            const hit = dialog.search.results[0]
            compare(chosen.signalArguments[0][0], hit.path)
            compare(chosen.signalArguments[0][1], hit.start)
            compare(chosen.signalArguments[0][2], "gemeenten".length)

            // Replacing asks once more, then writes the files.
            const count = dialog.search.results.length
            findChild(dialog.contentItem, "editionReplacement").text = "kernen"
            const button = findChild(dialog.contentItem, "editionReplaceAll")
            mouseClick(button)
            verify(dialog.confirming)
            verify(findChild(dialog.contentItem, "editionMessage").text.indexOf("Klik nogmaals") >= 0)
            mouseClick(button)
            compare(findChild(dialog.contentItem, "editionMessage").text,
                    count + " keer vervangen in " + dialog.search.fileCount + " bestanden. Vastleggen maakt er een versie van.")
            reopened.clear()
            controller.open()
            reopened.wait(10000)
            dialog.search.refresh()
            compare(dialog.search.results.length, 0)
            dialog.search.query = "kernen"
            dialog.search.refresh()
            compare(dialog.search.results.length, count)
            dialog.close()
        }
    }
}
