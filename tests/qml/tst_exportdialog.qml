import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// Exporteren… › PDF: the print edition goes into one file, the site into a folder; the
// field asks for the one the chosen export needs and keeps each. A place the export may
// not write is said at the field; an existing PDF is replaced only when asked; the end
// of an export is said with a way to open it; Sluiten stops a PDF export.
Item {
    id: root
    // The window the editors work in.
    width: 1280
    height: 800

    EditionController {
        id: controller
    }

    ExportDialog {
        id: dialog
        edition: controller
    }

    TestCase {
        name: "ExportDialog"
        when: windowShown

        property string editionRoot: ""
        property string out: ""

        function initTestCase() {
            editionRoot = fixtures.copyOf("small-edition")
            controller.editionPath = "file://" + editionRoot
            controller.open()
            tryCompare(controller, "loaded", true, 10000)
            // A folder with a file of the editor's own in it.
            out = editionRoot + "-uit"
            verify(fixtures.write(out + "/notities.txt", "mijn notities\n"))
        }

        function field(name) { return findChild(dialog.contentItem, name) }
        function button(name) { return findChild(dialog.footer, name) }

        function choose(value) {
            const choice = field("exportFormat")
            const index = choice.indexOfValue(value)
            verify(index >= 0, value)
            choice.currentIndex = index
            choice.activated(index)
        }

        function openDialog() {
            dialog.open()
            tryCompare(dialog, "opened", true)
            tryVerify(() => button("startExport").enabled, 20000, "checked, no errors")
        }

        function target(path) {
            const folder = field("exportFolder")
            folder.text = path
            folder.editingFinished()
        }

        function test_pdfAsksForAFile() {
            openDialog()
            choose("html")
            const folder = field("exportFolder")
            verify(!folder.text.endsWith(".pdf"))
            compare(folder.Accessible.name, "Map voor de export")

            choose("pdf")
            verify(folder.text.endsWith("/Trendweb.pdf"), folder.text)
            compare(folder.Accessible.name, "PDF-bestand voor de gedrukte editie")
            target("/tmp/druk/Trendweb-2025.pdf")

            // The site's folder is kept apart from the PDF's file.
            choose("html")
            verify(!folder.text.endsWith(".pdf"), folder.text)
            choose("pdf")
            compare(folder.text, "/tmp/druk/Trendweb-2025.pdf")
            dialog.close()
        }

        // At 1280x800 every choice is read whole, the longest one too.
        function test_theFormatIsReadWhole() {
            openDialog()
            const choice = field("exportFormat")
            for (const value of ["pdf", "html", "hugo"]) {
                choose(value)
                waitForRendering(choice)
                verify(!choice.contentItem.truncated, choice.displayText)
                verify(choice.contentItem.width >= choice.contentItem.implicitWidth - 1,
                       choice.displayText + ": " + choice.contentItem.width + " < "
                       + choice.contentItem.implicitWidth)
            }
            dialog.close()
        }

        // The dialog counts the warnings as `trendweb validate` and the status bar do.
        function test_theWarningsAreCountedAsElsewhere() {
            openDialog()
            const warnings = controller.problems.problemCount - controller.problems.errorCount
            verify(warnings > 0)
            compare(dialog.exporter.warningCount, warnings)
            verify(field("exportSummary").text.indexOf(" " + warnings + " waarschuwingen") > 0,
                   field("exportSummary").text)
            dialog.close()
        }

        function test_aPlaceThatCannotBeWrittenIsSaidAtTheField_data() {
            return [
                { tag: "pdf: een map", format: "pdf", path: () => out, says: "is een map" },
                { tag: "pdf: de editie", format: "pdf", path: () => editionRoot, says: "editie zelf" },
                { tag: "pdf: in de editie", format: "pdf", path: () => editionRoot + "/lemmas/Trendweb.pdf",
                  says: "editie zelf" },
                { tag: "pdf: geen PDF", format: "pdf", path: () => out + "/notities.txt", says: "geen PDF" },
                { tag: "site: een bestand", format: "html", path: () => out + "/notities.txt",
                  says: "is een bestand" },
                { tag: "site: de editie", format: "html", path: () => editionRoot, says: "editie zelf" },
                { tag: "site: in de editie", format: "hugo", path: () => editionRoot + "/lemmas",
                  says: "editie zelf" },
                { tag: "site: een andere map", format: "html", path: () => out, says: "niet leeg" },
            ]
        }

        function test_aPlaceThatCannotBeWrittenIsSaidAtTheField(data) {
            openDialog()
            choose(data.format)
            target(data.path())
            const problem = field("exportTargetProblem")
            verify(!problem.visible)
            mouseClick(button("startExport"))
            verify(problem.visible, "a message at the field")
            verify(problem.text.indexOf(data.says) >= 0, problem.text)
            verify(dialog.opened)
            verify(!dialog.exporter.busy)
            compare(fixtures.entriesIn(out), ["notities.txt"])
            // Another place: the message goes.
            target(data.path() + "-anders")
            verify(!problem.visible)
            dialog.close()
        }

        // An existing PDF: asked once, in the dialog; then written and said, with Openen.
        function test_anExistingPdfIsReplacedWhenAskedAndTheEndIsSaid() {
            const pdf = editionRoot + "-druk/Trendweb.pdf"
            verify(fixtures.write(pdf, "%PDF-1.7 de vorige editie\n"))
            openDialog()
            choose("pdf")
            target(pdf)
            const question = field("replaceQuestion")
            verify(!question.visible)
            mouseClick(button("startExport"))
            verify(question.visible)
            verify(findChild(question, "keepExport").visible)
            compare(dialog.exporter.replaceQuestion, "Trendweb.pdf bestaat al. Vervangen?")
            verify(!dialog.exporter.busy)
            mouseClick(findChild(question, "keepExport"))
            verify(!question.visible)
            verify(!dialog.exporter.busy)

            mouseClick(button("startExport"))
            verify(question.visible)
            mouseClick(findChild(question, "replaceExport"))
            verify(!question.visible)
            verify(dialog.exporter.busy)
            const message = field("exportMessage")
            tryVerify(() => !dialog.exporter.busy, 120000, "exported")
            verify(/^Klaar: \d+ bladzijden in /.test(message.text), message.text)
            verify(message.text.endsWith(pdf), message.text)
            const open = field("openExport")
            verify(open.visible)
            compare(open.text, "Openen")
            compare(dialog.exporter.result.toString(), "file://" + pdf)
            // The check that follows an export leaves the message standing.
            tryVerify(() => !dialog.exporter.checking)
            verify(message.text.startsWith("Klaar: "), message.text)

            // The site: its pages, in its folder.
            choose("html")
            target(editionRoot + "-site")
            mouseClick(button("startExport"))
            // (the PDF's "Klaar" stands until the site's export has begun and ended)
            tryVerify(() => !dialog.exporter.busy && /^Klaar: \d+ pagina's in /.test(message.text), 60000,
                      message.text)
            verify(message.text.endsWith(editionRoot + "-site"), message.text)
            compare(dialog.exporter.result.toString(), "file://" + editionRoot + "-site")
            verify(open.visible)
            dialog.close()
        }

        // Sluiten during a PDF export stops it: no new file, the older one as it was.
        function test_closingStopsAPdfExport() {
            const pdf = editionRoot + "-gestopt/Trendweb.pdf"
            verify(fixtures.write(pdf, "%PDF-1.7 de vorige editie\n"))
            openDialog()
            choose("pdf")
            target(pdf)
            dialog.exporter.start(true)
            verify(dialog.exporter.busy)
            mouseClick(button("closeExport"))
            tryCompare(dialog, "opened", false)
            tryVerify(() => !dialog.exporter.busy, 30000)
            verify(dialog.exporter.message.indexOf("afgebroken") >= 0, dialog.exporter.message)
            compare(dialog.exporter.result.toString(), "")
            compare(fixtures.entriesIn(editionRoot + "-gestopt"), ["Trendweb.pdf"])
            compare(fixtures.readFile(pdf), "%PDF-1.7 de vorige editie\n")
        }
    }
}
