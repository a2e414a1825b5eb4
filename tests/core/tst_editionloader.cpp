#include "editionloader.h"
#include "fixtures.h"
#include "testregistry.h"
#include "validation/editionchecks.h"

#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

const Diagnostic *find(const Edition &edition, const QString &code)
{
    for (const Diagnostic &d : allDiagnostics(edition)) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

} // namespace

class EditionLoaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodEditionLoadsInOrderWithLetters()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition.ok());
        const Diagnostics found = allDiagnostics(edition.value());
        QVERIFY2(found.size() == 1,
                 qPrintable(found.value(1).toText())); // the figure has no image yet
        QCOMPARE(found[0].code, QStringLiteral("figure-no-image"));
        QCOMPARE(found[0].severity, Severity::Warning);
        QCOMPARE(edition->info.title, QStringLiteral("Proefeditie"));
        QCOMPARE(edition->info.year, 2025);
        QCOMPARE(edition->info.number, 3);
        QCOMPARE(edition->info.councilPeriod, QStringLiteral("2026–2030"));
        QCOMPARE(edition->lemmas.size(), 3);
        QCOMPARE(edition->lemmas[0].slug, QStringLiteral("eerste"));
        QCOMPARE(edition->lemmas[0].letter, QStringLiteral("A"));
        QCOMPARE(edition->lemmas[2].letter, QStringLiteral("C"));
        QCOMPARE(edition->lemmas[0].title, QStringLiteral("Eerste lemma"));
        QCOMPARE(edition->lemmas[0].related,
                 QStringList({QStringLiteral("tweede"), QStringLiteral("derde")}));
        QCOMPARE(edition->lemmas[0].figures.size(), 1);
        QCOMPARE(edition->lemmas[0].figures[0].note, QStringLiteral("2"));
        QCOMPARE(edition->lemmas[1].status, QStringLiteral("review"));
        QVERIFY(edition->lemmas[0].body().startsWith(QStringLiteral("De thema’s")));
        QCOMPARE(edition->lemmas[0].bodyFirstLine, 12);
        QCOMPARE(edition->threads.size(), 1);
        QCOMPARE(edition->intro.size(), 1);
    }

    void builtInEditionLoadsWithoutProblems()
    {
        const auto edition = loadEdition(QStringLiteral(TRENDWEB_CONTENT_DIR));
        QVERIFY(edition.ok());
        QVERIFY(edition->lemmas.size() >= 3);
        const Diagnostics found = allDiagnostics(edition.value());
        QVERIFY2(countErrors(found) == 0, qPrintable(found.value(0).toText()));
    }

    void brokenYamlIsReportedAndTheRestStillLoads()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/tweede.md")] =
            "---\ntitle: Tweede\nrelated: [eerste\n---\nTekst.\n";
        writeFiles(dir.path(), files);
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition.ok());
        const Diagnostic *yaml = find(edition.value(), QStringLiteral("yaml-syntax"));
        QVERIFY(yaml);
        QCOMPARE(yaml->file, QStringLiteral("lemmas/tweede.md"));
        QVERIFY(yaml->line >= 3 && yaml->line <= 4);
        QCOMPARE(yaml->severity, Severity::Error);
        QCOMPARE(edition->lemmas.size(), 3);
        QCOMPARE(edition->lemmas[0].title, QStringLiteral("Eerste lemma"));
        QCOMPARE(edition->lemmas[2].title, QStringLiteral("Derde lemma"));
        // The text of the broken lemma is still there, for the author to mend.
        QVERIFY(edition->lemmas[1].text.contains(QStringLiteral("Tekst.")));
    }

    void missingLemmaFileIsReported()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files.remove(QStringLiteral("lemmas/derde.md"));
        writeFiles(dir.path(), files);
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition.ok());
        const Diagnostic *missing = find(edition.value(), QStringLiteral("lemma-file-missing"));
        QVERIFY(missing);
        QCOMPARE(missing->file, QStringLiteral("edition.yaml"));
        QVERIFY(missing->messageNl.contains(QStringLiteral("lemmas/derde.md")));
        QCOMPARE(edition->lemmas.size(), 3);
        QVERIFY(!edition->lemmas[2].loaded);
        QVERIFY(edition->lemmas[0].loaded);
    }

    void invalidUtf8IsReportedWithLineAndColumn()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/derde.md")] = "---\ntitle: Derde\n---\nCafé \xe9t\n";
        writeFiles(dir.path(), files);
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition.ok());
        const Diagnostic *encoding = find(edition.value(), QStringLiteral("invalid-utf8"));
        QVERIFY(encoding);
        QCOMPARE(encoding->file, QStringLiteral("lemmas/derde.md"));
        QCOMPARE(encoding->line, 4);
        QCOMPARE(encoding->column, 6);
        QCOMPARE(edition->lemmas[0].title, QStringLiteral("Eerste lemma"));
    }

    void fileNotInEditionYamlIsReported()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/vierde.md")] = "---\ntitle: Vierde\n---\nTekst.\n";
        writeFiles(dir.path(), files);
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition.ok());
        const Diagnostic *notListed = find(edition.value(), QStringLiteral("lemma-not-listed"));
        QVERIFY(notListed);
        QCOMPARE(notListed->file, QStringLiteral("lemmas/vierde.md"));
    }

    void brokenEditionYamlStillShowsTheLemmas()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("edition.yaml")] = "title: [Proef\n";
        writeFiles(dir.path(), files);
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition.ok());
        const Diagnostic *yaml = find(edition.value(), QStringLiteral("yaml-syntax"));
        QVERIFY(yaml);
        QCOMPARE(yaml->file, QStringLiteral("edition.yaml"));
        QCOMPARE(edition->lemmas.size(), 3); // alphabetically, from lemmas/
        QCOMPARE(edition->lemmas[0].slug, QStringLiteral("derde"));
    }

    void unclosedFrontMatterIsReported()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/derde.md")] = "---\ntitle: Derde\n\nTekst zonder einde.\n";
        writeFiles(dir.path(), files);
        const auto edition = loadEdition(dir.path());
        QVERIFY(edition.ok());
        QVERIFY(find(edition.value(), QStringLiteral("front-matter-unclosed")));
    }

    void folderWithoutEditionIsUnusable()
    {
        QTemporaryDir dir;
        const auto edition = loadEdition(dir.path());
        QVERIFY(!edition.ok());
        QVERIFY(edition.error().message.contains(QStringLiteral("edition.yaml")));
    }

    void lettersCountLikeSpreadsheets()
    {
        QCOMPARE(letterForIndex(0), QStringLiteral("A"));
        QCOMPARE(letterForIndex(19), QStringLiteral("T"));
        QCOMPARE(letterForIndex(25), QStringLiteral("Z"));
        QCOMPARE(letterForIndex(26), QStringLiteral("AA"));
    }
};

TRENDWEB_TEST(EditionLoaderTest)
#include "tst_editionloader.moc"
