import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// Carla suggests other wording instead of commenting: she selects a sentence, asks for a
// Voorstel (Ctrl+Alt+S) and types her sentence; the file stays as it is, the sentence shows
// struck through in the text with hers beside it, and Opmerkingen lists it. As the author she
// then accepts it by keyboard: the text holds her wording, one undo restores the old one. A
// second suggestion, made on the command line by Bram, is rejected by keyboard; both
// decisions are review files that validate.
TestCase {
    id: test
    name: "CarlaSuggests"
    when: windowShown

    property string margin: ""

    JourneySteps {
        id: steps
        test: test
        name: "carla-stelt-voor"
    }

    function threadItem(window) {
        const threads = test.findChild(window.sidePanel, "threadList")
        test.tryVerify(() => threads.count === 1 && threads.itemAtIndex(0) !== null, 5000,
                       "one suggestion in Opmerkingen")
        return threads.itemAtIndex(0)
    }

    // The first sentence (up to ". ") of the first paragraph of prose after `from`.
    function sentenceAfter(text, from) {
        let start = text.indexOf("\n\n", from)
        while (start >= 0) {
            start += 2
            const paragraphEnd = text.indexOf("\n\n", start)
            const end = text.indexOf(". ", start)
            if (end > 0 && end < paragraphEnd && "#[".indexOf(text[start]) < 0)
                return { start: start, text: text.slice(start, end + 1) }
            start = paragraphEnd
        }
        test.fail("no sentence after " + from)
    }

    function pressByKeyboard(button) {
        button.forceActiveFocus(Qt.TabFocusReason)
        test.verify(button.visualFocus, "the button shows where the keyboard is")
        test.keyClick(Qt.Key_Space)
    }

    function test_carlaSuggests() {
        const window = steps.start(undefined, ["Carla Jansen", "carla@example.org"])
        steps.click(1)
        const lemma = window.document.relativePath
        const slug = lemma.replace("lemmas/", "").replace(".md", "")
        const text = steps.area().text
        const start = text.indexOf("\n---\n") + 5
        const end = text.indexOf(".", start) + 1
        test.verify(end > start)
        const sentence = text.slice(start, end)
        steps.area().forceActiveFocus()
        steps.area().select(start, end)
        // Easy to find: Editie › Voorstel… (she changes her mind: Escape) …
        const dialog = window.suggestionDialog
        steps.editionMenu("suggestionItem")
        test.tryCompare(dialog, "opened", true)
        test.compare(dialog.quote, sentence)
        test.keyClick(Qt.Key_Escape)
        test.tryCompare(dialog, "opened", false)
        // … and in the text's own menu: a right-click on the selection keeps it.
        const area = steps.area()
        const inside = area.positionToRectangle(start + 2)
        test.mouseClick(area, inside.x + 1, inside.y + inside.height / 2, Qt.RightButton)
        const menu = test.findChild(window.editor, "spellingMenu")
        test.tryCompare(menu, "opened", true)
        test.compare(area.selectedText, sentence, "the right-click kept the selection")
        const suggestItem = test.findChild(menu.contentItem, "suggestionMenuItem")
        test.verify(suggestItem !== null && suggestItem.enabled, "Voorstel… in the text's menu")
        test.verify(test.findChild(menu.contentItem, "commentMenuItem").enabled, "Opmerking… in the text's menu")
        test.mouseClick(suggestItem)

        // The passage, editable; what she types becomes the suggestion.
        test.tryCompare(dialog, "opened", true)
        test.compare(dialog.quote, sentence)
        test.compare(test.findChild(dialog.contentItem, "suggestionAuthor").text, "Voorstel van Carla Jansen")
        const wording = test.findChild(dialog.contentItem, "suggestionText")
        test.tryVerify(() => wording.activeFocus, 5000, "the passage can be edited at once")
        test.compare(wording.text, sentence)
        wording.selectAll()
        steps.type("Een kortere zin.")
        // Uitleg fits inside the dialog, at the window's 1280x800.
        const explanation = test.findChild(dialog.contentItem, "suggestionExplanation")
        const right = explanation.mapToItem(dialog.contentItem, explanation.width, 0).x
        test.verify(right <= dialog.contentItem.width + 0.5,
                    "Uitleg ends at " + right + ", inside the dialog's " + dialog.contentItem.width)
        test.verify(dialog.x + dialog.width <= window.width, "the dialog fits the window")
        steps.screenshot("voorstel")
        // Ctrl+Enter in a field confirms, as in Vastleggen.
        explanation.forceActiveFocus()
        test.keyClick(Qt.Key_Return, Qt.ControlModifier)
        test.tryCompare(dialog, "opened", false)

        // Not an edit: the text and the file are as they were.
        test.compare(steps.area().text, text)
        test.compare(journey.changedFiles(steps.root).filter(f => f === lemma), [])
        // In Opmerkingen: before struck, after inserted, by whom.
        test.compare(window.sidePanel.currentIndex, window.sidePanel.index.comments)
        let item = threadItem(window)
        test.compare(item.kind, "suggestion")
        test.compare(item.suggestionState, "open")
        const before = test.findChild(item, "suggestionBefore")
        test.verify(before.font.strikeout)
        test.compare(before.text, "− " + sentence)
        test.compare(test.findChild(item, "suggestionAfter").text, "+ Een kortere zin.")
        // In the text: her wording beside the struck passage, her name on hover.
        const inserts = test.findChild(window.editor, "suggestionInserts")
        test.tryVerify(() => inserts.placed.length === 1, 5000, "the suggestion shows in the text")
        test.compare(inserts.placed[0].text, "+ Een kortere zin.")
        test.compare(inserts.placed[0].author, "Carla Jansen")
        // A compact marker inline: not over the line above, not past the right edge, the
        // wording on hover and for a screen reader.
        const marker = test.findChild(inserts, "suggestionInsert")
        test.tryVerify(() => marker !== null && marker.visible)
        test.verify(marker.y >= inserts.placed[0].y, "the marker stays on its own line")
        test.verify(marker.x + marker.width <= steps.area().width, "the marker fits the text's width")
        test.verify(marker.width < 40, "compact (" + marker.width + ")")
        test.compare(marker.Accessible.description, "+ Een kortere zin.")
        test.compare(JSON.stringify(window.reviews.suggestionMarks.map(m => [m.start, m.end])),
                     JSON.stringify([[start, end]]))
        steps.screenshot("in-de-tekst")
        // And in Voorbeeld's margin, beside its passage.
        window.sidePanel.currentIndex = window.sidePanel.index.preview
        const preview = window.sidePanel.previewPanel
        test.tryVerify(() => {
            if (preview.loaded)
                preview.view.runJavaScript("(function () { var n = document.querySelector('.kantlijn');"
                                           + " return n ? n.textContent : ''; })()",
                                           (note) => test.margin = note)
            return test.margin.indexOf("Een kortere zin.") >= 0
        }, 15000, "the suggestion stands in Voorbeeld's margin")
        test.verify(test.margin.indexOf("Carla Jansen") >= 0, test.margin)
        window.sidePanel.currentIndex = window.sidePanel.index.comments
        item = threadItem(window)

        // Overnemen by keyboard: one edit of the open text.
        const accept = test.findChild(item, "acceptSuggestion")
        test.verify(accept.Accessible.name.indexOf("Carla Jansen") >= 0, accept.Accessible.name)
        pressByKeyboard(accept)
        const accepted = text.slice(0, start) + "Een kortere zin." + text.slice(end)
        test.tryCompare(steps.area(), "text", accepted)
        const threads = test.findChild(window.sidePanel, "threadList")
        test.tryCompare(threads, "count", 0, 5000) // decided: no longer open
        test.tryCompare(inserts.placed, "length", 0)
        steps.screenshot("overgenomen")
        // One undo restores the old sentence; once more forward, and saved as usual.
        steps.area().undo()
        test.compare(steps.area().text, text)
        steps.area().redo()
        test.compare(steps.area().text, accepted)
        steps.save()
        test.compare(journey.readFile(steps.file(lemma)), accepted)

        // Bram suggests on the command line; Carla rejects it by keyboard, with a reply.
        let from = start + "Een kortere zin.".length
        while (/\s/.test(accepted[from]))
            ++from
        const quote = accepted.slice(from, accepted.indexOf(".", from) + 1)
        test.verify(quote.length > 10 && accepted.indexOf(quote) === accepted.lastIndexOf(quote), quote)
        journey.trendweb(["suggest", slug, "--quote", quote, "--replace", "iets anders",
                          "--author", "Bram"], steps.root)
        test.compare(journey.exitCode, 0)
        window.reviews.refresh()
        item = threadItem(window)
        test.compare(item.author, "Bram")
        const reply = test.findChild(item, "suggestionReply")
        reply.forceActiveFocus()
        steps.type("Liever niet.")
        pressByKeyboard(test.findChild(item, "rejectSuggestion"))
        test.tryCompare(threads, "count", 0, 5000)
        test.compare(steps.area().text, accepted)

        // Two more from Bram, each on the first sentence of a paragraph. Carla then rewrites
        // the first word of one and deletes the other, and saves.
        const first = sentenceAfter(accepted, accepted.indexOf("\n## "))
        const second = sentenceAfter(accepted, accepted.indexOf("\n\n", first.start))
        for (const quoted of [first.text, second.text]) {
            test.verify(quoted.length > 10 && accepted.indexOf(quoted) === accepted.lastIndexOf(quoted), quoted)
            journey.trendweb(["suggest", slug, "--quote", quoted, "--replace", "Bram schrijft het anders.",
                              "--author", "Bram"], steps.root)
            test.compare(journey.exitCode, 0)
        }
        steps.area().forceActiveFocus()
        steps.area().select(first.start, accepted.indexOf(" ", first.start))
        steps.type("Deze")
        const cut = steps.area().text.indexOf(second.text)
        steps.area().select(cut, cut + second.text.length + 1) // with the space after it
        test.keyClick(Qt.Key_Delete)
        test.compare(steps.area().text.indexOf(second.text), -1)
        const rewrittenFirst = "Deze" + first.text.slice(first.text.indexOf(" "))
        test.verify(steps.area().text.indexOf(rewrittenFirst) > 0)
        steps.save()
        window.reviews.refresh()
        test.tryCompare(threads, "count", 2)
        let outdated = null
        let orphaned = null
        for (let i = 0; i < 2; ++i) {
            const it = threads.itemAtIndex(i)
            if (it.suggestionState === "outdated")
                outdated = it
            else if (it.suggestionState === "orphaned")
                orphaned = it
        }
        test.verify(outdated !== null && orphaned !== null, "one verouderd, one verweesd")
        test.verify(test.findChild(outdated, "suggestionStateLabel").text.indexOf("Verouderd") === 0)
        test.verify(test.findChild(outdated, "suggestionDifference").visible)
        test.verify(test.findChild(orphaned, "suggestionStateLabel").text.indexOf("Verweesd") === 0)
        test.verify(!test.findChild(orphaned, "acceptSuggestion").visible, "never applied to a look-alike")
        steps.screenshot("verouderd-verweesd")
        // The verweesd one can be closed: Afwijzen, with a reply; the keyboard goes on to the
        // verouderd one.
        const orphanReject = test.findChild(orphaned, "rejectSuggestion")
        test.verify(orphanReject.visible, "a verweesd suggestion can be declined")
        test.findChild(orphaned, "suggestionReply").forceActiveFocus()
        steps.type("De alinea is weg.")
        pressByKeyboard(orphanReject)
        test.tryCompare(threads, "count", 1, 5000)
        outdated = threads.itemAtIndex(0)
        test.compare(outdated.suggestionState, "outdated")
        const anyway = test.findChild(outdated, "acceptSuggestion")
        test.tryVerify(() => anyway.activeFocus, 5000, "the keyboard on Toch overnemen")
        // Deliberately, after a look: Toch overnemen.
        test.compare(anyway.text, "Toch overnemen")
        const beforeAccepting = steps.area().text
        pressByKeyboard(anyway)
        test.tryVerify(() => steps.area().text.indexOf("Bram schrijft het anders.") >= 0, 5000,
                       "the outdated suggestion is accepted in its passage's place")
        test.compare(steps.area().text, beforeAccepting.replace(rewrittenFirst, "Bram schrijft het anders."))
        steps.save()

        // The decisions are review files under her name; everything validates.
        const files = journey.changedFiles(steps.root).filter(f => f.indexOf("review/") === 0)
        const events = files.map(f => journey.readFile(steps.file(f)))
        test.verify(events.some(e => e.indexOf("event: accept") >= 0), files.join(", "))
        test.compare(events.filter(e => e.indexOf("event: accept") >= 0).length, 2)
        const rejected = events.filter(e => e.indexOf("event: reject") >= 0)
        test.compare(rejected.length, 2)
        test.verify(rejected.some(e => e.indexOf("De alinea is weg.") >= 0))
        test.verify(rejected.some(e => e.indexOf("Liever niet.") >= 0 && e.indexOf("Carla Jansen") >= 0))
        window.reviews.filter = "all"
        test.tryCompare(threads, "count", 4)
        test.compare(journey.validate(steps.root).filter(p => p.file.indexOf("review/") === 0), [])
        test.compare(journey.exitCode, 0)
    }
}
