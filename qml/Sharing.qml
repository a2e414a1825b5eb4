import QtQuick
import Trendweb.Studio

// The edition's versions and the shared repository: status, Vastleggen, Ophalen and
// Versturen, with the questions a server may ask (credentials, an unknown host, a key's passphrase).
Item {
    id: sharing

    property var edition: null  // the EditionController
    property var document: null // the LemmaDocument
    readonly property alias versions: versions
    property bool wasMerging: false

    // Wijzigingen names a changed lemma by its letter and title.
    Binding {
        target: versions.changes
        property: "lemmas"
        value: sharing.edition ? sharing.edition.lemmas : null
    }

    VersionController {
        id: versions
        editionRoot: sharing.edition ? sharing.edition.rootPath : ""
        onStateChanged: {
            if (!sharing.edition)
                return
            sharing.edition.lemmas.setUncommitted(changes.paths())
            // A merge begun or finished changes what the edition's check says about it.
            if (merging !== sharing.wasMerging) {
                sharing.wasMerging = merging
                sharing.edition.open()
            }
        }
        onPulled: {
            // The files may have changed underneath: show them as they are now.
            const document = sharing.document
            if (document && document.filePath !== "" && !document.modified)
                document.load(document.filePath)
            if (sharing.edition)
                sharing.edition.open()
        }
        onCredentialsRequested: (url) => credentialsDialog.ask(url)
        onUnknownHost: (host, fingerprint) => hostDialog.ask(host, fingerprint)
        onPassphraseRequested: (keyFile, problem) => passphraseDialog.ask(keyFile, problem)
    }

    // Versions made or files changed by another program: the marks and counts follow.
    Connections {
        target: sharing.edition
        function onDiskSettled() { versions.refresh() }
    }

    CredentialsDialog {
        id: credentialsDialog
        onProvided: (user, token, remember) => versions.provideCredentials(user, token, remember)
    }

    PassphraseDialog {
        id: passphraseDialog
        onProvided: (keyFile, passphrase) => versions.providePassphrase(keyFile, passphrase)
    }

    UnknownHostDialog {
        id: hostDialog
        onTrusted: (fingerprint) => versions.trustHost(fingerprint)
    }
}
