import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import Trendweb.Studio

// Which edition is open: Editie openen… (a folder), Gedeelde editie ophalen…, Editie
// delen…, the recent editions and the welcome at start. Unsaved text is saved or asked
// about first, as when switching lemmas; a folder that is not an edition is refused.
Item {
    id: chooser

    property var edition: null       // the EditionController
    property var document: null      // the LemmaDocument
    property var versions: null      // the VersionController of the open edition
    property var identity: null      // the IdentityDialog
    property var unsavedDialog: null // asks before unsaved work is left
    // Why the last folder could not be opened, for the window's message bar.
    property string message: ""
    readonly property alias recent: recent
    readonly property alias share: share
    readonly property alias fetchDialog: fetchDialog
    readonly property alias shareDialog: shareDialog
    readonly property alias welcomeDialog: welcomeDialog
    signal openRequested(string path) // "" for the built-in edition

    // Opens the edition in `path` ("" for the built-in one), once unsaved text is dealt with.
    function openEdition(path) {
        const problem = path === "" ? "" : share.editionProblem(path)
        if (problem !== "") {
            chooser.message = problem
            recent.reload() // a recent edition that is gone drops out
            return false
        }
        chooser.message = ""
        const go = () => chooser.openRequested(path === "" ? "" : share.localPath(path))
        if (chooser.document.modified)
            chooser.unsavedDialog.ask(go)
        else
            go()
        return true
    }

    // The folder dialog handed over a folder (a file:// URL).
    function useFolder(url) { return openEdition(share.localPath(url.toString())) }

    function chooseFolder() { folderDialog.open() }
    function fetchShared() { fetchDialog.ask() }
    function shareEdition() {
        shareDialog.root = chooser.edition.rootPath
        shareDialog.sharedUrl = chooser.versions.hasRemote ? chooser.versions.remoteUrl : ""
        shareDialog.ask()
    }
    // At start without a folder: the welcome, when other editions were opened before.
    function welcome() {
        if (recent.hasOwnEditions())
            welcomeDialog.open()
    }

    RecentEditions {
        id: recent
    }

    // Every edition that opens goes to the top of the recent ones.
    Connections {
        target: chooser.edition
        function onLoadedChanged() {
            if (chooser.edition.loaded)
                recent.add(chooser.edition.rootPath, chooser.edition.title)
        }
    }

    ShareController {
        id: share
        onFetched: (folder) => {
            fetchDialog.close()
            chooser.openEdition(folder)
        }
        onShared: (url) => {
            shareDialog.close()
            chooser.versions.refresh()
            chooser.message = ""
        }
        onCredentialsRequested: (url) => credentialsDialog.ask(url)
        onPassphraseRequested: (keyFile, problem) => passphraseDialog.ask(keyFile, problem)
        onUnknownHost: (host, fingerprint) => hostDialog.ask(host, fingerprint)
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Editie openen")
        parentWindow: chooser.Window.window
        currentFolder: Folders.documents
        acceptLabel: qsTr("Openen")
        rejectLabel: qsTr("Annuleren")
        onAccepted: chooser.useFolder(selectedFolder)
    }

    FetchSharedDialog {
        id: fetchDialog
        objectName: "fetchSharedDialog"
        share: share
    }

    ShareEditionDialog {
        id: shareDialog
        objectName: "shareEditionDialog"
        share: share
        // Sharing records a version when one is needed: under the author's name.
        onShareRequested: (url) => chooser.identity.ensure(() => share.share(
            shareDialog.root, url, chooser.versions.authorName, chooser.versions.authorEmail))
    }

    WelcomeDialog {
        id: welcomeDialog
        objectName: "welcomeDialog"
        recent: recent
        onEditionChosen: (path) => chooser.openEdition(path)
        onOpenFolderRequested: chooser.chooseFolder()
        onFetchRequested: chooser.fetchShared()
    }

    CredentialsDialog {
        id: credentialsDialog
        onProvided: (user, token, remember) => share.provideCredentials(user, token, remember)
    }

    PassphraseDialog {
        id: passphraseDialog
        onProvided: (keyFile, passphrase) => share.providePassphrase(keyFile, passphrase)
    }

    UnknownHostDialog {
        id: hostDialog
        onTrusted: (fingerprint) => share.trustHost(fingerprint)
    }
}
