import QtQuick
import QtTest
import Trendweb.Studio

// HET WEB and DE LIJST on the fixture edition (A links to C and B; B to C and A; C to A and B).
Item {
    id: root
    width: 900
    height: 700

    EditionController {
        id: controller
        editionPath: Qt.resolvedUrl("../fixtures/small-edition")
    }

    WebView {
        id: web
        width: 600
        height: 700
        nodes: controller.webNodes
        edges: controller.webEdges
        threadTitles: controller.threadTitles
    }

    LemmaIndex {
        id: index
        x: 600
        width: 300
        height: 700
        lemmas: controller.lemmas
    }

    SignalSpy { id: opened; target: web; signalName: "opened" }
    SignalSpy { id: chosen; target: index; signalName: "activated" }

    TestCase {
        name: "WebAndList"
        when: windowShown

        function initTestCase() {
            controller.open()
            tryCompare(controller, "loaded", true, 10000)
            waitForRendering(web)
        }

        function node(slug) { return findChild(web, "webNode-" + slug) }
        function edge(from, to) { return findChild(web, "webEdge-" + from + "-" + to) }

        function test_hoveringLightsUpTheLinks() {
            compare(controller.webNodes.count, 3)
            compare(controller.webEdges.count, 6)
            const a = node("van-mobiliteit-naar-bereikbaarheid")
            verify(a)
            mouseMove(a, a.width / 2, a.height / 2)
            tryCompare(web, "hoveredSlug", "van-mobiliteit-naar-bereikbaarheid")
            verify(edge("van-mobiliteit-naar-bereikbaarheid", "woningbouw").lit)
            verify(edge("woningbouw", "van-mobiliteit-naar-bereikbaarheid").lit)   // incoming too
            verify(!edge("regionale-economie", "woningbouw").lit)
            compare(edge("regionale-economie", "woningbouw").opacity, 0.12)
            verify(!node("woningbouw").dimmed)
            mouseMove(web, 5, 5)
            tryCompare(web, "hoveredSlug", "")
        }

        function test_clickingOpensTheLemma() {
            opened.clear()
            const c = node("woningbouw")
            mouseClick(c)
            compare(opened.count, 1)
            compare(opened.signalArguments[0][0], 2)
        }

        function test_keyboardFocusLightsUpToo() {
            const b = node("regionale-economie")
            b.forceActiveFocus()
            tryCompare(web, "hoveredSlug", "regionale-economie")
            keyClick(Qt.Key_Return)
            compare(opened.signalArguments[opened.count - 1][0], 1)
        }

        // A screen reader hears the arrows as words; the arrow keys go round the circle.
        function test_theLinksAreSpokenAndTheArrowKeysGoRound() {
            const a = node("van-mobiliteit-naar-bereikbaarheid")
            compare(a.Accessible.description, "verwijst naar C, B; verwezen door B, C")
            a.forceActiveFocus()
            keyClick(Qt.Key_Right)
            verify(node("regionale-economie").activeFocus)
            keyClick(Qt.Key_Left)
            verify(a.activeFocus)
            keyClick(Qt.Key_Up)
            verify(node("woningbouw").activeFocus)
            opened.clear()
            keyClick(Qt.Key_Enter)
            compare(opened.count, 1)
            compare(opened.signalArguments[0][0], 2)
        }

        function test_theListIsAlphabeticalAndSearchable() {
            const list = findChild(index, "lemmaIndexView")
            compare(list.count, 3)
            compare(list.itemAtIndex(0).title, "Regionale economie")
            compare(list.itemAtIndex(1).title, "Van mobiliteit naar bereikbaarheid")
            const search = findChild(index, "lemmaSearch")
            search.text = "woning"
            tryCompare(list, "count", 1)
            chosen.clear()
            tryVerify(() => list.itemAtIndex(0) && list.itemAtIndex(0).index === 0
                            && list.itemAtIndex(0).title.startsWith("Woningbouw"))
            mouseClick(list.itemAtIndex(0))
            compare(chosen.signalArguments[0][0], 2) // its row in letter order
            search.text = ""
            tryCompare(list, "count", 3)
        }
    }
}
