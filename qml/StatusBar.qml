import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Edition, whether the versions are sent, word count, problems and whether the lemma is
// saved, in plain words.
ToolBar {
    id: bar
    // Qt 6.4's ToolBar resets its accessible role once a screen reader listens: the row
    // inside is announced as the window's status bar instead (Orca's "read status bar").
    Accessible.ignored: true

    property string editionTitle: ""
    property int wordCount: 0
    // The lemma's length target in words (front matter "lengte"); 0 when it has none.
    property int lengthTarget: 0
    property int problemCount: 0
    property int errorCount: 0
    property string branch: ""
    property int ahead: 0
    property int behind: 0
    // The edition is shared (has a place to send versions to).
    property bool shared: false
    // "2 versies nog niet verstuurd", "3 nieuwe versies op te halen", "Alles verstuurd".
    readonly property string syncText: {
        if (!bar.shared)
            return qsTr("Nog niet gedeeld")
        const parts = []
        if (bar.ahead > 0)
            parts.push(qsTr("%Ln versies nog niet verstuurd", "", bar.ahead))
        if (bar.behind > 0)
            parts.push(qsTr("%Ln nieuwe versies op te halen", "", bar.behind))
        return parts.length > 0 ? parts.join(" · ") : qsTr("Alles verstuurd")
    }
    // "3 fouten, 455 aandachtspunten"; errors are what must be fixed before publishing.
    readonly property int warningCount: bar.problemCount - bar.errorCount
    readonly property string problemText: {
        if (bar.problemCount === 0)
            return qsTr("Geen problemen")
        const parts = []
        if (bar.errorCount > 0)
            parts.push(qsTr("%Ln fouten", "", bar.errorCount))
        if (bar.warningCount > 0)
            parts.push(qsTr("%Ln aandachtspunten", "", bar.warningCount))
        return parts.join(", ")
    }
    property bool spellingReady: false
    property string spellingLanguage: ""
    // The spelling's language in words ("nl_NL" is "Nederlands").
    readonly property string languageName: {
        if (bar.spellingLanguage === "")
            return ""
        if (bar.spellingLanguage.startsWith("nl"))
            return qsTr("Nederlands")
        const name = Qt.locale(bar.spellingLanguage).nativeLanguageName
        return name !== "" ? name.charAt(0).toUpperCase() + name.slice(1) : bar.spellingLanguage
    }
    property bool modified: false
    property bool hasDocument: false

    RowLayout {
        Accessible.role: Accessible.StatusBar
        Accessible.name: qsTr("Statusbalk")
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 16

        Label { text: bar.editionTitle }
        Label {
            objectName: "syncState"
            visible: bar.branch !== ""
            text: bar.syncText
            opacity: 0.8
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.minimumWidth: 60
        }
        Label {
            objectName: "spellingLanguage"
            text: bar.spellingReady ? bar.languageName : qsTr("spelling laden…")
            opacity: 0.8
            Accessible.name: bar.spellingReady ? qsTr("Spelling: %1").arg(bar.languageName) : text
        }
        Label {
            objectName: "wordCount"
            // "1.354 van 1.500 woorden" when the lemma has a length target, else "1.354 woorden".
            text: bar.lengthTarget > 0 ? qsTr("%L1 van %Ln woorden", "", bar.lengthTarget).arg(bar.wordCount)
                                       : qsTr("%Ln woorden", "", bar.wordCount)
            visible: bar.hasDocument
        }
        Label {
            objectName: "problemCount"
            text: bar.problemText
            color: bar.errorCount > 0 ? "#c62828" : palette.windowText
        }
        Label {
            objectName: "saveState"
            visible: bar.hasDocument
            text: bar.modified ? qsTr("niet opgeslagen") : qsTr("opgeslagen")
        }
    }
}
