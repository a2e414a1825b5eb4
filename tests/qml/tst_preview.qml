import QtQuick
import QtTest
import Trendweb.Studio

// Voorbeeld on the fixture edition: the lemma as the site shows it, updated
// in place while typing, and a cross-link that opens its lemma.
Item {
    id: root
    width: 600
    height: 700

    EditionController {
        id: controller
        editionPath: Qt.resolvedUrl("../fixtures/small-edition")
    }

    PreviewPanel {
        id: panel
        anchors.fill: parent
        edition: controller
    }

    SignalSpy { id: requested; target: panel; signalName: "lemmaRequested" }

    property var answer: undefined

    function lemmaText(body) {
        return "---\ntitle: Van mobiliteit naar bereikbaarheid\nstatus: draft\n"
            + "related: [woningbouw, regionale-economie]\n---\n" + body + "\n"
    }

    TestCase {
        name: "Preview"
        when: windowShown

        function initTestCase() {
            controller.open()
            tryCompare(controller, "loaded", true, 10000)
            panel.preview.setDelay(0)
        }

        function evaluate(script) {
            root.answer = undefined
            panel.view.runJavaScript(script, function (result) { root.answer = result })
            tryVerify(function () { return root.answer !== undefined }, 10000)
            return root.answer
        }

        function test_1_showsTheLemmaAsTheSiteDoes() {
            panel.lemmaPath = "lemmas/van-mobiliteit-naar-bereikbaarheid.md"
            panel.text = lemmaText("Hoe kom je op werk of school?[^1]\n\n[^1]: Bron van de vraag.")
            tryCompare(panel, "loaded", true, 20000)
            const text = evaluate("document.body.innerText")
            verify(text.indexOf("Van mobiliteit naar bereikbaarheid") >= 0, text)
            verify(text.indexOf("Hoe kom je op werk of school?") >= 0, text)
            verify(text.indexOf("Bron van de vraag.") >= 0, text)   // the footnote
            verify(text.indexOf("Woningbouw") >= 0, text)           // read more
        }

        function test_2_typingUpdatesWithoutReloading() {
            evaluate("window.sinceLoad = 'dezelfde pagina'; true")
            const renders = panel.preview.renders
            panel.text = lemmaText("Een **nieuwe** alinea over fietsen.")
            tryVerify(function () { return panel.preview.renders > renders }, 10000)
            tryVerify(function () {
                return evaluate("document.getElementById('inhoud').innerText").indexOf("nieuwe alinea over fietsen") >= 0
            }, 10000)
            compare(evaluate("document.querySelector('strong').textContent"), "nieuwe")
            // The same page: its script state (and so its scroll position) survived.
            compare(evaluate("window.sinceLoad"), "dezelfde pagina")
            verify(panel.loaded)
        }

        function test_3_aFootnoteNumberShowsItsNote() {
            // The reference at the top, its note far below it.
            panel.text = lemmaText("Het begin.[^1]\n\n" + ("Een alinea over fietsen.\n\n").repeat(60)
                                   + "[^1]: De bron van het slot.")
            tryVerify(function () {
                return evaluate("document.getElementById('inhoud').innerText").indexOf("De bron van het slot.") >= 0
            }, 10000)
            evaluate("window.scrollTo(0, 0); true")
            const rect = evaluate("(function () { var a = document.querySelector('sup a');"
                                  + " a.scrollIntoView({block: 'start'}); var r = a.getBoundingClientRect();"
                                  + " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
            const noteVisible = "(function () { var r = document.getElementById('fn-1').getBoundingClientRect();"
                                + " return r.top >= 0 && r.top < window.innerHeight; })()"
            compare(evaluate(noteVisible), false)
            mouseClick(panel.view, rect[0], rect[1])
            // The note is on screen, and the page is still the preview.
            tryVerify(function () { return evaluate(noteVisible) === true }, 10000)
            compare(evaluate("window.sinceLoad"), "dezelfde pagina")
        }

        function test_4_followsTheCursorByLine() {
            // Five lines of front matter, then "Het begin." and sixty paragraphs, two lines each:
            // the fiftieth of them is on body line 101, line 106 of the file.
            const paragraph = "(function () { var e = document.querySelector('[data-sourcepos^=\"101:\"]');"
                              + " var r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight; })()"
            evaluate("window.scrollTo(0, 0); true")
            compare(evaluate(paragraph), false)
            panel.cursorLine = 106
            tryVerify(function () { return evaluate(paragraph) === true }, 10000)
            panel.cursorLine = 6
            tryVerify(function () { return evaluate(paragraph) === false }, 10000)
            verify(evaluate("window.scrollY") < 50)
        }

        function test_5_aCrossLinkOpensItsLemma() {
            requested.clear()
            // Clicked as an author does, with the mouse on the link under "Lees meer over".
            const rect = evaluate("(function () { var a = document.querySelector('a[href=\"lemma:woningbouw\"]');"
                                  + " a.scrollIntoView({block: 'center'}); var r = a.getBoundingClientRect();"
                                  + " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
            mouseClick(panel.view, rect[0], rect[1])
            requested.wait(10000)
            compare(requested.signalArguments[0][0], "woningbouw")
            // The preview stayed where it was.
            compare(evaluate("window.sinceLoad"), "dezelfde pagina")
        }

        function test_6_commentsStandInTheMargin() {
            panel.text = lemmaText("Het begin.\n\nEen alinea over fietsen.\n\nHet slot.")
            tryVerify(function () {
                return evaluate("document.getElementById('inhoud').innerText").indexOf("Het slot.") >= 0
            }, 10000)
            // On file line 8: body line 3, the paragraph about cycling.
            panel.notes = [{id: "d1", line: 8, author: "Expert", text: "<b>Klopt</b> dit?", replies: 1}]
            const placed = "(function () { var a = document.querySelector('.kantlijn');"
                           + " return a ? [a.textContent, a.nextElementSibling.dataset.sourcepos.split(':')[0],"
                           + " a.nextElementSibling.classList.contains('met-opmerking')] : false; })()"
            tryVerify(function () { return evaluate(placed) !== false }, 10000)
            let note = evaluate(placed)
            compare(note[0], "Expert<b>Klopt</b> dit? (+1)") // text, never HTML
            compare(note[1], "3")
            verify(note[2])

            // Typing re-renders the content; the note comes back with it.
            const renders = panel.preview.renders
            panel.text = lemmaText("Het begin, herschreven.\n\nEen alinea over fietsen.\n\nHet slot.")
            tryVerify(function () { return panel.preview.renders > renders }, 10000)
            tryVerify(function () {
                return evaluate("document.getElementById('inhoud').innerText").indexOf("herschreven") >= 0
            }, 10000)
            tryVerify(function () { return evaluate(placed) !== false }, 10000)
            compare(evaluate(placed)[1], "3")

            panel.notes = []
            tryVerify(function () { return evaluate(placed) === false }, 10000)
        }
    }
}
