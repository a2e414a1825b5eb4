import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

// Zoeken in de hele editie (Ctrl+Shift+F): every place a text occurs, in the lemmas, the
// rode draden and the introduction, as typed so far; a click opens it. Replacing across
// the edition asks once more, names how many places in how many files, and saves them.
Dialog {
    id: dialog

    property var edition: null
    property string message: ""
    property bool confirming: false
    readonly property alias search: search
    property var document: null // the LemmaDocument in the editor: saved before replacing
    signal hitChosen(string path, int start, int length)
    // Files were replaced on disk: the edition is to be opened again.
    signal replaced()

    // Replaces across the edition (EditionSearch.replaceEverywhere saves the open text
    // first, replaces nothing when that fails, and reads the text again afterwards).
    function replaceEverywhere(replacement) {
        const outcome = search.replaceEverywhere(replacement, document)
        message = outcome.message
        if (!outcome.error)
            replaced()
    }

    function show() {
        open()
        queryField.forceActiveFocus()
        queryField.selectAll()
        search.refresh()
    }

    title: qsTr("Zoeken in de editie")
    modal: false
    x: parent ? parent.width - width - 20 : 0
    y: 60
    width: Math.min(parent ? parent.width - 40 : 560, 560)
    height: Math.min(parent ? parent.height - 100 : 600, 600)
    standardButtons: Dialog.Close
    DialogButtonTexts { dialog: dialog }

    EditionSearch {
        id: search
        edition: dialog.edition
        query: queryField.text
        caseSensitive: caseBox.checked
        wholeWords: wordsBox.checked
        onResultsChanged: dialog.confirming = false
    }

    contentItem: ColumnLayout {
        spacing: 4

        TextField {
            id: queryField
            objectName: "editionQuery"
            Layout.fillWidth: true
            placeholderText: qsTr("Zoeken in alle lemma's, rode draden en de inleiding")
            Accessible.name: placeholderText
            Keys.onDownPressed: results.forceActiveFocus()
            onAccepted: if (results.count > 0) results.choose(0)
        }
        RowLayout {
            CheckBox {
                id: caseBox
                text: qsTr("Hoofdletters tellen mee")
            }
            CheckBox {
                id: wordsBox
                text: qsTr("Heel woord")
            }
        }
        Label {
            objectName: "editionCount"
            text: queryField.text === "" ? ""
                  : search.results.length === 0 ? qsTr("Niet gevonden.")
                  : qsTr("%L1 keer, in %Ln bestanden", "", search.fileCount).arg(search.results.length)
        }
        ListView {
            id: results
            objectName: "editionResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: search.results
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            function choose(index) {
                const hit = search.results[index]
                if (hit)
                    dialog.hitChosen(hit.path, hit.start, hit.length)
            }
            Keys.onReturnPressed: choose(currentIndex)
            Keys.onEnterPressed: choose(currentIndex)
            delegate: ItemDelegate {
                id: row
                required property var modelData
                required property int index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                onClicked: {
                    results.currentIndex = index
                    results.choose(index)
                }
                contentItem: ColumnLayout {
                    spacing: 0
                    Label {
                        text: (row.modelData.letter ? row.modelData.letter + " · " : "") + row.modelData.title
                              + qsTr(" · regel %1").arg(row.modelData.line)
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        textFormat: Text.StyledText
                        // Escaped: the context is the author's text, not markup.
                        function escaped(text) { return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") }
                        text: escaped(row.modelData.before) + "<b>" + escaped(row.modelData.match) + "</b>" + escaped(row.modelData.after)
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: replaceField
                objectName: "editionReplacement"
                Layout.fillWidth: true
                placeholderText: qsTr("Vervangen door")
                Accessible.name: placeholderText
                onTextChanged: dialog.confirming = false
            }
            Button {
                objectName: "editionReplaceAll"
                text: dialog.confirming ? qsTr("Ja, %L1 keer vervangen").arg(search.results.length)
                                        : qsTr("Alles vervangen…")
                enabled: search.results.length > 0
                onClicked: {
                    if (!dialog.confirming) {
                        dialog.confirming = true
                        dialog.message = qsTr("Dit vervangt %L1 keer „%2” in %Ln bestanden en slaat ze op. Klik nogmaals om te bevestigen; de vorige tekst blijft in de Geschiedenis.", "", search.fileCount)
                            .arg(search.results.length).arg(search.query)
                        return
                    }
                    dialog.confirming = false
                    dialog.replaceEverywhere(replaceField.text)
                }
            }
        }
        Label {
            objectName: "editionMessage"
            Layout.fillWidth: true
            visible: dialog.message !== ""
            text: dialog.message
            wrapMode: Text.Wrap
        }
    }
}
