import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One collision of a merge, in the middle of the window: where it is (the lemma's title,
// the paragraph as a reader counts it, or the key), both versions side by side with what
// each changed marked word by word, and the four choices above them, always in view.
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
    required property string title
    required property int paragraphNumber
    required property string mineChanges
    required property string theirsChanges
    // Who made the other version ("Anna", "Anna en Bert"); "" when not known.
    property string otherName: ""
    readonly property string otherLabel: otherName !== "" ? qsTr("Versie van %1").arg(otherName)
                                                          : qsTr("Versie van de anderen")
    readonly property string place: conflictKey !== "" ? qsTr("eigenschap ‘%1’").arg(conflictKey)
                                    : number <= 0 ? qsTr("het hele bestand")
                                    : paragraphNumber > 0 ? qsTr("alinea %1").arg(paragraphNumber)
                                    : qsTr("een alinea")
    signal chosen(string take, string edited)
    // Keuze herzien: the decided place open again, until the merge is recorded.
    signal reconsidered()

    // The keyboard on what follows a choice: Keuze herzien once chosen, the first choice
    // when open again (a screen reader's user would otherwise be left nowhere).
    function takeFocus() {
        if (decision !== "")
            reconsiderButton.forceActiveFocus(Qt.TabFocusReason)
        else
            mineButton.forceActiveFocus(Qt.TabFocusReason)
    }

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1, %2").arg(frame.title).arg(frame.place)

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(frame.title).arg(frame.place)
                font.bold: true
                font.pointSize: Qt.application.font.pointSize * 1.1
                elide: Text.ElideRight
            }
            Label {
                objectName: "decisionLabel"
                visible: frame.decision !== ""
                text: frame.decision === "mine" ? qsTr("✓ uw versie gekozen")
                      : frame.decision === "theirs" ? qsTr("✓ de andere versie gekozen")
                      : frame.decision === "both" ? qsTr("✓ allebei gekozen")
                      : qsTr("✓ eigen tekst gekozen")
            }
            Button {
                id: reconsiderButton
                objectName: "reconsider"
                visible: frame.decision !== ""
                text: qsTr("Keuze herzien")
                onClicked: frame.reconsidered()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Weer beide versies, en de tekst zoals voor deze keuze")
            }
        }

        // The choices first, so that they are in view without scrolling; once chosen, they
        // come back with Keuze herzien.
        Flow {
            Layout.fillWidth: true
            visible: frame.decision === ""
            spacing: 6
            Button {
                id: mineButton
                objectName: "takeMine"
                text: qsTr("Mijn versie")
                onClicked: frame.chosen("mine", "")
            }
            Button {
                objectName: "takeTheirs"
                text: frame.otherName !== "" ? qsTr("Die van %1").arg(frame.otherName)
                                             : qsTr("Die van de anderen")
                onClicked: frame.chosen("theirs", "")
            }
            Button {
                objectName: "takeBoth"
                text: qsTr("Allebei")
                visible: frame.conflictKey === "" && frame.number > 0
                onClicked: frame.chosen("both", "")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Eerst uw alinea, dan de andere")
            }
            Button {
                text: edited.visible ? qsTr("Deze tekst nemen") : qsTr("Bewerken…")
                onClicked: {
                    if (edited.visible)
                        frame.chosen("edit", edited.text)
                    edited.visible = !edited.visible
                    if (edited.visible)
                        edited.forceActiveFocus()
                }
            }
        }

        FieldArea {
            id: edited
            Layout.fillWidth: true
            visible: false
            wrapMode: TextEdit.Wrap
            text: frame.mine
            Accessible.name: qsTr("Eigen tekst voor %1").arg(frame.place)
        }

        // Side by side when there is room, one under the other when not.
        GridLayout {
            Layout.fillWidth: true
            columns: frame.width > 640 ? 2 : 1
            columnSpacing: 16
            rowSpacing: 4

            Label {
                text: qsTr("Uw versie")
                font.bold: true
            }
            Label {
                text: frame.otherLabel
                font.bold: true
                visible: parent.columns === 2
            }
            Label {
                objectName: "mineText"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                wrapMode: Text.Wrap
                textFormat: Text.RichText
                text: frame.mineChanges !== "" ? frame.mineChanges : frame.mine
                Accessible.name: qsTr("Uw versie: %1").arg(frame.mine)
            }
            Label {
                text: frame.otherLabel
                font.bold: true
                visible: parent.columns === 1
            }
            Label {
                objectName: "theirsText"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                wrapMode: Text.Wrap
                textFormat: Text.RichText
                text: frame.theirsChanges !== "" ? frame.theirsChanges : frame.theirs
                Accessible.name: qsTr("%1: %2").arg(frame.otherLabel).arg(frame.theirs)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: frame.base !== ""
            wrapMode: Text.Wrap
            opacity: 0.75
            font.pointSize: Qt.application.font.pointSize * 0.9
            text: qsTr("Doorgestreept: wat die versie weghaalde; onderstreept: wat erbij kwam, "
                       + "vergeleken met de tekst waar u allebei van uitging.")
        }
    }
}
