#include "editing/journal.h"
#include "editioncontroller.h"
#include "fixtures.h"
#include "lemmadocument.h"
#include "testregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace trendweb;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

const char *const ordinaryVariable = "TRENDWEB_TEST_ORDINARY_USER";

// Runs the current test function again as an ordinary user ("nobody"): for root every file
// and folder is writable, whatever its permissions say. Skips when that user cannot be had.
void runAsOrdinaryUser()
{
    QTemporaryDir home;
    QVERIFY(QFile::setPermissions(
        home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                         QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ordinaryVariable), QStringLiteral("1"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("TMPDIR"), home.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("setpriv"),
                  {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                   QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
                   QStringLiteral("LemmaDocumentTest"),
                   QString::fromLatin1(QTest::currentTestFunction())});
    if (!process.waitForStarted())
        QSKIP("setpriv is not available here, so no ordinary user can be had");
    QVERIFY(process.waitForFinished(120000));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("SKIP")), qPrintable(output));
}

} // namespace

#define AS_ORDINARY_USER()                                                                         \
    if (::geteuid() == 0 && !qEnvironmentVariableIsSet(ordinaryVariable)) {                        \
        runAsOrdinaryUser();                                                                       \
        return;                                                                                    \
    }

class LemmaDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Another program changes the open lemma while nothing is unsaved: the editor
    // shows the new text; nothing is asked.
    void aChangeElsewhereIsTakenInWhenNothingIsUnsaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lemma.md"));
        write(path, "---\ntitle: A\n---\nEerst.\n");
        LemmaDocument document;
        QVERIFY(document.load(path));
        write(path, "---\ntitle: A\n---\nDaarna, door een ander.\n");
        QTRY_COMPARE(document.text(),
                     QStringLiteral("---\ntitle: A\n---\nDaarna, door een ander.\n"));
        QVERIFY(!document.modified());
        QCOMPARE(document.diskState(), QString());
    }

    // Both changed: Ctrl+S overwrites nothing; the author keeps hers, or takes theirs.
    void ctrlSNeverOverwritesAChangeMadeElsewhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lemma.md"));
        write(path, "Eerst.\n");
        LemmaDocument document;
        QVERIFY(document.load(path));
        document.setText(QStringLiteral("Eerst. Van Anne.\n"));
        write(path, "Eerst. Van Bram.\n");
        QTRY_COMPARE(document.diskState(), QStringLiteral("changed"));
        QVERIFY(document.errorMessage().contains(QStringLiteral("buiten Trendweb Studio")));
        QVERIFY(!document.save());
        QCOMPARE(contents(path), QByteArray("Eerst. Van Bram.\n"));
        QCOMPARE(document.text(), QStringLiteral("Eerst. Van Anne.\n"));
        QVERIFY(document.differenceFromDisk().contains(QStringLiteral("Anne")));

        QVERIFY(document.keepMine());
        QCOMPARE(contents(path), QByteArray("Eerst. Van Anne.\n"));
        QCOMPARE(document.diskState(), QString());
        QVERIFY(!document.modified());

        document.setText(QStringLiteral("Weer van Anne.\n"));
        write(path, "Weer van Bram.\n");
        QTRY_COMPARE(document.diskState(), QStringLiteral("changed"));
        document.takeTheirs();
        QCOMPARE(document.text(), QStringLiteral("Weer van Bram.\n"));
        QVERIFY(!document.modified());
        QCOMPARE(document.diskState(), QString());
    }

    // Renamed or deleted elsewhere: saving does not make the old file again unasked.
    void aFileGoneElsewhereIsNotMadeAgainUnasked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lemma.md"));
        write(path, "Eerst.\n");
        LemmaDocument document;
        QVERIFY(document.load(path));
        document.setText(QStringLiteral("Eerst. Nog een zin.\n"));
        QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("nieuw.md"))));
        QTRY_COMPARE(document.diskState(), QStringLiteral("gone"));
        QVERIFY(!document.save());
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(document.text(), QStringLiteral("Eerst. Nog een zin.\n"));
        QVERIFY(document.keepMine()); // the author's own choice
        QCOMPARE(contents(path), QByteArray("Eerst. Nog een zin.\n"));
    }

    void unsavedTextIsJournaledAndRecoverable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lemmas/lemma.md"));
        QDir().mkpath(dir.filePath(QStringLiteral("lemmas")));
        write(path, "---\ntitle: X\n---\nTekst.\n");
        const QString folder = dir.filePath(QStringLiteral("herstel"));
        {
            LemmaDocument document;
            document.setJournalFolder(folder);
            document.setJournalDelay(50);
            QVERIFY(document.load(path));
            QSignalSpy journaled(&document, &LemmaDocument::journaled);
            document.setText(document.text() + QStringLiteral("Nog één zin.\n"));
            QVERIFY(journaled.wait(5000));
            // The document goes away without saving, as in a crash (but for the kill).
        }
        const Journal journal(folder);
        QList<JournalEntry> pending = journal.pending(dir.path());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().filePath, QFileInfo(path).absoluteFilePath());
        QCOMPARE(pending.first().text,
                 QStringLiteral("---\ntitle: X\n---\nTekst.\nNog één zin.\n"));
        QVERIFY(journal.pending(dir.filePath(QStringLiteral("elders"))).isEmpty());

        // Recovered, it is unsaved text in the editor; saving removes the entry.
        LemmaDocument document;
        document.setJournalFolder(folder);
        QVERIFY(document.load(path));
        QCOMPARE(journal.pending(dir.path()).size(), 1); // loading keeps what is not recovered
        document.recover(pending.first().text);
        QVERIFY(document.modified());
        QVERIFY(document.save());
        QVERIFY(journal.pending(dir.path()).isEmpty());
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());

        // Unsaved text let go (another lemma opened) takes its entry along.
        document.setJournalDelay(50);
        QSignalSpy journaled(&document, &LemmaDocument::journaled);
        document.setText(document.text() + QStringLiteral("Weg ermee.\n"));
        QVERIFY(journaled.wait(5000));
        QCOMPARE(journal.pending(dir.path()).size(), 1);
        document.close();
        QVERIFY(journal.pending(dir.path()).isEmpty());
    }

    void aJournalEqualToTheFileIsNotOffered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lemma.md"));
        write(path, "Tekst.\n");
        const Journal journal(dir.filePath(QStringLiteral("herstel")));
        QVERIFY(journal.write(path, QStringLiteral("Tekst.\n")));
        QVERIFY(journal.write(dir.filePath(QStringLiteral("weg.md")), QStringLiteral("x")));
        QVERIFY(journal.pending(dir.path()).isEmpty());
        QVERIFY(QDir(journal.folder()).entryList(QDir::Files).isEmpty());
    }

    void typingMarksUnsavedAndSavingClearsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lemma.md"));
        write(path, "---\ntitle: X\n---\nDrie woorden hier.\n");
        LemmaDocument document;
        QSignalSpy modified(&document, &LemmaDocument::modifiedChanged);
        QVERIFY(document.load(path));
        QVERIFY(!document.modified());
        QCOMPARE(document.wordCount(), 3);

        document.setText(document.text() + QStringLiteral("Één erbij.\n"));
        QVERIFY(document.modified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(document.wordCount(), 5);

        QSignalSpy saved(&document, &LemmaDocument::saved);
        QVERIFY(document.save());
        QCOMPARE(saved.count(), 1);
        QVERIFY(!document.modified());
        QCOMPARE(modified.count(), 2);
        QCOMPARE(contents(path),
                 QByteArray("---\ntitle: X\n---\nDrie woorden hier.\nÉén erbij.\n"));
    }

    void undoingBackToTheSavedTextIsNotUnsaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lemma.md"));
        write(path, "Tekst");
        LemmaDocument document;
        QVERIFY(document.load(path));
        document.setText(QStringLiteral("Tekst!"));
        QVERIFY(document.modified());
        document.setText(QStringLiteral("Tekst"));
        QVERIFY(!document.modified());
    }

    void failedSaveKeepsTheTextAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("map/lemma.md"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("map"))));
        write(path, "Oud");
        LemmaDocument document;
        QVERIFY(document.load(path));
        document.setText(QStringLiteral("Nieuw en kostbaar"));
        // The folder disappears and a file takes its place: saving cannot work.
        QVERIFY(QDir(dir.filePath(QStringLiteral("map"))).removeRecursively());
        write(dir.filePath(QStringLiteral("map")), "geen map");
        QSignalSpy error(&document, &LemmaDocument::errorMessageChanged);
        QVERIFY(!document.save());
        QCOMPARE(error.count(), 1);
        QVERIFY(!document.errorMessage().isEmpty());
        QVERIFY(document.modified());
        QCOMPARE(document.text(), QStringLiteral("Nieuw en kostbaar"));
    }

    // A lemma that is a symbolic link to a file elsewhere (it can arrive through a clone):
    // saving it never writes into that file; the text stays in the editor, and says why.
    void savingNeverWritesThroughALinkOutOfTheEdition()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        test::writeFiles(dir.path(), test::goodEdition());
        const QString secret = elsewhere.filePath(QStringLiteral("geheim.md"));
        const QByteArray outside = "---\ntitle: Tweede lemma\nrelated: [eerste]\n---\nGeheim.\n";
        write(secret, outside);
        const QString link = dir.filePath(QStringLiteral("lemmas/tweede.md"));
        QVERIFY(QFile::remove(link));
        QVERIFY(QFile::link(secret, link));
        EditionController edition;
        QVERIFY(test::openEdition(edition, dir.path()));
        LemmaDocument document;
        document.setEdition(&edition);
        QVERIFY(document.load(link));
        document.setText(QStringLiteral("---\ntitle: Tweede lemma\n---\nOverschreven.\n"));
        QVERIFY(!document.save());
        QVERIFY2(document.errorMessage().contains(QStringLiteral("buiten de editie")),
                 qPrintable(document.errorMessage()));
        QCOMPARE(contents(secret), outside);
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(document.modified());
        QCOMPARE(document.text(), QStringLiteral("---\ntitle: Tweede lemma\n---\nOverschreven.\n"));
        // Without an edition the file's own folder is the limit.
        LemmaDocument alone;
        QVERIFY(alone.load(link));
        alone.setText(QStringLiteral("Ook niet.\n"));
        QVERIFY(!alone.save());
        QCOMPARE(contents(secret), outside);
        // A lemma of the edition itself saves as always.
        const QString eerste = dir.filePath(QStringLiteral("lemmas/eerste.md"));
        QVERIFY(document.load(eerste));
        document.setText(document.text() + QStringLiteral("\nErbij.\n"));
        QVERIFY2(document.save(), qPrintable(document.errorMessage()));
        QVERIFY(contents(eerste).endsWith("\nErbij.\n"));
    }

    // A lemma file made read-only: saving says so in Dutch and keeps the text.
    void savingAReadOnlyLemmaSaysItIsReadOnly()
    {
        AS_ORDINARY_USER();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lemma.md"));
        write(path, "Oud.\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        LemmaDocument document;
        QVERIFY(document.load(path));
        document.setText(QStringLiteral("Nieuw en kostbaar.\n"));
        QVERIFY(!document.save());
        QVERIFY2(document.errorMessage().contains(QStringLiteral("alleen-lezen")),
                 qPrintable(document.errorMessage()));
        QVERIFY2(!document.errorMessage().contains(QStringLiteral("not writable")),
                 qPrintable(document.errorMessage()));
        QCOMPARE(contents(path), QByteArray("Oud.\n"));
        QVERIFY(document.modified());
        QCOMPARE(document.text(), QStringLiteral("Nieuw en kostbaar.\n"));
    }

    // A lemmas folder the author may not write in: saving says there is no permission.
    void savingInAFolderWithoutPermissionSaysSo()
    {
        AS_ORDINARY_USER();
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("lemmas"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("lemma.md"));
        write(path, "Oud.\n");
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        LemmaDocument document;
        QVERIFY(document.load(path));
        document.setText(QStringLiteral("Nieuw en kostbaar.\n"));
        const bool saved = document.save();
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner));
        QVERIFY(!saved);
        QVERIFY2(document.errorMessage().contains(QStringLiteral("geen toestemming")),
                 qPrintable(document.errorMessage()));
        QVERIFY2(!document.errorMessage().contains(QStringLiteral("Permission")),
                 qPrintable(document.errorMessage()));
        QCOMPARE(contents(path), QByteArray("Oud.\n"));
        QCOMPARE(document.text(), QStringLiteral("Nieuw en kostbaar.\n"));
    }

    void invalidUtf8IsNotOpenedForEditing()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("goed.md"));
        const QString bad = dir.filePath(QStringLiteral("kapot.md"));
        write(good, "Goed");
        write(bad, "Kap\xffot");
        LemmaDocument document;
        QVERIFY(document.load(good));
        QVERIFY(!document.load(bad));
        QVERIFY(document.errorMessage().contains(QStringLiteral("UTF-8")));
        QCOMPARE(document.filePath(), good);
        QCOMPARE(document.text(), QStringLiteral("Goed"));
        QCOMPARE(contents(bad), QByteArray("Kap\xffot"));
    }
};

TRENDWEB_TEST(LemmaDocumentTest)
#include "tst_lemmadocument.moc"
