import QtQuick
import QtQuick.Controls

// Dutch texts for a Dialog's standard buttons: Qt's own are English ("Cancel", "Close").
// Put one inside a Dialog; the texts follow a change of language.
QtObject {
    id: texts

    required property Dialog dialog

    function apply() {
        const names = [
            [Dialog.Ok, () => qsTr("OK")],
            [Dialog.Cancel, () => qsTr("Annuleren")],
            [Dialog.Close, () => qsTr("Sluiten")],
            [Dialog.Open, () => qsTr("Openen")],
            [Dialog.Save, () => qsTr("Opslaan")],
            [Dialog.Yes, () => qsTr("Ja")],
            [Dialog.No, () => qsTr("Nee")],
            [Dialog.Apply, () => qsTr("Toepassen")],
            [Dialog.Discard, () => qsTr("Niet opslaan")]
        ]
        for (const [which, text] of names) {
            const button = dialog.standardButton(which)
            if (button)
                button.text = Qt.binding(text)
        }
    }

    Component.onCompleted: apply()
}
