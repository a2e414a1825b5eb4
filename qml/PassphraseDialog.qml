import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The passphrase of an SSH key protected by one; kept in the desktop's keyring once it proved
// right, so that it is asked only once. `problem` says why it is asked again.
Dialog {
    id: dialog

    property string keyFile: ""
    property string problem: ""
    signal provided(string keyFile, string passphrase)

    function ask(keyFile, problem) {
        dialog.keyFile = keyFile
        dialog.problem = problem || ""
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
            objectName: "passphraseProblem"
            Layout.maximumWidth: 420
            visible: dialog.problem !== ""
            wrapMode: Text.Wrap
            color: "#b00020"
            text: dialog.problem
        }
        Label {
            Layout.maximumWidth: 420
            wrapMode: Text.Wrap
            text: qsTr("Uw SSH-sleutel %1 is beveiligd met een wachtwoordzin. Geef die om verder te gaan; hij wordt bewaard in de sleutelbos van uw computer, zodat hij maar één keer gevraagd wordt.").arg(dialog.keyFile)
        }
        TextField {
            id: passphrase
            objectName: "passphraseField"
            Accessible.name: placeholderText
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
