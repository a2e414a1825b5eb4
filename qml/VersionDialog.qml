import QtQuick
import QtQuick.Controls

// A version of a lemma, read-only: for reading back, and for reviewers.
Dialog {
    id: dialog

    property string text: ""
    modal: true
    standardButtons: Dialog.Close
    width: parent ? parent.width * 0.7 : 800
    height: parent ? parent.height * 0.8 : 600
    anchors.centerIn: parent

    ScrollView {
        anchors.fill: parent
        TextArea {
            readOnly: true
            text: dialog.text
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
        }
    }
}
