import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Wijzigingen: what changed since the last version, a message, and one calm
// flow to record it and share it (Vastleggen, Ophalen, Versturen).
Pane {
    id: panel

    property var versions: null
    padding: 8

    function focusMessage() {
        message.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        ConflictView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: panel.versions && panel.versions.merging
            versions: panel.versions
        }

        Label {
            text: qsTr("Gewijzigd sinds de laatste versie")
            font.bold: true
            visible: !(panel.versions && panel.versions.merging)
        }

        ListView {
            id: list
            objectName: "changeList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: 80
            visible: !(panel.versions && panel.versions.merging)
            clip: true
            model: panel.versions ? panel.versions.changes : null
            delegate: CheckDelegate {
                required property int index
                required property string path
                required property string change
                required property bool selected
                width: ListView.view.width
                text: qsTr("%1 (%2)").arg(path).arg(change)
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

        TextArea {
            id: message
            objectName: "commitMessage"
            Layout.fillWidth: true
            Layout.preferredHeight: 70
            placeholderText: qsTr("Wat is er veranderd?")
            wrapMode: TextEdit.Wrap
            Keys.onPressed: (event) => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                        && (event.modifiers & Qt.ControlModifier)) {
                    commitButton.clicked()
                    event.accepted = true
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            TextField {
                Layout.fillWidth: true
                placeholderText: qsTr("Uw naam")
                text: panel.versions ? panel.versions.authorName : ""
                onEditingFinished: panel.versions.authorName = text
            }
            TextField {
                Layout.fillWidth: true
                placeholderText: qsTr("E-mailadres")
                text: panel.versions ? panel.versions.authorEmail : ""
                onEditingFinished: panel.versions.authorEmail = text
            }
        }

        RowLayout {
            Layout.fillWidth: true
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
                onClicked: if (panel.versions.commit(message.text)) message.text = ""
            }
            Item { Layout.fillWidth: true }
        }

        SyncBar {
            Layout.fillWidth: true
            versions: panel.versions
        }
    }
}
