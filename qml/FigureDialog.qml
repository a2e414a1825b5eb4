import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Trendweb.Studio

// One figure: caption, source, the note that cites it, an image and its alt text.
// A refusal keeps the dialog open with the reason.
Dialog {
    id: dialog

    property int index: -1 // -1: a new figure
    property string figureId: ""
    property alias caption: captionField.text
    property alias source: sourceField.text
    // The label of the note that gives the source ("" for none), chosen from `footnotes`.
    property string note: ""
    // The lemma's notes, as the outline lists them: {label, number, text, …}.
    property var footnotes: []
    // The choices: no note, every note by number and the start of its text, and a label
    // that is not (or no longer) among the notes, so that it is not lost unseen.
    readonly property var noteChoices: {
        const choices = [{ label: "", text: qsTr("geen voetnoot") }]
        let known = dialog.note === ""
        for (const footnote of dialog.footnotes) {
            const start = footnote.text.length > 50 ? footnote.text.slice(0, 50).trim() + "…" : footnote.text
            choices.push({ label: footnote.label,
                           text: start !== "" ? qsTr("%1 — %2").arg(footnote.number).arg(start)
                                              : qsTr("%1 — (nog zonder tekst)").arg(footnote.number) })
            known = known || footnote.label === dialog.note
        }
        if (!known)
            choices.push({ label: dialog.note, text: qsTr("%1 (staat niet bij de voetnoten)").arg(dialog.note) })
        return choices
    }
    property alias image: imageField.text
    property alias alt: altField.text
    property alias numbered: numberedBox.checked
    property string reason: ""
    // Returns "" when saved, else the reason.
    property var save: null
    property var copyImage: null
    // Takes back an image copied in for a figure that was not added after all.
    property var discardImage: null
    // The images copied in while the dialog was open; all but the one saved are taken back
    // when it closes.
    property var copiedImages: []
    property bool saved: false
    readonly property alias fileDialog: fileDialog

    function edit(index, figure) {
        dialog.index = index
        figureId = figure ? figure.id : ""
        caption = figure ? figure.caption : ""
        source = figure ? figure.source : ""
        note = figure ? figure.note : ""
        image = figure ? figure.image : ""
        alt = figure ? figure.alt : ""
        numbered = figure ? figure.numbered !== false : true
        reason = ""
        copiedImages = []
        saved = false
        open()
        captionField.forceActiveFocus()
    }

    function useImage(file) {
        const outcome = copyImage(file)
        if (outcome.error) {
            reason = outcome.error
            return
        }
        reason = ""
        image = outcome.path
        copiedImages = copiedImages.concat([outcome.path])
        altField.forceActiveFocus()
    }

    function accept() {
        reason = save(index, { id: figureId, caption: caption, source: source, note: note, image: image, alt: alt, numbered: numbered })
        if (reason === "") {
            saved = true
            close()
        }
    }

    onClosed: {
        for (const copied of copiedImages) {
            if (discardImage && !(saved && copied === image))
                discardImage(copied)
        }
        copiedImages = []
    }

    title: index < 0 ? qsTr("Figuur toevoegen") : qsTr("Figuur bewerken")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 520, 520)
    standardButtons: Dialog.NoButton

    FileDialog {
        id: fileDialog
        title: qsTr("Afbeelding kiezen")
        // A dialog is not an item: the window comes from its content.
        parentWindow: dialog.contentItem ? dialog.contentItem.Window.window : null
        nameFilters: [qsTr("Afbeeldingen (*.png *.jpg *.jpeg *.gif *.svg *.webp)")]
        // Where an author keeps files: the Documents folder.
        currentFolder: Folders.documents
        onAccepted: dialog.useImage(selectedFile.toString())
    }

    contentItem: GridLayout {
        columns: 2
        columnSpacing: 8
        Label { text: qsTr("Bijschrift") }
        TextField {
            id: captionField
            objectName: "figureCaption"
            Layout.fillWidth: true
            Accessible.name: qsTr("Bijschrift")
            onAccepted: dialog.accept()
        }
        Item { width: 1; height: 1 }
        CheckBox {
            id: numberedBox
            objectName: "figureNumbered"
            text: qsTr("Genummerd als 'Figuur N'")
            checked: true
        }
        Label { text: qsTr("Bron") }
        TextField {
            id: sourceField
            objectName: "figureSource"
            Layout.fillWidth: true
            Accessible.name: qsTr("Bron")
            onAccepted: dialog.accept()
        }
        Label { text: qsTr("Voetnoot") }
        ComboBox {
            id: noteBox
            objectName: "figureNote"
            Layout.fillWidth: true
            model: dialog.noteChoices
            textRole: "text"
            valueRole: "label"
            currentIndex: Math.max(0, dialog.noteChoices.findIndex(choice => choice.label === dialog.note))
            onActivated: (index) => dialog.note = dialog.noteChoices[index].label
            Accessible.name: qsTr("Voetnoot met de bron")
            FocusRing { shown: noteBox.visualFocus }
        }
        Label { text: qsTr("Afbeelding") }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: imageField
                objectName: "figureImage"
                Layout.fillWidth: true
                readOnly: true
                placeholderText: qsTr("geen afbeelding")
                Accessible.name: qsTr("Afbeelding")
            }
            Button {
                text: qsTr("Kiezen…")
                onClicked: fileDialog.open()
            }
            Button {
                text: qsTr("Weghalen")
                visible: imageField.text !== ""
                onClicked: imageField.text = ""
            }
        }
        Label { text: qsTr("Alternatieve tekst") }
        TextField {
            id: altField
            objectName: "figureAlt"
            Layout.fillWidth: true
            placeholderText: qsTr("wat de afbeelding laat zien, voor wie haar niet ziet")
            Accessible.name: qsTr("Alternatieve tekst")
            onAccepted: dialog.accept()
        }
        Label {
            objectName: "figureReason"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: dialog.reason !== ""
            text: dialog.reason
            wrapMode: Text.Wrap
            color: "#b00020"
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "figureSave"
            text: qsTr("Opslaan in de tekst")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Annuleren")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        onAccepted: dialog.accept()
        onRejected: dialog.close()
    }
}
