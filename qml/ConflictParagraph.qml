import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One colliding paragraph: mine, theirs, and what they both started from.
Frame {
    id: frame

    required property string path
    required property int number
    required property string base
    required property string mine
    required property string theirs
    required property string decision
    // A conflict about one key of edition.yaml or a front matter ("" for a paragraph).
    required property string conflictKey
    signal chosen(string take, string edited)

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        Label {
            text: qsTr("%1 · %2%3").arg(frame.path)
                      .arg(frame.conflictKey !== "" ? qsTr("sleutel %1").arg(frame.conflictKey)
                                                : frame.number > 0 ? qsTr("alinea %1").arg(frame.number)
                                                                   : qsTr("het hele bestand"))
                      .arg(frame.decision !== "" ? qsTr(" · gekozen: %1").arg(frame.decision) : "")
            font.bold: true
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
        Label { text: qsTr("Mijn versie"); opacity: 0.7 }
        Label { text: frame.mine; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Label { text: qsTr("Versie van de anderen"); opacity: 0.7 }
        Label { text: frame.theirs; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Label { text: qsTr("Oorspronkelijk"); opacity: 0.7; visible: frame.base !== "" }
        Label { text: frame.base; wrapMode: Text.Wrap; Layout.fillWidth: true; opacity: 0.7; visible: frame.base !== "" }
        TextArea {
            id: edited
            Layout.fillWidth: true
            visible: false
            wrapMode: TextEdit.Wrap
            text: frame.mine
        }
        Flow {
            Layout.fillWidth: true
            spacing: 4
            Button { objectName: "takeMine"; text: qsTr("Mijn versie"); onClicked: frame.chosen("mine", "") }
            Button { objectName: "takeTheirs"; text: qsTr("Die van de anderen"); onClicked: frame.chosen("theirs", "") }
            Button { objectName: "takeBoth"; text: qsTr("Allebei"); visible: frame.conflictKey === "" && frame.number > 0; onClicked: frame.chosen("both", "") }
            Button {
                text: edited.visible ? qsTr("Deze tekst nemen") : qsTr("Bewerken…")
                onClicked: {
                    if (edited.visible)
                        frame.chosen("edit", edited.text)
                    edited.visible = !edited.visible
                }
            }
        }
    }
}
