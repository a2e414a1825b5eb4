import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

// The Markdown of the open lemma, with its letter and title above it.
Pane {
    id: editor

    property string letter: ""
    property string lemmaTitle: ""
    property string text: ""
    property string editionRoot: ""
    property var commentMarks: []
    readonly property alias textArea: area
    readonly property alias spelling: spelling
    signal textEdited(string text)

    function openSpellingMenu(position) {
        spellingMenu.openFor(spelling.wordAt(position))
    }

    // The status in the front matter: draft, review or final ("" when there is none).
    readonly property string status: {
        const front = /^---\n([\s\S]*?)\n---/.exec(area.text)
        const line = front ? /^status:\s*["']?(\w+)["']?\s*$/m.exec(front[1]) : null
        return line ? line[1] : ""
    }

    // Sets the status in the text itself, so Ctrl+Z takes it back like any edit.
    function setStatus(value) {
        const front = /^---\n([\s\S]*?)\n---/.exec(area.text)
        if (!front || value === status)
            return
        const line = /^status:.*$/m.exec(front[1])
        if (line) {
            const start = 4 + line.index
            area.remove(start, start + line[0].length)
            area.insert(start, "status: " + value)
        } else {
            area.insert(4, "status: " + value + "\n")
        }
    }

    function placeCursor(position) {
        area.cursorPosition = position
        area.forceActiveFocus()
    }

    padding: 0

    SpellChecker {
        id: spelling
        textDocument: area.textDocument
        editionRoot: editor.editionRoot
        commentMarks: editor.commentMarks
    }

    SpellingMenu {
        id: spellingMenu
        spelling: spelling
        onReplaceRequested: (start, length, replacement) => {
            area.remove(start, start + length)
            area.insert(start, replacement)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8

            Label {
                Layout.fillWidth: true
                text: editor.letter !== "" ? qsTr("%1 · %2").arg(editor.letter).arg(editor.lemmaTitle)
                                           : qsTr("Geen lemma geopend")
                font.pointSize: Qt.application.font.pointSize * 1.3
                elide: Text.ElideRight
            }
            ComboBox {
                id: statusBox
                objectName: "statusBox"
                visible: editor.letter !== ""
                textRole: "label"
                valueRole: "value"
                model: [
                    { value: "draft", label: qsTr("concept") },
                    { value: "review", label: qsTr("review") },
                    { value: "final", label: qsTr("definitief") }
                ]
                onActivated: editor.setStatus(currentValue)
                // Follows the text (typing, undo, another lemma), whatever was chosen last.
                function follow() { currentIndex = indexOfValue(editor.status) }
                Component.onCompleted: follow()
                Connections {
                    target: editor
                    function onStatusChanged() { statusBox.follow() }
                }
                Accessible.name: qsTr("Status van het lemma")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Status: concept, review of definitief")
            }
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

                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: (eventPoint) => {
                        const position = area.positionAt(eventPoint.position.x, eventPoint.position.y)
                        area.cursorPosition = position
                        editor.openSpellingMenu(position)
                    }
                }
                Keys.onMenuPressed: editor.openSpellingMenu(area.cursorPosition)
                Shortcut {
                    sequence: "Shift+F10"
                    enabled: area.activeFocus
                    onActivated: editor.openSpellingMenu(area.cursorPosition)
                }
            }
        }
    }
}
