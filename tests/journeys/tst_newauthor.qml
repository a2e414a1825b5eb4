import QtQuick
import QtTest
import Trendweb.Studio

// Sanne is new. She starts the app without a folder (the built-in edition opens), fetches
// the team's shared edition through Editie ▾ › Gedeelde editie ophalen…, writes a sentence,
// records and sends it. Then she opens another edition folder (a folder that is no edition
// is refused first), and shares that one through an empty shared repository. Her recent
// editions are in the menu, and in the welcome at the next start.
TestCase {
    id: test
    name: "NewAuthor"
    when: windowShown

    JourneySteps {
        id: steps
        test: test
        name: "nieuwe-auteur"
    }

    function gitOk(args, folder) {
        const out = journey.git(args, folder)
        test.compare(journey.exitCode, 0, "git " + args.join(" ") + ": " + journey.errors)
        return out
    }

    function type(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        steps.type(text)
    }

    property string fetched: ""
    property string own: ""

    function test_1_fetchEditShareAndOpen() {
        // The team's shared edition: a bare repository holding the built-in edition.
        const shared = journey.folder("team") + "/trendweb-2026.git"
        gitOk(["init", "--bare", "--initial-branch=main", shared], journey.folder("leeg"))
        const first = journey.builtinEdition()
        gitOk(["remote", "add", "origin", shared], first)
        gitOk(["push", "--set-upstream", "origin", "main"], first)

        const window = steps.startWithoutFolder(["Sanne Jansen", "sanne@example.org"])
        test.verify(!window.chooser.welcomeDialog.opened, "nothing opened before: no welcome")
        test.verify(window.edition.rootPath.indexOf("edities/ingebouwd") > 0, "the built-in edition")

        // Gedeelde editie ophalen…: the address; the folder follows it, in Documents.
        steps.editionMenu("fetchSharedItem")
        const dialog = window.chooser.fetchDialog
        test.tryCompare(dialog, "opened", true)
        type(test.findChild(dialog.contentItem, "sharedUrl"), shared)
        const folder = dialog.folder
        test.verify(/\/Documents\/trendweb-2026$/.test(folder), "a new folder in Documents: " + folder)
        steps.screenshot("ophalen")
        test.mouseClick(test.findChild(dialog.footer, "fetchButton"))
        steps.showsEdition(folder)
        test.tryCompare(dialog, "opened", false)
        fetched = folder
        test.compare(window.versions.remoteUrl, shared)
        steps.screenshot("opgehaald")

        // She writes a sentence, records it and sends it.
        steps.click(2)
        steps.cursorAt("\n\n## Relevantie")
        steps.type(" Sanne schreef deze zin.")
        steps.save()
        steps.commit("Zin van Sanne")
        window.versions.push()
        test.tryVerify(() => !window.versions.busy, 30000, "sent")
        test.compare(window.versions.errorMessage, "")
        test.compare(gitOk(["log", "-1", "--format=%an: %s", "main"], shared).trim(),
                     "Sanne Jansen: Zin van Sanne")

        // A folder that is no edition is refused, with what is missing; nothing changes.
        const notAnEdition = journey.folder("foto's")
        test.verify(!window.chooser.useFolder("file://" + notAnEdition))
        test.verify(window.chooser.message.indexOf("edition.yaml ontbreekt") >= 0, window.chooser.message)
        test.compare(window.edition.rootPath, fetched)
        steps.screenshot("geen-editie")

        // Another edition folder, with unsaved text in the open lemma: asked first, saved.
        own = journey.builtinEdition()
        steps.cursorAt(" Sanne schreef deze zin.")
        steps.type(" Nog niet bewaard.")
        test.verify(window.document.modified)
        test.verify(window.chooser.useFolder("file://" + own))
        test.tryCompare(window.unsavedDialog, "opened", true)
        steps.screenshot("eerst-opslaan")
        const save = window.unsavedDialog.footer.itemAt(0)
        test.compare(save.text, "Opslaan")
        test.mouseClick(save)
        steps.showsEdition(own)
        test.compare(journey.changedFiles(fetched).length, 1, "the unsaved sentence was saved in the first edition")
        test.compare(window.chooser.message, "")

        // Editie delen… to a shared repository that already holds versions: refused.
        steps.editionMenu("shareEditionItem")
        const shareDialog = window.chooser.shareDialog
        test.tryCompare(shareDialog, "opened", true)
        type(test.findChild(shareDialog.contentItem, "shareUrl"), shared)
        test.mouseClick(test.findChild(shareDialog.footer, "shareButton"))
        test.tryVerify(() => window.chooser.share.errorMessage !== "", 30000, "refused")
        test.verify(window.chooser.share.errorMessage.indexOf("staan al versies") >= 0,
                    window.chooser.share.errorMessage)
        test.verify(!window.versions.hasRemote)
        steps.screenshot("delen-geweigerd")

        // To an empty one: shared, with the line endings rule, and nothing left to send.
        const empty = journey.folder("leeg-gedeeld") + "/eigen.git"
        gitOk(["init", "--bare", "--initial-branch=main", empty], journey.folder("x"))
        type(test.findChild(shareDialog.contentItem, "shareUrl"), empty)
        test.mouseClick(test.findChild(shareDialog.footer, "shareButton"))
        test.tryCompare(shareDialog, "opened", false, 30000)
        test.tryCompare(window.versions, "remoteUrl", empty, 5000)
        test.compare(window.versions.ahead, 0)
        test.verify(gitOk(["show", "main:.gitattributes"], empty).indexOf("* text=auto eol=lf") >= 0)
        test.compare(gitOk(["ls-tree", "--name-only", "main"], empty).split("\n").filter(n => n === "edition.yaml").length, 1)
        steps.screenshot("gedeeld")

        // Editie delen… once more: it says where it is shared, and offers no second place.
        steps.editionMenu("shareEditionItem")
        test.tryCompare(shareDialog, "opened", true)
        test.verify(!test.findChild(shareDialog.footer, "shareButton").visible)
        shareDialog.close()

        // The recent editions: the three she opened, the newest first.
        const recent = journey.rows(window.chooser.recent)
        test.compare(recent.map(r => r.path).slice(0, 2), [own, fetched])
        test.verify(recent.some(r => r.builtin), "the built-in edition is among them")
        test.mouseClick(test.findChild(window.header, "editionMenuButton"))
        steps.screenshot("recente-edities")
        window.header.editionMenu.close()

        // Back to the fetched edition through Recente edities.
        window.header.recentEditionChosen(fetched)
        steps.showsEdition(fetched)
    }

    // The next start without a folder: the welcome offers her editions.
    function test_2_welcomeOffersRecentEditions() {
        test.verify(fetched !== "", "the first journey ran")
        steps.name = "nieuwe-auteur-welkom"
        steps.shots = 0
        const window = steps.startWithoutFolder()
        const welcome = window.chooser.welcomeDialog
        test.tryCompare(welcome, "opened", true, 5000)
        const list = test.findChild(welcome.contentItem, "welcomeList")
        test.tryVerify(() => list.count >= 2)
        steps.screenshot("welkom")
        // Her fetched edition, opened last, is offered; a click opens it.
        let item = null
        for (let i = 0; i < list.count; ++i) {
            if (list.itemAtIndex(i) && list.itemAtIndex(i).path === fetched)
                item = list.itemAtIndex(i)
        }
        test.verify(item !== null && item.visible, "the fetched edition is offered")
        test.mouseClick(item)
        test.tryCompare(welcome, "opened", false)
        steps.showsEdition(fetched)
    }
}
