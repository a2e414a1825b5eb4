import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Wie bent u?": the name (and, if the author likes, the e-mail address) under which
// versions and comments are written. Prefilled from Git's identity when there is one;
// nothing is taken over until the author confirms. ensure() asks first when no name is
// known and then goes on with what the author was doing. At the first start it is the
// welcome: a few lines on what to do, the name, and the other editions to open instead.
Dialog {
    id: dialog
    objectName: "identityDialog"

    property var versions: null
    // Ask as soon as the window is there when no name is known yet (the first start).
    property bool askWhenUnknown: false
    // The EditionChooser: its recent editions and its ways to open another edition, offered
    // in the welcome.
    property var chooser: null
    // Asked at the first start: the dialog welcomes as well.
    property bool welcoming: false
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
        welcoming = false
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

    // The first start: the welcome with the name question.
    function welcome() {
        ask(null)
        welcoming = true
    }

    // Opening another edition from the welcome: the name goes with it when it is filled in.
    function leaveFor(action) {
        if (canConfirm && versions)
            versions.confirmAuthor(nameField.text, emailField.text)
        close()
        action()
    }

    title: welcoming ? qsTr("Welkom bij Trendweb Studio") : qsTr("Wie bent u?")
    modal: true
    anchors.centerIn: parent
    closePolicy: Popup.CloseOnEscape
    onOpened: nameField.forceActiveFocus()
    onClosed: continuation = null
    Component.onCompleted: if (askWhenUnknown && versions && !versions.hasAuthor) welcome()

    // Git's identity may become known after the dialog opened (the edition is still
    // loading): fill it in, unless the author has typed already.
    Connections {
        target: dialog.versions
        function onSuggestionChanged() {
            if (dialog.visible && !dialog.edited)
                dialog.fill()
        }
    }

    width: Math.min(parent ? parent.width - 40 : 480, 480)

    ColumnLayout {
        width: 420
        spacing: 6

        Label {
            objectName: "welcomeSteps"
            Layout.fillWidth: true
            Layout.bottomMargin: 6
            wrapMode: Text.Wrap
            visible: dialog.welcoming
            textFormat: Text.StyledText
            text: qsTr("Kies links een lemma en schrijf in het midden.<br>"
                       + "<b>Vastleggen</b> bewaart een versie van uw tekst.<br>"
                       + "<b>Versturen</b> deelt uw versies met de anderen.")
        }
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

        // The welcome: the 2025 edition is open behind it; other editions are one click away.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: 8
            visible: dialog.welcoming && dialog.chooser !== null
            spacing: 2
            Label {
                text: qsTr("Liever een andere editie?")
                font.bold: true
            }
            ListView {
                id: recentList
                objectName: "welcomeRecentList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 160)
                clip: true
                model: dialog.chooser ? dialog.chooser.recent : null
                delegate: ItemDelegate {
                    required property string path
                    required property string title
                    required property bool builtin
                    width: ListView.view.width
                    visible: !builtin // the built-in edition is open already
                    height: builtin ? 0 : implicitHeight
                    text: qsTr("%1 — %2").arg(title).arg(path.split("/").pop())
                    ToolTip.visible: hovered
                    ToolTip.text: path
                    onClicked: dialog.leaveFor(() => dialog.chooser.openEdition(path))
                }
            }
            RowLayout {
                Button {
                    objectName: "welcomeOpenFolder"
                    text: qsTr("Andere editie openen…")
                    flat: true
                    onClicked: dialog.leaveFor(() => dialog.chooser.chooseFolder())
                }
                Button {
                    objectName: "welcomeFetch"
                    text: qsTr("Gedeelde editie ophalen…")
                    flat: true
                    onClicked: dialog.leaveFor(() => dialog.chooser.fetchShared())
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "identityConfirm"
            text: dialog.welcoming ? qsTr("Beginnen") : qsTr("Bevestigen")
            enabled: dialog.canConfirm
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.confirm()
        }
        Button {
            objectName: "identityCancel"
            text: dialog.welcoming ? qsTr("Later") : qsTr("Annuleren")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
