import QtQuick
import QtQuick.Controls

// The wording a reviewer suggests, beside the passage it would replace (which the
// highlighter strikes through): a small raised "+ tekst" after the passage, underlined and
// marked with "+", so it does not rely on colour alone. An insertion shows at its point.
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
        delegate: Rectangle {
            required property var modelData
            visible: modelData.text !== ""
            x: modelData.x + 2
            // Raised into the gap above the line's end, as a note in the margin would be.
            y: modelData.y - height + Math.round(modelData.height * 0.3)
            width: label.width + 6
            height: label.implicitHeight + 2
            radius: 3
            color: "#e3f4e1"
            border.color: "#1b6e20"
            z: 2

            Text {
                id: label
                anchors.centerIn: parent
                text: parent.modelData.text
                color: "#1b5e20"
                font.family: inserts.textArea.font.family
                font.pixelSize: Math.max(9, Math.round(parent.modelData.height * 0.5))
                font.underline: true
                elide: Text.ElideRight
                width: Math.min(implicitWidth, 360)
            }
            HoverHandler { id: insertHover }
            ToolTip.visible: insertHover.hovered
            ToolTip.text: qsTr("Voorstel van %1").arg(modelData.author)
            ToolTip.delay: 300
        }
    }
}
