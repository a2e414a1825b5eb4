import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Eigenschappen: the title, the authors and the length target of the open lemma, edited
// here instead of in the front matter's YAML. Each change rewrites only its own line of
// the front matter (DocumentEditor), as one step Ctrl+Z takes back.
Pane {
    id: strip

    // The DocumentEditor of the open text.
    required property var documentEditor
    // The reason the last change was refused, "" when it was made.
    property string problem: ""

    function focusTitle() {
        titleField.forceActiveFocus()
        titleField.selectAll()
    }

    function apply(outcome) {
        problem = outcome
        sync()
    }

    // The fields show what the front matter holds now (after typing in the source, undo,
    // another lemma, or a refused change).
    function sync() {
        titleField.text = documentEditor.title
        authorsField.text = documentEditor.authors.join(", ")
        lengthField.text = documentEditor.lengthTarget > 0 ? String(documentEditor.lengthTarget) : ""
    }

    Component.onCompleted: sync()
    Connections {
        target: strip.documentEditor
        function onPropertiesChanged() {
            strip.problem = ""
            strip.sync()
        }
    }

    padding: 8
    background: Rectangle {
        color: strip.palette.alternateBase
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: strip.palette.mid
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        rowSpacing: 6

        Label {
            text: qsTr("Titel")
        }
        TextField {
            id: titleField
            objectName: "titleField"
            Layout.fillWidth: true
            selectByMouse: true
            Accessible.name: qsTr("Titel van het lemma")
            onEditingFinished: {
                if (text !== strip.documentEditor.title)
                    strip.apply(strip.documentEditor.setTitle(text))
            }
        }

        Label {
            text: qsTr("Auteurs")
        }
        TextField {
            id: authorsField
            objectName: "authorsField"
            Layout.fillWidth: true
            placeholderText: qsTr("Namen, gescheiden door komma's")
            selectByMouse: true
            Accessible.name: qsTr("Auteurs van het lemma")
            onEditingFinished: {
                const names = text.split(",").map(name => name.trim()).filter(name => name !== "")
                if (names.join(", ") !== strip.documentEditor.authors.join(", "))
                    strip.apply(strip.documentEditor.setAuthors(names))
            }
        }

        Label {
            text: qsTr("Lengte")
        }
        RowLayout {
            TextField {
                id: lengthField
                objectName: "lengthField"
                Layout.preferredWidth: 90
                placeholderText: qsTr("geen")
                validator: IntValidator { bottom: 0; top: 1000000 }
                inputMethodHints: Qt.ImhDigitsOnly
                selectByMouse: true
                Accessible.name: qsTr("Beoogde lengte in woorden")
                onEditingFinished: {
                    const words = text === "" ? 0 : parseInt(text, 10)
                    if (words !== strip.documentEditor.lengthTarget)
                        strip.apply(strip.documentEditor.setLengthTarget(words))
                }
            }
            Label {
                text: qsTr("woorden (leeg: geen doel)")
                opacity: 0.8
            }
        }

        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: strip.problem !== ""
            text: strip.problem
            color: "#b71c1c"
            wrapMode: Text.Wrap
        }
    }
}
