import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Problemen: the problems of the open lemma or of the whole edition, updated
// while typing, errors first. The footnotes still to be written (inherited from the
// template) are one row that opens into the list of them. Choosing one puts the cursor on it.
Pane {
    id: panel

    property var model: null
    property string currentFile: ""
    property bool wholeEdition: false
    // The problems in the chosen scope (Dit lemma / Hele editie), for the tab's label.
    readonly property int count: model ? model.problemCount : 0
    readonly property int errorCount: model ? model.errorCount : 0
    // The group of the footnotes still to be written is open.
    property alias inheritedExpanded: expandedBinding.value
    signal problemChosen(string file, int line, int column)

    padding: 0

    Binding {
        target: panel.model
        property: "fileFilter"
        value: panel.wholeEdition ? "" : panel.currentFile
        when: panel.model !== null
    }
    Binding {
        id: expandedBinding
        target: panel.model
        property: "inheritedExpanded"
        value: false
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
                keyboardCurrent: ListView.isCurrentItem && list.activeFocus
                expanded: panel.inheritedExpanded
                onClicked: {
                    list.currentIndex = index
                    activate()
                }
                function activate() {
                    if (kind === "group")
                        panel.inheritedExpanded = !panel.inheritedExpanded
                    else
                        panel.problemChosen(file, line, column)
                }
            }

            Keys.onReturnPressed: {
                if (currentItem)
                    currentItem.activate()
            }
            Keys.onSpacePressed: {
                if (currentItem)
                    currentItem.activate()
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
