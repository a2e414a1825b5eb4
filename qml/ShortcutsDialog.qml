import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// F1: the keyboard shortcuts of the window, in Dutch.
Dialog {
    id: dialog
    objectName: "shortcutsDialog"

    title: qsTr("Sneltoetsen")
    modal: true
    anchors.centerIn: parent
    standardButtons: Dialog.Close
    DialogButtonTexts { dialog: dialog }
    onOpened: list.forceActiveFocus()

    // Each entry: the keys and what they do.
    readonly property var entries: [
        { keys: "F6 / Shift+F6", what: qsTr("Naar de volgende / vorige kolom: lemma's, tekst, zijpaneel") },
        { keys: "Ctrl+1 … Ctrl+8", what: qsTr("Zijpaneel openen: Voorbeeld, Voetnoten, Lees meer, Figuren, Opmerkingen, Problemen, Geschiedenis, Wijzigingen") },
        { keys: "Ctrl+9", what: qsTr("Overzicht: naar een kop of figuur van het lemma (pijltjes, Enter)") },
        { keys: "Alt+1 / Alt+2 / Alt+3", what: qsTr("Lemma's op letter (A–Z), als lijst, of het web") },
        { keys: "Ctrl+N", what: qsTr("Nieuw lemma") },
        { keys: "Ctrl+S", what: qsTr("Het lemma opslaan") },
        { keys: "Ctrl+Shift+S", what: qsTr("Een versie vastleggen") },
        { keys: "Ctrl+Shift+O", what: qsTr("Ophalen: het werk van de anderen") },
        { keys: "Ctrl+Shift+U", what: qsTr("Versturen: uw versies delen") },
        { keys: "Ctrl+E", what: qsTr("Exporteren") },
        { keys: "Ctrl+O", what: qsTr("Andere editie openen") },
        { keys: "Ctrl+Shift+E", what: qsTr("Eigenschappen van het lemma: titel, auteurs en lengte") },
        { keys: "Ctrl+Shift+B", what: qsTr("De bron tonen of verbergen: de kop van het bestand (YAML)") },
        { keys: "Ctrl+F", what: qsTr("Zoeken in het lemma") },
        { keys: "Ctrl+Shift+F", what: qsTr("Zoeken en vervangen in de hele editie") },
        { keys: "Ctrl+Alt+F", what: qsTr("Voetnoot invoegen") },
        { keys: "Ctrl+Alt+M", what: qsTr("Opmerking bij de geselecteerde passage") },
        { keys: "Shift+F10", what: qsTr("Suggesties voor het woord bij de cursor") },
        { keys: "Ctrl+Alt+S", what: qsTr("Voorstel: andere tekst voor de geselecteerde passage (voor de auteur om over te nemen)") },
        { keys: "Ctrl+Alt+Z / Ctrl+Alt+Y", what: qsTr("Lemma-bewerking ongedaan maken / opnieuw") },
        { keys: "Alt+E", what: qsTr("Het menu Editie") },
        { keys: "Ctrl+Q", what: qsTr("Trendweb Studio sluiten") },
        { keys: "F1", what: qsTr("Dit overzicht") }
    ]

    ListView {
        id: list
        objectName: "shortcutList"
        implicitWidth: 560
        implicitHeight: Math.min(contentHeight, 420)
        clip: true
        model: dialog.entries
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}
        delegate: RowLayout {
            required property var modelData
            width: ListView.view.width
            spacing: 12
            Label {
                Layout.preferredWidth: 180
                Layout.alignment: Qt.AlignTop
                text: parent.modelData.keys
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: parent.modelData.what
            }
        }
    }
}
