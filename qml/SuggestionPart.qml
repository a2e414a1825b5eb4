import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A suggestion in Opmerkingen: the passage struck through, the proposed wording underlined
// after it (marked by "−" and "+", not by colour alone), who suggested it, its state, and
// Overnemen / Afwijzen — by keyboard, and named for a screen reader.
// A Column, not a layout: its wrapped lines give it its height inside the thread's layout.
Column {
    id: part

    property string quote: ""
    property string replacement: ""
    property string author: ""
    // open, accepted, rejected, outdated, orphaned
    property string suggestionState: "open"
    // An outdated suggestion's passage as it reads now.
    property string current: ""
    // And what changed in it since the suggestion, as rich text (struck and underlined words).
    property string difference: ""
    signal acceptRequested(bool evenIfChanged)
    signal rejectRequested(string reply)

    readonly property bool decidable: suggestionState === "open" || suggestionState === "outdated"
                                      || suggestionState === "orphaned" // only Afwijzen
    // Why the last Overnemen or Afwijzen on this card was refused, shown here in the card.
    property string error: ""

    // The keyboard on the card's first action; false when it has none.
    function focusFirst() {
        for (const button of [accept, reject]) {
            if (button.visible && button.enabled) {
                button.forceActiveFocus(Qt.TabFocusReason)
                return true
            }
        }
        return false
    }

    spacing: 2

    Label {
        width: parent.width
        text: qsTr("Voorstel van %1").arg(part.author)
        font.bold: true
        elide: Text.ElideRight
    }
    Label {
        objectName: "suggestionBefore"
        width: parent.width
        visible: part.quote !== ""
        text: "− " + part.quote
        font.strikeout: true
        color: "#8e1b14"
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "suggestionAfter"
        width: parent.width
        text: part.replacement === "" ? qsTr("(weglaten)") : "+ " + part.replacement
        font.underline: part.replacement !== ""
        color: "#1b5e20"
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "suggestionStateLabel"
        width: parent.width
        wrapMode: Text.Wrap
        text: part.suggestionState === "accepted" ? qsTr("Overgenomen")
            : part.suggestionState === "rejected" ? qsTr("Afgewezen")
            : part.suggestionState === "outdated" ? qsTr("Verouderd: de passage is sindsdien veranderd. Er staat nu: “%1”").arg(part.current)
            : part.suggestionState === "orphaned" ? qsTr("Verweesd: de passage staat niet meer in de tekst")
            : ""
        visible: text !== ""
        color: part.suggestionState === "outdated" || part.suggestionState === "orphaned"
               ? "#b3261e" : palette.windowText
    }
    Label {
        objectName: "suggestionDifference"
        width: parent.width
        visible: part.suggestionState === "outdated" && part.difference !== ""
        textFormat: Text.RichText
        text: qsTr("Wat er sindsdien veranderde: %1").arg(part.difference)
        wrapMode: Text.Wrap
    }
    RowLayout {
        width: parent.width
        visible: part.decidable
        TextField {
            id: reply
            objectName: "suggestionReply"
            Layout.fillWidth: true
            placeholderText: qsTr("Antwoord (niet verplicht)")
            Accessible.name: qsTr("Antwoord bij afwijzen")
        }
        Button {
            id: accept
            objectName: "acceptSuggestion"
            visible: part.suggestionState !== "orphaned" // never applied to a look-alike
            text: part.suggestionState === "outdated" ? qsTr("Toch overnemen") : qsTr("Overnemen")
            Accessible.name: qsTr("Voorstel van %1 overnemen: %2").arg(part.author)
                .arg(part.replacement === "" ? qsTr("weglaten") : part.replacement)
            onClicked: part.acceptRequested(part.suggestionState === "outdated")
            FocusRing {}
        }
        Button {
            id: reject
            objectName: "rejectSuggestion"
            text: qsTr("Afwijzen")
            Accessible.name: qsTr("Voorstel van %1 afwijzen").arg(part.author)
            onClicked: {
                part.rejectRequested(reply.text)
                reply.text = ""
            }
            FocusRing {}
        }
    }
    Label {
        objectName: "suggestionError"
        width: parent.width
        wrapMode: Text.Wrap
        color: "#b3261e"
        text: part.error
        visible: text !== ""
    }
}
