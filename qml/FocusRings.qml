import QtQuick
import QtQuick.Controls

// A FocusRing on whatever control the keyboard goes to, in the window and its dialogs:
// buttons, choices and fields that have no ring of their own get one the first time
// they take the focus (Fusion's own sign of focus is a faint one-pixel line). A list
// that has the focus but no current row is framed itself.
QtObject {
    id: rings

    required property Window window

    readonly property Component ring: Component { FocusRing {} }

    function hasRing(item) {
        for (let i = 0; i < item.children.length; ++i) {
            if (item.children[i].objectName === "focusRing")
                return true
        }
        return false
    }

    function attach(item) {
        if (!item || hasRing(item))
            return
        if (item.menu !== undefined)
            return // a menu's row: its highlight shows where the keyboard is
        if (item.currentItem !== undefined && item.highlightFollowsCurrentItem !== undefined) {
            if (!item.activeFocusOnTab)
                return // a menu's or a popup's own list
            // A list or grid.
            ring.createObject(item, { shown: Qt.binding(() => item.activeFocus && item.currentItem === null) })
        } else if (item.cursorPosition !== undefined && item.selectByMouse !== undefined) {
            // A field shows the focus whichever way it came: by keyboard or by mouse.
            ring.createObject(item, { shown: Qt.binding(() => item.activeFocus) })
        } else if (item.visualFocus !== undefined) {
            ring.createObject(item) // a control: shown while it has the focus by keyboard
        }
    }

    readonly property Connections follow: Connections {
        target: rings.window
        function onActiveFocusItemChanged() { rings.attach(rings.window.activeFocusItem) }
    }
}
