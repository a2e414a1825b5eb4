import QtQuick
import QtTest
import Trendweb.Studio

// Voorbeeld of a lemma with a figure whose image is in the edition's figures/ folder:
// the image loads in the preview, and the preview still works as a page of its own.
Item {
    id: root
    width: 600
    height: 700

    EditionController {
        id: controller
        editionPath: Qt.resolvedUrl("../fixtures/figure-edition")
    }

    PreviewPanel {
        id: panel
        anchors.fill: parent
        edition: controller
    }

    SignalSpy { id: requested; target: panel; signalName: "lemmaRequested" }

    property var answer: undefined

    function lemmaText(image) {
        return "---\ntitle: Een lemma met een grafiek\nstatus: draft\nrelated: [zonder-grafiek]\n"
            + "figures:\n  - id: inwoners\n    caption: Groei van het aantal inwoners\n"
            + "    source: CBS\n    image: " + image + "\n    alt: Staafgrafiek\n---\n"
            + "Het aantal inwoners groeit.[^1]\n\n" + ("Een alinea over wonen.\n\n").repeat(40)
            + "[^1]: CBS (2024).\n"
    }

    TestCase {
        name: "PreviewFigure"
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

        function imageState() {
            return evaluate("(function () { var i = document.querySelector('figure img');"
                            + " return i ? [i.complete, i.naturalWidth, i.naturalHeight] : 'geen'; })()")
        }

        function test_1_theFigureImageLoads() {
            panel.lemmaPath = "lemmas/met-grafiek.md"
            panel.text = lemmaText("figures/met-grafiek/grafiek.png")
            tryCompare(panel, "loaded", true, 20000)
            tryVerify(function () { const s = imageState(); return s !== "geen" && s[0] }, 10000)
            compare(imageState(), [true, 8, 6]) // the fixture PNG is 8 by 6 pixels
        }

        function test_2_theImageStaysWhileTyping() {
            const renders = panel.preview.renders
            panel.text = lemmaText("figures/met-grafiek/grafiek.png").replace("groeit", "groeit snel")
            tryVerify(function () { return panel.preview.renders > renders }, 10000)
            tryVerify(function () {
                return evaluate("document.getElementById('inhoud').innerText").indexOf("groeit snel") >= 0
            }, 10000)
            tryVerify(function () { const s = imageState(); return s !== "geen" && s[0] }, 10000)
            compare(imageState(), [true, 8, 6])
        }

        function test_3_aFootnoteAndACrossLinkStillWork() {
            evaluate("window.sinceLoad = 'dezelfde pagina'; window.scrollTo(0, 0); true")
            const rect = evaluate("(function () { var a = document.querySelector('sup a');"
                                  + " var r = a.getBoundingClientRect();"
                                  + " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
            mouseClick(panel.view, rect[0], rect[1])
            tryVerify(function () { return evaluate("window.scrollY") > 100 }, 10000)
            compare(evaluate("window.sinceLoad"), "dezelfde pagina")

            requested.clear()
            const link = evaluate("(function () { var a = document.querySelector('a[href=\"lemma:zonder-grafiek\"]');"
                                  + " a.scrollIntoView({block: 'center'}); var r = a.getBoundingClientRect();"
                                  + " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
            mouseClick(panel.view, link[0], link[1])
            requested.wait(10000)
            compare(requested.signalArguments[0][0], "zonder-grafiek")
            compare(evaluate("window.sinceLoad"), "dezelfde pagina")
        }

        function test_4_anImageOutsideTheEditionIsNotShown() {
            panel.text = lemmaText("../../figure-edition/figures/met-grafiek/grafiek.png")
            tryVerify(function () {
                return evaluate("document.getElementById('inhoud').innerText")
                    .indexOf("Afbeelding nog niet beschikbaar.") >= 0
            }, 10000)
            compare(imageState(), "geen")
        }
    }
}
