import QtQuick
import QtTest
import QtWebEngine
import Trendweb.Studio

// Anne publishes: she adds a figure with an image and a note to lemma G, saves, and
// exports the site with Exporteren…. The image and her note are on the lemma's page,
// and the page opens in a browser (Chromium, in Qt WebEngine) without a broken image.
TestCase {
    id: test
    name: "AnnePublishes"
    when: windowShown
    width: 800
    height: 600

    JourneySteps {
        id: steps
        test: test
        name: "anne-publiceert"
    }

    WebEngineView {
        id: browser
        width: 800
        height: 600
    }

    property var imageCheck: null

    function test_annePublishes() {
        const window = steps.start(undefined, ["Anne de Vries", "anne@example.org"])
        steps.click(6)
        const lemma = window.document.relativePath
        const slug = lemma.replace("lemmas/", "").replace(".md", "")
        const imagePath = steps.addFigure("Bevolking per gemeente", journey.fixture("images/grafiek.png"),
                                          "Staafdiagram van de bevolking per gemeente")
        // A note with its source at the end of the first paragraph.
        const cursor = steps.area().text.indexOf("\n\n", steps.area().text.indexOf("\n---\n") + 5)
        window.editor.placeCursor(cursor)
        test.keySequence("Ctrl+Alt+F")
        const notes = test.findChild(test.findChild(window.sidePanel, "footnotesPanel"), "footnoteList")
        test.tryVerify(() => {
            for (let i = 0; i < notes.count; ++i) {
                const item = notes.itemAtIndex(i)
                if (item && test.findChild(item, "noteText").activeFocus)
                    return true
            }
            return false
        }, 10000, "the new note's text has the focus")
        steps.type("Anne de Vries (2026). Eigen telling.")
        test.keyClick(Qt.Key_Return)
        steps.save()

        // Exporteren…: a new folder, the check, the export.
        const site = journey.folder("site")
        const exportButton = test.findChild(window.header, "exportButton")
        test.verify(exportButton !== null)
        test.mouseClick(exportButton)
        test.tryCompare(window.exportDialog, "opened", true)
        const folder = test.findChild(window.exportDialog.contentItem, "exportFolder")
        test.verify(folder !== null)
        const start = test.findChild(window.exportDialog.footer, "startExport")
        test.tryVerify(() => start.enabled, 20000, "the check is done and finds no errors")
        // First she types the image's file by mistake: the dialog says why at the field.
        const image = journey.fixture("images/grafiek.png")
        folder.forceActiveFocus()
        folder.selectAll()
        steps.type(image)
        test.keyClick(Qt.Key_Tab)
        test.mouseClick(start)
        const problem = test.findChild(window.exportDialog.contentItem, "exportTargetProblem")
        test.verify(problem.visible, "the refusal is shown")
        test.verify(problem.text.indexOf("is een bestand, geen map") >= 0, problem.text)
        test.verify(window.exportDialog.opened)
        steps.screenshot("verkeerde-plek")

        folder.forceActiveFocus()
        folder.selectAll()
        steps.type(site)
        test.keyClick(Qt.Key_Tab)
        test.verify(!problem.visible, "another place: the refusal goes")
        steps.screenshot("exporteren")
        test.mouseClick(start)
        const message = test.findChild(window.exportDialog.contentItem, "exportMessage")
        test.tryVerify(() => journey.exists(site + "/lemmas/" + slug + ".html") && start.enabled
                       && message.text.startsWith("Klaar: "), 60000, "exported")
        // The end is said, with where, and a way to open it.
        test.verify(/^Klaar: \d+ pagina's in /.test(message.text), message.text)
        test.verify(message.text.endsWith(site), message.text)
        test.verify(test.findChild(window.exportDialog.contentItem, "openExport").visible)
        steps.screenshot("geexporteerd")

        // The image is in the site, byte for byte; the page shows it and the note.
        test.compare(journey.bytes(site + "/" + imagePath), journey.bytes(journey.fixture("images/grafiek.png")))
        const page = journey.readFile(site + "/lemmas/" + slug + ".html")
        test.verify(page.indexOf("Anne de Vries (2026). Eigen telling.") > 0, "the note is on the page")
        test.verify(page.indexOf("Bevolking per gemeente") > 0, "the caption is on the page")

        // In the browser: every image on the page loads.
        browser.url = "file://" + site + "/lemmas/" + slug + ".html"
        test.tryVerify(() => !browser.loading && browser.loadProgress === 100, 30000)
        test.tryVerify(() => {
            browser.runJavaScript("(function () { var images = Array.from(document.images);"
                                  + " return { count: images.length, broken: images.filter(i => !i.complete"
                                  + " || i.naturalWidth === 0).map(i => i.getAttribute('src')) }; })()",
                                  (result) => test.imageCheck = result)
            return test.imageCheck !== null && test.imageCheck.count > 0 && test.imageCheck.broken.length === 0
        }, 15000, "no broken image on the page: " + JSON.stringify(test.imageCheck))
    }
}
