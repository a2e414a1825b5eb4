import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The Markdown of the open lemma, with its letter and title above it.
Pane {
    id: editor

    property string letter: ""
    property string lemmaTitle: ""
    property string text: ""
    readonly property alias textArea: area
    signal textEdited(string text)

    function placeCursor(position) {
        area.cursorPosition = position
        area.forceActiveFocus()
    }

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            text: editor.letter !== "" ? qsTr("%1 · %2").arg(editor.letter).arg(editor.lemmaTitle)
                                       : qsTr("Geen lemma geopend")
            font.pointSize: Qt.application.font.pointSize * 1.3
            elide: Text.ElideRight
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            TextArea {
                id: area
                objectName: "lemmaTextArea"
                text: editor.text
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                selectByMouse: true
                persistentSelection: true
                font.pointSize: Math.max(Qt.application.font.pointSize, 11) * 1.1
                leftPadding: 16
                rightPadding: 16
                topPadding: 12
                Accessible.name: qsTr("Tekst van het lemma")
                onTextChanged: if (text !== editor.text) editor.textEdited(text)
            }
        }
    }
}
