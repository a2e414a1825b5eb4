import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The right column: one panel at a time.
Pane {
    id: side

    property alias previewPanel: previewPanel
    property alias problemsPanel: problems
    property alias changesPanel: changes
    property alias historyPanel: history
    property alias reviewPanel: review
    property int problemCount: 0
    property int changeCount: 0
    property alias currentIndex: tabs.currentIndex

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton {
                text: qsTr("Voorbeeld")
            }
            TabButton {
                text: side.problemCount > 0 ? qsTr("Problemen (%L1)").arg(side.problemCount)
                                            : qsTr("Problemen")
            }
            TabButton {
                text: side.changeCount > 0 ? qsTr("Wijzigingen (%L1)").arg(side.changeCount)
                                           : qsTr("Wijzigingen")
            }
            TabButton {
                text: qsTr("Geschiedenis")
            }
            TabButton {
                text: qsTr("Opmerkingen")
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            PreviewPanel {
                id: previewPanel
            }
            ProblemsPanel {
                id: problems
            }
            ChangesPanel {
                id: changes
            }
            HistoryPanel {
                id: history
            }
            ReviewPanel {
                id: review
            }
        }
    }
}
