import QtQuick
import QtTest
import Trendweb.Studio

// The window's lemma operations: a move, taken back and done again, each followed by a
// request to open the edition again; a refused undo says why and changes nothing.
Item {
    id: root
    width: 800
    height: 600

    EditionController { id: controller }
    LemmaDocument { id: document }

    LemmaOperations {
        id: operations
        edition: controller
        document: document
    }

    SignalSpy { id: reopened; target: operations; signalName: "reopenRequested" }
    SignalSpy { id: loaded; target: controller; signalName: "loadedChanged" }

    TestCase {
        name: "LemmaOperations"
        when: windowShown

        function order() {
            const list = []
            for (let row = 0; row < controller.lemmas.count; ++row)
                list.push(controller.lemmas.path(row))
            return list
        }

        function reload() {
            loaded.clear()
            controller.open()
            loaded.wait(10000)
        }

        function test_moveUndoRedo() {
            const copy = fixtures.copyOf("small-edition")
            controller.editionPath = copy
            reload()
            const before = order()
            compare(before[2], "lemmas/woningbouw.md")
            verify(document.load(controller.absolutePath("lemmas/woningbouw.md")))
            operations.currentPath = "lemmas/woningbouw.md"

            operations.move("lemmas/woningbouw.md", -1)
            compare(reopened.count, 1)
            compare(reopened.signalArguments[0][0], "lemmas/woningbouw.md")
            reload()
            compare(order()[1], "lemmas/woningbouw.md")
            compare(operations.undoText, "Lemma verplaatsen")

            operations.step(false) // Ctrl+Alt+Z
            compare(operations.message, "")
            compare(reopened.count, 2)
            compare(document.filePath, "") // closed: it may have changed on disk
            reload()
            compare(order(), before)

            operations.step(true) // Ctrl+Alt+Y
            compare(reopened.count, 3)
            reload()
            compare(order()[1], "lemmas/woningbouw.md")

            // Saved work after the move: taking it back is refused, and said.
            verify(document.load(controller.absolutePath("lemmas/woningbouw.md")))
            document.text = document.text + "Nog een zin.\n"
            operations.step(false)
            verify(operations.message.indexOf("verder veranderd") >= 0)
            compare(reopened.count, 3)
            verify(!document.modified) // it was saved first
        }
    }
}
