import QtQuick
import QtQuick.Controls

// The menu on a word: suggestions (looked up off the UI thread), "Toevoegen aan
// woordenlijst" and "Negeren".
Menu {
    id: menu
    objectName: "spellingMenu"

    property var spelling: null
    property var target: ({})
    property var suggestions: []
    property bool searching: false
    signal replaceRequested(int start, int length, string text)

    function openFor(info) {
        target = info || ({})
        suggestions = []
        searching = !!target.misspelled
        if (searching)
            spelling.requestSuggestions(target.word)
        popup()
    }

    Connections {
        target: menu.spelling
        function onSuggestionsReady(word, list) {
            if (word !== menu.target.word)
                return
            menu.suggestions = list.slice(0, 7)
            menu.searching = false
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
}
