import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Ophalen and Versturen with their counts, progress and a way to stop.
ColumnLayout {
    id: bar

    property var versions: null
    // "Wie bent u?": a pull may have to record a merge under the author's name.
    property var identity: null
    spacing: 4

    RowLayout {
        Layout.fillWidth: true
        Button {
            objectName: "pullButton"
            text: bar.versions && bar.versions.hasRemote && bar.versions.behind > 0 ? qsTr("Ophalen (%L1)").arg(bar.versions.behind)
                                                          : qsTr("Ophalen")
            ToolTip.visible: hovered
            ToolTip.text: bar.versions && bar.versions.behind > 0
                          ? qsTr("%Ln nieuwe versies op te halen", "", bar.versions.behind)
                          : qsTr("Het werk van de anderen ophalen (Ctrl+Shift+O)")
            enabled: bar.versions && bar.versions.hasRemote && !bar.versions.busy
            onClicked: bar.identity ? bar.identity.ensure(() => bar.versions.pull()) : bar.versions.pull()
        }
        Button {
            objectName: "pushButton"
            text: bar.versions && bar.versions.hasRemote && bar.versions.ahead > 0 ? qsTr("Versturen (%L1)").arg(bar.versions.ahead)
                                                         : qsTr("Versturen")
            ToolTip.visible: hovered
            ToolTip.text: bar.versions && bar.versions.ahead > 0
                          ? qsTr("%Ln versies nog niet verstuurd", "", bar.versions.ahead)
                          : qsTr("Alles verstuurd")
            enabled: bar.versions && bar.versions.hasRemote && !bar.versions.busy
                     && bar.versions.ahead > 0
            onClicked: bar.versions.push()
        }
        Button {
            text: qsTr("Stoppen")
            visible: bar.versions && bar.versions.busy
            onClicked: bar.versions.cancel()
        }
    }
    ProgressBar {
        Layout.fillWidth: true
        visible: bar.versions && bar.versions.busy
        value: bar.versions ? bar.versions.progress : 0
        indeterminate: bar.versions && bar.versions.progress === 0
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: bar.versions ? (bar.versions.errorMessage || bar.versions.message) : ""
        color: bar.versions && bar.versions.errorMessage !== "" ? "#b3261e" : palette.windowText
        visible: text !== ""
    }
    // The one next step after a failed pull or push, where a button can take it.
    Button {
        objectName: "nextStepButton"
        readonly property string kind: bar.versions && !bar.versions.busy ? bar.versions.errorKind : ""
        visible: text !== ""
        text: kind === "movedOn" ? qsTr("Nu ophalen")
              : kind === "authenticationRefused" || kind === "credentialsMissing" ? qsTr("Opnieuw inloggen")
              : kind === "unreachable" ? qsTr("Opnieuw proberen")
              : ""
        onClicked: {
            if (kind === "movedOn")
                bar.identity ? bar.identity.ensure(() => bar.versions.pull()) : bar.versions.pull()
            else if (bar.versions.ahead > 0)
                bar.versions.push()
            else
                bar.versions.pull()
        }
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: bar.versions && !bar.versions.hasRemote
        text: qsTr("Deze editie wordt nog niet gedeeld.")
        opacity: 0.6
    }
}
