import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One problem: severity, message, and where it is. Or the row of the group of footnotes
// still to be written, with its count, that opens and closes the group.
ItemDelegate {
    id: delegate

    required property int index
    required property string severity
    required property string code
    required property string file
    required property int line
    required property int column
    required property string message
    required property string kind
    property bool expanded: false
    property bool keyboardCurrent: false
    readonly property bool group: kind === "group"

    Accessible.name: group ? qsTr("%1, %2").arg(message).arg(expanded ? qsTr("uitgeklapt") : qsTr("ingeklapt"))
                           : qsTr("%1: %2, %3 regel %4").arg(severityText).arg(message).arg(file).arg(line)

    FocusRing {
        shown: delegate.keyboardCurrent || delegate.visualFocus
    }

    readonly property string severityText: severity === "error" ? qsTr("Fout")
                                         : severity === "warning" ? qsTr("Waarschuwing")
                                         : qsTr("Opmerking")

    contentItem: RowLayout {
        spacing: 8

        Label {
            visible: delegate.group
            text: delegate.expanded ? "▾" : "▸"
            Accessible.ignored: true
        }
        Rectangle {
            visible: !delegate.group
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 4
            width: 10
            height: 10
            radius: 5
            color: delegate.severity === "error" ? "#c62828"
                 : delegate.severity === "warning" ? "#e6a100" : "#1e88e5"
            Accessible.ignored: true
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: delegate.message
                wrapMode: Text.Wrap
                font.bold: delegate.group
            }
            Label {
                visible: !delegate.group
                Layout.fillWidth: true
                text: qsTr("%1 · regel %2 · %3").arg(delegate.file).arg(delegate.line).arg(delegate.code)
                opacity: 0.7
                font.pointSize: Qt.application.font.pointSize * 0.85
                elide: Text.ElideMiddle
            }
        }
    }
}
