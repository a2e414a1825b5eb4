import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// The Voetnoten, Lees meer and Figuren panels on a writable copy of the fixture edition:
// each edit lands in the editor's text as one undo step, the lists follow the text.
Item {
    id: root
    width: 1200
    height: 800

    EditionController {
        id: controller
    }

    LemmaDocument {
        id: document
    }

    LemmaOutline {
        id: outline
        edition: controller
    }

    Row {
        anchors.fill: parent
        LemmaEditor {
            id: editor
            width: 600
            height: parent.height
            letter: "C"
            lemmaTitle: "Woningbouw"
            outline: outline
            editionRoot: controller.rootPath
            text: document.text
            // As the window does: the document holds what is typed, the edition checks it.
            onTextEdited: (text) => {
                document.text = text
                controller.updateText(outline.path, text)
            }
        }
        FootnotesPanel {
            id: footnotes
            width: 300
            height: parent.height
            outline: outline
            editor: editor
            sourceCheck: SourceCheck {
                editionRoot: controller.rootPath
                timeout: 5
            }
        }
        Column {
            width: 300
            height: parent.height
            RelatedPanel {
                id: related
                width: 300
                height: 400
                outline: outline
                editor: editor
            }
            FiguresPanel {
                id: figures
                width: 300
                height: 400
                outline: outline
                editor: editor
            }
        }
    }

    SignalSpy { id: opened; target: related; signalName: "lemmaRequested" }

    LemmaLinkDialog {
        id: linkDialog
        outline: outline
        onChosen: (slug, title) => editor.insertLemmaLink(slug, title)
    }

    TestCase {
        name: "Panels"
        when: windowShown

        function init() {
            const copy = fixtures.copyOf("small-edition")
            controller.editionPath = copy
            controller.open()
            tryVerify(() => !controller.loading && controller.loaded && controller.rootPath === copy, 10000, "opened " + copy + " " + controller.rootPath + " " + controller.loading + " " + controller.errorMessage)
            verify(document.load(controller.absolutePath("lemmas/woningbouw.md")))
            outline.path = "lemmas/woningbouw.md"
            opened.clear()
        }

        function cleanup() {
            outline.path = ""
            document.close()
        }

        function area() { return editor.textArea }

        function test_insertANoteAndWriteIt() {
            const text = area().text
            const cursor = text.indexOf("De bouw")
            area().cursorPosition = cursor
            footnotes.insertNote()
            compare(footnotes.message, "")
            const match = /^\[\^(2-[a-z2-9]{4})\]/.exec(area().text.substr(cursor))
            verify(match !== null)
            const label = match[1]
            // The list follows once the edition has checked the text; the new note's
            // field has the focus.
            tryVerify(() => footnotes.notes.length === 2, 5000)
            compare(footnotes.notes[0].label, label)   // referenced first: number 1
            compare(footnotes.notes[0].state, "empty")
            const list = findChild(footnotes, "footnoteList")
            tryVerify(() => list.itemAtIndex(0) && findChild(list.itemAtIndex(0), "noteText").activeFocus, 5000)
            for (const c of "CBS (2025).")
                keyClick(c)
            keyClick(Qt.Key_Return)
            verify(area().text.indexOf("[^" + label + "]: CBS (2025).") > 0)
            tryVerify(() => footnotes.notes[0].state === "ok", 5000)
            compare(footnotes.notes[1].label, "1")
            compare(footnotes.notes[1].state, "empty")
            // Writing the note is one step back, inserting it another.
            area().undo()
            verify(area().text.indexOf("[^" + label + "]: \n") > 0)
            area().undo()
            compare(area().text, text)
        }

        function test_checkSourcesButton() {
            // Note 1 gets two addresses on the loopback server: one fine, one gone.
            const ok = loopback.url("/ok")
            const gone = loopback.url("/weg")
            compare(editor.applyEdit(outline.setFootnoteText(area().text, "1", "CBS. <" + ok + "> en <" + gone + ">")), "")
            tryVerify(() => footnotes.notes.length === 1 && footnotes.notes[0].urls.length === 2, 5000)
            tryVerify(() => findChild(findChild(footnotes, "footnoteList").itemAtIndex(0), "noteUrls").text === ok + "\n" + gone)
            const button = findChild(footnotes, "checkSources")
            mouseClick(button)
            tryVerify(() => !footnotes.sourceCheck.busy, 10000)
            const result = footnotes.sourceCheck.results["1"]
            verify(result !== undefined)
            verify(!result.ok)
            verify(result.summary.indexOf(gone + ": niet gevonden (404)") >= 0)
            verify(result.summary.indexOf(ok + ": in orde (200)") >= 0)
            compare(footnotes.sourceCheck.status, "1 van de 1 noten met een adres hebben een probleem.")
            const list = findChild(footnotes, "footnoteList")
            const label = findChild(list.itemAtIndex(0), "sourceResult")
            verify(label.visible)
            verify(label.text.indexOf("niet gevonden (404)") >= 0)
        }

        function test_inlineLinkWithCompletion() {
            const text = area().text
            const start = text.indexOf("De bouw")
            area().select(start, start + 7)
            linkDialog.open()
            tryCompare(linkDialog, "opened", true)
            const field = findChild(linkDialog.contentItem, "lemmaPickerField")
            tryVerify(() => field.activeFocus)
            for (const c of "econ")
                keyClick(c)
            keyClick(Qt.Key_Return)
            tryCompare(linkDialog, "opened", false)
            compare(area().text, text.slice(0, start) + "[De bouw](regionale-economie.md)" + text.slice(start + 7))
            // The edition sees the link: woningbouw now links to regionale-economie inline.
            tryVerify(() => outline.related.length === 2, 5000)
            area().undo()
            compare(area().text, text)
        }

        function test_insertRefusedInTheFrontMatter() {
            const before = area().text
            // Hidden, the front matter cannot hold the cursor; shown (Bron tonen), it can,
            // and a note is still refused there.
            area().cursorPosition = 3
            verify(area().cursorPosition > 3, "the cursor stays in the body")
            editor.showSource = true
            area().cursorPosition = 3
            footnotes.insertNote()
            verify(footnotes.message.indexOf("cursor") >= 0)
            compare(area().text, before)
            editor.showSource = false
        }

        function test_deleteANoteWithItsReferences() {
            const before = area().text
            tryVerify(() => footnotes.notes.length === 1, 5000)
            const list = findChild(footnotes, "footnoteList")
            tryVerify(() => list.itemAtIndex(0) !== null)
            mouseClick(findChild(list.itemAtIndex(0), "deleteNote"))
            verify(area().text.indexOf("[^1]") < 0)
            verify(area().text.indexOf("huishoudens.\n") > 0)
            tryVerify(() => footnotes.notes.length === 0, 5000)
            area().undo()
            compare(area().text, before)
        }

        function test_jumpAndHover() {
            const text = area().text
            const reference = text.indexOf("[^1]")
            editor.placeCursor(reference + 1)
            editor.jumpFootnote()
            const definition = text.indexOf("[^1]:") + 5
            compare(area().cursorPosition, definition)
            editor.jumpFootnote()
            compare(area().cursorPosition, reference)
            // Hovering the reference shows the note.
            const box = area().positionToRectangle(reference + 2)
            mouseMove(area(), box.x + 1, box.y + box.height / 2)
            tryVerify(() => editor.hoveredNote.indexOf("Voetnoot 1") === 0, 5000)
            mouseMove(area(), 5, area().height - 5)
            tryCompare(editor, "hoveredNote", "")
        }

        function test_relatedAddMoveRemove() {
            tryVerify(() => outline.related.length === 2, 5000)
            const picker = findChild(related, "relatedPicker")
            const field = findChild(picker, "lemmaPickerField")
            // The open lemma is never offered, and a word inside a title is found.
            field.forceActiveFocus()
            for (const c of "bouw")
                keyClick(c)
            compare(picker.matches.length, 0)
            field.text = ""
            outline.path = "lemmas/regionale-economie.md"
            verify(document.load(controller.absolutePath("lemmas/regionale-economie.md")))
            tryVerify(() => outline.related.length === 2, 5000)
            const removed = area().text
            related.remove("woningbouw")
            verify(area().text.indexOf("related: [van-mobiliteit-naar-bereikbaarheid]") > 0)
            tryVerify(() => outline.related.length === 1, 5000)
            field.forceActiveFocus()
            for (const c of "woning")
                keyClick(c)
            compare(picker.matches.length, 1)
            compare(picker.matches[0].slug, "woningbouw")
            keyClick(Qt.Key_Return)
            verify(area().text.indexOf("related: [van-mobiliteit-naar-bereikbaarheid, woningbouw]") > 0)
            tryVerify(() => outline.related.length === 2, 5000)
            related.move("woningbouw", -1)
            verify(area().text.indexOf("related: [woningbouw, van-mobiliteit-naar-bereikbaarheid]") > 0)
            tryVerify(() => outline.related[0].slug === "woningbouw", 5000)
            // Three edits, three steps back.
            area().undo()
            area().undo()
            area().undo()
            compare(area().text, removed)
            // Backlinks: both other lemmas link here; a click opens one.
            const backlinks = findChild(related, "backlinkList")
            tryCompare(backlinks, "count", 2, 5000)
            mouseClick(backlinks.itemAtIndex(0))
            compare(opened.count, 1)
            compare(opened.signalArguments[0][0], "van-mobiliteit-naar-bereikbaarheid")
        }

        function test_figureWithImage() {
            const dialog = figures.dialog
            dialog.edit(-1, null)
            tryCompare(dialog, "opened", true)
            // "Kiezen…" opens the file dialog for images.
            dialog.fileDialog.open()
            tryCompare(dialog.fileDialog, "visible", true)
            dialog.fileDialog.close()
            tryCompare(dialog.fileDialog, "visible", false)
            dialog.caption = "Nieuwbouw per jaar"
            dialog.source = "CBS"
            dialog.useImage(fixtures.copyOf("images") + "/grafiek.png")
            compare(dialog.reason, "")
            compare(dialog.image, "figures/woningbouw/grafiek.png")
            // An image needs its alt text: the dialog says so and stays open.
            dialog.accept()
            verify(dialog.opened)
            verify(dialog.reason.indexOf("alternatieve tekst") >= 0)
            dialog.alt = "Staafdiagram van de nieuwbouw"
            dialog.accept()
            tryCompare(dialog, "opened", false)
            verify(area().text.indexOf("figures:\n  - id: nieuwbouw-per-jaar\n    caption: Nieuwbouw per jaar\n    source: CBS\n"
                                       + "    image: figures/woningbouw/grafiek.png\n    alt: Staafdiagram van de nieuwbouw\n---") > 0)
            tryVerify(() => outline.figures.length === 1, 20000)
            image.source = "file://" + controller.absolutePath("figures/woningbouw/grafiek.png")
            tryCompare(image, "status", Image.Ready)

            // A second one, moved above the first, then removed; each a single undo step.
            dialog.edit(-1, null)
            dialog.caption = "Tweede"
            dialog.accept()
            tryVerify(() => outline.figures.length === 2, 20000)
            const two = area().text
            figures.apply(outline.moveFigure(area().text, 1, -1))
            tryVerify(() => outline.figures[0].caption === "Tweede", 20000)
            figures.apply(outline.removeFigure(area().text, 0))
            tryVerify(() => outline.figures.length === 1, 20000)
            compare(outline.figures[0].caption, "Nieuwbouw per jaar")
            area().undo()
            area().undo()
            compare(area().text, two)
        }

        // An image chosen for a figure that is then not added leaves nothing behind in the
        // edition; an image that was already there stays.
        function test_cancelledFigureLeavesNoImage() {
            const folder = controller.absolutePath("figures/woningbouw")
            const before = fixtures.filesIn(folder)
            const dialog = figures.dialog
            dialog.edit(-1, null)
            tryCompare(dialog, "opened", true)
            dialog.useImage(fixtures.copyOf("images") + "/grafiek.png")
            const copied = dialog.image
            verify(before.indexOf("grafiek.png") < 0, "a new image for this lemma")
            compare(fixtures.filesIn(folder).length, before.length + 1, "the image is copied in")
            dialog.close()
            tryCompare(dialog, "opened", false)
            compare(fixtures.filesIn(folder), before)
            verify(copied !== "")
        }

        // "In de tekst plaatsen" puts the figure's marker after the paragraph at the cursor,
        // as one step that Ctrl+Z takes back; the panel then shows it as placed.
        function test_placeFigureAtTheCursor() {
            const dialog = figures.dialog
            dialog.edit(-1, null)
            dialog.caption = "Nieuwbouw per jaar"
            dialog.source = "CBS"
            dialog.accept()
            tryCompare(dialog, "opened", false)
            tryVerify(() => outline.figures.length === 1, 5000)
            compare(outline.figures[0].placed, false)
            const before = area().text
            const body = before.indexOf("\n---\n") + 5
            const paragraphEnd = before.indexOf("\n\n", body)
            area().cursorPosition = body + 3
            const list = findChild(figures, "figureList")
            tryVerify(() => list.itemAtIndex(0) !== null, 5000)
            const button = findChild(list.itemAtIndex(0), "placeFigure")
            verify(button !== null)
            mouseClick(button)
            compare(figures.message, "")
            compare(area().text.substr(paragraphEnd, 33), "\n\n[[figuur: nieuwbouw-per-jaar]]\n")
            compare(area().text.substring(0, paragraphEnd), before.substring(0, paragraphEnd))
            tryVerify(() => outline.figures[0].placed === true, 5000)
            compare(outline.figures[0].number, 1)
            area().undo()
            compare(area().text, before)
        }
    }

    Image { id: image }
}
