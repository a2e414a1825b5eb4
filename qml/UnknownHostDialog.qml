import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A server we have not met: its fingerprint, to check with whoever runs it.
Dialog {
    id: dialog

    property string host: ""
    property string fingerprint: ""
    signal trusted(string fingerprint)

    function ask(host, fingerprint) {
        dialog.host = host
        dialog.fingerprint = fingerprint
        open()
    }

    title: qsTr("Onbekende server")
    modal: true
    anchors.centerIn: parent
    standardButtons: Dialog.Yes | Dialog.No
    DialogButtonTexts { dialog: dialog }

    ColumnLayout {
        Label {
            Layout.maximumWidth: 480
            wrapMode: Text.Wrap
            text: qsTr("De server %1 is nog niet eerder gebruikt. Vergelijk deze vingerafdruk met " +
                       "wat de beheerder u gaf, en vertrouw hem alleen als ze gelijk zijn:").arg(dialog.host)
        }
        TextField {
            Layout.fillWidth: true
            readOnly: true
            Accessible.name: qsTr("Vingerafdruk van de server")
            text: dialog.fingerprint
        }
    }
    onAccepted: dialog.trusted(dialog.fingerprint)
}
