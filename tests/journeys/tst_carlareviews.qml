import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// Carla reviews without having said who she is: she waves the first question away,
// selects a passage and asks for a comment (Ctrl+Alt+M); the window asks her name first
// and then takes her comment, which appears in Opmerkingen and in Voorbeeld's margin.
// She replies and resolves it. Every review file carries her name and validates.
TestCase {
    id: test
    name: "CarlaReviews"
    when: windowShown

    JourneySteps {
        id: steps
        test: test
        name: "carla-reviewt"
    }

    property string margin: ""

    function threadItem(window) {
        const threads = test.findChild(window.sidePanel, "threadList")
        test.tryVerify(() => threads.count === 1 && threads.itemAtIndex(0) !== null, 5000,
                       "one thread in Opmerkingen")
        return threads.itemAtIndex(0)
    }

    function test_carlaReviews() {
        const window = steps.start()
        // Not now: she closes the first question.
        test.keyClick(Qt.Key_Escape)
        test.tryCompare(window.identity, "opened", false)
        test.verify(!window.versions.hasAuthor)

        steps.click(1)
        const lemma = window.document.relativePath
        const text = steps.area().text
        const start = text.indexOf("\n---\n") + 5
        const end = text.indexOf(".", start) + 1
        test.verify(end > start)
        steps.area().forceActiveFocus()
        steps.area().select(start, end) // as a drag over the first sentence would
        test.keySequence("Ctrl+Alt+M")

        // Asked first, then the comment.
        test.tryCompare(window.identity, "opened", true)
        steps.identify("Carla Jansen", "carla@example.org")
        const comment = window.commentDialog
        test.tryCompare(comment, "opened", true)
        test.compare(test.findChild(comment.contentItem, "commentAuthor").text, "Opmerking van Carla Jansen")
        steps.type("Kan deze zin korter?")
        steps.screenshot("opmerking")
        test.mouseClick(comment.standardButton(Dialog.Ok))
        test.tryCompare(comment, "opened", false)

        // In Opmerkingen, with her name, and in Voorbeeld's margin.
        test.compare(window.sidePanel.currentIndex, window.sidePanel.index.comments)
        let thread = threadItem(window)
        test.verify(thread.messages.indexOf("Carla Jansen") >= 0 && thread.messages.indexOf("Kan deze zin korter?") >= 0,
                    thread.messages)
        window.sidePanel.currentIndex = window.sidePanel.index.preview
        const preview = window.sidePanel.previewPanel
        test.tryVerify(() => {
            if (preview.loaded)
                preview.view.runJavaScript("(function () { var n = document.querySelector('.kantlijn');"
                                           + " return n ? n.textContent : ''; })()",
                                           (note) => test.margin = note)
            return test.margin.indexOf("Kan deze zin korter?") >= 0
        }, 15000, "the comment stands in Voorbeeld's margin")
        test.verify(test.margin.indexOf("Carla Jansen") >= 0)
        steps.screenshot("kantlijn")

        // The quoted passage is a button: from the keyboard it selects the passage again.
        window.sidePanel.currentIndex = window.sidePanel.index.comments
        thread = threadItem(window)
        steps.area().deselect()
        steps.area().cursorPosition = steps.area().length
        const quote = test.findChild(thread, "threadQuote")
        quote.forceActiveFocus(Qt.TabFocusReason)
        test.verify(quote.visualFocus, "the quote shows where the keyboard is")
        test.keyClick(Qt.Key_Space)
        test.tryCompare(steps.area(), "selectedText", text.slice(start, end))

        // A reply, and resolved.
        const reply = test.findChild(thread, "replyField")
        reply.forceActiveFocus()
        steps.type("Ja, ingekort.")
        test.keyClick(Qt.Key_Return)
        test.tryVerify(() => threadItem(window).messages.indexOf("Ja, ingekort.") >= 0, 5000, "the reply is shown")
        test.mouseClick(test.findChild(threadItem(window), "resolveButton"))
        const threads = test.findChild(window.sidePanel, "threadList")
        test.tryCompare(threads, "count", 0, 5000) // only open comments are listed
        steps.screenshot("opgelost")

        // Three review files (comment, reply, resolve), each under her name; all valid.
        const files = journey.changedFiles(steps.root).filter(f => f.indexOf("review/") === 0)
        test.compare(files.length, 3, files.join(", "))
        for (const file of files)
            test.verify(journey.readFile(steps.file(file)).indexOf("author: \"Carla Jansen\"") >= 0
                        || journey.readFile(steps.file(file)).indexOf("author: Carla Jansen") >= 0, file)
        test.compare(journey.validate(steps.root).filter(p => p.file.indexOf("review/") === 0), [])
        test.compare(journey.exitCode, 0)
        // The lemma itself is untouched.
        test.compare(journey.changedFiles(steps.root).filter(f => f === lemma), [])
    }
}
