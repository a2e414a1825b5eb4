import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// Gedeelde editie ophalen: the address of the shared edition and the new folder it goes
// into (in Documents, named after the address, unless the author picks another), with
// progress and Stoppen. A stopped or failed fetch leaves no folder behind.
Dialog {
    id: dialog

    property var share: null // the ShareController
    property bool folderChosen: false // the author picked the folder: the address no longer names it
    readonly property alias url: urlField.text
    readonly property alias folder: folderField.text

    function ask() {
        share.clearError()
        folderChosen = false
        urlField.text = ""
        folderField.text = ""
        open()
        urlField.forceActiveFocus()
    }

    function fetch() {
        share.fetch(urlField.text, folderField.text)
    }

    title: qsTr("Gedeelde editie ophalen")
    modal: true
    anchors.centerIn: parent
    closePolicy: share && share.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    ColumnLayout {
        width: 520
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Het adres van de gedeelde editie krijgt u van de beheerder (https://…, " +
                       "ssh://… of een map).")
        }
        TextField {
            id: urlField
            objectName: "sharedUrl"
            Accessible.name: placeholderText
            Layout.fillWidth: true
            placeholderText: qsTr("Adres van de gedeelde editie")
            enabled: !dialog.share.busy
            onTextEdited: if (!dialog.folderChosen) folderField.text = text.trim() !== "" ? dialog.share.suggestedFolder(text) : ""
            Keys.onReturnPressed: dialog.fetch()
        }
        Label { text: qsTr("In deze nieuwe map:") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: folderField
                objectName: "sharedFolder"
                Accessible.name: qsTr("Nieuwe map voor de editie")
                Layout.fillWidth: true
                enabled: !dialog.share.busy
                onTextEdited: dialog.folderChosen = true
            }
            Button {
                text: qsTr("Kies…")
                enabled: !dialog.share.busy
                onClicked: folderDialog.open()
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: dialog.share.busy
            value: dialog.share.progress
            indeterminate: dialog.share.progress <= 0
        }
        Label {
            objectName: "fetchError"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: text !== ""
            color: "#b00020"
            text: dialog.share.errorMessage
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "fetchButton"
            text: qsTr("Ophalen")
            enabled: !dialog.share.busy && urlField.text.trim() !== "" && folderField.text.trim() !== ""
            onClicked: dialog.fetch()
        }
        Button {
            objectName: "stopFetch"
            text: dialog.share.busy ? qsTr("Stoppen") : qsTr("Annuleren")
            onClicked: dialog.share.busy ? dialog.share.cancel() : dialog.close()
        }
    }

    // The folder it goes in: a new folder named after the address, inside the chosen one.
    FolderDialog {
        id: folderDialog
        title: qsTr("Map kiezen voor de gedeelde editie")
        parentWindow: dialog.contentItem ? dialog.contentItem.Window.window : null
        currentFolder: dialog.share.documentsFolder()
        acceptLabel: qsTr("Kiezen")
        rejectLabel: qsTr("Annuleren")
        onAccepted: {
            const parent = dialog.share.localPath(selectedFolder.toString())
            const name = urlField.text.trim() !== "" ? dialog.share.suggestedFolder(urlField.text).split("/").pop() : "editie"
            folderField.text = parent + "/" + name
            dialog.folderChosen = true
        }
    }
}
