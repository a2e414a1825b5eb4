import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

// At start: text that was not saved when the editor last ended, one lemma at a time.
// Enter puts it back in the editor (still unsaved, to be read and saved); the other
// choice throws it away.
Dialog {
    id: dialog

    property var edition: null // the EditionController whose texts are offered
    // Where the editor journals unsaved text.
    readonly property alias folder: recovery.folder
    property var entry: null // {filePath, path, written, text}
    property string lemmaTitle: ""
    // Put this text in the editor; the next entry is offered afterwards.
    signal recoverRequested(var entry)
    signal discardRequested(var entry)

    // Offers the newest entry of the open edition, if there is one.
    function offerNext() {
        if (!edition)
            return
        recovery.editionRoot = edition.rootPath
        recovery.refresh()
        const next = recovery.entries[0]
        if (next)
            offer(next, edition.lemmas.title(edition.rowOfFile(next.path)))
    }

    function offer(next, title) {
        entry = next
        lemmaTitle = title
        open()
    }

    Recovery {
        id: recovery
    }

    onDiscardRequested: (entry) => {
        recovery.discard(entry.filePath)
        offerNext()
    }

    title: qsTr("Niet-opgeslagen tekst teruggevonden")
    modal: true
    closePolicy: Popup.NoAutoClose
    onOpened: {
        recoverButton.forceActiveFocus()
        console.info("Trendweb Studio: niet-opgeslagen tekst teruggevonden voor " + entry.path)
    }
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 40 : 520, 520)

    contentItem: ColumnLayout {
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.entry
                  ? qsTr("De editor is de vorige keer gestopt voordat %1 was opgeslagen. De tekst van %2 is bewaard gebleven.")
                        .arg(dialog.lemmaTitle || dialog.entry.path).arg(dialog.entry.written)
                  : ""
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Herstellen zet die tekst in de editor; lees hem na en sla op met Ctrl+S. Weggooien laat het lemma zoals het is opgeslagen.")
            opacity: 0.8
        }
    }

    footer: DialogButtonBox {
        Button {
            id: recoverButton
            objectName: "recoverButton"
            text: qsTr("Herstellen")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
        }
        Button {
            objectName: "discardRecoveredButton"
            text: qsTr("Weggooien")
            DialogButtonBox.buttonRole: DialogButtonBox.DestructiveRole
            onClicked: {
                const entry = dialog.entry
                dialog.close()
                dialog.discardRequested(entry)
            }
        }
        onAccepted: {
            const entry = dialog.entry
            dialog.close()
            dialog.recoverRequested(entry)
        }
    }
}
