import QtQuick

// The red wave under each word the spell checker does not know. Qt Quick's text draws
// neither a wave nor an underline colour (QTBUG-87260), so it is drawn over the text here,
// from the text's own positions. Put it inside the TextArea it marks.
Item {
    id: waves

    required property Item textArea
    required property var spelling
    property color color: "#d32f2f"
    // Words before this position are in hidden text (the front matter) and get no wave.
    property int hiddenBefore: 0
    onHiddenBeforeChanged: Qt.callLater(update)
    // [{x, y, width}]: one segment per line a marked word is on.
    property var segments: []

    anchors.fill: parent

    function update() {
        const ranges = spelling ? spelling.misspelledRanges() : []
        const list = []
        for (let i = 0; i + 1 < ranges.length; i += 2) {
            if (ranges[i] < hiddenBefore)
                continue
            const start = textArea.positionToRectangle(ranges[i])
            const end = textArea.positionToRectangle(ranges[i] + ranges[i + 1])
            if (end.y === start.y) {
                list.push({ x: start.x, y: start.y + start.height, width: end.x - start.x })
            } else { // wrapped: to the end of its first line, from the start of the next
                list.push({ x: start.x, y: start.y + start.height,
                            width: textArea.width - textArea.rightPadding - start.x })
                list.push({ x: textArea.leftPadding, y: end.y + end.height,
                            width: end.x - textArea.leftPadding })
            }
        }
        segments = list
    }

    Connections {
        target: waves.spelling
        function onUnderliningChanged() { waves.update() }
    }
    // Another width or font lays the text out anew.
    Connections {
        target: waves.textArea
        function onWidthChanged() { Qt.callLater(waves.update) }
        function onFontChanged() { Qt.callLater(waves.update) }
    }

    Repeater {
        model: waves.segments
        delegate: Canvas {
            required property var modelData
            x: modelData.x
            y: modelData.y - 3
            width: Math.max(modelData.width, 4)
            height: 4
            onPaint: {
                const context = getContext("2d")
                context.reset()
                context.strokeStyle = waves.color
                context.lineWidth = 1.3
                context.beginPath()
                context.moveTo(0, 3)
                for (let x = 2; x <= width + 2; x += 2)
                    context.lineTo(x, (x / 2) % 2 === 1 ? 1 : 3)
                context.stroke()
            }
        }
    }
}
