import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One review thread: the passage, whether it is still there, the messages, a reply.
Frame {
    id: frame

    required property string threadId
    required property string quote
    required property string state
    required property bool resolved
    required property string messages
    required property int start
    required property int end
    signal chosen()
    signal replied(string text)
    signal resolveToggled()

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        // The quoted passage: a click, Enter or Space goes to it in the text.
        Button {
            objectName: "threadQuote"
            Layout.fillWidth: true
            flat: true
            padding: 2
            Accessible.name: qsTr("Naar de passage: %1").arg(frame.quote)
            onClicked: frame.chosen()
            contentItem: Label {
                text: "“" + frame.quote + "”"
                font.italic: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
            }
            FocusRing {}
        }
        Label {
            text: frame.state === "orphaned" ? qsTr("De passage is veranderd of verdwenen")
                 : frame.state === "moved" ? qsTr("De passage is verplaatst") : ""
            visible: text !== ""
            color: frame.state === "orphaned" ? "#b3261e" : palette.windowText
            opacity: 0.8
        }
        Label {
            Layout.fillWidth: true
            text: frame.messages
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: reply
                objectName: "replyField"
                Accessible.name: qsTr("Antwoord")
                Layout.fillWidth: true
                placeholderText: qsTr("Antwoord…")
                onAccepted: if (text.trim() !== "") { frame.replied(text); text = "" }
            }
            Button {
                objectName: "resolveButton"
                text: frame.resolved ? qsTr("Heropenen") : qsTr("Opgelost")
                onClicked: frame.resolveToggled()
            }
        }
    }
}
