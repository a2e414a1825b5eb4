import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The left column: the lemmas in letter order (A–Z) or alphabetically (Lijst), and the
// tab that puts HET WEB in the middle.
ColumnLayout {
    id: navigator

    property var lemmas: null // the LemmaListModel
    property bool loading: false
    // "letters" (A–Z), "lijst" (DE LIJST) or "web" (HET WEB in the middle).
    property string view: "letters"
    readonly property alias lemmaList: list
    signal viewChosen(string view)
    signal activated(int row)
    signal moveRequested(int row, int step)

    spacing: 0

    // F6 arrives here: the list that is shown takes the keyboard focus.
    function focusList() {
        const view = navigator.view === "lijst" ? index.listView : list.listView
        view.forceActiveFocus(Qt.TabFocusReason)
    }

    TabBar {
        objectName: "viewTabs"
        Layout.fillWidth: true
        currentIndex: navigator.view === "lijst" ? 1 : navigator.view === "web" ? 2 : 0
        TabButton { text: qsTr("A–Z"); onClicked: navigator.viewChosen("letters") }
        TabButton { text: qsTr("Lijst"); onClicked: navigator.viewChosen("lijst") }
        TabButton { text: qsTr("Web"); onClicked: navigator.viewChosen("web") }
    }

    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: navigator.view === "lijst" ? 1 : 0

        LemmaList {
            id: list
            model: navigator.lemmas
            loading: navigator.loading
            onActivated: (row) => navigator.activated(row)
            onMoveRequested: (row, step) => navigator.moveRequested(row, step)
        }
        LemmaIndex {
            id: index
            lemmas: navigator.lemmas
            onActivated: (row) => navigator.activated(row)
        }
    }
}
