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
                                    problems: 5, history: 6, changes: 7 })
    property int problemCount: 0
    property int changeCount: 0
    property alias currentIndex: tabs.currentIndex

    padding: 0

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton {
                text: qsTr("Voorbeeld")
                width: implicitWidth
            }
            TabButton {
                text: qsTr("Voetnoten")
                width: implicitWidth
            }
            TabButton {
                text: qsTr("Lees meer")
                width: implicitWidth
            }
            TabButton {
                text: qsTr("Figuren")
                width: implicitWidth
            }
            TabButton {
                text: qsTr("Opmerkingen")
                width: implicitWidth
            }
            TabButton {
                text: side.problemCount > 0 ? qsTr("Problemen (%L1)").arg(side.problemCount)
                                            : qsTr("Problemen")
                width: implicitWidth
            }
            TabButton {
                text: qsTr("Geschiedenis")
                width: implicitWidth
            }
            TabButton {
                text: side.changeCount > 0 ? qsTr("Wijzigingen (%L1)").arg(side.changeCount)
                                           : qsTr("Wijzigingen")
                width: implicitWidth
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
        }
    }
}
