import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Figuren: the lemma's figures ("Figuur N" in the order of the text), added, edited,
// removed and moved in its front matter, and placed in the text at the cursor with a
// marker line "[[figuur: id]]"; images are copied into figures/<slug>/.
Pane {
    id: panel

    property var outline: null
    property var editor: null
    property string message: ""
    readonly property alias dialog: figureDialog

    function apply(outcome) {
        message = editor.applyEdit(outcome)
        return message
    }
    // The figure's marker after the paragraph at the cursor: one edit, undone with Ctrl+Z.
    function place(id) {
        const area = editor.textArea
        return apply(outline.placeFigure(area.text, area.cursorPosition, id))
    }
    function save(index, figure) {
        const outcome = outline.saveFigure(editor.textArea.text, index, figure)
        return outcome.error ? outcome.error : apply(outcome)
    }

    padding: 0

    FigureDialog {
        id: figureDialog
        objectName: "figureDialog"
        parent: Overlay.overlay
        save: panel.save
        footnotes: panel.outline ? panel.outline.footnotes : []
        copyImage: (file) => panel.outline.copyImage(file)
        discardImage: (path) => panel.outline.discardImage(path)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Button {
            objectName: "addFigure"
            Layout.margins: 6
            text: qsTr("Figuur toevoegen…")
            enabled: panel.editor && panel.editor.enabled
            onClicked: figureDialog.edit(-1, null)
        }

        Label {
            objectName: "figureMessage"
            Layout.fillWidth: true
            Layout.margins: 8
            visible: panel.message !== ""
            text: panel.message
            wrapMode: Text.Wrap
            color: palette.highlight
        }

        Label {
            Layout.margins: 8
            visible: figureList.count === 0
            text: qsTr("Dit lemma heeft geen figuren.")
            opacity: 0.7
        }

        ListView {
            id: figureList
            objectName: "figureList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.outline ? panel.outline.figures : []
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            Keys.onPressed: (event) => {
                if (currentIndex < 0)
                    return
                if (event.modifiers & Qt.AltModifier && (event.key === Qt.Key_Up || event.key === Qt.Key_Down)) {
                    const step = event.key === Qt.Key_Up ? -1 : 1
                    if (panel.apply(panel.outline.moveFigure(panel.editor.textArea.text, currentIndex, step)) === "")
                        currentIndex += step
                    event.accepted = true
                } else if (event.key === Qt.Key_Delete) {
                    panel.apply(panel.outline.removeFigure(panel.editor.textArea.text, currentIndex))
                    event.accepted = true
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    figureDialog.edit(currentIndex, model[currentIndex])
                    event.accepted = true
                }
            }

            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem && figureList.activeFocus
                onClicked: figureList.currentIndex = index
                onDoubleClicked: figureDialog.edit(index, modelData)
                Accessible.name: modelData.number > 0
                                 ? qsTr("Figuur %1: %2").arg(modelData.number).arg(modelData.caption)
                                 : modelData.caption
                contentItem: RowLayout {
                    Image {
                        Layout.preferredWidth: 48
                        Layout.preferredHeight: 36
                        visible: row.modelData.image !== ""
                        source: row.modelData.image !== "" && panel.outline && panel.outline.edition
                                ? "file://" + panel.outline.edition.absolutePath(row.modelData.image) : ""
                        fillMode: Image.PreserveAspectFit
                        asynchronous: true
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: row.modelData.number > 0
                                  ? qsTr("Figuur %1: %2").arg(row.modelData.number).arg(row.modelData.caption)
                                  : row.modelData.caption
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: !row.modelData.placed
                            text: qsTr("staat nog niet in de tekst")
                            color: "#8a5a00"
                            font.italic: true
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.modelData.source !== "" ? qsTr("Bron: %1").arg(row.modelData.source)
                                  : row.modelData.note !== "" ? qsTr("Bron in voetnoot %1").arg(row.modelData.note)
                                  : qsTr("zonder bron")
                            opacity: 0.7
                            elide: Text.ElideRight
                        }
                    }
                    ToolButton {
                        objectName: "placeFigure"
                        text: "¶"
                        enabled: panel.editor && panel.editor.enabled
                        onClicked: panel.place(row.modelData.id)
                        Accessible.name: qsTr("In de tekst plaatsen bij de cursor")
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                    }
                    ToolButton {
                        text: "↑"
                        enabled: row.index > 0
                        onClicked: panel.apply(panel.outline.moveFigure(panel.editor.textArea.text, row.index, -1))
                        Accessible.name: qsTr("Omhoog")
                    }
                    ToolButton {
                        text: "↓"
                        enabled: row.index < figureList.count - 1
                        onClicked: panel.apply(panel.outline.moveFigure(panel.editor.textArea.text, row.index, 1))
                        Accessible.name: qsTr("Omlaag")
                    }
                    ToolButton {
                        text: "✎"
                        onClicked: figureDialog.edit(row.index, row.modelData)
                        Accessible.name: qsTr("Bewerken")
                    }
                    ToolButton {
                        objectName: "removeFigure"
                        text: "✕"
                        onClicked: panel.apply(panel.outline.removeFigure(panel.editor.textArea.text, row.index))
                        Accessible.name: qsTr("Figuur verwijderen")
                    }
                }
            }
        }
    }
}
