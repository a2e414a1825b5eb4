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
    required property int errorCount
    // The list has the keyboard focus and this is its current row.
    property bool keyboardCurrent: false
    readonly property int warningCount: problemCount - errorCount
    // "3 fouten, 2 aandachtspunten": what the number beside the title counts.
    readonly property string problemText: {
        const parts = []
        if (errorCount > 0)
            parts.push(qsTr("%Ln fouten", "", errorCount))
        if (warningCount > 0)
            parts.push(qsTr("%Ln aandachtspunten", "", warningCount))
        return parts.join(", ")
    }

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
        if (problemText !== "")
            parts.push(problemText)
        return parts.join(", ")
    }
    Accessible.selectable: true
    Accessible.selected: highlighted

    FocusRing {
        shown: delegate.keyboardCurrent || delegate.visualFocus
    }

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
        // Red for errors, grey for what only asks attention; the tooltip says which.
        Label {
            objectName: "problemCount"
            visible: delegate.problemCount > 0
            text: delegate.errorCount > 0 ? delegate.errorCount : delegate.problemCount
            color: delegate.errorCount > 0 ? "#b3261e" : "#5f6368"
            Accessible.name: delegate.problemText
            ToolTip.visible: visible && delegate.hovered
            ToolTip.text: delegate.problemText
        }
        Label {
            text: delegate.statusText
            opacity: 0.7
            font.pointSize: Qt.application.font.pointSize * 0.85
        }
    }
}
