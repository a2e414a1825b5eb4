import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The lemmas of the edition in letter order. Arrow keys move, Enter opens.
Pane {
    id: pane
    readonly property alias listView: list

    property alias model: list.model
    property alias currentIndex: list.currentIndex
    // The open lemma's row, whose letter and title follow the text as it is checked.
    readonly property alias currentItem: list.currentItem
    property bool loading: false
    signal activated(int row)
    signal confirmed() // Enter or a click: this is the lemma the author wanted
    signal moveRequested(int row, int step) // Alt+↑ / Alt+↓: the lemma one place up or down

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            text: qsTr("Lemma's")
            font.bold: true
        }

        ListView {
            id: list
            objectName: "lemmaListView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            focus: true
            keyNavigationEnabled: true
            currentIndex: -1
            activeFocusOnTab: true
            ScrollBar.vertical: ScrollBar {}

            delegate: LemmaDelegate {
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus
                // The list takes the focus, so that the arrow keys go on from the click.
                onClicked: {
                    list.forceActiveFocus()
                    pane.activated(index)
                    pane.confirmed()
                }
            }

            Keys.onReturnPressed: {
                pane.activated(currentIndex)
                pane.confirmed()
            }
            Keys.onUpPressed: (event) => {
                if (event.modifiers & Qt.AltModifier)
                    pane.moveRequested(currentIndex, -1)
                else if (currentIndex > 0)
                    pane.activated(currentIndex - 1)
            }
            Keys.onDownPressed: (event) => {
                if (event.modifiers & Qt.AltModifier)
                    pane.moveRequested(currentIndex, 1)
                else if (currentIndex < count - 1)
                    pane.activated(currentIndex + 1)
            }

            BusyIndicator {
                anchors.centerIn: parent
                running: pane.loading
                visible: running
            }
        }
    }
}
