import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// One colliding paragraph: the author sees both versions and chooses.
Item {
    id: root
    width: 600
    height: 600

    ConflictParagraph {
        id: paragraph
        width: 600
        path: "lemmas/eerste.md"
        number: 2
        base: "Veel."
        mine: "Veel, zegt Bert."
        theirs: "Veel, zegt Anna."
        decision: ""
        conflictKey: ""
        title: "Eerste lemma"
        paragraphNumber: 3
        mineChanges: "Veel<span style=\"text-decoration:underline\">, zegt Bert</span>."
        theirsChanges: "Veel<span style=\"text-decoration:underline\">, zegt Anna</span>."
    }

    SignalSpy {
        id: reconsidered
        target: paragraph
        signalName: "reconsidered"
    }

    SignalSpy {
        id: chosen
        target: paragraph
        signalName: "chosen"
    }

    function button(text) {
        const stack = [paragraph]
        while (stack.length > 0) {
            const item = stack.pop()
            if (item.text === text && item.clicked !== undefined)
                return item
            for (let i = 0; i < item.children.length; ++i)
                stack.push(item.children[i])
            if (item.contentItem)
                stack.push(item.contentItem)
        }
        return null
    }

    function findText(text) {
        const stack = [paragraph]
        while (stack.length > 0) {
            const item = stack.pop()
            if (item.text === text && item.visible)
                return item
            for (let i = 0; i < item.children.length; ++i)
                stack.push(item.children[i])
            if (item.contentItem)
                stack.push(item.contentItem)
        }
        return null
    }

    TestCase {
        name: "ConflictParagraph"
        when: windowShown

        function init() {
            chosen.clear()
            reconsidered.clear()
            paragraph.otherName = ""
            paragraph.decision = ""
        }

        function test_saysWhereAndWhose() {
            // The lemma's title and the paragraph as a reader counts it, not the file.
            const heading = findText("Eerste lemma · alinea 3")
            verify(heading !== null, "the heading names the lemma and the paragraph")
            paragraph.otherName = "Anna"
            verify(button("Die van Anna"), "the other version is named after its author")
            verify(findText("Versie van Anna") !== null)
        }

        function test_showsBothVersions() {
            verify(button("Mijn versie"))
            verify(button("Die van de anderen"))
            verify(button("Allebei"))
        }

        function test_choosingTheirs() {
            mouseClick(button("Die van de anderen"))
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], "theirs")
        }

        function test_aDecidedPlaceCanBeReconsidered() {
            verify(!button("Keuze herzien").visible, "nothing to reconsider before a choice")
            paragraph.decision = "mine"
            verify(findText("✓ uw versie gekozen") !== null)
            verify(!button("Mijn versie").visible, "the choices wait for Keuze herzien")
            verify(findText(paragraph.mineChanges) !== null
                   && findText(paragraph.theirsChanges) !== null, "both versions stay in view")
            mouseClick(button("Keuze herzien"))
            compare(reconsidered.count, 1)
            compare(chosen.count, 0)
            paragraph.decision = ""
            verify(button("Mijn versie").visible, "open again: the four choices are back")
            verify(!button("Keuze herzien").visible)
        }

        function test_editingTakesTheEditedText() {
            mouseClick(button("Bewerken…"))
            compare(chosen.count, 0)
            mouseClick(button("Deze tekst nemen"))
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], "edit")
            compare(chosen.signalArguments[0][1], "Veel, zegt Bert.")
        }
    }
}
