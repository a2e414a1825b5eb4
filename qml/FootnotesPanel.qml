import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Voetnoten: the lemma's notes in the order the reader numbers them, with their state;
// insert, edit, jump to a reference or to the note, delete with its references, and
// check the sources on the web.
Pane {
    id: panel

    property var outline: null
    property var editor: null       // the LemmaEditor: its text, its undo
    property var sourceCheck: null  // a SourceCheck, for the web addresses
    property string message: ""
    property string pendingFocus: "" // a new note's label: its field gets the focus
    signal backToText()

    readonly property var notes: outline ? outline.footnotes : []

    function stateText(state) {
        switch (state) {
        case "empty": return qsTr("nog te schrijven")
        case "unused": return qsTr("ongebruikt")
        case "undefined": return qsTr("geen tekst")
        default: return qsTr("in orde")
        }
    }

    // Ctrl+Alt+F: a note at the editor's cursor, the focus on its text here.
    function insertNote() {
        const area = editor.textArea
        const outcome = outline.insertFootnote(area.text, area.cursorPosition)
        message = editor.applyEdit(outcome)
        if (message === "") {
            pendingFocus = outcome.label
            focusPending()
        }
    }

    function focusPending() {
        for (let i = 0; i < notes.length; ++i) {
            if (notes[i].label === pendingFocus) {
                list.currentIndex = i
                list.positionViewAtIndex(i, ListView.Contain)
                const item = list.itemAtIndex(i)
                if (item) {
                    item.focusText()
                    pendingFocus = ""
                }
                return
            }
        }
    }

    function edit(label, text) {
        message = editor.applyEdit(outline.setFootnoteText(editor.textArea.text, label, text))
    }

    function remove(label) {
        const outcome = outline.deleteFootnote(editor.textArea.text, label)
        message = editor.applyEdit(outcome)
        if (message === "")
            message = qsTr("Voetnoot %1 en haar verwijzingen zijn verwijderd. Ctrl+Z in de tekst zet ze terug.").arg(label)
    }

    function showReference(label) {
        const positions = outline.referencePositions(editor.textArea.text, label)
        if (positions.length > 0)
            editor.placeCursor(positions[0])
    }

    function showNote(label) {
        const position = outline.definitionPosition(editor.textArea.text, label)
        if (position >= 0)
            editor.placeCursor(position)
    }

    Connections {
        target: panel.outline
        function onChanged() {
            if (panel.pendingFocus !== "")
                panel.focusPending()
        }
    }

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Flow {
            Layout.fillWidth: true
            Layout.margins: 6
            spacing: 6
            Button {
                objectName: "insertNote"
                text: qsTr("Voetnoot invoegen")
                enabled: panel.editor && panel.editor.enabled
                onClicked: panel.insertNote()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Een nieuwe voetnoot op de plaats van de cursor (Ctrl+Alt+F)")
            }
            Button {
                objectName: "checkSources"
                text: panel.sourceCheck && panel.sourceCheck.busy ? qsTr("Stoppen") : qsTr("Bronnen controleren")
                visible: panel.sourceCheck !== null
                enabled: panel.notes.length > 0
                onClicked: panel.sourceCheck.busy ? panel.sourceCheck.cancel()
                                                  : panel.sourceCheck.check(panel.outline.footnotes)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Controleer of de webadressen in de voetnoten nog werken")
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            Layout.rightMargin: 8
            objectName: "footnoteSummary"
            wrapMode: Text.Wrap
            text: {
                if (panel.notes.length === 0)
                    return qsTr("Dit lemma heeft geen voetnoten.")
                const open = panel.notes.filter(note => note.state !== "ok").length
                return open === 0 ? qsTr("%L1 voetnoten, alle in orde").arg(panel.notes.length)
                                  : qsTr("%L1 voetnoten, %L2 vragen aandacht").arg(panel.notes.length).arg(open)
            }
        }

        Label {
            objectName: "footnoteMessage"
            Layout.fillWidth: true
            Layout.margins: 8
            visible: panel.message !== ""
            text: panel.message
            wrapMode: Text.Wrap
            color: palette.highlight
        }

        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            visible: panel.sourceCheck !== null && panel.sourceCheck.status !== ""
            text: panel.sourceCheck ? panel.sourceCheck.status : ""
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "footnoteList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.notes
            spacing: 4
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                function focusText() { noteText.forceActiveFocus() }
                Accessible.name: qsTr("Voetnoot %1, %2").arg(modelData.number || modelData.label).arg(panel.stateText(modelData.state))
                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: row.modelData.number > 0 ? row.modelData.number : "–"
                            font.bold: true
                        }
                        Label {
                            text: qsTr("[^%1]").arg(row.modelData.label)
                            opacity: 0.6
                        }
                        Label {
                            objectName: "noteState"
                            Layout.fillWidth: true
                            text: panel.stateText(row.modelData.state)
                            color: row.modelData.state === "ok" ? palette.text : "#b35c00"
                            elide: Text.ElideRight
                        }
                        ToolButton {
                            text: "⤒"
                            enabled: row.modelData.referenceCount > 0
                            onClicked: panel.showReference(row.modelData.label)
                            Accessible.name: qsTr("Naar de verwijzing")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Naar de verwijzing in de tekst (Ctrl+Alt+G wisselt)")
                        }
                        ToolButton {
                            text: "⤓"
                            enabled: row.modelData.state !== "undefined"
                            onClicked: panel.showNote(row.modelData.label)
                            Accessible.name: qsTr("Naar de noot")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Naar de tekst van de noot")
                        }
                        ToolButton {
                            objectName: "deleteNote"
                            text: "✕"
                            onClicked: panel.remove(row.modelData.label)
                            Accessible.name: qsTr("Voetnoot verwijderen")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Verwijder de noot met al haar verwijzingen")
                        }
                    }
                    TextField {
                        id: noteText
                        objectName: "noteText"
                        Layout.fillWidth: true
                        visible: row.modelData.state !== "undefined"
                        text: row.modelData.text
                        placeholderText: qsTr("Auteur (jaar). Titel. Geraadpleegd op … <https://…>")
                        Accessible.name: qsTr("Tekst van voetnoot %1").arg(row.modelData.label)
                        onEditingFinished: if (text !== row.modelData.text) panel.edit(row.modelData.label, text)
                        onAccepted: panel.backToText()
                    }
                    Label {
                        objectName: "noteUrls"
                        Layout.fillWidth: true
                        visible: row.modelData.urls.length > 0
                        text: row.modelData.urls.join("\n")
                        elide: Text.ElideMiddle
                        opacity: 0.7
                        font.pointSize: Qt.application.font.pointSize * 0.9
                    }
                    Label {
                        objectName: "sourceResult"
                        Layout.fillWidth: true
                        readonly property var result: panel.sourceCheck ? panel.sourceCheck.results[row.modelData.label] : undefined
                        visible: result !== undefined
                        text: result ? result.summary : ""
                        color: result && !result.ok ? "#b00020" : palette.text
                        wrapMode: Text.Wrap
                        font.pointSize: Qt.application.font.pointSize * 0.9
                    }
                }
            }
        }
    }
}
