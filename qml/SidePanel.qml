import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The right column: one panel at a time.
Pane {
    id: side

    property alias problemsPanel: problems
    property int problemCount: 0

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton {
                text: side.problemCount > 0 ? qsTr("Problemen (%L1)").arg(side.problemCount)
                                            : qsTr("Problemen")
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            ProblemsPanel {
                id: problems
            }
        }
    }
}
