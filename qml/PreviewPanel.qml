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
    property bool loaded: false
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
            view.loadHtml(page, "about:blank")
        }
        onContentChanged: {
            if (panel.loaded)
                view.runJavaScript("document.getElementById('inhoud').innerHTML = " + JSON.stringify(content) + ";")
        }
    }

    onCursorLineChanged: followCursor()

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
        onLoadingChanged: (request) => {
            if (request.status === WebEngineView.LoadSucceededStatus) {
                panel.loaded = true
                // Content rendered after the page was handed over goes in at once.
                runJavaScript("document.getElementById('inhoud').innerHTML = " + JSON.stringify(preview.content) + ";")
                panel.followCursor()
            }
        }
        onNavigationRequested: (request) => {
            const url = request.url.toString()
            if (url.startsWith("lemma:")) {
                request.reject()
                panel.lemmaRequested(url.substring(6))
            } else if (!url.startsWith("data:") && !url.startsWith("about:blank")) {
                request.reject() // no leaving the preview
            }
        }
    }
}
