import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

ToolBar {
    id: toolBar

    property bool canSave: false
    property bool canSync: false
    property int ahead: 0
    // The edition has a shared place to send to and fetch from; until then no counts.
    property bool shared: false
    property int behind: 0
    signal saveRequested()
    signal commitRequested()
    signal pullRequested()
    signal pushRequested()
    signal nextEditionRequested()
    signal exportRequested()
    signal searchRequested()
    signal shortcutsRequested()
    // A narrow window: the lemma list is behind the Lemma's button (F6, Alt+L).
    property bool compact: false
    signal lemmasRequested()
    signal lemmaRequested(string mode) // "new", "rename" or "delete"
    // Which edition is open: a folder, a shared edition fetched, this one shared, a recent one.
    property var recentEditions: null
    signal openEditionRequested()
    signal fetchSharedRequested()
    signal shareEditionRequested()
    signal recentEditionChosen(string path)
    readonly property alias editionMenu: editionMenu
    // Taking back an operation on the edition (new, rename, move, delete), or redoing it.
    property string undoText: ""
    property string redoText: ""
    signal undoRequested()
    signal redoRequested()
    // Opmerking… and Voorstel… on the passage selected in the text.
    signal commentRequested()
    signal suggestionRequested()

    RowLayout {
        anchors.fill: parent

        ToolButton {
            objectName: "lemmasButton"
            visible: toolBar.compact
            text: qsTr("☰ &Lemma's")
            onClicked: toolBar.lemmasRequested()
            FocusRing {}
            ToolTip.visible: hovered
            ToolTip.text: qsTr("De lemma's van de editie (F6)")
        }
        ToolButton {
            objectName: "editionMenuButton"
            // Alt+E opens it (the & marks the letter).
            text: qsTr("&Editie ▾")
            onClicked: editionMenu.open()
            FocusRing {}
            Menu {
                id: editionMenu
                y: parent.height
                MenuItem {
                    objectName: "openEditionItem"
                    text: qsTr("Editie &openen… (Ctrl+O)")
                    onTriggered: toolBar.openEditionRequested()
                }
                Menu {
                    objectName: "recentEditionsMenu"
                    title: qsTr("Recente edities")
                    enabled: toolBar.recentEditions !== null && toolBar.recentEditions.count > 0
                    Repeater {
                        model: toolBar.recentEditions
                        MenuItem {
                            required property string path
                            required property string title
                            text: qsTr("%1 — %2").arg(title).arg(path.split("/").pop())
                            onTriggered: toolBar.recentEditionChosen(path)
                        }
                    }
                }
                MenuItem {
                    objectName: "fetchSharedItem"
                    text: qsTr("&Gedeelde editie ophalen…")
                    onTriggered: toolBar.fetchSharedRequested()
                }
                MenuItem {
                    objectName: "shareEditionItem"
                    text: qsTr("Editie &delen…")
                    onTriggered: toolBar.shareEditionRequested()
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("&Nieuw lemma…")
                    onTriggered: toolBar.lemmaRequested("new")
                }
                MenuItem {
                    text: qsTr("Lemma hernoemen…")
                    onTriggered: toolBar.lemmaRequested("rename")
                }
                MenuItem {
                    text: qsTr("Lemma verwijderen…")
                    onTriggered: toolBar.lemmaRequested("delete")
                }
                MenuSeparator {}
                MenuItem {
                    objectName: "commentItem"
                    text: qsTr("&Opmerking bij de selectie… (Ctrl+Alt+M)")
                    onTriggered: toolBar.commentRequested()
                }
                MenuItem {
                    objectName: "suggestionItem"
                    text: qsTr("&Voorstel voor de selectie… (Ctrl+Alt+S)")
                    onTriggered: toolBar.suggestionRequested()
                }
                MenuSeparator {}
                MenuItem {
                    objectName: "undoOperation"
                    text: toolBar.undoText !== "" ? qsTr("Ongedaan maken: %1 (Ctrl+Alt+Z)").arg(toolBar.undoText)
                                                  : qsTr("Ongedaan maken (Ctrl+Alt+Z)")
                    enabled: toolBar.undoText !== ""
                    onTriggered: toolBar.undoRequested()
                }
                MenuItem {
                    objectName: "redoOperation"
                    text: toolBar.redoText !== "" ? qsTr("Opnieuw: %1 (Ctrl+Alt+Y)").arg(toolBar.redoText)
                                                  : qsTr("Opnieuw (Ctrl+Alt+Y)")
                    enabled: toolBar.redoText !== ""
                    onTriggered: toolBar.redoRequested()
                }
                MenuSeparator {}
                MenuItem {
                    text: qsTr("Volgende editie starten…")
                    onTriggered: nextEditionDialog.open()
                }
                MenuItem {
                    objectName: "shortcutsItem"
                    text: qsTr("&Sneltoetsen (F1)")
                    onTriggered: toolBar.shortcutsRequested()
                }
                MenuSeparator {}
                Menu {
                    title: qsTr("Taal")
                    Repeater {
                        model: [
                            { choice: "", label: qsTr("Volgt het systeem") },
                            { choice: "nl", label: qsTr("Nederlands") },
                            { choice: "en", label: qsTr("English") }
                        ]
                        MenuItem {
                            required property var modelData
                            text: modelData.label
                            checkable: true
                            checked: Language.choice === modelData.choice
                            onTriggered: Language.choice = modelData.choice
                        }
                    }
                }
            }
        }

        ToolButton {
            objectName: "saveButton"
            text: qsTr("Opslaan")
            enabled: toolBar.canSave
            FocusRing {}
            onClicked: toolBar.saveRequested()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Het lemma opslaan (Ctrl+S)")
        }
        ToolButton {
            objectName: "commitToolButton"
            text: qsTr("&Vastleggen…")
            FocusRing {}
            onClicked: toolBar.commitRequested()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Een versie vastleggen met een korte beschrijving (Ctrl+Shift+S)")
        }
        ToolButton {
            objectName: "pullToolButton"
            text: toolBar.shared && toolBar.behind > 0 ? qsTr("&Ophalen (%L1)").arg(toolBar.behind) : qsTr("&Ophalen")
            enabled: toolBar.canSync
            onClicked: toolBar.pullRequested()
            FocusRing {}
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Het werk van de anderen ophalen en samenvoegen (Ctrl+Shift+O)")
        }
        ToolButton {
            objectName: "pushToolButton"
            text: toolBar.shared && toolBar.ahead > 0 ? qsTr("Ve&rsturen (%L1)").arg(toolBar.ahead) : qsTr("Ve&rsturen")
            enabled: toolBar.canSync && toolBar.ahead > 0
            onClicked: toolBar.pushRequested()
            FocusRing {}
            ToolTip.visible: hovered
            ToolTip.text: toolBar.shared ? qsTr("Uw vastgelegde versies delen met de anderen (Ctrl+Shift+U)")
                                         : qsTr("Deze editie wordt nog niet gedeeld (Editie ▾ › Editie delen…)")
        }

        ToolButton {
            objectName: "exportButton"
            text: qsTr("E&xporteren…")
            onClicked: toolBar.exportRequested()
            FocusRing {}
            ToolTip.visible: hovered
            ToolTip.text: qsTr("De editie als site exporteren, na een laatste controle (Ctrl+E)")
        }

        Item { Layout.fillWidth: true }

        ToolButton {
            objectName: "searchButton"
            text: qsTr("&Zoeken")
            onClicked: toolBar.searchRequested()
            FocusRing {}
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Zoeken en vervangen in de hele editie (Ctrl+Shift+F)")
        }
    }

    Dialog {
        id: nextEditionDialog
        title: qsTr("Volgende editie starten")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        standardButtons: Dialog.Ok | Dialog.Cancel
        DialogButtonTexts { dialog: nextEditionDialog }
        Label {
            width: 420
            wrapMode: Text.Wrap
            text: qsTr("De huidige editie wordt gemarkeerd als uitgebrachte editie, en het jaar en " +
                       "editienummer in edition.yaml schuiven één op. Alle wijzigingen moeten " +
                       "daarvoor zijn vastgelegd.")
        }
        onAccepted: toolBar.nextEditionRequested()
    }
}
