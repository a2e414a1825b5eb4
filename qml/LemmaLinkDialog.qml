import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Ctrl+K in the text: a link to another lemma, found by typing part of its title.
Dialog {
    id: dialog

    property var outline: null
    signal chosen(string slug, string title)

    title: qsTr("Link naar een lemma")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 440, 440)
    standardButtons: Dialog.Cancel
    DialogButtonTexts { dialog: dialog }
    onOpened: {
        picker.text = ""
        picker.focusField()
    }

    contentItem: LemmaPicker {
        id: picker
        objectName: "linkPicker"
        outline: dialog.outline
        placeholderText: qsTr("Typ een deel van de titel en kies met Enter")
        onChosen: (slug, title) => {
            dialog.close()
            dialog.chosen(slug, title)
        }
    }
}
