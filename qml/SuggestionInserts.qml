import QtQuick
import QtQuick.Controls

// The wording a reviewer suggests, beside the passage it would replace (which the
// highlighter strikes through): a compact "▸+" marker after the passage (not colour alone),
// the wording on hover and for a screen reader. An insertion shows at its point. Placed again
// whenever the marks are placed anew (after typing, an accept, Ophalen).
// Put it inside the TextArea it marks.
Item {
    id: inserts

    required property Item textArea
    // [{id, start, end, replacement, author}] of the open suggestions.
    property var marks: []
    // As placed: [{x, y, height, text, author}] (for the tests, too).
    property var placed: []

    anchors.fill: parent

    function update() {
        const list = []
        for (const mark of marks) {
            if (mark.end > textArea.length)
                continue
            const end = textArea.positionToRectangle(mark.end)
            list.push({ x: end.x, y: end.y, height: end.height, author: mark.author,
                        text: mark.replacement === "" ? "" : "+ " + mark.replacement })
        }
        placed = list
    }

    onMarksChanged: Qt.callLater(update)
    Connections {
        target: inserts.textArea
        function onTextChanged() { Qt.callLater(inserts.update) }
        function onWidthChanged() { Qt.callLater(inserts.update) }
        function onFontChanged() { Qt.callLater(inserts.update) }
    }

    Repeater {
        model: inserts.placed
        // A compact "▸+" where the passage ends, in the upper part of its own line: it covers
        // neither the line above nor the text, and stays inside the right edge. The wording
        // itself is in the tooltip, the accessible description and Opmerkingen.
        delegate: Rectangle {
            required property var modelData
            objectName: "suggestionInsert"
            visible: modelData.text !== ""
            x: Math.max(0, Math.min(modelData.x + 1, inserts.width - width))
            y: modelData.y
            width: label.implicitWidth + 4
            height: Math.max(8, Math.round(modelData.height * 0.5))
            radius: 2
            color: "#e3f4e1"
            border.color: "#1b6e20"
            z: 2
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Voorstel van %1").arg(modelData.author)
            Accessible.description: modelData.text

            Text {
                id: label
                anchors.centerIn: parent
                text: "▸+"
                color: "#1b5e20"
                font.family: inserts.textArea.font.family
                font.bold: true
                font.pixelSize: Math.max(7, Math.round(parent.height * 0.85))
            }
            HoverHandler { id: insertHover }
            ToolTip.visible: insertHover.hovered
            ToolTip.text: qsTr("Voorstel van %1: %2").arg(modelData.author).arg(modelData.text)
            ToolTip.delay: 300
        }
    }
}
