import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// HET WEB: the lemmas on a circle with the rode draden above and the
// cross-links between them. Hovering or focusing a lemma lights up its links
// and dims the rest; clicking (or Enter) opens it. Broken links and lemmas
// nobody links to are marked. By keyboard: Tab or the arrow keys go from lemma to lemma;
// each says, to a screen reader, which lemmas it links to and which link to it.
Pane {
    id: view

    property var nodes: null
    property var edges: null
    property var threadTitles: []
    property string hoveredSlug: ""
    readonly property var lit: hoveredSlug !== "" && nodes ? [hoveredSlug].concat(nodes.neighbours(hoveredSlug)) : []
    signal opened(int row)

    padding: 12

    // The keyboard on the lemma of `path` (lemmas/slug.md), or else on the first one.
    function focusLemma(path) {
        let target = nodeRepeater.itemAt(0)
        for (let i = 0; i < nodeRepeater.count; ++i) {
            const item = nodeRepeater.itemAt(i)
            if (item && path === "lemmas/" + item.slug + ".md")
                target = item
        }
        if (target)
            target.forceActiveFocus(Qt.OtherFocusReason)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("HET WEB")
            font.bold: true
            font.pointSize: Qt.application.font.pointSize * 1.4
        }

        Flow {
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: view.threadTitles
                delegate: Label {
                    required property string modelData
                    text: modelData
                    padding: 8
                    color: "#ffffff"
                    background: Rectangle { color: "#c2410c"; radius: 6 }
                }
            }
        }

        Item {
            id: area
            Layout.fillWidth: true
            Layout.fillHeight: true
            readonly property real radius: Math.max(40, Math.min(width, height) / 2 - 40)

            Repeater {
                model: view.edges
                delegate: WebEdge {
                    centerX: area.width / 2
                    centerY: area.height / 2
                    radius: area.radius
                    hoveredSlug: view.hoveredSlug
                }
            }
            Repeater {
                id: nodeRepeater
                objectName: "webNodes"
                model: view.nodes
                delegate: WebNode {
                    centerX: area.width / 2
                    centerY: area.height / 2
                    circleRadius: area.radius
                    dimmed: view.hoveredSlug !== "" && view.lit.indexOf(slug) < 0
                    onHoveringChanged: {
                        if (hovering)
                            view.hoveredSlug = slug
                        else if (view.hoveredSlug === slug)
                            view.hoveredSlug = ""
                    }
                    onActivated: view.opened(row)
                    onStepRequested: (step) => {
                        const count = nodeRepeater.count
                        const next = nodeRepeater.itemAt((row + step + count) % count)
                        if (next)
                            next.forceActiveFocus(Qt.OtherFocusReason)
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.7
            text: qsTr("Gestippeld: een lemma waar geen ander lemma naar verwijst. Rood: een verwijzing naar een lemma dat niet bestaat.")
        }
    }
}
