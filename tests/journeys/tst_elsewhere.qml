import QtQuick
import QtTest
import Trendweb.Studio

// Bram works on the same edition outside the window (another editor, the trendweb
// command) while Anne writes. The window never overwrites what he did: an unchanged
// lemma simply shows his text, a lemma she is writing in asks her, and a lemma he
// renames is not made again under its old name. The problems follow his changes.
TestCase {
    id: test
    name: "Elsewhere"
    when: windowShown

    JourneySteps {
        id: steps
        test: test
        name: "elders"
    }

    function test_changesMadeElsewhere() {
        const window = steps.start(undefined, ["Anne de Vries", "anne@example.org"])
        const bar = test.findChild(window.contentItem, "diskChangeBar")

        // 1. Anne writes in C; Bram changes C's file meanwhile. Ctrl+S overwrites nothing.
        steps.click(2)
        const c = steps.path(2)
        const original = window.document.text
        const end = original.indexOf("\n\n", original.indexOf("\n---\n") + 5)
        window.editor.placeCursor(end)
        steps.type(" Zin van Anne.")
        const bram = original.slice(0, end) + " Zin van Bram." + original.slice(end)
        journey.writeFile(steps.file(c), bram)
        test.tryVerify(() => bar.visible && window.document.diskState === "changed", 5000, "she is told")
        steps.screenshot("veranderd")
        test.keySequence(StandardKey.Save)
        test.compare(journey.readFile(steps.file(c)), bram)
        test.verify(window.document.modified)
        test.mouseClick(test.findChild(bar, "showDifference"))
        test.tryCompare(bar.differenceDialog, "opened", true)
        steps.screenshot("verschil")
        test.keyClick(Qt.Key_Escape)
        test.tryCompare(bar.differenceDialog, "opened", false)
        test.mouseClick(test.findChild(bar, "keepMine"))
        test.tryVerify(() => !bar.visible)
        test.compare(journey.readFile(steps.file(c)), original.slice(0, end) + " Zin van Anne." + original.slice(end))
        steps.agreesWithDisk()

        // 2. D is open and unchanged; Bram's edit simply shows.
        steps.click(3)
        const d = steps.path(3)
        const dText = window.document.text.replace(/^title: .*$/m, "title: Droog en nat, door Bram")
                      + "\nEen alinea van Bram.\n"
        journey.writeFile(steps.file(d), dText)
        test.tryCompare(window.document, "text", dText, 5000)
        // His new title above the text and in the list, once checked.
        test.tryCompare(window.editor, "lemmaTitle", "Droog en nat, door Bram", 5000)
        test.compare(window.edition.lemmas.title(3), "Droog en nat, door Bram")
        test.verify(!bar.visible)
        steps.agreesWithDisk()

        // 3. Bram adds a note nobody cites to E, which is not open: Problemen follows.
        const e = steps.path(4)
        journey.writeFile(steps.file(e), journey.readFile(steps.file(e)) + "\n[^bram]: Een bron van Bram.\n")
        test.tryVerify(() => window.edition.idle() && window.edition.matchesDisk(), 10000,
                       "the edition takes in Bram's change")
        const rowOf = (path) => journey.rows(window.edition.lemmas).find(r => r.path === path)
        test.tryVerify(() => rowOf(e).uncommitted, 5000, "E is marked as changed since the last version")
        // Bram records his version with the trendweb command: the mark goes.
        journey.trendweb(["-C", steps.root, "commit", "-m", "Bron van Bram", "--author", "Bram", e])
        test.compare(journey.exitCode, 0, journey.errors)
        test.tryVerify(() => !rowOf(e).uncommitted, 5000, "E's mark goes once Bram's version is made")
        // (matchesDisk: the window's problems are validate's, which name the new note)
        test.verify(journey.validate(steps.root).some(p => p.file === e && p.code === "footnote-unused"))

        // 4. Bram renames F with the trendweb command while Anne writes in it.
        steps.click(5)
        const f = steps.path(5)
        const slug = f.replace("lemmas/", "").replace(".md", "")
        window.editor.placeCursor(window.document.text.length)
        steps.type("Nog een zin van Anne.")
        journey.trendweb(["rename-lemma", slug, slug + "-nieuw", steps.root])
        test.compare(journey.exitCode, 0, journey.errors)
        test.tryVerify(() => window.document.diskState === "gone", 5000, "she is told the file went")
        test.tryVerify(() => window.edition.idle() && window.edition.lemmas.path(5) === "lemmas/" + slug + "-nieuw.md",
                       10000, "the list shows the new name")
        steps.screenshot("hernoemd")
        test.keySequence(StandardKey.Save)
        test.verify(!journey.exists(steps.file(f)), "the old file is not made again")
        test.verify(window.document.text.indexOf("Nog een zin van Anne.") > 0, "her text is still there")
    }
}
