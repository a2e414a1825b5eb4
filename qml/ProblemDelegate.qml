import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One problem: severity, message, and where it is.
ItemDelegate {
    id: delegate

    required property int index
    required property string severity
    required property string code
    required property string file
    required property int line
    required property int column
    required property string message

    Accessible.name: qsTr("%1: %2, %3 regel %4").arg(severityText).arg(message).arg(file).arg(line)

    readonly property string severityText: severity === "error" ? qsTr("Fout")
                                         : severity === "warning" ? qsTr("Waarschuwing")
                                         : qsTr("Opmerking")

    contentItem: RowLayout {
        spacing: 8

        Rectangle {
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
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · regel %2 · %3").arg(delegate.file).arg(delegate.line).arg(delegate.code)
                opacity: 0.7
                font.pointSize: Qt.application.font.pointSize * 0.85
                elide: Text.ElideMiddle
            }
        }
    }
}
