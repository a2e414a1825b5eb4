import QtQuick
import QtTest
import Trendweb.Studio

// Dirk opens an edition someone copied to him as a plain folder: no versions yet. The
// window does not pretend that everything is recorded; Wijzigingen says the edition keeps
// no versions and offers to start, and from then on Vastleggen works as for everyone.
TestCase {
    id: test
    name: "Unpacked"
    when: windowShown

    JourneySteps {
        id: steps
        test: test
        name: "uitgepakt"
    }

    function test_anEditionWithoutVersions() {
        // The built-in edition, as a folder without its versions.
        const folder = journey.builtinEdition()
        journey.run("rm", ["-rf", folder + "/.git"], folder)
        test.verify(journey.exists(folder + "/edition.yaml"))
        test.verify(!journey.exists(folder + "/.git"))
        const window = steps.start(folder, ["Dirk Smit", "dirk@example.org"])

        // He writes a sentence in A and saves it.
        steps.click(0)
        window.editor.placeCursor(window.document.text.length)
        steps.type("Een zin van Dirk.")
        steps.save()

        // Wijzigingen tells him the edition keeps no versions, not that all is recorded.
        window.sidePanel.currentIndex = window.sidePanel.index.changes
        const text = test.findChild(window.sidePanel, "unversionedText")
        test.tryVerify(() => text !== null && text.visible, 5000, "no versions is said")
        test.verify(!test.findChild(window.sidePanel, "commitMessage").visible)
        steps.screenshot("geen-versies")

        // One button starts them, under his name: everything becomes the first version.
        const start = test.findChild(window.sidePanel, "startVersionsButton")
        test.mouseClick(start)
        test.tryVerify(() => window.versions.available, 10000, "versions are kept now")
        test.verify(!text.visible)
        test.compare(journey.git(["log", "--format=%an|%s"], folder).trim(),
                     "Dirk Smit|Eerste versie van de editie")
        test.compare(journey.changedFiles(folder).length, 0)
        steps.screenshot("versies")

        // And Vastleggen works from then on.
        steps.click(1)
        window.editor.placeCursor(window.document.text.length)
        steps.type("Nog een zin.")
        steps.save()
        steps.commit("Zin in B")
        test.compare(journey.git(["log", "-1", "--format=%an|%s"], folder).trim(), "Dirk Smit|Zin in B")
        steps.agreesWithDisk()
    }
}
