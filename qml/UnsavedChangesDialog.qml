import QtQuick
import QtQuick.Controls

// Asks what to do with unsaved changes before the editor moves on.
Dialog {
    id: dialog

    property var continuation: null
    // False while the text is still unsaved, e.g. after a failed save.
    property bool canContinue: false
    signal saveRequested()

    function ask(next) {
        continuation = next
        open()
    }

    function proceed() {
        const next = continuation
        continuation = null
        close()
        if (next)
            next()
    }

    title: qsTr("Wijzigingen opslaan?")
    modal: true
    anchors.centerIn: parent

    Label {
        text: qsTr("Dit lemma heeft wijzigingen die nog niet zijn opgeslagen.")
        wrapMode: Text.WordWrap
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Opslaan")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: {
                dialog.saveRequested()
                if (dialog.canContinue)
                    dialog.proceed()
                else
                    dialog.close()
            }
        }
        Button {
            text: qsTr("Niet opslaan")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: dialog.proceed()
        }
        Button {
            text: qsTr("Annuleren")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: {
                dialog.continuation = null
                dialog.close()
            }
        }
    }
}
