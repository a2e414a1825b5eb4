import QtQuick
import QtTest
import Trendweb.Studio

// The Problemen panel: the open lemma's problems or the whole edition's, and a
// click that says where to go.
Item {
    id: root
    width: 400
    height: 600

    EditionController {
        id: controller
        editionPath: Qt.resolvedUrl("../fixtures/small-edition")
    }

    ProblemsPanel {
        id: panel
        anchors.fill: parent
        model: controller.problems
        currentFile: "lemmas/regionale-economie.md"
    }

    SignalSpy {
        id: chosen
        target: panel
        signalName: "problemChosen"
    }

    TestCase {
        name: "ProblemsPanel"
        when: windowShown

        function initTestCase() {
            controller.open()
            tryCompare(controller, "loaded", true, 10000)
        }

        function init() {
            panel.wholeEdition = false
            panel.inheritedExpanded = false
        }

        function test_showsTheOpenLemmaOrTheWholeEdition() {
            const list = findChild(panel, "problemList")
            // The open lemma has one footnote still to be written: its group row.
            compare(panel.count, 1)
            compare(list.count, 1)
            mouseClick(findChild(panel, "wholeEdition"))
            verify(panel.wholeEdition)
            // The count (for the tab) follows the scope; the rows are grouped.
            compare(panel.count, controller.problemCount)
            compare(list.count, 2)
            mouseClick(findChild(panel, "thisLemma"))
            compare(panel.count, 1)
        }

        // Footnotes still to be written are one collapsed row with their count, after the
        // other problems; it opens and closes with a click or the keyboard.
        function test_inheritedWarningsAreOneCollapsibleGroup() {
            panel.wholeEdition = true
            const list = findChild(panel, "problemList")
            waitForRendering(list)
            compare(list.count, 2)
            compare(list.itemAtIndex(0).kind, "problem")
            compare(list.itemAtIndex(0).code, "figure-no-image")
            const group = list.itemAtIndex(1)
            compare(group.kind, "group")
            compare(group.message, "5 voetnoten nog in te vullen")
            compare(panel.model.inheritedCount, 5)
            compare(group.Accessible.name, "5 voetnoten nog in te vullen, ingeklapt")
            mouseClick(group)
            tryCompare(list, "count", 7)
            verify(panel.inheritedExpanded)
            for (let row = 2; row < 7; ++row) {
                list.positionViewAtIndex(row, ListView.Contain)
                tryVerify(() => list.itemAtIndex(row) !== null)
                compare(list.itemAtIndex(row).code, "footnote-empty")
            }
            // By keyboard: the group row, Space closes it again, with a visible focus.
            list.forceActiveFocus()
            list.currentIndex = 1
            tryVerify(() => list.currentItem && findChild(list.currentItem, "focusRing").visible)
            keyClick(Qt.Key_Space)
            tryCompare(list, "count", 2)
            verify(!panel.inheritedExpanded)
        }

        function test_clickingAProblemSaysWhereItIs() {
            const list = findChild(panel, "problemList")
            chosen.clear()
            waitForRendering(list)
            // The group row opens the group; it is no place in the text.
            mouseClick(list.itemAtIndex(0))
            compare(chosen.count, 0)
            tryCompare(list, "count", 2)
            waitForRendering(list)
            mouseClick(list.itemAtIndex(1))
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], "lemmas/regionale-economie.md")
            compare(chosen.signalArguments[0][1], 15)
            compare(chosen.signalArguments[0][2], 1)
        }
    }
}
