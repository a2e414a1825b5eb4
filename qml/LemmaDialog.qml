import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

// Nieuw lemma, hernoemen en verwijderen: one dialog, three modes. The work is done by
// the LemmaManager; `done(path)` asks the window to reopen the edition and show `path`.
Dialog {
    id: dialog

    property LemmaManager manager: null
    property string mode: "new" // "new", "rename" or "delete"
    property string slug: ""    // the lemma renamed or deleted
    property string currentTitle: ""
    property var references: []
    signal done(string path)

    function ask(newMode, lemmaSlug, lemmaTitle) {
        mode = newMode
        slug = lemmaSlug
        currentTitle = lemmaTitle
        titleField.text = newMode === "rename" ? lemmaTitle : ""
        slugField.text = lemmaSlug
        removeLinks.checked = false
        references = newMode === "delete" ? manager.referencesTo(lemmaSlug) : []
        message.text = ""
        open()
        if (newMode !== "delete")
            titleField.forceActiveFocus()
    }

    title: mode === "new" ? qsTr("Nieuw lemma")
         : mode === "rename" ? qsTr("Lemma hernoemen") : qsTr("Lemma verwijderen")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 480
    // Closes only when the work is done; otherwise it stays with the reason.
    footer: DialogButtonBox {
        Button {
            objectName: "lemmaDialogOk"
            text: dialog.mode === "delete" ? qsTr("Verwijderen") : dialog.mode === "rename" ? qsTr("Hernoemen") : qsTr("Toevoegen")
            highlighted: true
            onClicked: dialog.perform()
        }
        Button {
            text: qsTr("Annuleren")
            onClicked: dialog.reject()
        }
    }

    function perform() {
        let path = ""
        if (mode === "new") {
            manager.createLemma(titleField.text)
            path = manager.lastFile
        } else if (mode === "rename") {
            const title = titleField.text.trim() === currentTitle ? "" : titleField.text.trim()
            manager.renameLemma(slug, slugField.text.trim(), title)
            path = manager.lastFile
        } else if (manager.deleteLemma(slug, removeLinks.checked)) {
            path = "-"
        }
        if (manager.errorMessage !== "") {
            message.text = manager.errorMessage // nothing was changed
            return
        }
        close()
        done(path)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("Titel")
            visible: dialog.mode !== "delete"
        }
        TextField {
            id: titleField
            objectName: "lemmaTitleField"
            Accessible.name: qsTr("Titel")
            Layout.fillWidth: true
            visible: dialog.mode !== "delete"
            placeholderText: qsTr("Bijvoorbeeld: Regionale economie")
            onAccepted: dialog.perform()
        }
        Label {
            visible: dialog.mode === "new"
            color: palette.placeholderText
            text: qsTr("Bestand: %1").arg(dialog.manager ? dialog.manager.fileOf(dialog.manager.slugFromTitle(titleField.text)) : "")
        }
        Label {
            text: qsTr("Naam in links en bestandsnaam")
            visible: dialog.mode === "rename"
        }
        TextField {
            id: slugField
            objectName: "lemmaSlugField"
            Accessible.name: qsTr("Naam in links en bestandsnaam")
            Layout.fillWidth: true
            visible: dialog.mode === "rename"
            onAccepted: dialog.perform()
        }
        Label {
            visible: dialog.mode === "rename"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: palette.placeholderText
            text: qsTr("Alle verwijzingen in de editie gaan mee: edition.yaml, de lijsten " +
                       "‘Lees meer over’, links in de tekst, figuren en opmerkingen.")
        }
        Label {
            visible: dialog.mode === "delete"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.references.length === 0
                  ? qsTr("‘%1’ wordt verwijderd. Geen ander lemma verwijst ernaar.").arg(dialog.currentTitle)
                  : qsTr("‘%1’ wordt nog genoemd in: %2.").arg(dialog.currentTitle).arg(dialog.references.join(", "))
        }
        CheckBox {
            id: removeLinks
            objectName: "removeLinksBox"
            visible: dialog.mode === "delete" && dialog.references.length > 0
            text: qsTr("Die verwijzingen ook weghalen (links worden gewone tekst)")
        }
        Label {
            id: message
            objectName: "lemmaDialogMessage"
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            color: "#b3261e"
        }
    }
}
