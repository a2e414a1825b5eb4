import QtQuick
import QtQuick.Controls

// One lemma of HET WEB: its letter on the circle; its title on hover or focus.
Rectangle {
    id: node

    required property string slug
    required property string letter
    required property string title
    required property real unitX
    required property real unitY
    required property bool orphan
    required property int row
    // Letters of the lemmas it links to and of those linking to it: the arrows, in words.
    required property var linksTo
    required property var linkedFrom
    property real centerX: 0
    property real centerY: 0
    property real circleRadius: 100
    property bool dimmed: false
    readonly property bool hovering: hover.hovered || activeFocus
    signal activated()
    // The arrow keys: the next (1) or previous (-1) lemma on the circle.
    signal stepRequested(int step)

    objectName: "webNode-" + slug
    width: 40
    height: 40
    radius: 20
    x: centerX + unitX * circleRadius - width / 2
    y: centerY + unitY * circleRadius - height / 2
    color: hovering ? "#fde7c8" : palette.base
    border.width: hovering ? 4 : 2
    border.color: orphan ? "#d97706" : "#1d4e89"
    opacity: dimmed ? 0.3 : 1
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1 %2").arg(letter).arg(title)
    // What the arrows show, for a screen reader: "verwijst naar C, F; verwezen door B".
    Accessible.description: {
        const to = linksTo.length > 0 ? qsTr("verwijst naar %1").arg(linksTo.join(", "))
                                      : qsTr("verwijst naar geen ander lemma")
        const from = linkedFrom.length > 0 ? qsTr("verwezen door %1").arg(linkedFrom.join(", "))
                                           : qsTr("geen lemma verwijst hierheen")
        return qsTr("%1; %2").arg(to).arg(from)
    }

    Text {
        anchors.centerIn: parent
        text: node.letter
        font.bold: true
        font.pointSize: 14
        color: "#1d4e89"
    }
    Rectangle {
        visible: node.orphan
        anchors.fill: parent
        anchors.margins: -6
        radius: width / 2
        color: "transparent"
        border.color: "#d97706"
        border.width: 1
    }

    HoverHandler { id: hover }
    TapHandler { onTapped: node.activated() }
    Keys.onReturnPressed: node.activated()
    Keys.onEnterPressed: node.activated()
    Keys.onSpacePressed: node.activated()
    Keys.onRightPressed: node.stepRequested(1)
    Keys.onDownPressed: node.stepRequested(1)
    Keys.onLeftPressed: node.stepRequested(-1)
    Keys.onUpPressed: node.stepRequested(-1)

    ToolTip.visible: hovering
    ToolTip.text: orphan ? qsTr("%1 %2 — geen lemma verwijst hierheen").arg(letter).arg(title)
                         : qsTr("%1 %2").arg(letter).arg(title)
}
