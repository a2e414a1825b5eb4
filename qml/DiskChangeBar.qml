import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The open lemma changed or went elsewhere while the author had unsaved work: what
// she can do about it. Nothing is overwritten until she chooses.
Pane {
    id: bar

    property var document: null
    readonly property string diskState: document ? document.diskState : ""
    readonly property alias differenceDialog: difference

    visible: diskState !== ""
    padding: 6
    background: Rectangle { color: Qt.rgba(0.95, 0.7, 0.1, 0.18) }

    RowLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: bar.diskState === "gone"
                  ? qsTr("Het bestand bestaat niet meer op schijf.")
                  : qsTr("Het bestand is op schijf veranderd.")
        }
        Button {
            objectName: "keepMine"
            text: bar.diskState === "gone" ? qsTr("Opnieuw maken met mijn tekst") : qsTr("Mijn versie bewaren")
            onClicked: bar.document.keepMine()
        }
        Button {
            objectName: "takeTheirs"
            text: bar.diskState === "gone" ? qsTr("Sluiten") : qsTr("Die van schijf nemen")
            onClicked: bar.document.takeTheirs()
        }
        Button {
            objectName: "showDifference"
            visible: bar.diskState === "changed"
            text: qsTr("Verschil tonen")
            onClicked: difference.open()
        }
    }

    Dialog {
        id: difference
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 80 : 700, 700)
        height: Math.min(parent ? parent.height - 80 : 500, 500)
        modal: true
        title: qsTr("Wat uw tekst verandert aan het bestand op schijf")
        standardButtons: Dialog.Close
        DialogButtonTexts { dialog: difference }

        ScrollView {
            anchors.fill: parent
            Label {
                width: difference.availableWidth
                wrapMode: Text.Wrap
                textFormat: Text.RichText
                text: difference.opened ? bar.document.differenceFromDisk() : ""
            }
        }
    }
}
