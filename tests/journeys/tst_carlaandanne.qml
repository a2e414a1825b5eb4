import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// Carla reviews in her own clone and sends four suggestions; Anne, with the lemma open in the
// window, fetches (Ophalen) and sees them at once in the text and in Opmerkingen, without
// opening another lemma. A decision she made on her laptop and sent arrives the same way. She
// decides the rest by keyboard: after each decision the keyboard stays in Opmerkingen, on the
// next card. While she types (unsaved) above a suggestion its mark moves with its words, and
// when she changes its passage the card says verouderd before anything is saved.
TestCase {
    id: test
    name: "CarlaAndAnne"
    when: windowShown

    JourneySteps {
        id: steps
        test: test
        name: "carla-en-anne"
    }

    function gitOk(args, folder) {
        const out = journey.git(args, folder)
        test.compare(journey.exitCode, 0, "git " + args.join(" ") + ": " + journey.errors)
        return out
    }

    // The first sentences (up to ". ") of the paragraphs of prose after the front matter.
    function firstSentences(text) {
        const found = []
        let start = text.indexOf("\n---\n") + 5
        while (start > 5 && start < text.length) {
            const paragraphEnd = text.indexOf("\n\n", start) < 0 ? text.length : text.indexOf("\n\n", start)
            const end = text.indexOf(". ", start)
            const sentence = end > 0 && end < paragraphEnd ? text.slice(start, end + 1) : ""
            if (sentence.length > 10 && "#[>-*|!".indexOf(text[start]) < 0
                    && text.indexOf(sentence) === text.lastIndexOf(sentence))
                found.push(sentence)
            start = paragraphEnd + 2
        }
        return found
    }

    function sendAs(folder, message) {
        gitOk(["add", "-A"], folder)
        gitOk(["-c", "user.name=Carla", "-c", "user.email=carla@example.org", "commit", "-m", message], folder)
        gitOk(["push"], folder)
    }

    function pull(window) {
        window.versions.pull()
        test.tryVerify(() => !window.versions.busy, 30000, "fetched")
        test.compare(window.versions.errorMessage, "")
    }

    // The card in Opmerkingen of the suggestion on `quote`.
    function card(quote) {
        const threads = test.findChild(window().sidePanel, "threadList")
        for (let row = 0; row < threads.count; ++row) {
            threads.positionViewAtIndex(row, ListView.Contain)
            const item = threads.itemAtIndex(row)
            if (item && item.quote === quote)
                return item
        }
        return null
    }

    function window() { return steps.window }

    // Where the first line of the body is in the view (below the hidden front matter).
    function bodyTop() {
        const area = steps.area()
        const flick = area.parent.parent
        return area.positionToRectangle(window().editor.document.bodyStart).y - flick.contentY
    }

    // The card (thread delegate) an item is in.
    function cardOf(item) {
        for (let p = item; p; p = p.parent) {
            if (p.threadId !== undefined && p.quote !== undefined)
                return p
        }
        return null
    }

    // The keyboard is on a decision button of a card in Opmerkingen: not at the top of the window.
    function focusInPanel(what) {
        const threads = test.findChild(window().sidePanel, "threadList")
        test.tryVerify(() => {
            const item = window().activeFocusItem
            if (!item || item.objectName !== what)
                return false
            for (let p = item; p; p = p.parent) {
                if (p === threads)
                    return true
            }
            return false
        }, 5000, "the focus on " + what + " in Opmerkingen (it is on "
                 + (window().activeFocusItem ? window().activeFocusItem.objectName + " "
                    + window().activeFocusItem : "nothing") + ")")
        return window().activeFocusItem
    }

    function test_fetchedSuggestionsAndDecisions() {
        const shared = journey.folder("gedeeld")
        gitOk(["init", "--bare", "--initial-branch=main", shared], shared)
        const anne = journey.builtinEdition()
        gitOk(["remote", "add", "origin", shared], anne)
        gitOk(["push", "--set-upstream", "origin", "main"], anne)
        const carla = journey.folder("carla")
        gitOk(["clone", shared, carla], carla)
        const laptop = journey.folder("laptop")
        gitOk(["clone", shared, laptop], laptop)

        const win = steps.start(anne, ["Anne de Vries", "anne@example.org"])
        steps.click(1)
        const lemma = win.document.relativePath
        const slug = lemma.replace("lemmas/", "").replace(".md", "")
        const text = steps.area().text
        const sentences = firstSentences(text)
        test.verify(sentences.length >= 4, JSON.stringify(sentences))
        win.sidePanel.currentIndex = win.sidePanel.index.comments
        const threads = test.findChild(win.sidePanel, "threadList")
        test.compare(threads.count, 0)

        // Carla suggests four changes in her clone and sends them.
        const ids = []
        const replacements = ["Carla schrijft de eerste anders.", "", "Carla schrijft de derde anders.",
                              "Carla schrijft de vierde anders."]
        for (let i = 0; i < 4; ++i) {
            const id = journey.trendweb(["suggest", slug, "--quote", sentences[i], "--replace",
                                         replacements[i], "--author", "Carla"], carla).trim()
            test.compare(journey.exitCode, 0, journey.errors)
            ids.push(id)
        }
        sendAs(carla, "Carla stelt vier wijzigingen voor")

        test.tryVerify(() => Math.abs(bodyTop() - steps.area().topPadding) < 2, 5000,
                       "the text starts at the top of the page (" + bodyTop() + ")")
        // Ophalen: the open lemma shows them at once, in the text and in Opmerkingen.
        pull(win)
        test.tryCompare(threads, "count", 4, 5000)
        const inserts = test.findChild(win.editor, "suggestionInserts")
        test.tryVerify(() => win.reviews.suggestionMarks.length === 4, 5000, "4 suggestions marked in the text")
        test.compare(JSON.stringify(win.reviews.suggestionMarks.map(m => [m.start, m.end]).sort((a, b) => a[0] - b[0])),
                     JSON.stringify(sentences.slice(0, 4).map(s => [text.indexOf(s), text.indexOf(s) + s.length])))
        test.tryVerify(() => inserts.placed.filter(p => p.text !== "").length === 3, 5000, "3 insertions shown") // the deletion has no inserted text
        steps.screenshot("opgehaald")
        // No empty band above the text after Ophalen: its first line is where it was.
        test.tryVerify(() => Math.abs(bodyTop() - steps.area().topPadding) < 2, 5000,
                       "the text starts at the top of the page after Ophalen (" + bodyTop() + ")")

        // Anne had rejected the second one on her laptop; that decision arrives the same way.
        gitOk(["pull"], laptop)
        journey.trendweb(["suggestion", "reject", ids[1], "--author", "Anne de Vries", "-m", "Liever niet."], laptop)
        test.compare(journey.exitCode, 0, journey.errors)
        sendAs(laptop, "Anne wijst een voorstel af")
        pull(win)
        test.tryCompare(threads, "count", 3, 5000)
        test.verify(card(sentences[1]) === null, "the decided suggestion is no longer open")
        test.tryVerify(() => win.reviews.suggestionMarks.length === 3, 5000, "3 suggestions marked in the text")

        // By keyboard: Afwijzen on the first; the keyboard goes on to the next card.
        let item = card(sentences[0])
        test.verify(item !== null)
        const reject = test.findChild(item, "rejectSuggestion")
        reject.forceActiveFocus(Qt.TabFocusReason)
        test.keyClick(Qt.Key_Space)
        test.tryCompare(threads, "count", 2, 5000)
        let focused = focusInPanel("acceptSuggestion")
        test.verify(focused.visualFocus, "the button shows where the keyboard is")
        // Overnemen of that one, by Space where the keyboard is; again the next card.
        const next = cardOf(focused)
        test.verify(next !== null && next.quote !== sentences[0])
        const acceptedQuote = next.quote
        const acceptedWording = next.replacement
        test.keyClick(Qt.Key_Space)
        test.tryVerify(() => steps.area().text.indexOf(acceptedWording) > 0, 5000, "accepted in the text")
        test.tryCompare(threads, "count", 1, 5000)
        // The remaining insertion marker moved with the text the accept changed.
        test.tryVerify(() => inserts.placed.length === 1 && win.reviews.suggestionMarks.length === 1
                       && inserts.placed[0].x === steps.area().positionToRectangle(win.reviews.suggestionMarks[0].end).x
                       && inserts.placed[0].y === steps.area().positionToRectangle(win.reviews.suggestionMarks[0].end).y,
                       5000, "the marker at the end of its passage after the accept")
        focused = focusInPanel("acceptSuggestion")
        let last = cardOf(focused)
        test.verify(last.quote !== acceptedQuote && last.quote !== sentences[0], last.quote)
        steps.screenshot("na-beslissen")

        // Typing above the last one, not saved: its mark moves with its words.
        const fourth = last.quote
        const fourthWording = last.replacement
        const typed = "Vooraf. "
        let at = steps.area().text.indexOf(sentences[0])
        steps.area().forceActiveFocus()
        steps.area().cursorPosition = at
        steps.type(typed)
        test.verify(win.document.modified)
        test.tryVerify(() => win.reviews.suggestionMarks.length === 1
                       && win.reviews.suggestionMarks[0].start === steps.area().text.indexOf(fourth), 5000,
                       "the mark on the passage where it is now")
        test.tryVerify(() => inserts.placed.length === 1 && inserts.placed[0].text === "+ " + fourthWording, 5000, "the insertion follows")
        // Its passage changed, not saved: verouderd at once, Overnemen only after a look.
        at = steps.area().text.indexOf(fourth)
        steps.area().select(at, at + fourth.indexOf(" "))
        steps.type("Deze")
        test.verify(win.document.modified)
        item = card(fourth)
        test.tryCompare(item, "suggestionState", "outdated", 5000)
        test.compare(test.findChild(item, "acceptSuggestion").text, "Toch overnemen")
        test.tryVerify(() => win.reviews.suggestionMarks.length === 0, 5000, "0 suggestions marked in the text")
        steps.screenshot("verouderd-zonder-bewaren")
        steps.save()
        test.compare(journey.validate(anne).filter(p => p.file.indexOf("review/") === 0), [])
    }
}
