import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Wijzigingen: what changed since the last version, a message, and one calm
// flow to record it and share it (Vastleggen, Ophalen, Versturen).
Pane {
    id: panel

    property var versions: null
    // The "Wie bent u?" dialog: asked first when nobody is known yet.
    property var identity: null
    padding: 8
    // An edition folder that keeps no versions yet (copied or unpacked by hand).
    readonly property bool unversioned: versions !== null && !versions.available
                                        && versions.editionRoot !== ""
    // The author wants the merge's choices in the middle of the window again.
    signal conflictsRequested()

    function focusMessage() {
        message.forceActiveFocus()
    }

    // Starts keeping versions, asking who the author is first when nobody is known.
    function startVersions() {
        const run = function() { panel.versions.startVersions() }
        if (panel.identity)
            panel.identity.ensure(run)
        else
            run()
    }

    // Commits under the author's name, asking who they are first when nobody is known.
    function commit() {
        const run = function() {
            if (panel.versions.commit(message.text))
                message.text = ""
        }
        if (panel.identity)
            panel.identity.ensure(run)
        else
            run()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        // During a merge the choices are in the middle of the window.
        ColumnLayout {
            Layout.fillWidth: true
            visible: panel.versions && panel.versions.merging
            spacing: 6
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: panel.versions && panel.versions.conflicts.openCount > 0
                      ? qsTr("Samenvoegen: nog %n keuzes te maken", "", panel.versions.conflicts.openCount)
                      : qsTr("Samenvoegen: alles is gekozen")
            }
            Button {
                objectName: "showConflicts"
                text: qsTr("Keuzes tonen")
                onClicked: panel.conflictsRequested()
            }
        }

        // No versions yet: say so, and offer the first one.
        ColumnLayout {
            Layout.fillWidth: true
            visible: panel.unversioned
            spacing: 6
            Label {
                objectName: "unversionedText"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Deze editie houdt nog geen versies bij. Begin daarmee, dan legt Vastleggen voortaan elke versie vast en kunt u later terugkijken en de editie delen.")
            }
            Button {
                objectName: "startVersionsButton"
                text: qsTr("Versies bijhouden")
                highlighted: true
                onClicked: panel.startVersions()
            }
        }
        Item {
            Layout.fillHeight: true
            visible: panel.unversioned
        }

        Label {
            text: qsTr("Gewijzigd sinds de laatste versie")
            font.bold: true
            visible: !panel.unversioned && !(panel.versions && panel.versions.merging)
        }

        ListView {
            id: list
            objectName: "changeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 80
            visible: !panel.unversioned && !(panel.versions && panel.versions.merging)
            clip: true
            model: panel.versions ? panel.versions.changes : null
            delegate: CheckDelegate {
                id: changeRow
                required property int index
                required property string path
                required property string change
                required property bool selected
                // "C · Arbeidsmarkt"; the path only for files that are no lemma.
                required property string name
                required property string detail
                width: ListView.view.width
                text: qsTr("%1 (%2)").arg(name).arg(change)
                Accessible.name: detail !== "" ? qsTr("%1, %2").arg(text).arg(detail) : text
                contentItem: Column {
                    leftPadding: changeRow.mirrored ? changeRow.indicator.width + changeRow.spacing : 0
                    rightPadding: changeRow.mirrored ? 0 : changeRow.indicator.width + changeRow.spacing
                    Label {
                        objectName: "changeName"
                        width: parent.width - parent.leftPadding - parent.rightPadding
                        text: changeRow.text
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "changeDetail"
                        visible: changeRow.detail !== ""
                        width: parent.width - parent.leftPadding - parent.rightPadding
                        text: changeRow.detail
                        elide: Text.ElideMiddle
                        font.pointSize: Math.max(7, Qt.application.font.pointSize * 0.85)
                        color: "#5f6368"
                    }
                }
                checkState: selected ? Qt.Checked : Qt.Unchecked
                onToggled: panel.versions.changes.setChecked(index, checkState === Qt.Checked)
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Alles is vastgelegd.")
                opacity: 0.6
            }
        }

        FieldArea {
            id: message
            objectName: "commitMessage"
            visible: !panel.unversioned
            Layout.fillWidth: true
            Layout.preferredHeight: 70
            placeholderText: qsTr("Wat is er veranderd?")
            wrapMode: TextEdit.Wrap
            // A field that looks like one: framed, white, the frame blue while typing in it.
            background: Rectangle {
                color: "#ffffff"
                radius: 2
                border.width: message.activeFocus ? 2 : 1
                border.color: message.activeFocus ? "#1565c0" : "#767676"
            }
            Keys.onPressed: (event) => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                        && (event.modifiers & Qt.ControlModifier)) {
                    commitButton.clicked()
                    event.accepted = true
                }
            }
        }

        // Who the version will be under; changed through "Wie bent u?".
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "committerLabel"
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: panel.versions && panel.versions.hasAuthor
                      ? qsTr("Vastleggen als %1").arg(panel.versions.authorName)
                      : qsTr("Nog niet bekend wie er vastlegt")
            }
            Button {
                objectName: "changeIdentityButton"
                flat: true
                text: panel.versions && panel.versions.hasAuthor ? qsTr("wijzigen…") : qsTr("Naam invullen…")
                visible: panel.identity !== null
                Accessible.name: panel.versions && panel.versions.hasAuthor ? qsTr("Naam wijzigen…") : text
                onClicked: panel.identity.ask(null)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: !panel.unversioned
            Button {
                id: commitButton
                objectName: "commitButton"
                text: panel.versions && panel.versions.merging ? qsTr("Samenvoeging vastleggen")
                                                               : qsTr("Vastleggen")
                highlighted: true
                enabled: panel.versions && message.text.trim() !== ""
                         && (panel.versions.changes.checkedCount > 0
                             || (panel.versions.merging && panel.versions.conflicts.openCount === 0))
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Leg de aangevinkte wijzigingen vast als nieuwe versie (Ctrl+Enter)")
                onClicked: panel.commit()
            }
            Item { Layout.fillWidth: true }
        }

        SyncBar {
            Layout.fillWidth: true
            versions: panel.versions
            identity: panel.identity
        }
    }
}
