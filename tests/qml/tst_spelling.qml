import QtQuick
import QtQuick.Controls
import QtTest
import Trendweb.Studio

// Spelling in the editor: an unknown word is found, its menu offers the
// dictionary's suggestion, and choosing it replaces the word.
Item {
    id: root
    width: 800
    height: 600

    LemmaEditor {
        id: editor
        anchors.fill: parent
        letter: "A"
        lemmaTitle: "Proef"
        text: "Dit is welllicht een fout in het Nederlands."
        onTextEdited: (text) => editor.text = text
    }

    SignalSpy {
        id: suggestions
        target: editor.spelling
        signalName: "suggestionsReady"
    }

    TestCase {
        name: "Spelling"
        when: windowShown

        function test_unknownWordIsFoundAndReplaced() {
            tryCompare(editor.spelling, "ready", true, 20000)
            editor.textArea.text = "Dit is welllicht een fout in het Nederlands."
            const text = editor.textArea.text
            const at = text.indexOf("welllicht") + 2
            const info = editor.spelling.wordAt(at)
            compare(info.word, "welllicht")
            compare(info.start, text.indexOf("welllicht"))
            verify(info.misspelled)
            verify(!editor.spelling.wordAt(text.indexOf("Nederlands")).misspelled)

            editor.openSpellingMenu(at)
            suggestions.wait(20000)
            compare(suggestions.signalArguments[0][0], "welllicht")
            verify(suggestions.signalArguments[0][1].indexOf("wellicht") >= 0)
            const menu = findChild(editor, "spellingMenu")
            tryVerify(() => menu.count > 0 && menu.itemAt(0).text === suggestions.signalArguments[0][1][0])
            menu.itemAt(0).triggered()
            compare(editor.textArea.text, "Dit is " + suggestions.signalArguments[0][1][0] + " een fout in het Nederlands.")
        }

        function test_ignoredWordIsNoLongerUnknown() {
            tryCompare(editor.spelling, "ready", true, 20000)
            editor.textArea.text = "Een knarrenhoffje hier."
            const at = editor.textArea.text.indexOf("knarrenhoffje")
            verify(editor.spelling.wordAt(at).misspelled)
            editor.spelling.ignore("knarrenhoffje")
            verify(!editor.spelling.wordAt(at).misspelled)
        }

        // A text field that goes first (a panel closed, a lemma swapped) takes its
        // underlining with it; the checker carries on without it.
        function test_theTextMayGoBeforeItsChecker() {
            const field = fieldComponent.createObject(root)
            const checker = checkerComponent.createObject(root, { textDocument: field.textDocument })
            tryCompare(checker, "ready", true, 20000)
            field.destroy()
            wait(20)
            checker.commentMarks = [0, 3]
            checker.ignore("knarrenhoffje")
            checker.destroy()
            wait(20)
        }
    }

    Component {
        id: fieldComponent
        TextEdit { text: "Een knarrenhoffje hier." }
    }

    Component {
        id: checkerComponent
        SpellChecker {}
    }
}
