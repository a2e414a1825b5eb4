import QtQuick
import Trendweb.Studio

// Comments on the open lemma: its review threads, and writing a comment on the selected
// passage (Ctrl+Alt+M) or on a passage of an older version, always under a name. Suggestions
// too: Voorstel (Ctrl+Alt+S) on the selection, and accepting one as one undoable edit.
Item {
    id: commenting

    property var edition: null   // the EditionController
    property var document: null  // the LemmaDocument
    property var versions: null  // the VersionController: whose name comments go under
    property var identity: null  // the IdentityDialog: asked first when there is no name
    property var textArea: null  // the editor's text, with the selected passage
    property var documentEditor: null // the editor's DocumentEditor: accepted suggestions go through it
    readonly property alias reviews: reviews
    readonly property alias dialog: commentDialog
    readonly property alias suggestionDialog: suggestionDialog
    // A comment on the open lemma was written.
    signal commented()

    ReviewController {
        id: reviews
        editionRoot: commenting.edition ? commenting.edition.rootPath : ""
        lemmaPath: commenting.document ? commenting.document.relativePath : ""
        author: commenting.versions ? commenting.versions.authorName : ""
        // Placed on the text as it is typed, not as it was last saved (debounced).
        text: commenting.textArea ? commenting.textArea.text : ""
    }

    // After Ophalen, a merge, or review files changed by another program: the threads and
    // decisions as they are on disk now, for comments and suggestions alike.
    Connections {
        target: commenting.edition
        function onLoadedChanged() { reviews.refresh() }
        function onDiskSettled() { reviews.refresh() }
    }

    CommentDialog {
        id: commentDialog
        property var write: null
        author: commenting.versions ? commenting.versions.authorName : ""
        onCommented: (message) => { if (write) write(message) }
    }

    SuggestionDialog {
        id: suggestionDialog
        property var write: null
        author: commenting.versions ? commenting.versions.authorName : ""
        onSuggested: (replacement, message) => { if (write) write(replacement, message) }
    }

    // Ctrl+Alt+S: a suggestion for the passage selected in the text (without a selection: text
    // to insert at the cursor). What is typed in the dialog becomes the suggestion, not an edit.
    function suggestOnSelection() {
        const area = textArea
        if (!area)
            return
        const start = area.selectionStart
        const end = area.selectionEnd
        suggestionDialog.quote = area.selectedText
        suggestionDialog.write = function(replacement, message) {
            if (reviews.addSuggestion(area.text, start, end, replacement, message))
                commenting.commented()
        }
        identity.ensure(() => suggestionDialog.open())
    }

    // A suggestion on a passage of an older version, opened read-only.
    function suggestOnVersion(commitId, start, end, quote) {
        suggestionDialog.quote = quote
        suggestionDialog.write = (replacement, message) =>
            reviews.addSuggestionAt(commitId, start, end, replacement, message)
        identity.ensure(() => suggestionDialog.open())
    }

    // Overnemen: the suggestion goes into the open text as one edit (Ctrl+Z takes it back; the
    // normal save writes it), and the decision is recorded under the author's name.
    function acceptSuggestion(id, evenIfChanged) {
        identity.ensure(function() {
            const plan = reviews.acceptance(id, textArea.text, evenIfChanged)
            if (plan.error !== undefined)
                return
            if (reviews.decide(id, "accept", ""))
                documentEditor.replace(plan.start, plan.end, plan.replacement)
        })
    }

    // The dialog on `quote`, once there is a name; `write(message)` stores the comment.
    function ask(quote, write) {
        commentDialog.quote = quote
        commentDialog.write = write
        identity.ensure(() => commentDialog.open())
    }

    // Ctrl+Alt+M: a comment on the passage selected in the text.
    function commentOnSelection() {
        const area = textArea
        if (!area || area.selectionStart === area.selectionEnd)
            return
        const start = area.selectionStart
        const end = area.selectionEnd
        ask(area.selectedText, function(message) {
            if (reviews.addComment(area.text, start, end, message))
                commenting.commented()
        })
    }

    // A comment on a passage of an older version (Geschiedenis › Versie openen…).
    function commentOnVersion(commitId, start, end, quote) {
        ask(quote, (message) => reviews.addCommentAt(commitId, start, end, message))
    }

    Shortcut {
        sequence: "Ctrl+Alt+M"
        onActivated: commenting.commentOnSelection()
    }
    Shortcut {
        sequence: "Ctrl+Alt+S"
        enabled: commenting.document !== null && commenting.document.filePath !== ""
        onActivated: commenting.suggestOnSelection()
    }
}
