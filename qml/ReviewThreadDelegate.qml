import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One review thread: the passage, whether it is still there, the messages, a reply; or a
// suggestion, with its before and after and Overnemen / Afwijzen.
Frame {
    id: frame

    required property string threadId
    required property string quote
    required property string state
    required property bool resolved
    required property string messages
    required property int start
    required property int end
    required property string kind
    required property string replacement
    required property string suggestionState
    required property string author
    required property string current
    required property string difference
    required property int index
    // Why the last action on this card was refused.
    property string error: ""
    readonly property bool suggestion: kind === "suggestion"
    signal chosen()
    signal replied(string text)
    signal resolveToggled()
    signal acceptRequested(bool evenIfChanged)
    signal rejectRequested(string reply)

    // The keyboard on the card: its first decision button, else the passage. False when the
    // card has no decision to make.
    function focusFirst(decisionOnly) {
        if (frame.suggestion && suggestionPart.focusFirst())
            return true
        if (decisionOnly)
            return false
        if (frame.suggestion)
            frame.forceActiveFocus(Qt.TabFocusReason)
        else
            quoteButton.forceActiveFocus(Qt.TabFocusReason)
        return true
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 4

        // The quoted passage: a click, Enter or Space goes to it in the text.
        SuggestionPart {
            id: suggestionPart
            objectName: "suggestionPart"
            error: frame.error
            Layout.fillWidth: true
            visible: frame.suggestion
            quote: frame.quote
            replacement: frame.replacement
            author: frame.author
            suggestionState: frame.suggestionState
            current: frame.current
            difference: frame.difference
            onAcceptRequested: (evenIfChanged) => frame.acceptRequested(evenIfChanged)
            onRejectRequested: (reply) => frame.rejectRequested(reply)
        }
        Button {
            id: quoteButton
            objectName: "threadQuote"
            visible: !frame.suggestion
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
            visible: text !== "" && !frame.suggestion
            color: frame.state === "orphaned" ? "#b3261e" : palette.windowText
            opacity: 0.8
        }
        Label {
            Layout.fillWidth: true
            text: frame.messages
            wrapMode: Text.Wrap
            visible: text !== ""
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !frame.suggestion
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
