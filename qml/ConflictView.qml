import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A merge whose versions collided, in the middle of the window: per paragraph or key
// both versions and the choice of what stays. Nothing is lost until the merge is recorded.
Pane {
    id: view

    property var versions: null
    readonly property int open: versions ? versions.conflicts.openCount : 0
    readonly property string others: versions ? versions.otherAuthors : ""
    signal textRequested()
    signal recordRequested()

    // The place just chosen or reconsidered ({path, number, key}): its paragraph takes the
    // keyboard back once the list shows the outcome, also when it built that item anew.
    property var focusWanted: null
    function want(item) {
        focusWanted = { path: item.path, number: item.number, key: item.conflictKey }
    }
    function restoreFocus(item) {
        const wanted = focusWanted
        if (!wanted || wanted.path !== item.path || wanted.number !== item.number
                || wanted.key !== item.conflictKey)
            return
        focusWanted = null
        Qt.callLater(item.takeFocus)
    }

    padding: 16

    ColumnLayout {
        anchors.fill: parent
        spacing: 10

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            font.pointSize: Qt.application.font.pointSize * 1.3
            text: view.others !== "" ? qsTr("Samenvoegen met het werk van %1").arg(view.others)
                                     : qsTr("Samenvoegen met de gedeelde editie")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: view.open > 0
                  ? qsTr("Op %n plekken schreef u allebei iets anders. Kies per plek wat blijft; "
                         + "de rest is al samengevoegd.", "", view.open)
                  : qsTr("Alles is gekozen. Leg de samenvoeging vast; daarna kunt u versturen.")
        }

        ListView {
            id: list
            objectName: "conflictList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 16
            model: view.versions ? view.versions.conflicts : null
            ScrollBar.vertical: ScrollBar {}
            delegate: ConflictParagraph {
                id: paragraph
                width: ListView.view.width - 12
                otherName: view.others
                onChosen: (take, edited) => {
                    view.want(paragraph)
                    if (conflictKey !== "")
                        view.versions.resolveKey(path, conflictKey, take, edited)
                    else
                        view.versions.resolve(path, number, take, edited)
                }
                onReconsidered: {
                    view.want(paragraph)
                    if (conflictKey !== "")
                        view.versions.reconsiderKey(path, conflictKey)
                    else
                        view.versions.reconsider(path, number)
                }
                onDecisionChanged: view.restoreFocus(paragraph)
                Component.onCompleted: view.restoreFocus(paragraph)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Button {
                objectName: "recordMerge"
                text: qsTr("Samenvoeging vastleggen")
                highlighted: true
                enabled: view.open === 0
                onClicked: view.recordRequested()
            }
            Button {
                text: qsTr("Naar de tekst")
                onClicked: view.textRequested()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("De keuzes blijven staan; Wijzigingen brengt u hier terug")
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Samenvoegen afbreken")
                onClicked: view.versions.abortMerge()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Zet alles terug zoals het was voor het ophalen")
            }
        }
    }
}
