import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// Nieuw lemma, hernoemen, verwijderen: the dialog on a writable copy of the fixture edition.
Item {
    id: root
    width: 800
    height: 600

    LemmaManager { id: manager }
    LemmaDocument { id: document }

    LemmaDialog {
        id: dialog
        manager: manager
    }

    SignalSpy { id: done; target: dialog; signalName: "done" }

    TestCase {
        name: "LemmaDialog"
        when: windowShown

        function init() {
            manager.editionRoot = fixtures.copyOf("small-edition")
            done.clear()
        }

        function field(name) { return findChild(dialog, name) }

        function test_newLemma() {
            dialog.ask("new", "", "")
            tryCompare(dialog, "opened", true)
            verify(field("lemmaTitleField").activeFocus)
            for (const c of "Wonen en zorg")
                keyClick(c)
            keyClick(Qt.Key_Return)
            done.wait(5000)
            compare(done.signalArguments[0][0], "lemmas/wonen-en-zorg.md")
            compare(manager.referencesTo("wonen-en-zorg").length, 0)

            // The same title again: the dialog stays open with the reason.
            dialog.ask("new", "", "")
            tryCompare(dialog, "opened", true)
            field("lemmaTitleField").text = "Wonen en zorg"
            dialog.perform()
            verify(dialog.opened)
            verify(field("lemmaDialogMessage").text.indexOf("Er is al een lemma") >= 0)
            compare(done.count, 1)
            dialog.reject()
        }

        function test_renameFollowsEveryReference() {
            dialog.ask("rename", "woningbouw", "Woningbouw")
            tryCompare(dialog, "opened", true)
            field("lemmaSlugField").text = "wonen"
            field("lemmaTitleField").text = "Wonen"
            dialog.perform()
            done.wait(5000)
            compare(done.signalArguments[0][0], "lemmas/wonen.md")
            compare(manager.referencesTo("wonen").length, 2)
            compare(manager.referencesTo("woningbouw").length, 0)

            // Ongedaan maken puts every reference back; Opnieuw does it again.
            compare(manager.undoText, "Lemma hernoemen")
            verify(manager.undo())
            compare(manager.referencesTo("woningbouw").length, 2)
            compare(manager.referencesTo("wonen").length, 0)
            compare(manager.undoText, "")
            compare(manager.redoText, "Lemma hernoemen")
            verify(manager.redo())
            compare(manager.referencesTo("wonen").length, 2)

            // Work saved after the rename is never thrown away by taking it back.
            verify(document.load(manager.editionRoot + "/lemmas/wonen.md"))
            document.text = document.text + "Een zin die blijft.\n"
            verify(document.save())
            verify(!manager.undo())
            verify(manager.errorMessage.indexOf("verder veranderd") >= 0)
            compare(manager.referencesTo("wonen").length, 2)
        }

        function test_deleteALinkedLemmaOnlyWithItsLinks() {
            dialog.ask("delete", "woningbouw", "Woningbouw")
            tryCompare(dialog, "opened", true)
            const box = field("removeLinksBox")
            verify(box.visible)
            dialog.perform() // without ticking: refused
            verify(dialog.opened)
            verify(field("lemmaDialogMessage").text.indexOf("wordt nog genoemd") >= 0)
            compare(done.count, 0)
            box.checked = true
            dialog.perform()
            done.wait(5000)
            compare(done.signalArguments[0][0], "-")
            compare(manager.referencesTo("woningbouw").length, 0)
        }

        function test_moveALemma() {
            verify(manager.moveLemma("woningbouw", -1))
            compare(manager.errorMessage, "")
            verify(!manager.moveLemma("van-mobiliteit-naar-bereikbaarheid", -1))
            verify(manager.errorMessage.indexOf("vooraan") >= 0)
            compare(manager.undoText, "Lemma verplaatsen") // a refusal is not a step
            verify(manager.undo())
            verify(manager.moveLemma("woningbouw", -1)) // in its old place again
        }
    }
}
