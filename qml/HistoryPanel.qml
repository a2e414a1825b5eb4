import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Geschiedenis: the versions of the open lemma, what each changed (word by
// word), and any version opened read-only.
Pane {
    id: panel

    property var versions: null
    property string path: ""
    signal openVersionRequested(string commitId, string summary)
    padding: 8

    onPathChanged: if (versions) versions.loadHistory(path)
    Connections {
        target: panel.versions
        function onCommitted() { panel.versions.loadHistory(panel.path) }
        function onPulled() { panel.versions.loadHistory(panel.path) }
    }

    ColumnLayout {
        anchors.fill: parent

        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.preferredHeight: 220
            clip: true
            model: panel.versions ? panel.versions.history : null
            currentIndex: -1
            // By keyboard as by mouse: Tab comes in on the newest version, the arrow keys
            // show what each one changed, Enter opens it.
            activeFocusOnTab: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Versies van dit lemma")
            onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
            onCurrentIndexChanged: {
                const item = list.itemAtIndex(currentIndex)
                diff.text = item ? panel.versions.diffHtml(item.commitId, panel.path) : ""
            }
            Keys.onReturnPressed: if (currentItem) panel.openVersionRequested(currentItem.commitId, currentItem.summary)
            Keys.onEnterPressed: if (currentItem) panel.openVersionRequested(currentItem.commitId, currentItem.summary)
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string commitId
                required property string summary
                required property string author
                required property string time
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                text: qsTr("%1\n%2 · %3").arg(summary).arg(author).arg(time)
                Accessible.name: qsTr("%1, %2, %3").arg(summary).arg(author).arg(time)
                Accessible.selectable: true
                Accessible.selected: highlighted
                onClicked: list.currentIndex = index
                onDoubleClicked: panel.openVersionRequested(commitId, summary)
                FocusRing { shown: row.highlighted && list.activeFocus }
            }
        }

        Button {
            text: qsTr("Versie openen…")
            enabled: list.currentIndex >= 0
            onClicked: {
                const item = list.currentItem
                panel.openVersionRequested(item.commitId, item.summary)
            }
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            FieldArea {
                id: diff
                objectName: "diffView"
                Accessible.name: qsTr("Wat er in deze versie veranderde")
                readOnly: true
                textFormat: TextEdit.RichText
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Kies een versie om te zien wat er veranderde.")
            }
        }
    }
}
