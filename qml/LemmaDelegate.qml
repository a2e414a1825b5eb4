import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One row of the lemma list: letter, title, status, unsaved mark, problem count.
ItemDelegate {
    id: delegate

    required property int index
    required property string letter
    required property string title
    required property string status
    required property bool unsaved
    required property bool uncommitted
    required property int problemCount

    readonly property string statusText: {
        switch (status) {
        case "draft": return qsTr("concept")
        case "review": return qsTr("review")
        case "final": return qsTr("definitief")
        default: return status
        }
    }

    // What a screen reader says of the row: all it shows, in words.
    Accessible.name: {
        const parts = [qsTr("%1 %2").arg(letter).arg(title), statusText]
        if (unsaved)
            parts.push(qsTr("niet opgeslagen"))
        else if (uncommitted)
            parts.push(qsTr("nog niet vastgelegd"))
        if (problemCount === 1)
            parts.push(qsTr("1 probleem"))
        else if (problemCount > 1)
            parts.push(qsTr("%1 problemen").arg(problemCount))
        return parts.join(", ")
    }
    Accessible.selectable: true
    Accessible.selected: highlighted

    contentItem: RowLayout {
        spacing: 8

        Label {
            text: delegate.letter
            font.bold: true
            Layout.preferredWidth: 20
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            text: delegate.title
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            objectName: "unsavedMark"
            text: "●"
            visible: delegate.unsaved
            color: palette.highlight
            ToolTip.visible: visible && delegate.hovered
            ToolTip.text: qsTr("Niet opgeslagen")
        }
        Label {
            objectName: "uncommittedMark"
            text: "◆"
            visible: delegate.uncommitted && !delegate.unsaved
            opacity: 0.6
            ToolTip.visible: visible && delegate.hovered
            ToolTip.text: qsTr("Opgeslagen, nog niet vastgelegd")
        }
        Label {
            visible: delegate.problemCount > 0
            text: delegate.problemCount
            color: "#b3261e"
        }
        Label {
            text: delegate.statusText
            opacity: 0.7
            font.pointSize: Qt.application.font.pointSize * 0.85
        }
    }
}
