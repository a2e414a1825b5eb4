import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

// Find (Ctrl+F) and replace (Ctrl+H) in the open lemma. Enter and F3 go to the next
// match, Shift+Enter and Shift+F3 to the one before; Escape goes back to the text.
// "Alles vervangen" is one step for Ctrl+Z.
Pane {
    id: bar

    property var editor: null // the LemmaEditor
    property bool replacing: false
    property string message: ""
    readonly property var area: editor ? editor.textArea : null
    // Where the text a writer sees begins: the front matter is searched only when it shows.
    readonly property int searchFrom: editor && editor.document && !editor.showSource
                                      ? editor.document.bodyStart : 0
    readonly property var matches: {
        search.query, search.caseSensitive, search.wholeWords // what the matches depend on
        if (!visible || !area)
            return []
        const from = bar.searchFrom
        const all = search.positions(area.text)
        return from > 0 ? all.filter(position => position >= from) : all
    }
    readonly property int current: {
        if (!area)
            return -1
        for (let i = 0; i < matches.length; ++i) {
            if (matches[i] === area.selectionStart && area.selectionEnd - area.selectionStart === search.query.length)
                return i
        }
        return -1
    }

    function show(replace) {
        replacing = replace
        visible = true
        const selected = area.selectedText
        if (selected !== "" && selected.indexOf("\n") < 0 && selected.length < 100)
            findField.text = selected
        findField.forceActiveFocus()
        findField.selectAll()
        message = ""
        Qt.callLater(seek)
    }

    function hide() {
        visible = false
        editor.placeCursor(area.cursorPosition)
    }

    // The next match after the cursor (step 1) or the one before it (step -1), round the end.
    function go(step) {
        if (matches.length === 0)
            return
        const from = step > 0 ? area.selectionEnd : area.selectionStart
        let index = -1
        if (step > 0) {
            index = matches.findIndex(position => position >= from)
            if (index < 0)
                index = 0
        } else {
            for (let i = matches.length - 1; i >= 0; --i) {
                if (matches[i] < from) {
                    index = i
                    break
                }
            }
            if (index < 0)
                index = matches.length - 1
        }
        area.select(matches[index], matches[index] + search.query.length)
    }

    // While typing what to find: the first match from where the current one starts.
    function seek() {
        if (current >= 0 || matches.length === 0)
            return
        const from = area.selectionStart
        let index = matches.findIndex(position => position >= from)
        if (index < 0)
            index = 0
        area.select(matches[index], matches[index] + search.query.length)
    }

    function replaceOne() {
        if (current < 0) {
            go(1)
            return
        }
        const start = matches[current]
        const text = area.text
        editor.applyEdit({ text: text.slice(0, start) + replaceField.text + text.slice(start + search.query.length),
                           cursor: start + replaceField.text.length })
        go(1)
    }

    function replaceEverything() {
        // A hidden front matter is left as it is.
        const from = bar.searchFrom
        const text = area.text
        const outcome = search.replacedIn(text.slice(from), replaceField.text)
        if (outcome.count > 0)
            editor.applyEdit({ text: text.slice(0, from) + outcome.text, cursor: area.cursorPosition })
        message = qsTr("%L1 keer vervangen").arg(outcome.count)
    }

    visible: false
    padding: 4

    EditionSearch {
        id: search
        query: findField.text
        caseSensitive: caseBox.checked
        wholeWords: wordsBox.checked
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: findField
                objectName: "findField"
                Layout.fillWidth: true
                placeholderText: qsTr("Zoeken in dit lemma")
                Accessible.name: qsTr("Zoeken in dit lemma")
                onTextChanged: {
                    bar.message = ""
                    Qt.callLater(bar.seek) // once the matches follow the new text
                }
                Keys.onReturnPressed: (event) => bar.go(event.modifiers & Qt.ShiftModifier ? -1 : 1)
                Keys.onEnterPressed: (event) => bar.go(event.modifiers & Qt.ShiftModifier ? -1 : 1)
                Keys.onEscapePressed: bar.hide()
            }
            Label {
                objectName: "findCount"
                text: findField.text === "" ? ""
                      : bar.matches.length === 0 ? qsTr("niet gevonden")
                      : bar.current >= 0 ? qsTr("%L1 van %L2").arg(bar.current + 1).arg(bar.matches.length)
                      : qsTr("%L1 keer").arg(bar.matches.length)
            }
            ToolButton {
                text: "↑"
                onClicked: bar.go(-1)
                Accessible.name: qsTr("Vorige")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Vorige (Shift+F3)")
            }
            ToolButton {
                text: "↓"
                onClicked: bar.go(1)
                Accessible.name: qsTr("Volgende")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Volgende (F3)")
            }
            CheckBox {
                id: caseBox
                text: qsTr("Aa")
                Accessible.name: qsTr("Hoofdletters tellen mee")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Hoofdletters tellen mee")
            }
            CheckBox {
                id: wordsBox
                text: qsTr("Heel woord")
            }
            ToolButton {
                text: "✕"
                onClicked: bar.hide()
                Accessible.name: qsTr("Zoeken sluiten")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: bar.replacing
            TextField {
                id: replaceField
                objectName: "replaceField"
                Layout.fillWidth: true
                placeholderText: qsTr("Vervangen door")
                Accessible.name: qsTr("Vervangen door")
                Keys.onReturnPressed: bar.replaceOne()
                Keys.onEnterPressed: bar.replaceOne()
                Keys.onEscapePressed: bar.hide()
            }
            Button {
                objectName: "replaceOne"
                text: qsTr("Vervangen")
                enabled: bar.matches.length > 0
                onClicked: bar.replaceOne()
            }
            Button {
                objectName: "replaceAll"
                text: qsTr("Alles vervangen")
                enabled: bar.matches.length > 0
                onClicked: bar.replaceEverything()
            }
            Label {
                text: bar.message
            }
        }
    }
}
