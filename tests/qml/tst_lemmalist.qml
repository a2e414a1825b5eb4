import QtQuick
import QtTest
import Trendweb.Studio

// The lemma list as an author uses it: letters and titles of the fixture
// edition, arrow keys to move, an unsaved mark where the model says so.
Item {
    id: root
    width: 400
    height: 600

    EditionController {
        id: controller
        editionPath: Qt.resolvedUrl("../fixtures/small-edition")
    }

    LemmaList {
        id: list
        anchors.fill: parent
        model: controller.lemmas
        onActivated: (row) => currentIndex = row
    }

    SignalSpy {
        id: moves
        target: list
        signalName: "moveRequested"
    }

    SignalSpy {
        id: activated
        target: list
        signalName: "activated"
    }

    TestCase {
        name: "LemmaList"
        when: windowShown

        function initTestCase() {
            controller.open()
            tryCompare(controller, "loaded", true, 10000)
        }

        function delegateAt(row) {
            const view = findChild(list, "lemmaListView")
            view.positionViewAtIndex(row, ListView.Contain)
            return view.itemAtIndex(row)
        }

        function test_showsLettersAndTitles() {
            compare(controller.lemmas.count, 3)
            const first = delegateAt(0)
            verify(first)
            compare(first.letter, "A")
            compare(first.title, "Van mobiliteit naar bereikbaarheid")
            compare(delegateAt(2).letter, "C")
        }

        function test_altArrowsAskToMoveTheLemma() {
            mouseClick(delegateAt(1))
            findChild(list, "lemmaListView").forceActiveFocus()
            activated.clear()
            moves.clear()
            keyClick(Qt.Key_Down, Qt.AltModifier)
            compare(moves.count, 1)
            compare(moves.signalArguments[0][0], 1)
            compare(moves.signalArguments[0][1], 1)
            keyClick(Qt.Key_Up, Qt.AltModifier)
            compare(moves.signalArguments[1][1], -1)
            compare(activated.count, 0) // moving is not opening another lemma
        }

        function test_clickAndArrowKeysActivateLemmas() {
            activated.clear()
            mouseClick(delegateAt(1))
            compare(activated.count, 1)
            compare(activated.signalArguments[0][0], 1)
            compare(list.currentIndex, 1)
            const view = findChild(list, "lemmaListView")
            view.forceActiveFocus()
            keyClick(Qt.Key_Down)
            compare(list.currentIndex, 2)
            keyClick(Qt.Key_Down) // already at the last lemma
            compare(list.currentIndex, 2)
            keyClick(Qt.Key_Up)
            compare(list.currentIndex, 1)
        }

        function test_unsavedMarkFollowsTheModel() {
            const mark = findChild(delegateAt(0), "unsavedMark")
            verify(!mark.visible)
            controller.lemmas.setUnsaved(0, true)
            verify(findChild(delegateAt(0), "unsavedMark").visible)
            controller.lemmas.setUnsaved(0, false)
            verify(!findChild(delegateAt(0), "unsavedMark").visible)
        }
    }
}
