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

    ExportController {
        id: exporter
        edition: dialog.edition
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
                text: exporter.format === "pdf" ? exporter.outputFile : exporter.outputDir
                onEditingFinished: {
                    if (exporter.format === "pdf")
                        exporter.outputFile = text
                    else
                        exporter.outputDir = text
                }
            }
            ChoiceBox {
                objectName: "exportFormat"
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

        Label {
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
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: exporter.message
            visible: text !== ""
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
            text: qsTr("Sluiten")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
