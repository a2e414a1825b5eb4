import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

// The open lemma as a writer sees it: its letter and title above, then the text on a
// white page with a comfortable measure. The front matter stays in the text (every
// position is a position in the file) but out of sight; Eigenschappen edits its title,
// authors and length target, and "Bron tonen" shows it.
Pane {
    id: editor

    property string letter: ""
    property string lemmaTitle: ""
    property string text: ""
    // The open file: another one starts at its top, with the cursor at its start.
    property string filePath: ""
    property string editionRoot: ""
    property var commentMarks: []
    // The open suggestions: {id, start, end, replacement, author}; their passage struck
    // through, the proposed wording beside it.
    property var suggestionMarks: []
    readonly property alias textArea: area
    readonly property alias spelling: spelling
    // The open lemma's notes, links and figures (a LemmaOutline), for hover and jumps.
    property var outline: null
    // The note under the mouse, as its tooltip shows it ("" when none).
    readonly property string hoveredNote: hover.note
    readonly property alias findBar: findBar
    // The front matter's lines shown in the text ("Bron tonen").
    property alias showSource: documentEditor.showSource
    // The Eigenschappen strip open above the text.
    property alias propertiesOpen: propertiesButton.checked
    // The DocumentEditor: title, authors, lengthTarget, bodyStart of the open text.
    readonly property alias document: documentEditor
    // label → number of the open lemma's notes, and slug → letter of the other lemmas.
    readonly property var noteNumbers: {
        const map = {}
        for (const note of (outline ? outline.footnotes : [])) {
            if (note.number > 0)
                map[note.label] = note.number
        }
        return map
    }
    readonly property var lemmaLetters: {
        const map = {}
        if (outline && outline.related !== undefined) {
            for (const lemma of outline.matchingLemmas(""))
                map[lemma.slug] = lemma.letter
        }
        return map
    }
    readonly property var lemmaTitles: {
        const map = {}
        if (outline && outline.related !== undefined) {
            for (const lemma of outline.matchingLemmas(""))
                map[lemma.slug] = lemma.title
        }
        return map
    }
    // What a screen reader hears about the place of the caret, beside the text itself:
    // the note or lemma a drawn hint stands for, or the misspelt word it is in. It is the
    // text's accessible description, which Orca reads when it changes ("" when nothing).
    property string caretAnnouncement: ""
    function announceCaret() {
        const position = area.cursorPosition
        const place = hints.placeAt(position)
        if (place && !place.link) {
            const words = (outline ? outline.footnoteText(place.key) : "").split(/\s+/)
                                                                          .filter(w => w !== "")
            const start = words.slice(0, 8).join(" ") + (words.length > 8 ? "…" : "")
            caretAnnouncement = qsTr("Voetnoot %1: %2").arg(hints.numbers[place.key])
                                .arg(start !== "" ? start : qsTr("(nog geen tekst)"))
            return
        }
        if (place) {
            const title = lemmaTitles[place.key]
            caretAnnouncement = title !== undefined
                ? qsTr("Verwijzing naar lemma %1: %2").arg(hints.letters[place.key]).arg(title)
                : qsTr("Verwijzing naar lemma %1").arg(hints.letters[place.key])
            return
        }
        const word = area.selectionStart === area.selectionEnd ? spelling.wordAt(position) : null
        caretAnnouncement = word && word.misspelled
            ? qsTr("Spelfout: %1. Shift+F10 of de menutoets geeft suggesties.").arg(word.word)
            : ""
    }
    Connections {
        target: spelling
        function onUnderliningChanged() { Qt.callLater(editor.announceCaret) }
    }
    // About 70 characters of the text's font: the widest the text gets.
    readonly property real measure: Math.round(pageMetrics.averageCharacterWidth * 70)
    signal textEdited(string text)
    // Ctrl+K: a link to another lemma at the cursor, or around the selection.
    signal lemmaLinkRequested()
    // Opmerking… and Voorstel… chosen in the text's menu.
    signal commentRequested()
    signal suggestionRequested()

    // Applies an edit's outcome ({text, cursor} or {error}) as one undo step; the
    // reason of a refusal is returned, "" when the edit was made.
    function applyEdit(outcome) {
        if (outcome.error)
            return outcome.error
        documentEditor.replaceAll(outcome.text)
        if (outcome.cursor !== undefined && outcome.cursor >= 0)
            area.cursorPosition = Math.min(outcome.cursor, area.length)
        return ""
    }

    // [selection](slug.md) in place of the selection, or [title](slug.md) at the cursor.
    function insertLemmaLink(slug, title) {
        const end = documentEditor.insertLemmaLink(area.selectionStart, area.selectionEnd, slug, title)
        if (end >= 0)
            area.cursorPosition = end
        area.forceActiveFocus()
    }

    // Puts the cursor on the other end of the footnote it is in: from a reference to
    // the note's text, from the text to the first reference.
    function jumpFootnote() {
        if (!outline)
            return
        const label = outline.footnoteAt(area.text, area.cursorPosition)
        if (label === "")
            return
        const definition = outline.definitionPosition(area.text, label)
        const references = outline.referencePositions(area.text, label)
        const text = area.text
        const lineStart = (position) => text.lastIndexOf("\n", position - 1)
        const onDefinition = definition >= 0 && lineStart(area.cursorPosition) === lineStart(definition)
        if (onDefinition && references.length > 0)
            placeCursor(references[0])
        else if (definition >= 0)
            placeCursor(definition)
    }

    // From the Overzicht: the cursor on a heading or figure, the view scrolled so that
    // it stands near the top of the page, and the keyboard back in the text.
    function jumpTo(position) {
        area.cursorPosition = Math.max(0, Math.min(position, area.length))
        const flick = scroller.contentItem
        const rect = area.positionToRectangle(area.cursorPosition)
        const maxY = Math.max(0, flick.contentHeight - flick.height)
        flick.contentY = Math.max(area.hiddenHeight, Math.min(maxY, rect.y - flick.height / 4))
        area.forceActiveFocus(Qt.OtherFocusReason)
    }

    // The menu on the word at position; from the keyboard its first item is highlighted.
    function openSpellingMenu(position, fromKeyboard) {
        spellingMenu.openFor(spelling.wordAt(position), fromKeyboard)
    }

    // The next (or previous) control in the window's focus chain takes the focus.
    function moveFocus(forward, event) {
        const next = area.nextItemInFocusChain(forward)
        if (next && next !== area)
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
        event.accepted = true
    }

    // PageDown/PageUp: the view scrolls by a page and the cursor goes along with it.
    function movePage(direction, select) {
        const flick = scroller.contentItem
        const page = Math.max(flick.height - area.cursorRectangle.height, area.cursorRectangle.height)
        const rect = area.cursorRectangle
        const y = Math.max(0, Math.min(area.height - 1, rect.y + rect.height / 2 + direction * page))
        const position = area.positionAt(rect.x, y)
        const maxY = Math.max(0, flick.contentHeight - flick.height)
        flick.contentY = Math.max(-flick.topMargin, Math.min(maxY, flick.contentY + direction * page))
        if (select)
            area.moveCursorSelection(position, TextEdit.SelectCharacters)
        else
            area.cursorPosition = position
    }

    // The status in the front matter: draft, review or final ("" when there is none).
    readonly property string status: documentEditor.status

    // Sets the status in the text itself, so Ctrl+Z takes it back like any edit.
    function setStatus(value) {
        documentEditor.setStatus(value)
    }

    function placeCursor(position) {
        // A place in the front matter (a problem in it, a search hit) shows the source.
        if (position < documentEditor.bodyStart) {
            documentEditor.showSource = true
            area.showTop = false // the view follows the cursor instead
        }
        area.cursorPosition = position
        area.forceActiveFocus()
    }

    // The cursor and the selection stay in the body while the front matter is hidden:
    // Ctrl+Home goes to the first sentence, Ctrl+A selects the body.
    function keepInBody() {
        if (documentEditor.showSource)
            return
        const start = documentEditor.bodyStart
        if (area.selectionStart === area.selectionEnd || area.selectionEnd <= start) {
            if (area.cursorPosition < start)
                area.cursorPosition = start
        } else if (area.selectionStart < start) {
            if (area.cursorPosition === area.selectionStart)
                area.select(area.selectionEnd, start)
            else
                area.select(start, area.selectionEnd)
        }
    }

    padding: 0
    // The page is white whatever the window's style gives its fields (Fusion: light grey).
    palette.base: "#ffffff"
    palette.text: "#1a1a1a"
    background: Rectangle { color: editor.palette.base }

    FontMetrics {
        id: pageMetrics
        font: area.font
    }

    // Another file opens at its top, with the cursor at its start.
    onFilePathChanged: {
        area.cursorPosition = 0
        scroller.contentItem.contentY = area.hiddenHeight
        Qt.callLater(area.measureHidden)
    }

    SpellChecker {
        id: spelling
        textDocument: area.textDocument
        editionRoot: editor.editionRoot
        commentMarks: editor.commentMarks
        editSuggestionMarks: editor.suggestionMarks.reduce((flat, mark) => flat.concat([mark.start, mark.end]), [])
        hideFrontMatter: !documentEditor.showSource
    }

    DocumentEditor {
        id: documentEditor
        textDocument: area.textDocument
        onEdited: if (area.text !== editor.text) editor.textEdited(area.text)
        // After the text item has placed its cursor in a new text, too.
        onBodyStartChanged: Qt.callLater(editor.keepInBody)
        onShowSourceChanged: editor.keepInBody()
    }

    SpellingMenu {
        id: spellingMenu
        spelling: spelling
        textArea: area
        onReplaceRequested: (start, length, replacement) => documentEditor.replace(start, start + length, replacement)
        onCommentRequested: editor.commentRequested()
        onSuggestionRequested: editor.suggestionRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 8

            Label {
                objectName: "lemmaHeading"
                Layout.fillWidth: true
                text: editor.letter !== "" ? qsTr("%1 · %2").arg(editor.letter).arg(editor.lemmaTitle)
                                           : qsTr("Geen lemma geopend")
                font.pointSize: Qt.application.font.pointSize * 1.5
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Accessible.role: Accessible.Heading
            }
            ToolButton {
                id: propertiesButton
                objectName: "propertiesButton"
                visible: editor.letter !== ""
                text: qsTr("Eigenschappen")
                checkable: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Titel, auteurs en lengte van het lemma (Ctrl+Shift+E)")
            }
            ToolButton {
                id: sourceButton
                objectName: "sourceButton"
                visible: editor.letter !== ""
                text: qsTr("Bron tonen")
                checkable: true
                checked: documentEditor.showSource
                onToggled: documentEditor.showSource = checked
                ToolTip.visible: hovered
                ToolTip.text: qsTr("De kop van het bestand (YAML) tonen of verbergen (Ctrl+Shift+B)")
            }
            ChoiceBox {
                id: statusBox
                objectName: "statusBox"
                visible: editor.letter !== ""
                textRole: "label"
                valueRole: "value"
                model: [
                    { value: "draft", label: qsTr("concept") },
                    { value: "review", label: qsTr("review") },
                    { value: "final", label: qsTr("definitief") }
                ]
                onActivated: editor.setStatus(currentValue)
                // Follows the text (typing, undo, another lemma), whatever was chosen last.
                function follow() { currentIndex = indexOfValue(editor.status) }
                Component.onCompleted: follow()
                Connections {
                    target: editor
                    function onStatusChanged() { statusBox.follow() }
                }
                Accessible.name: qsTr("Status van het lemma")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Status: concept, review of definitief")
            }
        }

        PropertiesStrip {
            id: propertiesStrip
            objectName: "propertiesStrip"
            Layout.fillWidth: true
            visible: propertiesButton.checked && editor.letter !== ""
            documentEditor: documentEditor
        }

        Shortcut {
            sequence: "Ctrl+Shift+E"
            enabled: editor.enabled
            // Open, the title field has the focus; closed, the text has it again.
            onActivated: {
                propertiesButton.toggle()
                if (propertiesButton.checked)
                    propertiesStrip.focusTitle()
                else
                    area.forceActiveFocus()
            }
        }
        Shortcut {
            sequence: "Ctrl+Shift+B"
            enabled: editor.enabled
            onActivated: documentEditor.showSource = !documentEditor.showSource
        }

        FindBar {
            id: findBar
            objectName: "findBar"
            Layout.fillWidth: true
            editor: editor
        }

        Shortcut {
            sequences: [StandardKey.Find]
            enabled: editor.enabled
            onActivated: findBar.show(false)
        }
        Shortcut {
            sequence: "Ctrl+H"
            enabled: editor.enabled
            onActivated: findBar.show(true)
        }
        Shortcut {
            sequences: [StandardKey.FindNext]
            enabled: editor.enabled && findBar.visible
            onActivated: findBar.go(1)
        }
        Shortcut {
            sequences: [StandardKey.FindPrevious]
            enabled: editor.enabled && findBar.visible
            onActivated: findBar.go(-1)
        }

        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true

            TextArea {
                id: area
                objectName: "lemmaTextArea"
                text: editor.text
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                selectByMouse: true
                persistentSelection: true
                font.pointSize: Math.max(Qt.application.font.pointSize, 11) * 1.1
                // The text in a column of about 70 characters, in the middle of the page.
                leftPadding: Math.max(16, Math.round((width - editor.measure) / 2))
                rightPadding: leftPadding
                topPadding: 12
                bottomPadding: 24
                // The hidden front matter's sliver of one-pixel lines lies above the page:
                // the view starts below it (a negative top margin of its Flickable; the
                // text item itself is left alone, as Qt 6.4 draws no line beyond its size).
                property real hiddenHeight: 0
                // Bron tonen was chosen: the view goes to the top, where the source is.
                property bool showTop: false
                function measureHidden() {
                    const start = documentEditor.showSource ? 0 : documentEditor.bodyStart
                    hiddenHeight = start > 0 ? Math.max(0, positionToRectangle(start).y - topPadding) : 0
                    const flick = scroller.contentItem
                    flick.topMargin = -hiddenHeight
                    if (flick.contentY < hiddenHeight)
                        flick.contentY = hiddenHeight
                    if (showTop && documentEditor.showSource)
                        flick.contentY = 0
                    showTop = false
                }
                onContentHeightChanged: Qt.callLater(measureHidden)
                onWidthChanged: Qt.callLater(measureHidden)
                Connections {
                    target: documentEditor
                    function onBodyStartChanged() {
                        Qt.callLater(area.measureHidden)
                        // A text just opened: its cursor (at 0 until moved) goes to the body.
                        Qt.callLater(editor.keepInBody)
                    }
                    function onShowSourceChanged() {
                        // Not when a place in the front matter asked for it: the cursor is there.
                        area.showTop = documentEditor.showSource
                                       && area.cursorPosition >= documentEditor.bodyStart
                        Qt.callLater(area.measureHidden)
                    }
                }
                background: null
                onCursorPositionChanged: {
                    editor.keepInBody()
                    Qt.callLater(editor.announceCaret)
                }
                // Select all sets the selection after the cursor: clamped once it is done.
                onSelectionStartChanged: Qt.callLater(editor.keepInBody)
                Accessible.name: qsTr("Tekst van het lemma")
                Accessible.description: editor.caretAnnouncement
                onTextChanged: {
                    if (text !== editor.text)
                        editor.textEdited(text)
                    else // read again (after Ophalen): the hidden front matter stays out of view
                        Qt.callLater(area.measureHidden)
                    // Every line drawn, wherever the view goes (DocumentEditor.drawAllLines).
                    // Qt 6.4 turns on drawing only the lines in view for a long text after
                    // it has announced the new text: once more when it is done.
                    documentEditor.drawAllLines()
                    Qt.callLater(documentEditor.drawAllLines)
                    Qt.callLater(editor.keepInBody)
                }

                // The page is framed while the keyboard is in it, around the part in view.
                FocusRing {
                    anchors.fill: undefined
                    x: scroller.contentItem.contentX + 1
                    y: scroller.contentItem.contentY + 1
                    width: scroller.width - 2
                    height: scroller.height - 2
                    shown: area.activeFocus
                }

                SpellingWaves {
                    objectName: "spellingWaves"
                    textArea: area
                    spelling: spelling
                    hiddenBefore: documentEditor.showSource ? 0 : documentEditor.bodyStart
                }

                SuggestionInserts {
                    objectName: "suggestionInserts"
                    textArea: area
                    marks: editor.suggestionMarks
                }

                InlineHints {
                    id: hints
                    objectName: "inlineHints"
                    textArea: area
                    documentEditor: documentEditor
                    numbers: editor.noteNumbers
                    letters: editor.lemmaLetters
                    onPlacesChanged: Qt.callLater(editor.announceCaret)
                }

                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: (eventPoint) => {
                        const position = area.positionAt(eventPoint.position.x, eventPoint.position.y)
                        // A click inside the selection keeps it, for Knippen and Kopiëren.
                        const inSelection = area.selectionStart !== area.selectionEnd
                            && position >= area.selectionStart && position <= area.selectionEnd
                        if (!inSelection)
                            area.cursorPosition = position
                        editor.openSpellingMenu(position, false)
                    }
                }
                Keys.onMenuPressed: editor.openSpellingMenu(area.cursorPosition, true)
                // Markdown prose needs no tab characters: Tab and Shift+Tab (and Ctrl+Tab)
                // go to the next or previous control, as everywhere else in the window.
                Keys.onTabPressed: (event) => editor.moveFocus(true, event)
                Keys.onBacktabPressed: (event) => editor.moveFocus(false, event)
                Keys.onPressed: (event) => {
                    // Nothing is ever typed into the hidden front matter: a cursor that is
                    // still there goes to the body first.
                    if (!documentEditor.showSource && area.selectionStart === area.selectionEnd
                            && area.cursorPosition < documentEditor.bodyStart)
                        area.cursorPosition = documentEditor.bodyStart
                    // Backspace at the start of the body would join it to the hidden
                    // front matter's closing line.
                    if (event.key === Qt.Key_Backspace && !documentEditor.showSource
                            && area.selectionStart === area.selectionEnd
                            && area.cursorPosition <= documentEditor.bodyStart
                            && documentEditor.bodyStart > 0) {
                        event.accepted = true
                        return
                    }
                    if (event.key === Qt.Key_PageDown || event.key === Qt.Key_PageUp) {
                        editor.movePage(event.key === Qt.Key_PageDown ? 1 : -1,
                                        event.modifiers & Qt.ShiftModifier)
                        event.accepted = true
                    }
                }
                // Hovering a footnote reference shows the note.
                HoverHandler {
                    id: hover
                    property string note: ""
                    property point last: Qt.point(-1, -1)
                    onPointChanged: {
                        if (!editor.outline || !hovered) {
                            note = ""
                            return
                        }
                        // The window repeats the hover on each frame while one types: only a
                        // moved mouse is worth a look at the text.
                        if (point.position.x === last.x && point.position.y === last.y)
                            return
                        last = point.position
                        const position = area.positionAt(point.position.x, point.position.y)
                        const suggested = editor.suggestionMarks.find(
                            mark => mark.start < mark.end && position >= mark.start && position < mark.end)
                        if (suggested) {
                            note = qsTr("Voorstel van %1: %2").arg(suggested.author)
                                .arg(suggested.replacement === "" ? qsTr("weglaten") : "“" + suggested.replacement + "”")
                            return
                        }
                        const label = editor.outline.footnoteAt(area.text, position)
                        note = label === "" ? "" : qsTr("Voetnoot %1: %2").arg(label)
                                  .arg(editor.outline.footnoteText(label) || qsTr("(nog geen tekst)"))
                    }
                }
                ToolTip.visible: hover.hovered && hover.note !== ""
                ToolTip.text: hover.note
                ToolTip.delay: 300
                Shortcut {
                    sequence: "Ctrl+Alt+G"
                    enabled: area.activeFocus
                    onActivated: editor.jumpFootnote()
                }
                Shortcut {
                    sequence: "Ctrl+K"
                    enabled: area.activeFocus
                    onActivated: editor.lemmaLinkRequested()
                }
                Shortcut {
                    sequence: "Shift+F10"
                    enabled: area.activeFocus
                    onActivated: editor.openSpellingMenu(area.cursorPosition, true)
                }
            }
        }
    }
}
