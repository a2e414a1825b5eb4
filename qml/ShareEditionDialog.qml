import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Editie delen: the address of an EMPTY shared edition; this edition becomes the first
// that is in it. Refused, with the reason, when it already holds versions or when this
// edition is already shared.
Dialog {
    id: dialog

    property var share: null    // the ShareController
    property string root: ""    // the edition to share
    property string sharedUrl: "" // where it is shared already, if anywhere
    signal shareRequested(string url)

    function ask() {
        share.clearError()
        urlField.text = ""
        open()
        urlField.forceActiveFocus()
    }

    title: qsTr("Editie delen")
    modal: true
    anchors.centerIn: parent
    closePolicy: share && share.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    ColumnLayout {
        width: 520
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.sharedUrl !== ""
                  ? qsTr("Deze editie wordt al gedeeld, via %1. Ophalen en Versturen houden u en de anderen bij.").arg(dialog.sharedUrl)
                  : qsTr("Vraag de beheerder om een lege gedeelde editie en vul haar adres in. Deze editie " +
                         "wordt erheen verstuurd; daarna halen de anderen haar op met 'Gedeelde editie ophalen'.")
        }
        TextField {
            id: urlField
            objectName: "shareUrl"
            Accessible.name: qsTr("Adres van de lege gedeelde editie")
            Layout.fillWidth: true
            visible: dialog.sharedUrl === ""
            enabled: !dialog.share.busy
            placeholderText: qsTr("Adres van de lege gedeelde editie")
            Keys.onReturnPressed: dialog.shareRequested(urlField.text)
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: dialog.share.busy
            value: dialog.share.progress
            indeterminate: dialog.share.progress <= 0
        }
        Label {
            objectName: "shareError"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text !== ""
            color: "#b00020"
            text: dialog.share.errorMessage
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "shareButton"
            text: qsTr("Delen")
            visible: dialog.sharedUrl === ""
            enabled: !dialog.share.busy && urlField.text.trim() !== ""
            onClicked: dialog.shareRequested(urlField.text)
        }
        Button {
            text: dialog.share.busy ? qsTr("Stoppen") : qsTr("Sluiten")
            onClicked: dialog.share.busy ? dialog.share.cancel() : dialog.close()
        }
    }
}
