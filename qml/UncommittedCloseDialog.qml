import QtQuick
import QtQuick.Controls

// Closing while saved work is not yet recorded as a version: said calmly, since nothing
// is lost (the files are saved), with the way to record it first.
Dialog {
    id: dialog
    objectName: "uncommittedCloseDialog"

    // The changed files (paths) and how many of them are lemmas.
    property int fileCount: 0
    property int lemmaCount: 0
    signal commitRequested()
    signal closeRequested()

    title: qsTr("Nog niet vastgelegd")
    modal: true
    anchors.centerIn: parent
    onOpened: commitButton.forceActiveFocus(Qt.TabFocusReason)

    Label {
        objectName: "uncommittedText"
        width: 420
        wrapMode: Text.WordWrap
        text: (dialog.lemmaCount === dialog.fileCount
               ? qsTr("%n lemma's zijn opgeslagen maar nog niet vastgelegd.", "", dialog.lemmaCount)
               : qsTr("%n bestanden zijn opgeslagen maar nog niet vastgelegd.", "", dialog.fileCount))
              + " " + qsTr("Er gaat niets verloren: bij de volgende start staat alles er nog. Leg een versie vast om het werk te bewaren in de geschiedenis en het te kunnen versturen.")
    }

    footer: DialogButtonBox {
        Button {
            id: commitButton
            objectName: "commitFirstButton"
            // The dialog opens with the keyboard on Vastleggen…: Enter presses the framed button.
            FocusRing { shown: parent.activeFocus }
            text: qsTr("Vastleggen…")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            onClicked: {
                dialog.close()
                dialog.commitRequested()
            }
        }
        Button {
            objectName: "closeAnywayButton"
            FocusRing { shown: parent.activeFocus }
            text: qsTr("Toch afsluiten")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                dialog.close()
                dialog.closeRequested()
            }
        }
        Button {
            objectName: "cancelCloseButton"
            FocusRing { shown: parent.activeFocus }
            text: qsTr("Annuleren")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            onClicked: dialog.close()
        }
    }
}
