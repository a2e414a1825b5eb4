import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

// DE LIJST: the lemmas alphabetically, with letter, status and problems,
// filtered as you type.
Pane {
    id: pane
    readonly property alias listView: list

    property var lemmas: null
    signal activated(int row) // the lemma's row in letter order

    padding: 0

    LemmaListFilter {
        id: filter
        lemmas: pane.lemmas
        search: search.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: search
            objectName: "lemmaSearch"
            Accessible.name: qsTr("Zoeken in DE LIJST")
            Layout.fillWidth: true
            Layout.margins: 6
            placeholderText: qsTr("Zoeken in DE LIJST…")
            Keys.onDownPressed: list.forceActiveFocus()
        }

        ListView {
            id: list
            objectName: "lemmaIndexView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filter
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar {}
            delegate: LemmaDelegate {
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                keyboardCurrent: ListView.isCurrentItem && ListView.view.activeFocus
                // The list takes the focus, so that the arrow keys go on from the click.
                onClicked: {
                    ListView.view.currentIndex = index
                    ListView.view.forceActiveFocus()
                    pane.activated(filter.sourceRow(index))
                }
            }
            Keys.onReturnPressed: if (currentIndex >= 0) pane.activated(filter.sourceRow(currentIndex))
        }
    }
}
