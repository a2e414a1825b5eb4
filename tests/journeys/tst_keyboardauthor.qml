import QtQuick
import QtTest
import Trendweb.Studio

// Eva works by keyboard alone. Where a dialog or a strip has done its work, the keys she
// types next land where she means them: a new lemma made with Ctrl+N is written in at
// once, and Eigenschappen (Ctrl+Shift+E) opens on its title and closes back to the text.
TestCase {
    id: test
    name: "KeyboardAuthor"
    when: windowShown

    JourneySteps {
        id: steps
        test: test
        name: "toetsenbord"
    }

    function test_keysLandWhereTheyAreMeant() {
        const window = steps.start(undefined, ["Eva Jansen", "eva@example.org"])
        const area = steps.area()
        const count = window.edition.lemmas.count

        // Ctrl+N, a title, Enter: the new lemma is open and the text has the focus.
        window.sidePanel.forceActiveFocus() // wherever she was
        test.keySequence("Ctrl+N")
        test.tryVerify(() => window.activeFocusItem && window.activeFocusItem.objectName === "lemmaTitleField",
                       5000, "the new lemma's title field has the focus")
        steps.type("Wonen in de kern")
        test.keyClick(Qt.Key_Return)
        test.tryCompare(window.edition.lemmas, "count", count + 1, 10000)
        test.tryVerify(() => window.document.relativePath === "lemmas/wonen-in-de-kern.md", 10000)
        test.tryVerify(() => area.activeFocus, 5000, "the text has the focus after Ctrl+N")
        const opened = window.document.text
        // She types at once: nothing lands in the hidden front matter.
        steps.type("Eerste zin.")
        // Exactly what she typed, in the body; the front matter as it was.
        const at = opened.indexOf("\n---\n") + 5
        test.compare(window.document.text, opened.slice(0, at) + "Eerste zin." + opened.slice(at))
        steps.screenshot("nieuw-lemma")

        // Ctrl+Shift+E: the title field; again: back in the text.
        test.keySequence("Ctrl+Shift+E")
        const title = test.findChild(window.editor, "titleField")
        test.tryVerify(() => title.visible && title.activeFocus, 5000, "Eigenschappen opens on the title")
        steps.screenshot("eigenschappen")
        test.keySequence("Ctrl+Shift+E")
        test.tryVerify(() => !title.visible && area.activeFocus, 5000, "closed, the text has the focus")

        // Saved, the file holds what the window shows, and it validates as the window says.
        steps.save()
        test.compare(journey.readFile(steps.file(window.document.relativePath)), window.document.text)
        steps.agreesWithDisk()
    }
}
