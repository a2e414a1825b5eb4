import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Lees meer over: the lemma's "Klik hier en lees meer over" list — add with a title
// that completes, remove, reorder — and the lemmas that link here.
Pane {
    id: panel

    property var outline: null
    property var editor: null
    property string message: ""
    signal lemmaRequested(string slug)

    function apply(outcome) {
        message = editor.applyEdit(outcome)
    }
    function add(slug) { apply(outline.addRelated(editor.textArea.text, slug)) }
    function remove(slug) { apply(outline.removeRelated(editor.textArea.text, slug)) }
    function move(slug, step) {
        apply(outline.moveRelated(editor.textArea.text, slug, step))
        if (message === "")
            relatedList.currentIndex = Math.max(0, relatedList.currentIndex + step)
    }

    padding: 0

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 4

            Label {
                Layout.margins: 8
                Layout.bottomMargin: 0
                text: qsTr("Klik hier en lees meer over")
                font.bold: true
            }

            LemmaPicker {
                id: picker
                objectName: "relatedPicker"
                Layout.fillWidth: true
                Layout.leftMargin: 8
                Layout.rightMargin: 8
                outline: panel.outline
                enabled: panel.editor && panel.editor.enabled
                placeholderText: qsTr("Lemma toevoegen: typ een deel van de titel")
                onChosen: (slug) => panel.add(slug)
            }

            Label {
                objectName: "relatedMessage"
                Layout.fillWidth: true
                Layout.margins: 8
                visible: panel.message !== ""
                text: panel.message
                wrapMode: Text.Wrap
                color: palette.highlight
            }

            ListView {
                id: relatedList
                objectName: "relatedList"
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                interactive: false
                model: panel.outline ? panel.outline.related : []
                activeFocusOnTab: true
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                Keys.onPressed: (event) => {
                    const item = model[currentIndex]
                    if (!item)
                        return
                    if (event.modifiers & Qt.AltModifier && (event.key === Qt.Key_Up || event.key === Qt.Key_Down)) {
                        panel.move(item.slug, event.key === Qt.Key_Up ? -1 : 1)
                        event.accepted = true
                    } else if (event.key === Qt.Key_Delete) {
                        panel.remove(item.slug)
                        event.accepted = true
                    }
                }
                delegate: ItemDelegate {
                    id: row
                    required property var modelData
                    required property int index
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem && relatedList.activeFocus
                    onClicked: relatedList.currentIndex = index
                    onDoubleClicked: panel.lemmaRequested(modelData.slug)
                    Accessible.name: modelData.title
                    contentItem: RowLayout {
                        Label {
                            Layout.preferredWidth: 22
                            text: row.modelData.letter
                            font.bold: true
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.modelData.exists ? row.modelData.title
                                                       : qsTr("%1 (bestaat niet)").arg(row.modelData.slug)
                            color: row.modelData.exists ? palette.text : "#b00020"
                            elide: Text.ElideRight
                        }
                        ToolButton {
                            text: "↑"
                            enabled: row.index > 0
                            onClicked: panel.move(row.modelData.slug, -1)
                            Accessible.name: qsTr("Omhoog")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Eén plaats hoger (Alt+↑)")
                        }
                        ToolButton {
                            text: "↓"
                            enabled: row.index < relatedList.count - 1
                            onClicked: panel.move(row.modelData.slug, 1)
                            Accessible.name: qsTr("Omlaag")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Eén plaats lager (Alt+↓)")
                        }
                        ToolButton {
                            objectName: "removeRelated"
                            text: "✕"
                            onClicked: panel.remove(row.modelData.slug)
                            Accessible.name: qsTr("Uit de lijst halen")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Uit de lijst halen (Delete)")
                        }
                    }
                }
            }

            Label {
                Layout.margins: 8
                Layout.bottomMargin: 0
                text: qsTr("Gelinkt vanuit")
                font.bold: true
            }
            Label {
                Layout.leftMargin: 8
                visible: backlinkList.count === 0
                text: qsTr("Geen ander lemma linkt hierheen.")
                opacity: 0.7
            }
            ListView {
                id: backlinkList
                objectName: "backlinkList"
                Layout.fillWidth: true
                Layout.preferredHeight: contentHeight
                interactive: false
                model: panel.outline ? panel.outline.backlinks : []
                delegate: ItemDelegate {
                    required property var modelData
                    width: ListView.view.width
                    text: modelData.letter + " · " + modelData.title
                    onClicked: panel.lemmaRequested(modelData.slug)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Open dit lemma")
                }
            }
        }
    }
}
