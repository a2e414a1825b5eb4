import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// Exporteren… › PDF: the print edition goes into one file, the site into a folder; the
// field asks for the one the chosen export needs and keeps each.
Item {
    id: root
    width: 800
    height: 700

    ExportDialog {
        id: dialog
    }

    TestCase {
        name: "ExportDialog"
        when: windowShown

        function field(name) { return findChild(dialog.contentItem, name) }

        function choose(value) {
            const choice = field("exportFormat")
            const index = choice.indexOfValue(value)
            verify(index >= 0, value)
            choice.currentIndex = index
            choice.activated(index)
        }

        function test_pdfAsksForAFile() {
            dialog.open()
            tryCompare(dialog, "opened", true)
            const folder = field("exportFolder")
            verify(!folder.text.endsWith(".pdf"))
            compare(folder.Accessible.name, "Map voor de export")

            choose("pdf")
            verify(folder.text.endsWith("/Trendweb.pdf"), folder.text)
            compare(folder.Accessible.name, "PDF-bestand voor de gedrukte editie")
            folder.text = "/tmp/druk/Trendweb-2025.pdf"
            folder.editingFinished()

            // The site's folder is kept apart from the PDF's file.
            choose("html")
            verify(!folder.text.endsWith(".pdf"), folder.text)
            choose("pdf")
            compare(folder.text, "/tmp/druk/Trendweb-2025.pdf")
            dialog.close()
        }
    }
}
