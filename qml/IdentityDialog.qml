import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Wie bent u?": the name (and, if the author likes, the e-mail address) under which
// versions and comments are written. Prefilled from Git's identity when there is one;
// nothing is taken over until the author confirms. ensure() asks first when no name is
// known and then goes on with what the author was doing.
Dialog {
    id: dialog
    objectName: "identityDialog"

    property var versions: null
    // Ask as soon as the window is there when no name is known yet (the first start).
    property bool askWhenUnknown: false
    // What to do once a name is confirmed; dropped when the author cancels.
    property var continuation: null
    // The fields hold Git's identity, not yet confirmed by the author.
    property bool fromGit: false
    // Set once the author types: from then on nothing refills the fields.
    property bool edited: false
    readonly property bool canConfirm: dialog.validName(nameField.text) && dialog.validEmail(emailField.text)

    function validName(text) {
        return text.trim() !== "" && !/[<>]/.test(text)
    }

    function validEmail(text) {
        return !/[<>]/.test(text)
    }

    // Runs `next` under a known name: at once when there is one, else after asking.
    function ensure(next) {
        if (versions && versions.hasAuthor) {
            if (next)
                next()
            return
        }
        ask(next)
    }

    // Asks (again, e.g. to change the name); `next` runs once a name is confirmed.
    function ask(next) {
        continuation = next || null
        edited = false
        fill()
        open()
    }

    function fill() {
        const known = versions && versions.hasAuthor
        nameField.text = known ? versions.authorName : (versions ? versions.suggestedName : "")
        emailField.text = known ? versions.authorEmail : (versions ? versions.suggestedEmail : "")
        fromGit = !known && nameField.text !== ""
    }

    function confirm() {
        if (!canConfirm || !versions || !versions.confirmAuthor(nameField.text, emailField.text))
            return
        const next = continuation
        continuation = null
        close()
        if (next)
            next()
    }

    title: qsTr("Wie bent u?")
    modal: true
    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape
    onOpened: nameField.forceActiveFocus()
    onClosed: continuation = null
    Component.onCompleted: if (askWhenUnknown && versions && !versions.hasAuthor) ask(null)

    // Git's identity may become known after the dialog opened (the edition is still
    // loading): fill it in, unless the author has typed already.
    Connections {
        target: dialog.versions
        function onSuggestionChanged() {
            if (dialog.visible && !dialog.edited)
                dialog.fill()
        }
    }

    ColumnLayout {
        width: 420
        spacing: 6

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Uw naam staat bij elke versie die u vastlegt en bij elke opmerking die u schrijft.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: dialog.fromGit && !dialog.edited
            opacity: 0.7
            text: qsTr("Ingevuld uit uw Git-instellingen. Klopt het, bevestig dan.")
        }
        Label {
            text: qsTr("Naam")
        }
        TextField {
            id: nameField
            objectName: "identityName"
            Layout.fillWidth: true
            placeholderText: qsTr("bijvoorbeeld Anne de Vries")
            Accessible.name: qsTr("Naam")
            onTextEdited: dialog.edited = true
            onAccepted: dialog.confirm()
        }
        Label {
            text: qsTr("E-mailadres (niet verplicht)")
        }
        TextField {
            id: emailField
            objectName: "identityEmail"
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhEmailCharactersOnly
            Accessible.name: qsTr("E-mailadres")
            onTextEdited: dialog.edited = true
            onAccepted: dialog.confirm()
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: !dialog.validName(nameField.text) || !dialog.validEmail(emailField.text)
            color: palette.placeholderText
            text: nameField.text.trim() === "" ? qsTr("Zonder naam kan er niets worden vastgelegd of opgemerkt.")
                                               : qsTr("Een naam of e-mailadres mag geen < of > bevatten.")
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "identityConfirm"
            text: qsTr("Bevestigen")
            enabled: dialog.canConfirm
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.confirm()
        }
        Button {
            objectName: "identityCancel"
            text: qsTr("Annuleren")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
