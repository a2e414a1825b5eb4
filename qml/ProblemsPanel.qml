import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Problemen: the problems of the open lemma or of the whole edition, updated
// while typing. Choosing one puts the cursor on it.
Pane {
    id: panel

    property var model: null
    property string currentFile: ""
    property bool wholeEdition: false
    signal problemChosen(string file, int line, int column)

    padding: 0

    Binding {
        target: panel.model
        property: "fileFilter"
        value: panel.wholeEdition ? "" : panel.currentFile
        when: panel.model !== null
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 6

            RadioButton {
                objectName: "thisLemma"
                text: qsTr("Dit lemma")
                checked: !panel.wholeEdition
                onToggled: panel.wholeEdition = !checked
            }
            RadioButton {
                objectName: "wholeEdition"
                text: qsTr("Hele editie")
                checked: panel.wholeEdition
                onToggled: panel.wholeEdition = checked
            }
        }

        ListView {
            id: list
            objectName: "problemList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.model
            activeFocusOnTab: true
            keyNavigationEnabled: true
            ScrollBar.vertical: ScrollBar {}

            delegate: ProblemDelegate {
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: {
                    list.currentIndex = index
                    panel.problemChosen(file, line, column)
                }
            }

            Keys.onReturnPressed: {
                if (currentItem)
                    panel.problemChosen(currentItem.file, currentItem.line, currentItem.column)
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Geen problemen")
                opacity: 0.6
            }
        }
    }
}
