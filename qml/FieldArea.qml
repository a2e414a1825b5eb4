import QtQuick
import QtQuick.Controls

// A text field of several lines in a panel or dialog (a version's description, a comment,
// a difference to read). Tab and Shift+Tab go on to the next or previous control rather
// than typing a tab, so the buttons after the field can be reached by keyboard; a screen
// reader hears the field by its placeholder's words unless Accessible.name says otherwise.
TextArea {
    id: field

    Accessible.name: field.placeholderText

    function moveFocus(forward, event) {
        const next = field.nextItemInFocusChain(forward)
        if (next && next !== field)
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
        event.accepted = true
    }

    Keys.onTabPressed: (event) => field.moveFocus(true, event)
    Keys.onBacktabPressed: (event) => field.moveFocus(false, event)
}
