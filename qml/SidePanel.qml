import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

// The right column: one panel at a time.
Pane {
    id: side

    property alias previewPanel: previewPanel
    property alias problemsPanel: problems
    property alias changesPanel: changes
    property alias historyPanel: history
    property alias reviewPanel: review
    // From the Lees meer panel: open this lemma. From the Voetnoten panel: back to the text.
    signal lemmaRequested(string slug)
    signal backToText()

    // Ctrl+Alt+F: the Voetnoten panel opens and inserts a note at the editor's cursor.
    function insertNote() {
        currentIndex = index.footnotes
        footnotesLoader.item.insertNote()
    }

    // The footnotes' web addresses as last checked; kept while the panel is closed.
    SourceCheck {
        id: sourceCheck
        editionRoot: side.outline && side.outline.edition ? side.outline.edition.rootPath : ""
    }
    Connections {
        target: side.outline
        function onPathChanged() { sourceCheck.clear() }
    }
    property var outline: null
    property var editor: null
    // The panels by name, for those who open one.
    // In the order of the main window's design; Wijzigingen last.
    readonly property var index: ({ preview: 0, footnotes: 1, related: 2, figures: 3, comments: 4,
                                    problems: 5, history: 6, changes: 7, outline: 8 })
    property int problemCount: 0
    property int changeCount: 0
    property alias currentIndex: tabs.currentIndex

    // Ctrl+9: the Overzicht opens with the keyboard in its list, on the part being written.
    function focusOutline() {
        tabs.currentIndex = index.outline
        outlineLoader.item.focusList()
    }

    // The tab button of panel `i`, and moving the keyboard focus (and the panel) to it.
    function tabButton(i) { return tabButtons.itemAt(i) }
    function focusTab(i) {
        const n = tabButtons.count
        const next = (i + n) % n
        tabs.currentIndex = next
        tabButtons.itemAt(next).forceActiveFocus(Qt.TabFocusReason)
    }

    padding: 0
    clip: true

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // All panels' names in as many rows as the column's width needs: none hidden,
        // nothing to scroll. Ctrl+1…Ctrl+8 open them; arrow keys move between them.
        Flow {
            id: tabs
            objectName: "sideTabs"
            Layout.fillWidth: true
            property int currentIndex: 0
            readonly property var labels: [
                qsTr("Voorbeeld"), qsTr("Voetnoten"), qsTr("Lees meer"), qsTr("Figuren"),
                qsTr("Opmerkingen"),
                problems.count > 0 ? qsTr("Problemen (%L1)").arg(problems.count) : qsTr("Problemen"),
                qsTr("Geschiedenis"),
                side.changeCount > 0 ? qsTr("Wijzigingen (%L1)").arg(side.changeCount) : qsTr("Wijzigingen"),
                qsTr("Overzicht")
            ]
            readonly property var tooltips: [
                qsTr("Het lemma zoals het op de site komt (Ctrl+1)"),
                qsTr("De voetnoten en hun bronnen (Ctrl+2)"),
                qsTr("De lemma's onder Lees meer over (Ctrl+3)"),
                qsTr("De figuren van het lemma (Ctrl+4)"),
                qsTr("Opmerkingen van lezers (Ctrl+5)"),
                problems.count === 0 ? qsTr("Geen problemen (Ctrl+6)")
                                     : qsTr("%1 (Ctrl+6)").arg(problemsLabel()),
                qsTr("De versies van dit lemma (Ctrl+7)"),
                qsTr("Wat nog niet is vastgelegd, en vastleggen (Ctrl+8)"),
                qsTr("De koppen en figuren van het lemma, om naartoe te gaan (Ctrl+9)")
            ]
            function problemsLabel() {
                const errors = problems.errorCount
                const warnings = problems.count - errors
                const parts = []
                if (errors > 0)
                    parts.push(qsTr("%Ln fouten", "", errors))
                if (warnings > 0)
                    parts.push(qsTr("%Ln aandachtspunten", "", warnings))
                return parts.join(", ")
            }

            Repeater {
                id: tabButtons
                model: tabs.labels.length
                TabButton {
                    id: tab
                    required property int index
                    objectName: "sideTab" + index
                    text: tabs.labels[index]
                    width: implicitWidth
                    checkable: false
                    checked: tabs.currentIndex === index
                    focusPolicy: Qt.StrongFocus
                    onClicked: tabs.currentIndex = index
                    ToolTip.visible: hovered
                    ToolTip.delay: 600
                    ToolTip.text: tabs.tooltips[index]
                    Accessible.role: Accessible.PageTab
                    Keys.onLeftPressed: side.focusTab(index - 1)
                    Keys.onRightPressed: side.focusTab(index + 1)
                    FocusRing {}
                }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            PreviewPanel {
                id: previewPanel
            }
            // Loaded while shown: the panels are rebuilt from the outline when opened, and
            // a closed one costs nothing while the author types.
            Loader {
                id: footnotesLoader
                active: tabs.currentIndex === side.index.footnotes
                sourceComponent: FootnotesPanel {
                    objectName: "footnotesPanel"
                    outline: side.outline
                    editor: side.editor
                    sourceCheck: sourceCheck
                    onBackToText: side.backToText()
                }
            }
            Loader {
                active: tabs.currentIndex === side.index.related
                sourceComponent: RelatedPanel {
                    objectName: "relatedPanel"
                    outline: side.outline
                    editor: side.editor
                    onLemmaRequested: (slug) => side.lemmaRequested(slug)
                }
            }
            Loader {
                active: tabs.currentIndex === side.index.figures
                sourceComponent: FiguresPanel {
                    objectName: "figuresPanel"
                    outline: side.outline
                    editor: side.editor
                }
            }
            ReviewPanel {
                id: review
            }
            ProblemsPanel {
                id: problems
            }
            HistoryPanel {
                id: history
            }
            ChangesPanel {
                id: changes
            }
            Loader {
                id: outlineLoader
                active: tabs.currentIndex === side.index.outline
                sourceComponent: OutlinePanel {
                    objectName: "outlinePanel"
                    textDocument: side.editor ? side.editor.textArea.textDocument : null
                    cursorPosition: side.editor ? side.editor.textArea.cursorPosition : 0
                    onJumpRequested: (position) => side.editor.jumpTo(position)
                }
            }
        }
    }
}
