import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A field that completes lemma titles as one types: ↑/↓ choose, Enter takes the
// chosen one (or the first), Escape clears.
ColumnLayout {
    id: picker

    property var outline: null
    property alias placeholderText: field.placeholderText
    property alias text: field.text
    readonly property var matches: outline && field.text.trim() !== "" ? outline.matchingLemmas(field.text) : []
    signal chosen(string slug, string title)

    function take(index) {
        const match = matches[index]
        if (!match)
            return
        picker.chosen(match.slug, match.title)
        field.text = ""
    }

    function focusField() { field.forceActiveFocus() }

    spacing: 2

    TextField {
        id: field
        objectName: "lemmaPickerField"
        Layout.fillWidth: true
        Accessible.name: picker.placeholderText
        onTextChanged: suggestions.currentIndex = 0
        Keys.onDownPressed: suggestions.incrementCurrentIndex()
        Keys.onUpPressed: suggestions.decrementCurrentIndex()
        Keys.onEscapePressed: (event) => {
            event.accepted = text !== ""
            text = ""
        }
        onAccepted: picker.take(Math.max(0, suggestions.currentIndex))
    }

    ListView {
        id: suggestions
        objectName: "lemmaSuggestions"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 180)
        visible: count > 0
        clip: true
        model: picker.matches
        highlightMoveDuration: 0
        delegate: ItemDelegate {
            required property var modelData
            required property int index
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            text: modelData.letter + " · " + modelData.title
            onClicked: picker.take(index)
        }
    }
}
