import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// At a start without a folder, when other editions were opened before: the recent
// editions to go on with, the built-in 2025 edition (already open), opening a folder and
// fetching a shared edition.
Dialog {
    id: dialog

    property var recent: null // RecentEditions
    signal editionChosen(string path) // "" for the built-in edition
    signal openFolderRequested()
    signal fetchRequested()

    title: qsTr("Welkom bij Trendweb Studio")
    modal: true
    anchors.centerIn: parent

    ColumnLayout {
        implicitWidth: 520
        width: parent ? parent.width : 520
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Met welke editie wilt u verder?")
        }
        ListView {
            id: list
            objectName: "welcomeList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 320)
            clip: true
            model: dialog.recent
            delegate: ItemDelegate {
                required property string path
                required property string title
                required property bool builtin
                width: ListView.view.width
                // The built-in edition has its own line below.
                visible: !builtin
                height: builtin ? 0 : implicitHeight
                // Several editions may share a title: the folder tells them apart.
                text: qsTr("%1 — %2").arg(title).arg(path.split("/").pop())
                ToolTip.visible: hovered
                ToolTip.text: path
                onClicked: {
                    dialog.close()
                    dialog.editionChosen(path)
                }
            }
        }
        ItemDelegate {
            Layout.fillWidth: true
            text: qsTr("De ingebouwde editie 2025")
            onClicked: {
                dialog.close()
                dialog.editionChosen("")
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Editie openen…")
            onClicked: {
                dialog.close()
                dialog.openFolderRequested()
            }
        }
        Button {
            text: qsTr("Gedeelde editie ophalen…")
            onClicked: {
                dialog.close()
                dialog.fetchRequested()
            }
        }
    }
}
