import QtQuick

// A note reference reads as its number and a link to another lemma shows that lemma's
// letter: each "[^label]" is covered by its note's number, small and raised as in print,
// and each "(slug.md)" by "→ C". Where the cursor or the selection is, the raw markup
// shows. Put it inside the TextArea it marks.
//
// Typing costs little: the covers are items of a ListModel that stay while the same
// notes and links are in the text; a keystroke only moves the ones whose place changed.
// The model is rebuilt only when a note or link comes or goes.
Item {
    id: hints

    required property Item textArea
    // The DocumentEditor of the text: it finds the marks.
    required property var documentEditor
    // label → number, and slug → letter.
    property var numbers: ({})
    property var letters: ({})
    // [{x, y, width, height, text, start, end, link}], as the covers show them.
    property var marks: []
    // Every note reference and lemma link of the text, also one that wraps over two lines:
    // [{start, end, link, key}] with key the note's label or the lemma's slug.
    property var places: []
    // How often the covers were built anew (for the tests: typing must not do it).
    property int rebuilds: 0

    anchors.fill: parent

    function update() {
        const flat = documentEditor.inlineMarks()
        const list = []
        const found = []
        for (let i = 0; i + 3 < flat.length; i += 4) {
            const link = flat[i] === 1
            const label = link ? hints.letters[flat[i + 3]] : hints.numbers[flat[i + 3]]
            if (label === undefined)
                continue
            found.push({ start: flat[i + 1], end: flat[i + 1] + flat[i + 2], link: link,
                         key: flat[i + 3] })
            const start = textArea.positionToRectangle(flat[i + 1])
            const end = textArea.positionToRectangle(flat[i + 1] + flat[i + 2])
            if (end.y !== start.y || end.x <= start.x)
                continue // wrapped over two lines: the markup shows as written
            list.push({ x: start.x, y: start.y, width: end.x - start.x, height: start.height,
                        text: link ? "→ " + label : String(label),
                        start: flat[i + 1], end: flat[i + 1] + flat[i + 2], link: link })
        }
        // Compared with what the covers show (the list of last time, not the model's items).
        const shown = hints.marks
        let same = list.length === shown.length && list.length === covers.count
        for (let i = 0; same && i < list.length; ++i)
            same = shown[i].text === list[i].text && shown[i].link === list[i].link
        if (same) {
            // The same marks: only the covers whose place changed move.
            for (let i = 0; i < list.length; ++i) {
                const now = list[i]
                const was = shown[i]
                for (const role of ["x", "y", "width", "height", "start", "end"]) {
                    if (was[role] !== now[role])
                        covers.setProperty(i, role, now[role])
                }
            }
        } else {
            covers.clear()
            for (const mark of list)
                covers.append(mark)
            ++rebuilds
        }
        marks = list
        places = found
    }

    // The note reference or lemma link the position is in or at the edge of; null if none.
    function placeAt(position) {
        for (const place of places) {
            if (position >= place.start && position <= place.end)
                return place
        }
        return null
    }

    ListModel {
        id: covers
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
    }
    onNumbersChanged: Qt.callLater(update)
    onLettersChanged: Qt.callLater(update)

    // Where the cursor or the selection is, as one range: each cover compares with it.
    readonly property int editFrom: Math.min(textArea.cursorPosition, textArea.selectionStart)
    readonly property int editTo: Math.max(textArea.cursorPosition, textArea.selectionEnd)
    readonly property bool hasSelection: textArea.selectionStart !== textArea.selectionEnd

    Repeater {
        model: covers
        delegate: Rectangle {
            id: cover
            required property var model
            // "7", or "→ C" for a link.
            readonly property string label: model.text
            readonly property bool link: model.link
            readonly property int start: model.start
            readonly property int end: model.end
            // The raw markup where the cursor or the selection is.
            readonly property bool editing: hints.textArea.cursorPosition >= start
                                            && hints.textArea.cursorPosition <= end
                                            || (hints.hasSelection && hints.editFrom < end
                                                && hints.editTo > start)
            x: model.x
            y: model.y
            // Only as wide as the number: the rest of a long label ("[^29-gt59]") is
            // dimmed rather than blanked, so that no wide gap opens in the sentence.
            // (A short label such as "[^3]" or "[^12]" is covered whole: the blank is small.)
            width: cover.link || cover.end - cover.start <= 5 ? model.width
                                                             : Math.min(model.width, numberText.implicitWidth + 3)
            height: model.height
            visible: !editing
            color: hints.textArea.palette.base

            Rectangle {
                objectName: "hintDimmer"
                x: parent.width
                width: Math.max(0, cover.model.width - parent.width)
                height: parent.height
                visible: width > 0
                color: hints.textArea.palette.base
                opacity: 0.85
            }

            Text {
                id: numberText
                text: cover.label
                color: hints.textArea.palette.text
                font.family: hints.textArea.font.family
                font.pixelSize: Math.max(9, Math.round(parent.height * (cover.link ? 0.6 : 0.55)))
                font.weight: Font.DemiBold
                anchors.left: parent.left
                anchors.leftMargin: 1
                anchors.top: parent.top
                anchors.topMargin: cover.link ? Math.round(parent.height * 0.2) : 0
            }
        }
    }
}
