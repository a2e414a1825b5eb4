import QtQuick
import QtTest
import Trendweb.Studio

// Bram and Anne edit the same paragraph in two clones of the shared edition. Bram sends
// his version first; Anne saves and records hers, fetches, and settles the collision in
// the window's conflict view, reconsidering her first choice before she records the merge.
// Nothing is lost: both sentences end up in the paragraph,
// no conflict marker reaches a file, and the edition validates as before.
TestCase {
    id: test
    name: "BramAndAnne"
    when: windowShown

    JourneySteps {
        id: steps
        test: test
        name: "bram-en-anne"
    }

    function gitOk(args, folder) {
        const out = journey.git(args, folder)
        test.compare(journey.exitCode, 0, "git " + args.join(" ") + ": " + journey.errors)
        return out
    }

    function test_sameParagraphInTwoClones() {
        // The shared edition: a bare repository that the built-in edition is sent to.
        const shared = journey.folder("gedeeld")
        gitOk(["init", "--bare", "--initial-branch=main", shared], shared)
        const anne = journey.builtinEdition()
        gitOk(["remote", "add", "origin", shared], anne)
        gitOk(["push", "--set-upstream", "origin", "main"], anne)
        const bram = journey.folder("bram")
        gitOk(["clone", shared, bram], bram)

        // Bram rewrites the end of lemma B's first paragraph and sends it.
        const lemma = "lemmas/regionale-economie.md"
        const original = journey.readFile(anne + "/" + lemma)
        const paragraphEnd = original.indexOf("\n\n", original.indexOf("\n---\n") + 5)
        test.verify(paragraphEnd > 0)
        const bramSentence = " Bram schreef deze zin."
        journey.writeFile(bram + "/" + lemma, original.slice(0, paragraphEnd) + bramSentence
                          + original.slice(paragraphEnd))
        gitOk(["-c", "user.name=Bram", "-c", "user.email=bram@example.org", "commit", "-am",
               "Bram vult alinea 1 aan"], bram)
        gitOk(["push"], bram)

        // Anne, in the window, adds her own sentence at the same place and records it.
        const window = steps.start(anne, ["Anne de Vries", "anne@example.org"])
        steps.click(1)
        test.compare(window.document.relativePath, lemma)
        window.editor.placeCursor(paragraphEnd)
        const anneSentence = " Anne schreef deze zin."
        steps.type(anneSentence)
        steps.save()
        steps.commit("Anne vult alinea 1 aan")

        // Ophalen: the same paragraph changed on both sides.
        window.versions.pull()
        test.tryVerify(() => !window.versions.busy, 30000, "fetched")
        test.tryVerify(() => window.versions.merging, 5000, "a merge is waiting for a choice")
        test.verify(window.versions.conflicts.openCount >= 1)
        steps.screenshot("botsing")
        // No marker in the file while the choice is open; Anne's text is still there.
        test.verify(journey.readFile(anne + "/" + lemma).indexOf("<<<<<<<") < 0)

        // Anne keeps both sentences.
        const conflicts = test.findChild(window.contentItem, "conflictList")
        test.verify(conflicts !== null, "the conflict view is shown")
        // In the middle of the window, as wide as the text, naming who wrote the other version.
        const middle = test.findChild(window.contentItem, "conflictView")
        test.verify(middle.visible && middle.width >= window.editor.width - 1,
                    "the choices take the place of the text")
        test.compare(window.versions.otherAuthors, "Bram")
        test.tryVerify(() => conflicts.itemAtIndex(0) !== null)
        test.compare(conflicts.itemAtIndex(0).otherLabel, "Versie van Bram")
        test.verify(conflicts.itemAtIndex(0).place.startsWith("alinea "),
                    "the paragraph is counted as a reader counts it")
        test.tryVerify(() => conflicts.itemAtIndex(0) !== null)
        const afterPull = journey.readFile(anne + "/" + lemma)
        // First Anne takes Bram's version, then thinks better of it: Keuze herzien puts the
        // paragraph back to open, both versions shown and her sentence back in the file.
        const theirs = test.findChild(conflicts.itemAtIndex(0), "takeTheirs")
        theirs.forceActiveFocus()
        test.keyClick(Qt.Key_Space)
        test.tryCompare(window.versions.conflicts, "openCount", 0, 20000)
        test.verify(journey.readFile(anne + "/" + lemma).indexOf(anneSentence) < 0,
                    "Bram's version was taken")
        test.tryVerify(() => conflicts.itemAtIndex(0) !== null
                       && conflicts.itemAtIndex(0).decision === "theirs")
        const reconsider = test.findChild(conflicts.itemAtIndex(0), "reconsider")
        test.verify(reconsider !== null && reconsider.visible, "a decided place offers Keuze herzien")
        // The keyboard went on to Keuze herzien, not nowhere with the button that vanished.
        test.tryVerify(() => reconsider.activeFocus, 5000, "the focus on Keuze herzien")
        test.keyClick(Qt.Key_Space)
        test.tryCompare(window.versions.conflicts, "openCount", 1, 20000)
        test.compare(journey.readFile(anne + "/" + lemma), afterPull)
        test.verify(window.versions.merging)
        test.tryVerify(() => conflicts.itemAtIndex(0) !== null
                       && conflicts.itemAtIndex(0).decision === "")
        // The choice by keyboard: the side column is too short to show the buttons
        // without scrolling.
        const both = test.findChild(conflicts.itemAtIndex(0), "takeBoth")
        test.verify(both.visible, "the choices are back")
        const mine = test.findChild(conflicts.itemAtIndex(0), "takeMine")
        test.tryVerify(() => mine.activeFocus, 5000, "the focus back on the first choice")
        both.forceActiveFocus()
        test.keyClick(Qt.Key_Space)
        test.tryCompare(window.versions.conflicts, "openCount", 0, 20000)
        steps.commit("Alinea 1 van Bram en Anne samen")
        test.verify(!window.versions.merging)

        const merged = journey.readFile(anne + "/" + lemma)
        test.verify(merged.indexOf(bramSentence) > 0, "Bram's sentence is kept")
        test.verify(merged.indexOf(anneSentence) > 0, "Anne's sentence is kept")
        test.verify(merged.indexOf("<<<<<<<") < 0 && merged.indexOf(">>>>>>>") < 0)
        test.compare(journey.changedFiles(anne), [])
        // The window shows the merged text, and agrees with the disk.
        steps.click(0)
        steps.click(1)
        test.compare(window.document.text, merged)
        steps.agreesWithDisk()
        test.compare(journey.validate(anne).filter(p => p.severity === "error"), [])
        steps.screenshot("samengevoegd")

        // Versturen: Bram fetches and gets both.
        window.versions.push()
        test.tryVerify(() => !window.versions.busy, 30000, "sent")
        test.compare(window.versions.errorMessage, "")
        gitOk(["pull"], bram)
        test.compare(journey.readFile(bram + "/" + lemma), merged)
    }
}
