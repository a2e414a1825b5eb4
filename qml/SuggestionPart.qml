import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A suggestion in Opmerkingen: the passage struck through, the proposed wording underlined
// after it (marked by "−" and "+", not by colour alone), who suggested it, its state, and
// Overnemen / Afwijzen — by keyboard, and named for a screen reader.
ColumnLayout {
    id: part

    property string quote: ""
    property string replacement: ""
    property string author: ""
    // open, accepted, rejected, outdated, orphaned
    property string suggestionState: "open"
    // An outdated suggestion's passage as it reads now.
    property string current: ""
    signal acceptRequested(bool evenIfChanged)
    signal rejectRequested(string reply)

    readonly property bool decidable: suggestionState === "open" || suggestionState === "outdated"

    spacing: 2

    Label {
        Layout.fillWidth: true
        text: qsTr("Voorstel van %1").arg(part.author)
        font.bold: true
        elide: Text.ElideRight
    }
    Label {
        objectName: "suggestionBefore"
        Layout.fillWidth: true
        visible: part.quote !== ""
        text: "− " + part.quote
        font.strikeout: true
        color: "#8e1b14"
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "suggestionAfter"
        Layout.fillWidth: true
        text: part.replacement === "" ? qsTr("(weglaten)") : "+ " + part.replacement
        font.underline: part.replacement !== ""
        color: "#1b5e20"
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "suggestionStateLabel"
        Layout.fillWidth: true
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
    RowLayout {
        Layout.fillWidth: true
        visible: part.decidable
        TextField {
            id: reply
            objectName: "suggestionReply"
            Layout.fillWidth: true
            placeholderText: qsTr("Antwoord (niet verplicht)")
            Accessible.name: qsTr("Antwoord bij afwijzen")
        }
        Button {
            objectName: "acceptSuggestion"
            text: part.suggestionState === "outdated" ? qsTr("Toch overnemen") : qsTr("Overnemen")
            Accessible.name: qsTr("Voorstel van %1 overnemen: %2").arg(part.author)
                .arg(part.replacement === "" ? qsTr("weglaten") : part.replacement)
            onClicked: part.acceptRequested(part.suggestionState === "outdated")
            FocusRing {}
        }
        Button {
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
}
