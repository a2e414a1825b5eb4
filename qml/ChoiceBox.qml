import QtQuick
import QtQuick.Controls

// A drop-down list of fixed choices. Fusion's ComboBox shows its choice in a disabled
// text field, which a screen reader announces as a second, unnamed text box; here the
// choice is plain text, and the box itself carries the name (set Accessible.name) and
// the chosen value.
ComboBox {
    id: control

    Accessible.description: control.displayText

    contentItem: Label {
        leftPadding: 4
        rightPadding: 4
        text: control.displayText
        color: control.palette.buttonText
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        Accessible.ignored: true
    }
}
