import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// The question at start about text that was not saved: Enter recovers, the other
// button throws away; by keyboard alone.
Item {
    id: root
    width: 800
    height: 600

    RecoveryDialog {
        id: dialog
    }

    SignalSpy { id: recovered; target: dialog; signalName: "recoverRequested" }
    SignalSpy { id: discarded; target: dialog; signalName: "discardRequested" }

    TestCase {
        name: "RecoveryDialog"
        when: windowShown

        function init() {
            recovered.clear()
            discarded.clear()
        }

        function test_enterRecovers() {
            dialog.offer({ filePath: "/e/lemmas/a.md", path: "lemmas/a.md", written: "28-11-2026 02:00", text: "Tekst" }, "Ambt onder druk")
            tryCompare(dialog, "opened", true)
            tryVerify(() => findChild(dialog.footer, "recoverButton").activeFocus)
            keyClick(Qt.Key_Return)
            compare(recovered.count, 1)
            compare(recovered.signalArguments[0][0].path, "lemmas/a.md")
            tryCompare(dialog, "opened", false)
            compare(discarded.count, 0)
        }

        function test_tabToDiscard() {
            dialog.offer({ filePath: "/e/lemmas/b.md", path: "lemmas/b.md", written: "28-11-2026 02:00", text: "Tekst" }, "")
            tryCompare(dialog, "opened", true)
            tryVerify(() => findChild(dialog.footer, "recoverButton").activeFocus)
            keyClick(Qt.Key_Tab)
            verify(findChild(dialog.footer, "discardRecoveredButton").activeFocus)
            keyClick(Qt.Key_Space)
            compare(discarded.count, 1)
            compare(recovered.count, 0)
            tryCompare(dialog, "opened", false)
        }

        function test_escapeDoesNotThrowAway() {
            dialog.offer({ filePath: "/e/lemmas/c.md", path: "lemmas/c.md", written: "28-11-2026 02:00", text: "Tekst" }, "")
            tryCompare(dialog, "opened", true)
            keyClick(Qt.Key_Escape)
            verify(dialog.opened)
            compare(discarded.count, 0)
            dialog.close()
        }
    }
}
