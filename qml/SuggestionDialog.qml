import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Voorstel (Ctrl+Alt+S): the selected passage, editable; what the reviewer types becomes a
// suggestion for the author, not an edit of the text. Empty: a suggestion to delete it.
// Ctrl+Enter in either field confirms.
Dialog {
    id: dialog
    objectName: "suggestionDialog"

    property string quote: ""
    // Whose suggestion this is: shown, so nobody suggests under a name that is not theirs.
    property string author: ""
    signal suggested(string replacement, string message)

    title: qsTr("Voorstel")
    modal: true
    anchors.centerIn: parent
    // Fits the window (also at 1280x800 with a long passage): nothing sticks out at the right.
    width: Math.min(520, parent ? parent.width - 48 : 520)
    standardButtons: Dialog.Ok | Dialog.Cancel
    DialogButtonTexts { dialog: dialog }
    onAboutToShow: wording.text = quote
    onOpened: {
        wording.forceActiveFocus()
        wording.selectAll()
    }

    // Ctrl+Enter in either field: as OK (like Vastleggen).
    function confirmKey(event) {
        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                && (event.modifiers & Qt.ControlModifier)) {
            event.accepted = true
            dialog.accept()
        }
    }

    ColumnLayout {
        width: dialog.availableWidth
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.quote === "" ? qsTr("Tekst om hier in te voegen:")
                                      : qsTr("Uw tekst voor deze passage (leeg: weglaten):")
        }
        FieldArea {
            id: wording
            objectName: "suggestionText"
            Layout.fillWidth: true
            Layout.preferredHeight: 100
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Voorgestelde tekst")
            Keys.onPressed: (event) => dialog.confirmKey(event)
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.quote !== ""
            text: qsTr("Nu: “%1”").arg(dialog.quote)
            font.italic: true
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            opacity: 0.8
        }
        TextField {
            id: explanation
            objectName: "suggestionExplanation"
            Layout.fillWidth: true
            placeholderText: qsTr("Uitleg (niet verplicht)")
            Accessible.name: placeholderText
            Keys.onPressed: (event) => dialog.confirmKey(event)
        }
        Label {
            objectName: "suggestionAuthor"
            Layout.fillWidth: true
            elide: Text.ElideRight
            opacity: 0.8
            text: qsTr("Voorstel van %1").arg(dialog.author)
        }
    }
    onAccepted: {
        if (wording.text !== dialog.quote)
            dialog.suggested(wording.text, explanation.text)
        explanation.text = ""
    }
}
