import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Trendweb.Studio

// Exporteren…: where to, as what, and the check before publishing: errors
// refuse the export (each one click away) unless the editor forces it.
Dialog {
    id: dialog

    property var edition: null
    signal problemChosen(string file, int line, int column)

    title: qsTr("Exporteren")
    modal: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width * 0.8 : 720, 720)
    height: Math.min(parent ? parent.height * 0.85 : 640, 640)
    onOpened: exporter.check()
    // A PDF export is stopped when the dialog goes (Escape included); a site is not left
    // half written, so the dialog stays until it is done (see closeButton).
    closePolicy: exporter.busy && !exporter.cancellable ? Popup.NoAutoClose : Popup.CloseOnEscape
    onClosed: if (exporter.busy) exporter.cancel()
    property bool closeWhenDone: false
    readonly property alias exporter: exporter

    ExportController {
        id: exporter
        edition: dialog.edition
        readonly property bool cancellable: exportingFormat === "pdf"
        property string exportingFormat: ""
        onBusyChanged: {
            if (busy)
                exportingFormat = format
            else if (dialog.closeWhenDone) {
                dialog.closeWhenDone = false
                dialog.close()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            // The site goes into a folder, the print edition into one PDF file.
            Label { text: exporter.format === "pdf" ? qsTr("Bestand:") : qsTr("Map:") }
            TextField {
                id: outputField
                objectName: "exportFolder"
                Accessible.name: exporter.format === "pdf" ? qsTr("PDF-bestand voor de gedrukte editie")
                                                           : qsTr("Map voor de export")
                Layout.fillWidth: true
                // A long path scrolls in the field; it never squeezes the choice beside it.
                Layout.preferredWidth: 120
                text: exporter.format === "pdf" ? exporter.outputFile : exporter.outputDir
                onEditingFinished: {
                    if (exporter.format === "pdf")
                        exporter.outputFile = text
                    else
                        exporter.outputDir = text
                }
            }
            ChoiceBox {
                id: formatChoice
                objectName: "exportFormat"
                enabled: !exporter.busy
                // Wide enough for the longest choice, whichever is shown.
                FontMetrics {
                    id: formatMetrics
                    font: formatChoice.font
                }
                readonly property real widestLabel: Math.max(...model.map(choice => formatMetrics.advanceWidth(choice.label)))
                Layout.minimumWidth: Math.ceil(widestLabel) + contentItem.leftPadding + contentItem.rightPadding
                                     + leftPadding + rightPadding + 2
                Layout.preferredWidth: Layout.minimumWidth
                Accessible.name: qsTr("Soort export")
                textRole: "label"
                valueRole: "value"
                model: [
                    { value: "html", label: qsTr("Statische site") },
                    { value: "hugo", label: qsTr("Bron voor Hugo") },
                    { value: "pdf", label: qsTr("PDF (gedrukte editie)") }
                ]
                onActivated: {
                    exporter.format = currentValue
                    // What was typed is kept for its own kind of export; the field shows the other.
                    outputField.text = exporter.format === "pdf" ? exporter.outputFile : exporter.outputDir
                }
            }
        }

        // Why the export cannot write there, at the field, as the command line says it.
        Label {
            objectName: "exportTargetProblem"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: "#b3261e"
            text: exporter.targetProblem
            visible: text !== ""
        }

        // An existing PDF is replaced only when the editor says so.
        RowLayout {
            objectName: "replaceQuestion"
            Layout.fillWidth: true
            visible: exporter.replaceQuestion !== ""
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                text: exporter.replaceQuestion
            }
            Button {
                objectName: "replaceExport"
                text: qsTr("Vervangen")
                onClicked: exporter.start(true)
            }
            Button {
                objectName: "keepExport"
                text: qsTr("Niet vervangen")
                onClicked: exporter.keep()
            }
        }

        Label {
            objectName: "exportSummary"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            text: exporter.checking ? qsTr("De bestanden worden gecontroleerd…")
                  : exporter.errorCount === 0
                  ? qsTr("Geen fouten; %L1 waarschuwingen.").arg(exporter.warningCount)
                  : qsTr("%Ln fouten houden de export tegen; %L1 waarschuwingen.", "", exporter.errorCount)
                        .arg(exporter.warningCount)
            color: exporter.errorCount > 0 ? "#b3261e" : palette.windowText
        }
        // The count is validate's; the list shows the inherited empty notes as one row.
        Label {
            objectName: "exportInherited"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: !exporter.checking && exporter.warnings.inheritedCount > 0
            text: qsTr("Van de waarschuwingen zijn er %Ln lege voetnoten die nog moeten worden ingevuld; ze staan samen op één regel in de lijst.",
                       "", exporter.warnings.inheritedCount)
        }

        ListView {
            objectName: "exportErrors"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: exporter.errorCount > 0 ? exporter.errors : exporter.warnings
            delegate: ProblemDelegate {
                width: ListView.view.width
                onClicked: {
                    dialog.problemChosen(file, line, column)
                    dialog.close()
                }
            }
        }

        CheckBox {
            objectName: "forceExport"
            visible: exporter.errorCount > 0
            text: qsTr("Toch exporteren, met fouten")
            checked: exporter.force
            onToggled: exporter.force = checked
        }

        ProgressBar {
            Layout.fillWidth: true
            visible: exporter.busy
            value: exporter.progress
        }
        Label {
            objectName: "closeWhenDone"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: dialog.closeWhenDone
            text: qsTr("De site wordt afgemaakt, zodat de map niet half oud, half nieuw blijft; het venster sluit daarna.")
        }
        RowLayout {
            Layout.fillWidth: true
            visible: exportMessage.text !== ""
            Label {
                id: exportMessage
                objectName: "exportMessage"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: exporter.message
            }
            Button {
                objectName: "openExport"
                visible: !exporter.busy && exporter.result.toString() !== ""
                text: qsTr("Openen")
                Accessible.description: exporter.result.toString()
                onClicked: Qt.openUrlExternally(exporter.result)
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "startExport"
            text: qsTr("Exporteren")
            enabled: !exporter.busy && !exporter.checking && (exporter.errorCount === 0 || exporter.force)
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: exporter.start()
        }
        Button {
            objectName: "closeExport"
            text: qsTr("Sluiten")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            // A PDF export is stopped (its older file stays); a site is finished first.
            onClicked: {
                if (exporter.busy && !exporter.cancel()) {
                    dialog.closeWhenDone = true
                    return
                }
                dialog.close()
            }
        }
    }
}
