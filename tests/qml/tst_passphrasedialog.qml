import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// A key protected by a passphrase: the dialog names the key, hides what is typed and
// hands the passphrase on once; closing it gives nothing.
Item {
    id: root
    width: 600
    height: 400

    property var given: []

    PassphraseDialog {
        id: dialog
        onProvided: (keyFile, passphrase) => root.given = root.given.concat([[keyFile, passphrase]])
    }

    function field() {
        return findChild(dialog.contentItem, "passphraseField")
    }

    function findChild(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findChild(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    TestCase {
        name: "PassphraseDialog"
        when: windowShown

        function init() {
            root.given = []
        }

        function test_typedPassphraseIsHandedOnForThatKey() {
            dialog.ask("/home/anna/.ssh/id_ed25519")
            tryCompare(dialog, "opened", true)
            compare(field().echoMode, TextInput.Password)
            tryCompare(field(), "activeFocus", true)
            keyClick(Qt.Key_G)
            keyClick(Qt.Key_E)
            keyClick(Qt.Key_Return)
            tryCompare(dialog, "visible", false)
            compare(root.given.length, 1)
            compare(root.given[0][0], "/home/anna/.ssh/id_ed25519")
            compare(root.given[0][1], "ge")
            compare(field().text, "") // not kept in the window
        }

        function test_aKeptPassphraseThatNoLongerFitsIsExplained() {
            dialog.ask("/home/anna/.ssh/id_ed25519")
            tryCompare(dialog, "opened", true)
            const problem = findChild(dialog.contentItem, "passphraseProblem")
            verify(!problem.visible, "the first time, nothing is wrong")
            dialog.reject()
            tryCompare(dialog, "visible", false)
            dialog.ask("/home/anna/.ssh/id_ed25519", "De opgeslagen wachtwoordzin klopt niet meer.")
            tryCompare(dialog, "opened", true)
            verify(problem.visible)
            compare(problem.text, "De opgeslagen wachtwoordzin klopt niet meer.")
            dialog.reject()
            tryCompare(dialog, "visible", false)
        }

        function test_closingGivesNothing() {
            dialog.ask("/home/anna/.ssh/id_ed25519")
            tryCompare(dialog, "opened", true)
            keyClick(Qt.Key_X)
            dialog.reject()
            tryCompare(dialog, "visible", false)
            compare(root.given.length, 0)
            compare(field().text, "")
        }
    }
}
