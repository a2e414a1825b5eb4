#include "editioncontroller.h"
#include "editionsearch.h"
#include "fixtures.h"
#include "lemmadocument.h"
#include "testregistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

QMap<QString, QByteArray> filesIn(const QString &root)
{
    QMap<QString, QByteArray> files;
    for (const QString &relative : goodEdition().keys()) {
        QFile file(QDir(root).filePath(relative));
        if (file.open(QIODevice::ReadOnly))
            files.insert(relative, file.readAll());
    }
    return files;
}

} // namespace

// *Alles vervangen* as the Zoeken dialog runs it: the open text first, then every file.
class EditionSearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Unsaved text in the open lemma is saved first, replaced with the rest, and read again:
    // the editor shows the replaced text, nothing typed is lost or left behind.
    void replacingEverywhereSavesTheOpenTextFirstAndReadsItAgain()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        EditionController controller;
        controller.setCheckDelay(0);
        QVERIFY(openEdition(controller, dir.path()));
        LemmaDocument document;
        document.setEdition(&controller);
        QVERIFY(document.load(dir.filePath(QStringLiteral("lemmas/tweede.md"))));
        document.setText(document.text() + QStringLiteral("\nRelevantie, nog ongesaved.\n"));
        QVERIFY(document.modified());

        EditionSearch search;
        search.setEdition(&controller);
        search.setQuery(QStringLiteral("Relevantie"));
        const QVariantMap outcome =
            search.replaceEverywhere(QStringLiteral("Betekenis"), &document);
        QVERIFY2(!outcome.contains(QStringLiteral("error")),
                 qPrintable(outcome.value(QStringLiteral("error")).toString()));
        QCOMPARE(outcome.value(QStringLiteral("count")).toInt(), 4);
        QCOMPARE(outcome.value(QStringLiteral("files")).toStringList().size(), 3);
        QCOMPARE(outcome.value(QStringLiteral("message")).toString(),
                 QStringLiteral("4 keer vervangen in 3 bestanden. Vastleggen maakt er een versie "
                                "van."));

        QVERIFY(!document.modified());
        QVERIFY(document.text().contains(QStringLiteral("Betekenis, nog ongesaved.")));
        QVERIFY(!document.text().contains(QStringLiteral("Relevantie")));
        const auto files = filesIn(dir.path());
        QCOMPARE(files.value(QStringLiteral("lemmas/tweede.md")), document.text().toUtf8());
        for (const QByteArray &text : files)
            QVERIFY(!text.contains("Relevantie"));
    }

    // When the open text cannot be saved (it changed on disk meanwhile), nothing is replaced
    // anywhere and the author's text stays in the editor.
    void nothingIsReplacedWhenTheOpenTextCannotBeSaved()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        EditionController controller;
        controller.setCheckDelay(0);
        QVERIFY(openEdition(controller, dir.path()));
        LemmaDocument document;
        document.setEdition(&controller);
        QVERIFY(document.load(dir.filePath(QStringLiteral("lemmas/tweede.md"))));
        const QString typed = document.text() + QStringLiteral("\nMijn zin over Relevantie.\n");
        document.setText(typed);

        // Someone else changes the same file.
        QFile elsewhere(dir.filePath(QStringLiteral("lemmas/tweede.md")));
        QVERIFY(elsewhere.open(QIODevice::Append));
        elsewhere.write("Van iemand anders.\n");
        elsewhere.close();
        const auto before = filesIn(dir.path());

        EditionSearch search;
        search.setEdition(&controller);
        search.setQuery(QStringLiteral("Relevantie"));
        const QVariantMap outcome =
            search.replaceEverywhere(QStringLiteral("Betekenis"), &document);
        QVERIFY(outcome.contains(QStringLiteral("error")));
        QCOMPARE(outcome.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Het lemma kon niet worden opgeslagen; er is niets vervangen."));
        QCOMPARE(filesIn(dir.path()), before);
        QCOMPARE(document.text(), typed);
        QVERIFY(document.modified());
    }
};

TRENDWEB_TEST(EditionSearchTest)
#include "tst_editionsearch.moc"
