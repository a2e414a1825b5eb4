import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Opmerkingen: the review threads of the open lemma, with what to show (open,
// resolved, orphaned), replies, and resolving or reopening.
Pane {
    id: panel

    property var reviews: null
    // "Wie bent u?": asked first when a reply or a resolve has no name to go under.
    property var identity: null
    signal passageChosen(int start, int end)
    // Overnemen: the editor applies the suggestion to the open text (one undoable edit).
    signal acceptRequested(string id, bool evenIfChanged)
    padding: 8

    function underName(write) {
        if (identity)
            identity.ensure(write)
        else
            write()
    }

    ColumnLayout {
        anchors.fill: parent

        ChoiceBox {
            id: filter
            objectName: "threadFilter"
            Accessible.name: qsTr("Welke opmerkingen")
            Layout.fillWidth: true
            textRole: "label"
            valueRole: "value"
            model: [
                { value: "open", label: qsTr("Open opmerkingen") },
                { value: "resolved", label: qsTr("Opgelost") },
                { value: "orphaned", label: qsTr("Passage verdwenen") },
                { value: "all", label: qsTr("Alle") }
            ]
            onActivated: panel.reviews.filter = currentValue
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Selecteer een passage en kies Ctrl+Alt+M om een opmerking te maken, of Ctrl+Alt+S om andere tekst voor te stellen.")
            opacity: 0.6
            visible: list.count === 0
        }

        ListView {
            id: list
            objectName: "threadList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 10
            model: panel.reviews ? panel.reviews.threads : null
            delegate: ReviewThreadDelegate {
                width: ListView.view.width
                onChosen: if (start >= 0) panel.passageChosen(start, end)
                onReplied: (text) => panel.underName(() => panel.reviews.reply(threadId, text))
                onResolveToggled: panel.underName(() => resolved ? panel.reviews.reopen(threadId)
                                                                 : panel.reviews.resolve(threadId))
                onAcceptRequested: (evenIfChanged) => panel.acceptRequested(threadId, evenIfChanged)
                onRejectRequested: (reply) => panel.underName(() => panel.reviews.decide(threadId, "reject", reply))
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#b3261e"
            text: panel.reviews ? panel.reviews.errorMessage : ""
            visible: text !== ""
        }
    }
}
