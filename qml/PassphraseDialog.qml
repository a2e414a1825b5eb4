import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The passphrase of an SSH key protected by one; kept in memory for this session only.
Dialog {
    id: dialog

    property string keyFile: ""
    signal provided(string keyFile, string passphrase)

    function ask(keyFile) {
        dialog.keyFile = keyFile
        passphrase.text = ""
        open()
        passphrase.forceActiveFocus()
    }

    title: qsTr("Wachtwoordzin van uw sleutel")
    modal: true
    anchors.centerIn: parent
    standardButtons: Dialog.Ok | Dialog.Cancel
    DialogButtonTexts { dialog: dialog }

    ColumnLayout {
        Label {
            Layout.maximumWidth: 420
            wrapMode: Text.Wrap
            text: qsTr("Uw SSH-sleutel %1 is beveiligd met een wachtwoordzin. Geef die om verder te gaan; hij wordt niet bewaard.").arg(dialog.keyFile)
        }
        TextField {
            id: passphrase
            objectName: "passphraseField"
            Layout.fillWidth: true
            placeholderText: qsTr("Wachtwoordzin")
            echoMode: TextInput.Password
            onAccepted: dialog.accept()
        }
    }
    onAccepted: {
        dialog.provided(dialog.keyFile, passphrase.text)
        passphrase.text = ""
    }
    onRejected: passphrase.text = ""
}
