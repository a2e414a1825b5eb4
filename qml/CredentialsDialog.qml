import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// User name and token for a shared edition over HTTPS. With Onthouden (the default) they are
// kept in the desktop's keyring once the server accepted them; never in a file.
Dialog {
    id: dialog

    property string url: ""
    signal provided(string user, string token, bool remember)

    function ask(url) {
        dialog.url = url
        open()
    }

    title: qsTr("Inloggen bij de gedeelde editie")
    modal: true
    anchors.centerIn: parent
    standardButtons: Dialog.Ok | Dialog.Cancel
    DialogButtonTexts { dialog: dialog }

    ColumnLayout {
        Label {
            Layout.maximumWidth: 420
            wrapMode: Text.Wrap
            text: qsTr("%1 vraagt om een gebruikersnaam en token.").arg(dialog.url)
        }
        TextField { id: user; Layout.fillWidth: true; placeholderText: qsTr("Gebruikersnaam"); Accessible.name: placeholderText }
        TextField { id: token; Layout.fillWidth: true; placeholderText: qsTr("Token"); echoMode: TextInput.Password; Accessible.name: placeholderText }
        CheckBox {
            id: remember
            objectName: "rememberCheckBox"
            checked: true
            text: qsTr("Onthouden (in de sleutelbos van deze computer)")
        }
    }
    onAccepted: {
        dialog.provided(user.text, token.text, remember.checked)
        token.text = ""
    }
}
