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

        function test_showsTheOpenLemmaOrTheWholeEdition() {
            const list = findChild(panel, "problemList")
            panel.wholeEdition = false
            compare(list.count, 1)
            mouseClick(findChild(panel, "wholeEdition"))
            verify(panel.wholeEdition)
            compare(list.count, controller.problemCount)
            verify(list.count > 1)
            mouseClick(findChild(panel, "thisLemma"))
            compare(list.count, 1)
        }

        function test_clickingAProblemSaysWhereItIs() {
            panel.wholeEdition = false
            const list = findChild(panel, "problemList")
            chosen.clear()
            waitForRendering(list)
            mouseClick(list.itemAtIndex(0))
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], "lemmas/regionale-economie.md")
            compare(chosen.signalArguments[0][1], 15)
            compare(chosen.signalArguments[0][2], 1)
        }
    }
}
