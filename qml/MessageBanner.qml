import QtQuick
import QtQuick.Controls

// A calm line above the editor that says what went wrong and what to do.
Pane {
    id: banner

    property string text: ""

    visible: text !== ""
    padding: 8
    background: Rectangle { color: Qt.rgba(0.85, 0.2, 0.15, 0.12) }

    Label {
        anchors.fill: parent
        text: banner.text
        wrapMode: Text.WordWrap
    }
}
