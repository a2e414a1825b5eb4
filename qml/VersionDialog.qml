import QtQuick
import QtQuick.Controls

// A version of a lemma, read-only: for reading back, and for reviewers.
Dialog {
    id: dialog

    property string text: ""
    property string commitId: ""
    signal commentRequested(int start, int end, string quote)
    signal suggestionRequested(int start, int end, string quote)
    modal: true
    width: parent ? parent.width * 0.7 : 800
    height: parent ? parent.height * 0.8 : 600
    anchors.centerIn: parent

    footer: DialogButtonBox {
        Button {
            text: qsTr("Opmerking bij selectie")
            enabled: versionText.selectedText !== ""
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.commentRequested(versionText.selectionStart, versionText.selectionEnd,
                                               versionText.selectedText)
        }
        Button {
            text: qsTr("Voorstel bij selectie…")
            enabled: versionText.selectedText !== ""
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.suggestionRequested(versionText.selectionStart, versionText.selectionEnd,
                                                  versionText.selectedText)
        }
        Button {
            text: qsTr("Sluiten")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ScrollView {
        anchors.fill: parent
        FieldArea {
            id: versionText
            Accessible.name: qsTr("Tekst van deze versie")
            readOnly: true
            selectByMouse: true
            persistentSelection: true
            text: dialog.text
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
        }
    }
}
