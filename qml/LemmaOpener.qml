import QtQuick

// Opens a lemma in the editor from wherever it is asked for (the list, a problem, a
// search hit, a cross-link), asking about unsaved work first.
QtObject {
    id: opener

    property var edition: null       // the EditionController
    property var document: null      // the LemmaDocument
    property var editor: null        // the LemmaEditor
    property var lemmaList: null     // the list whose current row is the open lemma
    property var unsavedDialog: null // asks before unsaved work is left

    function openLemma(row) {
        if (row === opener.lemmaList.currentIndex && opener.document.filePath !== "")
            return
        if (opener.document.modified) {
            opener.unsavedDialog.ask(function() { opener.showLemma(row) })
            return
        }
        showLemma(row)
    }

    function showLemma(row) {
        if (opener.document.load(opener.edition.absolutePath(opener.edition.lemmas.path(row))))
            opener.lemmaList.currentIndex = row
    }

    // Opens a lemma file (asking about unsaved work first) and selects the range that
    // `place` gives once it is open: [start, end]. False when the file is not a lemma.
    function goTo(file, place) {
        const row = opener.edition.rowOfFile(file)
        if (row < 0)
            return false
        const select = function() {
            const range = place()
            opener.editor.placeCursor(range[0])
            if (range[1] > range[0])
                opener.editor.textArea.select(range[0], range[1])
        }
        if (row !== opener.lemmaList.currentIndex || opener.document.filePath === "") {
            if (opener.document.modified) {
                opener.unsavedDialog.ask(function() { opener.showLemma(row); select() })
                return true
            }
            showLemma(row)
        }
        select()
        return true
    }

    // Opens the file of a problem (when it is a lemma) and puts the cursor on it.
    function goToProblem(file, line, column) {
        goTo(file, function() {
            const position = opener.document.positionOf(line, column)
            return [position, position]
        })
    }

    // A cross-link followed: opens that lemma.
    function openSlug(slug) {
        const row = opener.edition.rowOfLemma(slug)
        if (row >= 0)
            opener.openLemma(row)
    }
}
