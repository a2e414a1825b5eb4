import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Edition, word count, problems and whether the lemma is saved.
ToolBar {
    id: bar

    property string editionTitle: ""
    property int wordCount: 0
    // The lemma's length target in words (front matter "lengte"); 0 when it has none.
    property int lengthTarget: 0
    property int problemCount: 0
    property int errorCount: 0
    property string branch: ""
    property int ahead: 0
    property int behind: 0
    property bool spellingReady: false
    property string spellingLanguage: ""
    property bool modified: false
    property bool hasDocument: false

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 16

        Label { text: bar.editionTitle }
        Label {
            objectName: "syncState"
            visible: bar.branch !== ""
            text: qsTr("%1 · %2 achter · %3 voor").arg(bar.branch).arg(bar.behind).arg(bar.ahead)
            opacity: 0.8
        }
        Item { Layout.fillWidth: true }
        Label {
            text: bar.spellingReady ? bar.spellingLanguage : qsTr("spelling laden…")
            opacity: 0.8
        }
        Label {
            objectName: "wordCount"
            text: bar.lengthTarget > 0 ? qsTr("%L1 van %L2 woorden").arg(bar.wordCount).arg(bar.lengthTarget)
                                       : qsTr("%L1 woorden").arg(bar.wordCount)
            visible: bar.hasDocument
        }
        Label {
            objectName: "problemCount"
            text: bar.problemCount === 1 ? qsTr("1 probleem") : qsTr("%L1 problemen").arg(bar.problemCount)
            color: bar.errorCount > 0 ? "#c62828" : palette.windowText
        }
        Label {
            objectName: "saveState"
            visible: bar.hasDocument
            text: bar.modified ? qsTr("niet opgeslagen") : qsTr("opgeslagen")
        }
    }
}
