import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A new comment on the selected passage.
Dialog {
    id: dialog

    property string quote: ""
    // Whose comment this is: shown, so nobody comments under a name that is not theirs.
    property string author: ""
    signal commented(string message)

    title: qsTr("Opmerking")
    modal: true
    anchors.centerIn: parent
    standardButtons: Dialog.Ok | Dialog.Cancel
    DialogButtonTexts { dialog: dialog }
    onOpened: message.forceActiveFocus()

    ColumnLayout {
        width: 460
        Label {
            Layout.fillWidth: true
            text: "“" + dialog.quote + "”"
            font.italic: true
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
        }
        Label {
            objectName: "commentAuthor"
            Layout.fillWidth: true
            elide: Text.ElideRight
            opacity: 0.8
            text: qsTr("Opmerking van %1").arg(dialog.author)
        }
        FieldArea {
            id: message
            objectName: "commentMessage"
            Layout.fillWidth: true
            Layout.preferredHeight: 100
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Uw opmerking")
        }
    }
    onAccepted: {
        if (message.text.trim() !== "")
            dialog.commented(message.text)
        message.text = ""
    }
}
