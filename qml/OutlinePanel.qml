import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

// Overzicht: the headings and figures of the open lemma. Tab comes in on the part the
// cursor is in; the arrow keys move, Enter (or a click) puts the cursor on that heading
// in the text and the keyboard back in the text.
Pane {
    id: panel

    // The editor's text document, followed a moment after typing stops.
    property var textDocument: null
    property int cursorPosition: 0
    signal jumpRequested(int position)

    padding: 0

    function focusList() {
        list.forceActiveFocus(Qt.TabFocusReason)
    }

    OutlineModel {
        id: outlineModel
        textDocument: panel.textDocument
    }

    ListView {
        id: list
        objectName: "outlineList"
        anchors.fill: parent
        anchors.margins: 4
        clip: true
        model: outlineModel
        activeFocusOnTab: true
        keyNavigationEnabled: true
        currentIndex: -1
        highlightMoveDuration: 0
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Overzicht van het lemma: koppen en figuren")
        // Coming in by keyboard: on the part the cursor is in.
        onActiveFocusChanged: {
            if (activeFocus && count > 0)
                currentIndex = Math.max(0, outlineModel.rowAt(panel.cursorPosition))
        }
        // Home and End: the first and the last part.
        Keys.onPressed: (event) => {
            if (count > 0 && (event.key === Qt.Key_Home || event.key === Qt.Key_End)) {
                currentIndex = event.key === Qt.Key_Home ? 0 : count - 1
                positionViewAtIndex(currentIndex, ListView.Contain)
                event.accepted = true
            }
        }
        Keys.onReturnPressed: if (currentIndex >= 0) panel.jumpRequested(outlineModel.position(currentIndex))
        Keys.onEnterPressed: if (currentIndex >= 0) panel.jumpRequested(outlineModel.position(currentIndex))
        Keys.onSpacePressed: if (currentIndex >= 0) panel.jumpRequested(outlineModel.position(currentIndex))

        delegate: ItemDelegate {
            id: row
            required property int index
            required property string title
            required property int level
            required property string kind
            required property int position
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            leftPadding: 8 + Math.max(0, level - 2) * 16
            text: title
            font.bold: kind === "heading" && level <= 2
            font.italic: kind === "figure"
            Accessible.name: kind === "figure" ? title : qsTr("Kop: %1").arg(title)
            Accessible.selectable: true
            Accessible.selected: highlighted
            onClicked: {
                list.currentIndex = index
                panel.jumpRequested(position)
            }
            contentItem: Label {
                text: row.text
                font: row.font
                elide: Text.ElideRight
                color: row.kind === "figure" ? "#4a4a4a" : palette.windowText
            }
            FocusRing { shown: row.highlighted && list.activeFocus }
        }

        Label {
            anchors.centerIn: parent
            width: parent.width - 24
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            visible: list.count === 0
            text: qsTr("Dit lemma heeft nog geen tussenkoppen of figuren.")
            opacity: 0.7
        }
    }
}
