import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// The page a writer sees: the text first, the front matter out of sight but in the file,
// Eigenschappen that change one line each, and the text in a comfortable measure.
Item {
    id: root
    width: 900
    height: 500

    readonly property string frontMatter:
        "---\n"
        + "title: Woningbouw   # werktitel\n"
        + "status: draft\n"
        + "authors: [Anne de Vries]\n"
        + "related:\n  - arbeidsmarkt\n  - demografie\n  - zorg\n  - wonen\n  - energie\n"
        + "figures:\n  - id: kaart\n    caption: Kaart van Overijssel\n    source: CBS\n"
        + "    note: \"1\"\n"
        + "---\n"
    readonly property string body:
        "Eerste zin van het lemma over woningbouw in Overijssel.[^1]\n\n"
        + "## Relevantie voor Overijsselse gemeenten\n\nGemeenten bouwen.\n\n"
        + "[^1]: CBS (2025). Woningen.\n"
    readonly property string lemma: frontMatter + body

    LemmaEditor {
        id: editor
        anchors.fill: parent
        letter: "A"
        lemmaTitle: "Woningbouw"
        onTextEdited: (text) => editor.text = text
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

    // The lines of `after` that are not the same line of `before`.
    function changedLines(before, after) {
        const a = before.split("\n")
        const b = after.split("\n")
        const changed = []
        for (let i = 0; i < Math.max(a.length, b.length); ++i) {
            if (a[i] !== b[i])
                changed.push(b[i] === undefined ? "" : b[i])
        }
        return changed
    }

    TestCase {
        name: "Page"
        when: windowShown

        readonly property var area: editor.textArea

        // Where a position of the text is on the page: its y in the view it scrolls in.
        function onPage(position) {
            const view = area.parent.parent
            return area.mapToItem(view, 0, area.positionToRectangle(position).y).y
        }
        // The position at the top line of the page.
        function atTop() {
            const view = area.parent.parent
            const point = view.mapToItem(area, area.leftPadding + 5, 14)
            return area.positionAt(point.x, point.y)
        }

        function init() {
            editor.showSource = false
            editor.propertiesOpen = false
            editor.text = root.lemma
            area.forceActiveFocus()
            tryCompare(area, "activeFocus", true)
            tryCompare(editor.document, "bodyStart", root.frontMatter.length)
        }

        function test_theTextComesFirst() {
            // The first sentence is the first line of the page …
            tryVerify(() => onPage(root.frontMatter.length) < 16, 5000,
                      "the body starts at the top: " + onPage(root.frontMatter.length))
            compare(atTop() >= root.frontMatter.length, true)
            // … and nothing of the YAML is drawn: above the first line the page is blank,
            // and that line has ink.
            area.focus = false
            waitForRendering(area)
            const hidden = grabImage(area)
            const firstLine = area.positionToRectangle(root.frontMatter.length)
            const page = editor.palette.base
            // Qt 6.4 grabs the whole window: the area's place in it, and the top of the
            // view it scrolls in.
            const whole = true
            const origin = whole ? area.mapToItem(null, 0, 0) : Qt.point(0, 0)
            const viewTop = whole ? area.parent.parent.mapToItem(null, 0, 0).y : 0
            const inkIn = (image, top, bottom) => {
                let ink = 0
                for (let y = Math.max(viewTop, Math.floor(origin.y + top)); y < origin.y + bottom; ++y) {
                    for (let x = origin.x; x < origin.x + area.width; x += 2) {
                        const pixel = image.pixel(x, y)
                        if (Math.abs(pixel.r - page.r) + Math.abs(pixel.g - page.g) + Math.abs(pixel.b - page.b) > 0.4)
                            ++ink
                    }
                }
                return ink
            }
            verify(inkIn(hidden, firstLine.y, firstLine.y + firstLine.height) > 20, "the first sentence is drawn")
            editor.text = root.body
            waitForRendering(area)
            const bodyOnly = grabImage(area)
            // Above the first sentence the page holds exactly what a page without front
            // matter holds: no YAML pixels.
            if (whole)
                compare(inkIn(hidden, 0, firstLine.y - 1), inkIn(bodyOnly, 0, firstLine.y - 1),
                        "no YAML pixels above the first sentence")
            else // the text item alone: its sliver of front matter is blank
                compare(inkIn(hidden, 0, firstLine.y - 1), 0, "no YAML pixels above the first sentence")

            // Bron tonen brings it back, in its place above the body.
            editor.text = root.lemma
            editor.showSource = true
            tryVerify(() => area.positionToRectangle(root.frontMatter.length).y > 100)
            area.parent.parent.contentY = 0
            waitForRendering(area)
            verify(!grabImage(area).equals(bodyOnly), "the source is drawn")
            // The whole file is in the editor all along.
            compare(area.text, root.lemma)
        }

        function test_sourceToggleHasAButtonAndAShortcut() {
            const button = findChild(editor, "sourceButton")
            verify(button.visible)
            mouseClick(button)
            compare(editor.showSource, true)
            compare(button.checked, true)
            keySequence("Ctrl+Shift+B")
            compare(editor.showSource, false)
            compare(button.checked, false)
        }

        function test_theCursorStaysInTheBody() {
            const start = root.frontMatter.length
            area.cursorPosition = 0
            compare(area.cursorPosition, start)
            keyClick(Qt.Key_End, Qt.ControlModifier)
            keyClick(Qt.Key_Home, Qt.ControlModifier)
            compare(area.cursorPosition, start)
            keyClick(Qt.Key_Up)
            compare(area.cursorPosition, start)
            // Backspace at the first sentence does not join it to the hidden "---".
            keyClick(Qt.Key_Backspace)
            compare(area.text, root.lemma)
            // Ctrl+A selects the body; typing replaces it and leaves the front matter.
            keySequence(StandardKey.SelectAll)
            tryCompare(area, "selectionStart", start)
            compare(area.selectionEnd, area.length)
            keyClick(Qt.Key_X)
            compare(area.text, root.frontMatter + "x")
            // With the source shown, the cursor may go anywhere.
            editor.showSource = true
            area.cursorPosition = 0
            compare(area.cursorPosition, 0)
        }

        // Bron tonen shows the top of the file, where the source is, wherever the view was.
        function test_showingTheSourceGoesToTheTop() {
            const view = area.parent.parent
            editor.text = root.lemma + "Nog een alinea over het wonen.\n\n".repeat(40)
            area.cursorPosition = area.length
            tryVerify(() => view.contentY > 300, 5000, "scrolled down: " + view.contentY)
            keySequence("Ctrl+Shift+B")
            compare(editor.showSource, true)
            tryCompare(view, "contentY", 0)
            verify(onPage(0) < 16, "the first line of the source is at the top")
        }

        // Find looks in the text a writer sees: the hidden front matter only when it shows.
        function test_findLooksInTheTextOnly() {
            const bar = editor.findBar
            const field = findChild(bar, "findField")
            bar.show(false)
            field.text = "Anne" // only in the front matter (authors)
            compare(bar.matches.length, 0)
            compare(area.selectionStart, area.selectionEnd)
            compare(editor.showSource, false)
            field.text = "CBS" // in the front matter and in the note
            compare(bar.matches.length, 1)
            tryCompare(area, "selectionStart", root.lemma.lastIndexOf("CBS"))
            // Alles vervangen leaves the hidden front matter as it is.
            bar.show(true)
            field.text = "CBS"
            findChild(bar, "replaceField").text = "Cbs"
            bar.replaceEverything()
            compare(area.text, root.frontMatter + root.body.replace("CBS", "Cbs"))
            // With the source shown, the front matter is searched too.
            editor.showSource = true
            field.text = "Anne"
            compare(bar.matches.length, 1)
            bar.hide()
        }

        function test_aPlaceInTheFrontMatterShowsTheSource() {
            editor.placeCursor(5)
            compare(editor.showSource, true)
            compare(area.cursorPosition, 5)
        }

        function test_eigenschappenChangeOnlyTheirLine() {
            const button = findChild(editor, "propertiesButton")
            const strip = findChild(editor, "propertiesStrip")
            verify(!strip.visible)
            keySequence("Ctrl+Shift+E")
            verify(strip.visible)
            compare(button.checked, true)
            const title = findChild(strip, "titleField")
            const authors = findChild(strip, "authorsField")
            const length = findChild(strip, "lengthField")
            compare(title.text, "Woningbouw")
            compare(authors.text, "Anne de Vries")
            compare(length.text, "")

            title.forceActiveFocus()
            title.selectAll()
            keyClick(Qt.Key_Delete)
            for (const c of "Wonen: de opgave")
                keyClick(c)
            keyClick(Qt.Key_Return)
            compare(root.changedLines(root.lemma, area.text),
                    ["title: \"Wonen: de opgave\"   # werktitel"])
            compare(editor.document.title, "Wonen: de opgave")

            authors.text = "Anne de Vries, Bram Bos"
            authors.editingFinished()
            compare(root.changedLines(root.lemma, area.text),
                    ["title: \"Wonen: de opgave\"   # werktitel", "authors: [Anne de Vries, Bram Bos]"])

            length.text = "1500"
            length.editingFinished()
            verify(area.text.indexOf("    note: \"1\"\nlengte: 1500\n---\n") > 0, area.text)
            compare(editor.document.lengthTarget, 1500)
            compare(length.text, "1500")
            // The body is where it was, still out of sight behind the longer front matter.
            verify(area.text.endsWith(root.body))
            compare(editor.document.bodyStart, area.text.length - root.body.length)
            tryVerify(() => onPage(editor.document.bodyStart) < 16)

            // Each change is one step back.
            area.forceActiveFocus()
            keySequence(StandardKey.Undo)
            keySequence(StandardKey.Undo)
            keySequence(StandardKey.Undo)
            compare(area.text, root.lemma)
            compare(title.text, "Woningbouw")

            // An empty title is refused and said so.
            title.text = ""
            title.editingFinished()
            compare(area.text, root.lemma)
            verify(strip.problem.indexOf("titel") >= 0, strip.problem)
        }

        function test_aNoteReadsAsItsNumber() {
            const hints = findChild(editor, "inlineHints")
            editor.text = root.frontMatter + "Zin met een bron.[^1] Zie [wonen](woningbouw.md).\n\n[^1]: CBS.\n"
            hints.numbers = { "1": 7 }
            hints.letters = { "woningbouw": "C" }
            tryVerify(() => hints.marks.length === 2)
            const note = hints.marks[0]
            compare(note.text, "7")
            compare(note.start, editor.text.indexOf("[^1]"))
            compare(hints.marks[1].text, "→ C")
            // The number covers the label …
            let cover = null
            for (let i = 0; i < hints.children.length; ++i) {
                const child = hints.children[i]
                if (child.label !== undefined && child.label === "7")
                    cover = child
            }
            verify(cover !== null)
            verify(cover.visible)
            compare(cover.x, area.positionToRectangle(note.start).x)
            // … except where the cursor is: there the markup shows as written.
            area.cursorPosition = note.start + 2
            verify(!cover.visible)
            area.cursorPosition = root.frontMatter.length
            verify(cover.visible)
            // Typing before it moves it along: the same cover, not a new one.
            const rebuilds = hints.rebuilds
            const x = cover.x
            keyClick(Qt.Key_A)
            tryVerify(() => hints.marks.length === 2 && hints.marks[0].start === editor.text.indexOf("[^1]"))
            tryVerify(() => cover.start === editor.text.indexOf("[^1]"))
            verify(cover.x > x, "moved along to the right")
            compare(cover.x, area.positionToRectangle(cover.start).x)
            compare(hints.rebuilds, rebuilds, "typing rebuilt the covers")
            // A new note is a new cover.
            area.cursorPosition = editor.text.indexOf(" Zie")
            area.insert(area.cursorPosition, "[^1]")
            tryVerify(() => hints.marks.length === 3)
            verify(hints.rebuilds > rebuilds)
        }

        // What the hints draw is spoken too: the caret in a note reference or a lemma link
        // gives the text an accessible description that says what it stands for.
        function test_theHintsAreSpoken() {
            const hints = findChild(editor, "inlineHints")
            editor.text = root.frontMatter + "Zin met een bron.[^1] Zie [wonen](woningbouw.md).\n\n[^1]: CBS.\n"
            hints.numbers = { "1": 7 }
            hints.letters = { "woningbouw": "C" }
            tryVerify(() => hints.places.length === 2)
            area.cursorPosition = editor.text.indexOf("[^1]") + 2
            tryCompare(area.Accessible, "description", "Voetnoot 7: (nog geen tekst)")
            area.cursorPosition = editor.text.indexOf("(woningbouw.md)") + 3
            tryCompare(area.Accessible, "description", "Verwijzing naar lemma C")
            area.cursorPosition = editor.text.indexOf("Zin met")
            tryCompare(area.Accessible, "description", "")
        }

        // A long label is no wide blank: the number covers its start, the rest is dimmed.
        function test_aLongLabelLeavesNoGap() {
            const hints = findChild(editor, "inlineHints")
            editor.text = root.frontMatter + "Werkloosheid daalt.[^29-gt59] Verder.\n\n[^29-gt59]: CBS.\n"
            hints.numbers = { "29-gt59": 4 }
            tryVerify(() => hints.marks.length === 1)
            area.cursorPosition = root.frontMatter.length
            let cover = null
            for (let i = 0; i < hints.children.length; ++i) {
                if (hints.children[i].label === "4")
                    cover = hints.children[i]
            }
            verify(cover !== null && cover.visible)
            const label = hints.marks[0]
            verify(cover.width < label.width / 2, "the number is no wider than itself: "
                   + cover.width + " of " + label.width)
            const dimmer = findChild(cover, "hintDimmer")
            verify(dimmer.visible)
            compare(cover.x + cover.width + dimmer.width, label.x + label.width)
            verify(dimmer.opacity < 1, "the rest of the label is dimmed, not blanked")
        }

        function test_aWhitePageWithAComfortableMeasure() {
            compare(editor.background.color, editor.palette.base)
            verify(editor.measure > 300, "70 characters: " + editor.measure)
            // Wide: the text keeps its measure, centred.
            root.width = 1600
            tryVerify(() => Math.abs(area.width - area.leftPadding - area.rightPadding - editor.measure) < 2)
            compare(area.leftPadding, area.rightPadding)
            verify(area.leftPadding > 100)
            // Narrow: the text takes the width there is.
            root.width = 400
            tryCompare(area, "leftPadding", 16)
            root.width = 900
        }
    }
}
