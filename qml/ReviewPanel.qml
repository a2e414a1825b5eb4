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

    // After Overnemen or Afwijzen the card goes: the keyboard stays in the panel, on the next
    // card with a decision to make (or the list), never back at the top of the window.
    property int focusAfter: -1
    // The card whose last action was refused: the reason is shown in it.
    property string refusedId: ""

    function decided(row, id) {
        focusAfter = row
        refusedId = id
    }

    function restoreFocus() {
        const from = focusAfter
        focusAfter = -1
        if (from < 0)
            return
        for (let step = 0; step < list.count; ++step) {
            const row = (Math.min(from, list.count - 1) + step) % list.count
            list.positionViewAtIndex(row, ListView.Contain)
            const item = list.itemAtIndex(row)
            if (item && item.focusFirst(true)) {
                list.currentIndex = row
                return
            }
        }
        list.forceActiveFocus(Qt.TabFocusReason)
    }

    Connections {
        target: panel.reviews
        function onThreadsChanged() {
            if (panel.focusAfter >= 0)
                Qt.callLater(panel.restoreFocus)
        }
        function onErrorMessageChanged() {
            if (panel.reviews.errorMessage !== "")
                panel.focusAfter = -1 // refused: the focus stays on the card's button
        }
    }

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
            activeFocusOnTab: true
            Accessible.name: qsTr("Opmerkingen en voorstellen")
            model: panel.reviews ? panel.reviews.threads : null
            delegate: ReviewThreadDelegate {
                width: ListView.view.width
                error: panel.reviews && threadId === panel.refusedId ? panel.reviews.errorMessage : ""
                onChosen: if (start >= 0) panel.passageChosen(start, end)
                onReplied: (text) => {
                    panel.refusedId = ""
                    panel.underName(() => panel.reviews.reply(threadId, text))
                }
                onResolveToggled: {
                    panel.refusedId = ""
                    panel.underName(() => resolved ? panel.reviews.reopen(threadId)
                                                   : panel.reviews.resolve(threadId))
                }
                onAcceptRequested: (evenIfChanged) => {
                    panel.decided(index, threadId)
                    panel.acceptRequested(threadId, evenIfChanged)
                }
                onRejectRequested: (reply) => {
                    panel.decided(index, threadId)
                    panel.underName(() => panel.reviews.decide(threadId, "reject", reply))
                }
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#b3261e"
            text: panel.reviews ? panel.reviews.errorMessage : ""
            // A refusal about a card is shown in that card.
            visible: text !== "" && panel.refusedId === ""
        }
    }
}
