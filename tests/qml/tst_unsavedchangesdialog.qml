import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// Before the editor moves away from unsaved work, the author chooses.
Item {
    id: root
    width: 600
    height: 400

    property int continued: 0
    property int saves: 0
    property bool unsaved: true
    property bool saveSucceeds: true

    UnsavedChangesDialog {
        id: dialog
        canContinue: !root.unsaved
        onSaveRequested: {
            root.saves++
            if (root.saveSucceeds)
                root.unsaved = false
        }
    }

    function button(text) {
        const box = dialog.footer
        for (let i = 0; i < box.contentChildren.length; ++i) {
            if (box.contentChildren[i].text === text)
                return box.contentChildren[i]
        }
        return null
    }

    TestCase {
        name: "UnsavedChangesDialog"
        when: windowShown

        function init() {
            root.continued = 0
            root.saves = 0
            root.unsaved = true
            root.saveSucceeds = true
        }

        function test_saveThenContinue() {
            dialog.ask(function() { root.continued++ })
            tryCompare(dialog, "opened", true)
            mouseClick(button("Opslaan"))
            compare(root.saves, 1)
            compare(root.continued, 1)
            tryCompare(dialog, "visible", false)
        }

        function test_discardContinuesWithoutSaving() {
            dialog.ask(function() { root.continued++ })
            tryCompare(dialog, "opened", true)
            mouseClick(button("Niet opslaan"))
            compare(root.saves, 0)
            compare(root.continued, 1)
        }

        function test_cancelStays() {
            dialog.ask(function() { root.continued++ })
            tryCompare(dialog, "opened", true)
            mouseClick(button("Annuleren"))
            compare(root.continued, 0)
            tryCompare(dialog, "visible", false)
        }

        function test_failedSaveDoesNotContinue() {
            // A save that leaves the text unsaved (a full disk) must not move on.
            root.saveSucceeds = false
            dialog.ask(function() { root.continued++ })
            tryCompare(dialog, "opened", true)
            mouseClick(button("Opslaan"))
            compare(root.saves, 1)
            compare(root.continued, 0)
            tryCompare(dialog, "visible", false)
        }
    }
}
