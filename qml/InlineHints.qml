import QtQuick

// A note reference reads as its number and a link to another lemma shows that lemma's
// letter: each "[^label]" is covered by its note's number, small and raised as in print,
// and each "(slug.md)" by "→ C". Where the cursor or the selection is, the raw markup
// shows. Put it inside the TextArea it marks.
Item {
    id: hints

    required property Item textArea
    // The DocumentEditor of the text: it finds the marks.
    required property var documentEditor
    // label → number, and slug → letter.
    property var numbers: ({})
    property var letters: ({})
    // [{x, y, width, height, text, start, end, link}]
    property var marks: []

    anchors.fill: parent

    function update() {
        const flat = documentEditor.inlineMarks()
        const list = []
        for (let i = 0; i + 3 < flat.length; i += 4) {
            const link = flat[i] === 1
            const label = link ? hints.letters[flat[i + 3]] : hints.numbers[flat[i + 3]]
            if (label === undefined)
                continue
            const start = textArea.positionToRectangle(flat[i + 1])
            const end = textArea.positionToRectangle(flat[i + 1] + flat[i + 2])
            if (end.y !== start.y || end.x <= start.x)
                continue // wrapped over two lines: the markup shows as written
            list.push({ x: start.x, y: start.y, width: end.x - start.x, height: start.height,
                        text: link ? "→ " + label : String(label),
                        start: flat[i + 1], end: flat[i + 1] + flat[i + 2], link: link })
        }
        marks = list
    }

    Connections {
        target: hints.textArea
        function onTextChanged() { Qt.callLater(hints.update) }
        function onWidthChanged() { Qt.callLater(hints.update) }
        function onFontChanged() { Qt.callLater(hints.update) }
        function onLeftPaddingChanged() { Qt.callLater(hints.update) }
    }
    Connections {
        target: hints.documentEditor
        function onShowSourceChanged() { Qt.callLater(hints.update) }
        function onEdited() { Qt.callLater(hints.update) }
    }
    onNumbersChanged: Qt.callLater(update)
    onLettersChanged: Qt.callLater(update)

    Repeater {
        model: hints.marks
        delegate: Rectangle {
            required property var modelData
            // The raw markup where the cursor or the selection is.
            readonly property bool editing: hints.textArea.cursorPosition >= modelData.start
                                            && hints.textArea.cursorPosition <= modelData.end
                                            || (hints.textArea.selectionStart < modelData.end
                                                && hints.textArea.selectionEnd > modelData.start)
            visible: !editing
            x: modelData.x
            y: modelData.y
            width: modelData.width
            height: modelData.height
            color: hints.textArea.palette.base

            Text {
                text: modelData.text
                color: hints.textArea.palette.text
                font.family: hints.textArea.font.family
                font.pixelSize: Math.max(9, Math.round(parent.height * (modelData.link ? 0.6 : 0.55)))
                font.weight: Font.DemiBold
                anchors.left: parent.left
                anchors.leftMargin: 1
                anchors.top: parent.top
                anchors.topMargin: modelData.link ? Math.round(parent.height * 0.2) : 0
            }
        }
    }
}
