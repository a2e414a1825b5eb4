import QtQuick
import QtQuick.Controls

// The menu on a word: suggestions (looked up off the UI thread), "Toevoegen aan
// woordenlijst" and "Negeren"; then Knippen, Kopiëren, Plakken and Alles selecteren.
Menu {
    id: menu
    objectName: "spellingMenu"

    property var spelling: null
    // The TextArea the menu edits (cut, copy, paste, select all).
    property var textArea: null
    property var target: ({})
    property var suggestions: []
    property bool searching: false
    signal replaceRequested(int start, int length, string text)
    // Opmerking… and Voorstel… on the selection (or, for a suggestion, at the cursor).
    signal commentRequested()
    signal suggestionRequested()

    function openFor(info, fromKeyboard) {
        target = info || ({})
        suggestions = []
        searching = !!target.misspelled
        if (searching)
            spelling.requestSuggestions(target.word)
        if (fromKeyboard && textArea) {
            // At the cursor, not where the mouse happens to be; Enter takes the first item.
            const rect = textArea.cursorRectangle
            popup(textArea, rect.x, rect.y + rect.height)
            highlightFirst()
        } else {
            popup()
        }
    }

    // The first item that can be chosen is highlighted, so Enter works at once.
    function highlightFirst() {
        for (let i = 0; i < count; ++i) {
            const item = itemAt(i)
            if (item && item.enabled && item.visible && item.height > 0 && item.text !== undefined
                    && item.text !== "") {
                currentIndex = i
                return
            }
        }
    }

    Connections {
        target: menu.spelling
        function onSuggestionsReady(word, list) {
            if (word !== menu.target.word)
                return
            const keyboard = menu.opened && menu.currentIndex >= 0
            menu.suggestions = list.slice(0, 7)
            menu.searching = false
            if (keyboard)
                menu.highlightFirst()
        }
    }

    Instantiator {
        model: menu.suggestions
        delegate: MenuItem {
            required property string modelData
            text: modelData
            font.bold: true
            onTriggered: menu.replaceRequested(menu.target.start, menu.target.length, modelData)
        }
        onObjectAdded: (index, object) => menu.insertItem(index, object)
        onObjectRemoved: (index, object) => menu.removeItem(object)
    }

    MenuItem {
        text: qsTr("Suggesties zoeken…")
        enabled: false
        visible: menu.searching
        height: visible ? implicitHeight : 0
    }
    MenuItem {
        text: menu.target.misspelled ? qsTr("Geen suggesties") : qsTr("Dit woord is goed gespeld")
        enabled: false
        visible: !menu.searching && menu.suggestions.length === 0
        height: visible ? implicitHeight : 0
    }
    MenuSeparator {}
    MenuItem {
        objectName: "addToWordList"
        text: qsTr("Toevoegen aan woordenlijst")
        enabled: !!menu.target.misspelled
        onTriggered: menu.spelling.addToWordList(menu.target.word)
    }
    MenuItem {
        objectName: "ignoreWord"
        text: qsTr("Negeren")
        enabled: !!menu.target.misspelled
        onTriggered: menu.spelling.ignore(menu.target.word)
    }
    MenuSeparator {}
    MenuItem {
        objectName: "cutItem"
        text: qsTr("Knippen")
        enabled: !!menu.textArea && !menu.textArea.readOnly && menu.textArea.selectedText !== ""
        onTriggered: menu.textArea.cut()
    }
    MenuItem {
        objectName: "copyItem"
        text: qsTr("Kopiëren")
        enabled: !!menu.textArea && menu.textArea.selectedText !== ""
        onTriggered: menu.textArea.copy()
    }
    MenuItem {
        objectName: "pasteItem"
        text: qsTr("Plakken")
        enabled: !!menu.textArea && !menu.textArea.readOnly && menu.textArea.canPaste
        onTriggered: menu.textArea.paste()
    }
    MenuSeparator {}
    MenuItem {
        objectName: "commentMenuItem"
        text: qsTr("Opmerking… (Ctrl+Alt+M)")
        enabled: !!menu.textArea && menu.textArea.selectedText !== ""
        onTriggered: menu.commentRequested()
    }
    MenuItem {
        objectName: "suggestionMenuItem"
        text: qsTr("Voorstel… (Ctrl+Alt+S)")
        enabled: !!menu.textArea && !menu.textArea.readOnly
        onTriggered: menu.suggestionRequested()
    }
    MenuSeparator {}
    MenuItem {
        objectName: "selectAllItem"
        text: qsTr("Alles selecteren")
        enabled: !!menu.textArea && menu.textArea.length > 0
        onTriggered: menu.textArea.selectAll()
    }
}
