import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A merge whose paragraphs collided: per paragraph mine, theirs and the base,
// and the choice of what stays. Nothing is lost until the merge is recorded.
ColumnLayout {
    id: view

    property var versions: null
    spacing: 6

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.bold: true
        text: qsTr("Samenvoegen: %1 keuze(s) nog te maken").arg(view.versions ? view.versions.conflicts.openCount : 0)
    }

    ListView {
        objectName: "conflictList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 12
        model: view.versions ? view.versions.conflicts : null
        delegate: ConflictParagraph {
            width: ListView.view.width
            onChosen: (take, edited) => conflictKey !== ""
                      ? view.versions.resolveKey(path, conflictKey, take, edited)
                      : view.versions.resolve(path, number, take, edited)
        }
    }

    Button {
        text: qsTr("Samenvoegen afbreken")
        onClicked: view.versions.abortMerge()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Zet alles terug zoals het was voor het ophalen")
    }
}
