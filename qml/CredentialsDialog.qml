import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// User name and token for a shared edition over HTTPS; used for this session only.
Dialog {
    id: dialog

    property string url: ""
    signal provided(string user, string token)

    function ask(url) {
        dialog.url = url
        open()
    }

    title: qsTr("Inloggen bij de gedeelde editie")
    modal: true
    anchors.centerIn: parent
    standardButtons: Dialog.Ok | Dialog.Cancel

    ColumnLayout {
        Label {
            Layout.maximumWidth: 420
            wrapMode: Text.Wrap
            text: qsTr("%1 vraagt om een gebruikersnaam en token. Ze worden niet bewaard.").arg(dialog.url)
        }
        TextField { id: user; Layout.fillWidth: true; placeholderText: qsTr("Gebruikersnaam") }
        TextField { id: token; Layout.fillWidth: true; placeholderText: qsTr("Token"); echoMode: TextInput.Password }
    }
    onAccepted: {
        dialog.provided(user.text, token.text)
        token.text = ""
    }
}
