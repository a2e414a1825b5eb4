import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ToolBar {
    id: toolBar

    property bool canSave: false
    signal saveRequested()

    RowLayout {
        anchors.fill: parent

        ToolButton {
            text: qsTr("Opslaan")
            enabled: toolBar.canSave
            onClicked: toolBar.saveRequested()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Het lemma opslaan (Ctrl+S)")
        }

        Item { Layout.fillWidth: true }
    }
}
