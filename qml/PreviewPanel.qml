import QtQuick
import QtQuick.Controls
import QtWebEngine
import Trendweb.Studio

// Voorbeeld: the lemma as the site shows it, updated while typing without
// reloading (the page's content is replaced in place, so the scroll position
// stays), following the editor by source line. A cross-link opens its lemma;
// a footnote reference jumps to its note.
Pane {
    id: panel

    property var edition: null
    property string lemmaPath: ""
    property string text: ""
    property int cursorLine: 0 // in the lemma file, 1-based
    // Reviewers' open comments: [{id, line, author, text, replies}], line in the lemma file.
    property var notes: []
    property bool loaded: false
    // The page has been drawn at least once since it loaded (for screenshots and tests).
    property bool painted: false
    readonly property alias preview: preview
    readonly property alias view: view
    signal lemmaRequested(string slug)

    padding: 0

    PreviewController {
        id: preview
        edition: panel.edition
        lemmaPath: panel.lemmaPath
        text: panel.text
        onPageChanged: {
            panel.loaded = false
            panel.painted = false
            // At the edition folder's address, so that the figures' images may load.
            view.loadHtml(page, preview.baseUrl)
        }
        onContentChanged: {
            if (panel.loaded) {
                view.runJavaScript("document.getElementById('inhoud').innerHTML = " + JSON.stringify(content) + ";")
                panel.placeNotes()
            }
        }
    }

    onCursorLineChanged: followCursor()
    onNotesChanged: placeNotes()

    // Each note stands in the margin beside the block its passage starts in; built with
    // textContent, so a comment is never read as HTML.
    function placeNotes() {
        if (!loaded)
            return
        view.runJavaScript("(function (notes) {" +
            "var main = document.getElementById('inhoud');" +
            "var offset = parseInt(main.dataset.lineOffset || '0');" +
            "main.querySelectorAll('.kantlijn').forEach(function (e) { e.remove(); });" +
            "main.querySelectorAll('.met-opmerking').forEach(function (e) { e.classList.remove('met-opmerking'); });" +
            "var blocks = main.querySelectorAll('[data-sourcepos]');" +
            "notes.forEach(function (note) {" +
            "  var best = null;" +
            "  blocks.forEach(function (e) { if (parseInt(e.dataset.sourcepos) <= note.line - offset) best = e; });" +
            "  if (!best) return;" +
            "  var aside = document.createElement('aside');" +
            "  aside.className = 'kantlijn'; aside.dataset.thread = note.id;" +
            "  var who = document.createElement('b'); who.textContent = note.author;" +
            "  aside.appendChild(who); aside.appendChild(document.createTextNode(note.text));" +
            "  if (note.replies > 0) aside.appendChild(document.createTextNode(' (+' + note.replies + ')'));" +
            "  best.classList.add('met-opmerking');" +
            "  best.parentNode.insertBefore(aside, best);" +
            "});" +
            "})(" + JSON.stringify(notes) + ");")
    }

    function followCursor() {
        if (!loaded || cursorLine <= 0)
            return
        view.runJavaScript("(function (line) {" +
            "var main = document.getElementById('inhoud');" +
            "line -= parseInt(main.dataset.lineOffset || '0');" +
            "var best = null;" +
            "document.querySelectorAll('[data-sourcepos]').forEach(function (e) {" +
            "  if (parseInt(e.dataset.sourcepos) <= line) best = e; });" +
            "if (best) best.scrollIntoView({block: 'center'});" +
            "})(" + cursorLine + ");")
    }

    WebEngineView {
        id: view
        objectName: "previewView"
        anchors.fill: parent
        // The page has the keyboard (Tab went into it): framed like every other stop.
        FocusRing {
            shown: view.Window.activeFocusItem !== null
                   && (view.Window.activeFocusItem === view || view.Window.activeFocusItem.parent === view)
        }
        onLoadingChanged: (request) => {
            if (request.status === WebEngineView.LoadSucceededStatus) {
                panel.loaded = true
                // Content rendered after the page was handed over goes in at once.
                runJavaScript("document.getElementById('inhoud').innerHTML = " + JSON.stringify(preview.content) + ";")
                panel.placeNotes()
                panel.followCursor()
                // Two animation frames later the content has been drawn; a console line says
                // so (the page's title stays the lemma's, which a screen reader announces).
                runJavaScript("requestAnimationFrame(function () { requestAnimationFrame(function () {" +
                              " console.info('trendweb:getekend'); }); });")
            }
        }
        onJavaScriptConsoleMessage: (level, message) => {
            if (message === "trendweb:getekend")
                panel.painted = true
        }
        onNavigationRequested: (request) => {
            const url = request.url.toString()
            const page = preview.baseUrl.toString()
            if (url.startsWith("lemma:")) {
                request.reject()
                panel.lemmaRequested(url.substring(6))
            } else if (!url.startsWith("data:") && url !== page && !url.startsWith(page + "#")) {
                request.reject() // no leaving the preview; a note's number stays on the page
            }
        }
    }
}
