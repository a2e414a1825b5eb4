import QtQuick

// One cross-link of HET WEB, from one lemma towards another (▸ shows the way).
Item {
    id: edge

    required property string from
    required property string to
    required property real x1
    required property real y1
    required property real x2
    required property real y2
    required property bool broken
    property real centerX: 0
    property real centerY: 0
    property real radius: 100
    property string hoveredSlug: ""
    readonly property bool lit: hoveredSlug !== "" && (hoveredSlug === from || hoveredSlug === to)

    readonly property real ax: centerX + x1 * radius
    readonly property real ay: centerY + y1 * radius
    readonly property real bx: centerX + x2 * radius
    readonly property real by: centerY + y2 * radius

    objectName: "webEdge-" + from + "-" + to
    x: ax
    y: ay
    width: Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay))
    height: lit ? 3 : 1.5
    rotation: Math.atan2(by - ay, bx - ax) * 180 / Math.PI
    transformOrigin: Item.Left
    opacity: hoveredSlug !== "" && !lit ? 0.12 : 1

    Rectangle {
        anchors.fill: parent
        color: edge.broken ? "#b3261e" : edge.lit ? "#c2410c" : "#9aa7b8"
    }
    Text {
        x: parent.width * 0.75
        anchors.verticalCenter: parent.verticalCenter
        text: "▸"
        color: edge.broken ? "#b3261e" : edge.lit ? "#c2410c" : "#9aa7b8"
    }
}
