import QtQuick
import QtTest
import Trendweb.Studio

// The status box above the editor: it shows the front matter's status and changes
// it in the text, so one Ctrl+Z takes the change back.
Item {
    id: root
    width: 800
    height: 600

    LemmaEditor {
        id: editor
        anchors.fill: parent
        letter: "A"
        lemmaTitle: "Proef"
    }

    TestCase {
        name: "LemmaStatus"
        when: windowShown

        function choose(index) {
            const box = findChild(editor, "statusBox")
            box.currentIndex = index
            box.activated(index)
        }

        function test_choosingAStatusEditsTheFrontMatter() {
            editor.text = "---\ntitle: Proef\nstatus: draft\nrelated: []\n---\nTekst.\n"
            compare(editor.status, "draft")
            compare(findChild(editor, "statusBox").currentText, "concept")
            choose(1)
            compare(editor.textArea.text, "---\ntitle: Proef\nstatus: review\nrelated: []\n---\nTekst.\n")
            compare(editor.status, "review")
            compare(findChild(editor, "statusBox").currentValue, "review")
            editor.textArea.undo() // one step, like any other edit
            compare(editor.status, "draft")
            verify(editor.textArea.text.indexOf("status: draft\n") > 0)
        }

        function test_aMissingStatusIsAdded() {
            editor.text = "---\ntitle: Proef\n---\nTekst met status: draft erin.\n"
            compare(editor.status, "")
            choose(2)
            compare(editor.textArea.text, "---\nstatus: final\ntitle: Proef\n---\nTekst met status: draft erin.\n")
            compare(editor.status, "final")
        }

        function test_statusInQuotesAndCrlf() {
            editor.text = "---\r\ntitle: Proef\r\nstatus: \"review\"\r\n---\r\nTekst.\r\n"
            compare(editor.status, "review")
        }

        function test_aLemmaLinkEscapesItsLabel() {
            editor.text = "Zie hier."
            editor.textArea.cursorPosition = 0
            editor.insertLemmaLink("wonen", "Wonen [2025]")
            compare(editor.textArea.text, "[Wonen \\[2025\\]](wonen.md)Zie hier.")
            compare(editor.textArea.cursorPosition, 26)
            editor.textArea.select(26, 30)
            editor.insertLemmaLink("zorg", "")
            compare(editor.textArea.text, "[Wonen \\[2025\\]](wonen.md)[Zie ](zorg.md)hier.")
        }
    }
}
