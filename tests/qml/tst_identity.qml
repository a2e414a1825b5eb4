import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// Wie bent u? Asked when nobody is known, prefilled from Git's identity but never taken
// over silently; a blank name cannot be confirmed; the confirmed name is the one a comment
// and a version record; without a name nothing is written.
Item {
    id: root
    width: 900
    height: 700

    Component {
        id: window
        Item {
            id: view
            property alias versions: versions
            property alias reviews: reviews
            property alias dialog: dialog
            property alias panel: panel
            property string editionRoot: ""
            anchors.fill: parent

            VersionController {
                id: versions
                editionRoot: view.editionRoot
            }
            ReviewController {
                id: reviews
                editionRoot: versions.editionRoot
                lemmaPath: "lemmas/woningbouw.md"
                author: versions.authorName
            }
            ChangesPanel {
                id: panel
                anchors.fill: parent
                versions: versions
                identity: dialog
            }
            IdentityDialog {
                id: dialog
                versions: versions
            }
        }
    }

    TestCase {
        name: "Identity"
        when: windowShown

        function open(editionRoot) {
            fixtures.forgetAuthor()
            return createTemporaryObject(window, root, { editionRoot: editionRoot })
        }

        function nameField(w) { return findChild(w.dialog.contentItem, "identityName") }
        function emailField(w) { return findChild(w.dialog.contentItem, "identityEmail") }
        function confirmButton(w) { return findChild(w.dialog.footer, "identityConfirm") }

        function type(text) {
            for (const character of text)
                keyClick(character)
        }

        function replaceText(field, text) {
            field.forceActiveFocus()
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyClick(Qt.Key_Delete)
            type(text)
        }

        // Where "grootste maatschappelijke opgaven" stands in the last version.
        function passage(w) {
            const text = w.versions.textAt("HEAD", "lemmas/woningbouw.md")
            const start = text.indexOf("grootste maatschappelijke opgaven")
            verify(start > 0)
            return [start, start + "grootste maatschappelijke opgaven".length]
        }

        function test_gitsIdentityIsOfferedNotTaken() {
            const edition = fixtures.repositoryOf("small-edition", "Git Gebruiker", "git@example.org")
            const w = open(edition)
            verify(!w.versions.hasAuthor)
            compare(w.versions.suggestedName, "Git Gebruiker")
            let continued = 0
            w.dialog.ensure(() => continued++)
            tryCompare(w.dialog, "opened", true)
            compare(nameField(w).text, "Git Gebruiker")
            compare(emailField(w).text, "git@example.org")
            tryVerify(() => nameField(w).activeFocus)
            compare(continued, 0)
            verify(!w.versions.hasAuthor) // nothing is taken over before the author confirms
            keyClick(Qt.Key_Return)
            tryCompare(w.dialog, "opened", false)
            compare(continued, 1)
            compare(w.versions.authorName, "Git Gebruiker")
            compare(w.versions.authorEmail, "git@example.org")
            // Known now: the next request goes on at once.
            w.dialog.ensure(() => continued++)
            compare(continued, 2)
            verify(!w.dialog.opened)
        }

        function test_aBlankNameCannotBeConfirmed() {
            const w = open(fixtures.repositoryOf("small-edition", "Git Gebruiker", "git@example.org"))
            let continued = 0
            w.dialog.ensure(() => continued++)
            tryCompare(w.dialog, "opened", true)
            replaceText(nameField(w), "   ")
            verify(!confirmButton(w).enabled)
            keyClick(Qt.Key_Return)
            verify(w.dialog.opened)
            compare(continued, 0)
            verify(!w.versions.hasAuthor)
            verify(!w.versions.confirmAuthor("  ", "x@example.org"))
            keyClick(Qt.Key_Escape)
            tryCompare(w.dialog, "opened", false)
            compare(continued, 0)
            verify(!w.versions.hasAuthor)
        }

        function test_aCommentWithoutANameWritesNoFile() {
            const edition = fixtures.repositoryOf("small-edition", "", "")
            const w = open(edition)
            const range = passage(w)
            // The author is asked, cancels: the comment is not written.
            w.dialog.ensure(() => w.reviews.addCommentAt("HEAD", range[0], range[1], "Welke?"))
            tryCompare(w.dialog, "opened", true)
            compare(nameField(w).text, "") // no Git identity either: nothing made up
            keyClick(Qt.Key_Escape)
            tryCompare(w.dialog, "opened", false)
            compare(fixtures.reviewFileCount(edition), 0)
            // Asked directly, without a name, the controller refuses too.
            verify(!w.reviews.addCommentAt("HEAD", range[0], range[1], "Welke?"))
            verify(w.reviews.errorMessage.indexOf("wie u bent") >= 0)
            compare(fixtures.reviewFileCount(edition), 0)
        }

        function test_theConfirmedNameIsWhatACommentAndAVersionRecord() {
            const edition = fixtures.repositoryOf("small-edition", "Git Gebruiker", "git@example.org")
            const w = open(edition)
            const range = passage(w)
            w.dialog.ensure(() => w.reviews.addCommentAt("HEAD", range[0], range[1], "Welke opgaven?"))
            tryCompare(w.dialog, "opened", true)
            replaceText(nameField(w), "Anne de Vries")
            replaceText(emailField(w), "anne@example.org")
            keyClick(Qt.Key_Return)
            tryCompare(w.dialog, "opened", false)
            // The comment went on after the question, under the confirmed name.
            compare(fixtures.reviewFileCount(edition), 1)
            compare(w.reviews.notes.length, 1)
            compare(w.reviews.notes[0].author, "Anne de Vries")

            // A version, through the Wijzigingen panel, under the same name.
            compare(findChild(w.panel, "committerLabel").text, "Vastleggen als Anne de Vries")
            verify(fixtures.append(edition + "/lemmas/woningbouw.md", "\nEen nieuwe alinea.\n"))
            w.versions.refresh()
            findChild(w.panel, "commitMessage").text = "Alinea erbij"
            mouseClick(findChild(w.panel, "commitButton"))
            compare(fixtures.newestAuthor(edition), "Anne de Vries <anne@example.org>")
        }

        function test_aCommitWithoutANameAsksFirstAndThenCommits() {
            const edition = fixtures.repositoryOf("small-edition", "", "")
            const w = open(edition)
            compare(findChild(w.panel, "committerLabel").text, "Nog niet bekend wie er vastlegt")
            verify(fixtures.append(edition + "/lemmas/woningbouw.md", "\nEen nieuwe alinea.\n"))
            w.versions.refresh()
            const message = findChild(w.panel, "commitMessage")
            message.text = "Alinea erbij"
            mouseClick(findChild(w.panel, "commitButton"))
            tryCompare(w.dialog, "opened", true)
            compare(fixtures.newestAuthor(edition), "Redactie <>") // not yet committed
            replaceText(nameField(w), "Carla de Boer")
            keyClick(Qt.Key_Return)
            tryCompare(w.dialog, "opened", false)
            compare(fixtures.newestAuthor(edition), "Carla de Boer <>")
            compare(message.text, "")
            compare(findChild(w.panel, "committerLabel").text, "Vastleggen als Carla de Boer")
        }

        function test_typingIsNeverOverwritten() {
            // The edition is still opening when the question comes; Git's identity arrives
            // while the author types, and must not fill itself in over what they typed.
            const edition = fixtures.repositoryOf("small-edition", "Anne de Vries", "anne@example.org")
            const w = open("")
            w.dialog.ask(null)
            tryCompare(w.dialog, "opened", true)
            compare(nameField(w).text, "")
            replaceText(nameField(w), "Carla")
            w.editionRoot = edition
            compare(w.versions.suggestedName, "Anne de Vries")
            compare(nameField(w).text, "Carla")
            compare(emailField(w).text, "")
            keyClick(Qt.Key_Escape)
            tryCompare(w.dialog, "opened", false)
        }
    }
}
