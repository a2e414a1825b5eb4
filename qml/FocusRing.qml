import QtQuick

// The frame that shows where the keyboard is: around its parent control while that has
// the focus by keyboard (visualFocus) or `shown` says so.
Rectangle {
    id: ring

    property bool shown: parent && parent.visualFocus === true

    objectName: "focusRing"
    anchors.fill: parent
    anchors.margins: 1
    z: 10
    color: "transparent"
    border.width: 2
    border.color: "#1565c0" // 5.7:1 against white and against the window grey
    radius: 3
    visible: shown
}
