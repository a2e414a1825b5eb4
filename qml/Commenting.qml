import QtQuick
import Trendweb.Studio

// Comments on the open lemma: its review threads, and writing a comment on the selected
// passage (Ctrl+Alt+M) or on a passage of an older version, always under a name.
Item {
    id: commenting

    property var edition: null   // the EditionController
    property var document: null  // the LemmaDocument
    property var versions: null  // the VersionController: whose name comments go under
    property var identity: null  // the IdentityDialog: asked first when there is no name
    property var textArea: null  // the editor's text, with the selected passage
    readonly property alias reviews: reviews
    readonly property alias dialog: commentDialog
    // A comment on the open lemma was written.
    signal commented()

    ReviewController {
        id: reviews
        editionRoot: commenting.edition ? commenting.edition.rootPath : ""
        lemmaPath: commenting.document ? commenting.document.relativePath : ""
        author: commenting.versions ? commenting.versions.authorName : ""
    }

    CommentDialog {
        id: commentDialog
        property var write: null
        author: commenting.versions ? commenting.versions.authorName : ""
        onCommented: (message) => { if (write) write(message) }
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
}
