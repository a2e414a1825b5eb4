import QtQuick
import QtTest
import Trendweb.Studio

// Anne writes: she walks through ten lemmas with the mouse and the keyboard, types in
// three of them, adds a note with a web address, a "Lees meer" link found by part of
// its title and a figure with an image, and saves. Afterwards every file on disk holds
// exactly what she did and nothing else, and `trendweb validate` agrees with the
// window's Problemen, lemma by lemma.
TestCase {
    id: test
    name: "AnneWrites"
    when: windowShown

    JourneySteps {
        id: steps
        test: test
        name: "anne-schrijft"
    }

    function test_anneWrites() {
        const window = steps.start(undefined, ["Anne de Vries", "anne@example.org"])
        const before = journey.validate(steps.root)
        test.verify(before.length > 0, "the built-in edition has its known warnings")
        steps.screenshot("geopend")

        // Ten lemmas: five by mouse, five by keyboard; each time the window shows that
        // lemma and its problems as the command line reads them from disk.
        const originals = {}
        for (const row of [1, 2, 0, 4, 6]) {
            // Scrolled to the end of the lemma before leaving it: the next one must show.
            steps.scrollToEnd()
            test.verify(journey.ink(window, window.editor.x + 320, 140, 400, 300) > 0.01,
                        "the end of " + window.document.relativePath + " is drawn")
            steps.click(row)
            test.compare(steps.shownProblems(steps.path(row)), steps.validated(before, steps.path(row)))
            steps.agreesWithDisk()
            test.verify(journey.ink(window, window.editor.x + 320, 140, 400, 300) > 0.01,
                        "the text of " + steps.path(row) + " is drawn")
            steps.previewShows(window.edition.lemmas.title(row))
        }
        steps.screenshot("na-klikken")
        for (let i = 0; i < 5; ++i) {
            steps.key(1)
            const row = steps.list().currentIndex
            test.compare(steps.shownProblems(steps.path(row)), steps.validated(before, steps.path(row)))
            steps.agreesWithDisk()
        }
        steps.screenshot("na-toetsen")

        // 0. Text first: lemma D opens on its first sentence with no YAML in sight; Anne
        // gives it another title in Eigenschappen, and the saved file differs from before in
        // that line only.
        steps.click(3)
        const d = steps.path(3)
        originals[d] = window.document.text
        const area = steps.area()
        const bodyD = originals[d].indexOf("\n---\n") + 5
        test.compare(window.editor.document.bodyStart, bodyD)
        const view = area.parent.parent
        test.tryVerify(() => area.mapToItem(view, 0, area.positionToRectangle(bodyD).y).y < 16, 5000,
                    "the first sentence is the first line of the page")
        const top = view.mapToItem(area, area.leftPadding + 10, 14)
        test.verify(area.positionAt(top.x, top.y) >= bodyD, "no \"title:\" line above it")
        test.verify(area.cursorPosition >= bodyD, "the cursor is in the text, not in the YAML")
        steps.screenshot("tekst-eerst")
        const propertiesButton = test.findChild(window.editor, "propertiesButton")
        test.mouseClick(propertiesButton)
        const titleField = test.findChild(window.editor, "titleField")
        test.tryCompare(titleField, "visible", true)
        const oldTitle = window.editor.document.title
        test.verify(oldTitle !== "")
        test.mouseClick(titleField)
        titleField.selectAll()
        const newTitle = oldTitle + " in Overijssel"
        steps.type(newTitle)
        test.keyClick(Qt.Key_Return)
        test.compare(window.editor.document.title, newTitle)
        steps.screenshot("eigenschappen")
        steps.save()
        const savedD = journey.readFile(steps.file(d))
        const linesBefore = originals[d].split("\n")
        const linesAfter = savedD.split("\n")
        test.compare(linesAfter.length, linesBefore.length)
        const differing = linesAfter.filter((line, i) => line !== linesBefore[i])
        test.compare(differing.length, 1, "one line changed: " + differing)
        test.verify(/^title: /.test(differing[0]) && differing[0].indexOf(newTitle) > 0, differing[0])
        test.tryCompare(window.editor, "lemmaTitle", newTitle, 10000)
        test.mouseClick(propertiesButton)

        // 1. A sentence in lemma B (row 1).
        steps.click(1)
        const b = steps.path(1)
        originals[b] = window.document.text
        const bodyB = originals[b].indexOf("\n---\n") + 5
        const firstParagraphEnd = originals[b].indexOf("\n\n", bodyB + 1)
        window.editor.placeCursor(firstParagraphEnd)
        steps.type(" Anne voegt hier een zin toe.")
        // Ctrl+Q asks about the unsaved sentence first; Annuleren keeps the window open.
        test.keyClick(Qt.Key_Q, Qt.ControlModifier)
        test.tryCompare(window.unsavedDialog, "opened", true)
        test.verify(window.visible)
        test.mouseClick(window.unsavedDialog.footer.itemAt(2))
        test.tryCompare(window.unsavedDialog, "visible", false)
        test.verify(window.visible)
        test.verify(window.document.modified)
        window.editor.textArea.forceActiveFocus()
        steps.save()
        test.compare(journey.readFile(steps.file(b)),
                     originals[b].slice(0, firstParagraphEnd) + " Anne voegt hier een zin toe."
                     + originals[b].slice(firstParagraphEnd))

        // 2. A note with a web address in lemma C (row 2): Ctrl+Alt+F, its text, Enter.
        steps.click(2)
        const c = steps.path(2)
        originals[c] = window.document.text
        const cursor = originals[c].indexOf("\n\n", originals[c].indexOf("\n---\n") + 5)
        window.editor.placeCursor(cursor)
        steps.type(" Een nieuwe bron")
        test.keySequence("Ctrl+Alt+F")
        const reference = /\[\^([0-9]+-[a-z2-9]{4})\]/.exec(steps.area().text.slice(cursor))
        test.verify(reference !== null, "a new note reference at the cursor")
        const label = reference[1]
        const panel = test.findChild(window.sidePanel, "footnotesPanel")
        test.verify(panel !== null)
        const notes = test.findChild(panel, "footnoteList")
        test.tryVerify(() => {
            for (let i = 0; i < notes.count; ++i) {
                const item = notes.itemAtIndex(i)
                if (item && test.findChild(item, "noteText").activeFocus)
                    return true
            }
            return false
        }, 10000, "the new note's text has the focus")
        steps.type("CBS (2025). Bevolking. <https://www.cbs.nl/bevolking>")
        test.keyClick(Qt.Key_Return)
        steps.save()
        const written = journey.readFile(steps.file(c))
        const definition = "[^" + label + "]: CBS (2025). Bevolking. <https://www.cbs.nl/bevolking>\n"
        test.verify(written.indexOf(definition) > 0, "the note's text is in the file")
        test.compare(written.replace(definition, "").replace("[^" + label + "]", ""),
                     originals[c].slice(0, cursor) + " Een nieuwe bron" + originals[c].slice(cursor))

        // 3. A "Lees meer" link in lemma E (row 4), found by typing part of its title.
        steps.click(4)
        const e = steps.path(4)
        originals[e] = window.document.text
        window.sidePanel.currentIndex = window.sidePanel.index.related
        const related = test.findChild(window.sidePanel, "relatedPanel")
        test.tryVerify(() => related !== null && related.visible)
        const picker = test.findChild(related, "relatedPicker")
        const field = test.findChild(picker, "lemmaPickerField")
        field.forceActiveFocus()
        steps.type("mobiliteit")
        test.tryVerify(() => picker.matches.length === 1)
        const chosen = picker.matches[0].slug
        test.keyClick(Qt.Key_Return)
        steps.save()
        // One entry more at the end of the list; every other byte as it was.
        const relatedBefore = /^related:\n((?:  - .*\n)+)/m.exec(originals[e])
        test.verify(relatedBefore !== null)
        const listEnd = relatedBefore.index + relatedBefore[0].length
        test.compare(journey.readFile(steps.file(e)),
                     originals[e].slice(0, listEnd) + "  - " + chosen + "\n" + originals[e].slice(listEnd))
        steps.screenshot("lees-meer")

        // 4. A figure with an image in lemma G (row 6).
        steps.click(6)
        const g = steps.path(6)
        originals[g] = window.document.text
        const imagePath = steps.addFigure("Bevolking per gemeente", journey.fixture("images/grafiek.png"),
                                          "Staafdiagram van de bevolking per gemeente")
        steps.save()
        const image = steps.file(imagePath)
        test.compare(journey.bytes(image), journey.bytes(journey.fixture("images/grafiek.png")))
        const withFigure = journey.readFile(steps.file(g))
        test.verify(withFigure.indexOf("caption: Bevolking per gemeente") > 0)
        test.verify(withFigure.indexOf(imagePath) > 0)

        // Nothing else changed on disk: the four lemmas and the image, nothing more.
        test.compare(journey.changedFiles(steps.root), [imagePath, b, c, d, e, g].sort())

        // Zoeken (Ctrl+Shift+F) finds what the files hold: her own sentence in B only, and
        // a common word in exactly the files that have it, each hit on the word itself.
        test.keySequence("Ctrl+Shift+F")
        const search = window.searchDialog
        test.tryCompare(search, "opened", true)
        steps.type("Anne voegt hier")
        test.tryVerify(() => search.search.results.length === 1, 5000, "one hit for her sentence")
        test.compare(search.search.results[0].path, b)
        const query = test.findChild(search.contentItem, "editionQuery")
        query.selectAll()
        const word = "bereikbaarheid"
        steps.type(word)
        test.tryVerify(() => search.search.results.length > 1 && search.search.query === word, 5000)
        const found = {}
        for (const hit of search.search.results) {
            found[hit.path] = true
            test.compare(journey.readFile(steps.file(hit.path)).substr(hit.start, hit.length).toLowerCase(), word)
        }
        const onDisk = journey.run("grep", ["-rliF", "--include=*.md", word, "lemmas", "threads", "intro.md"], steps.root)
                .split("\n").filter(f => f !== "").sort()
        test.compare(Object.keys(found).sort(), onDisk)
        steps.screenshot("zoeken")
        test.keyClick(Qt.Key_Escape)
        test.tryCompare(search, "opened", false)

        // Every lemma, walked through once more: the window's problems are the command line's.
        const after = journey.validate(steps.root)
        steps.click(0)
        for (let row = 0; row < window.edition.lemmas.count; ++row) {
            if (row > 0)
                steps.key(1)
            test.compare(steps.shownProblems(steps.path(row)), steps.validated(after, steps.path(row)))
        }
        steps.agreesWithDisk()
        steps.screenshot("klaar")
    }
}
