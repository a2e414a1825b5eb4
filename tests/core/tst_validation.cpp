#include "editionloader.h"
#include "export/siteexport.h"
#include "fixtures.h"
#include "footnotes.h"
#include "testregistry.h"
#include "validation/diagnosticcodes.h"
#include "validation/editionchecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

const QByteArray relevance = "\n## Relevantie voor Overijsselse gemeenten\n\nVeel.\n";

// lemmas/eerste.md with the given header lines (after title and status) and body;
// the body always starts on line 6 when `header` is one line.
QByteArray lemma(const QByteArray &header, const QByteArray &body)
{
    return "---\ntitle: Eerste lemma\nstatus: draft\n" + header + "---\n" + body;
}

const QByteArray related = "related: [tweede, derde]\n";
const QByteArray prose = "Één café’s €5 tekst.\n" + relevance;

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toText());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class ValidationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each row: a file of the good edition replaced by a faulty version and by its
    // good twin; the faulty one gives exactly this diagnostic at this place, the twin
    // gives no diagnostic of that code. Non-ASCII text stands before the problem so
    // that columns are proven to count characters, not bytes.
    void eachProblemIsFoundAtItsPlace_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("faulty");
        QTest::addColumn<QByteArray>("twin");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const QString eerste = QStringLiteral("lemmas/eerste.md");
        const QString derde = QStringLiteral("lemmas/derde.md");

        QTest::newRow("footnote without definition")
            << eerste << lemma(related, "Één café’s €5[^9] hier.\n" + relevance)
            << lemma(related, "Één café’s €5[^9] hier.\n" + relevance + "\n[^9]: Bron.\n")
            << "footnote-undefined" << eerste << 6 << 14;
        QTest::newRow("definition never referenced")
            << eerste << lemma(related, prose + "\n[^x]: Bron.\n")
            << lemma(related, "Één[^x].\n" + relevance + "\n[^x]: Bron.\n") << "footnote-unused"
            << eerste << 12 << 1;
        QTest::newRow("duplicate label")
            << eerste << lemma(related, "Één[^a].\n" + relevance + "\n[^a]: Eén.\n[^a]: Twee.\n")
            << lemma(related, "Één[^a].\n" + relevance + "\n[^a]: Eén.\n") << "footnote-duplicate"
            << eerste << 13 << 1;
        QTest::newRow("note still to be written")
            << eerste << lemma(related, "Één[^a].\n" + relevance + "\n[^a]:\n")
            << lemma(related, "Één[^a].\n" + relevance + "\n[^a]: CBS (2024).\n")
            << "footnote-empty" << eerste << 12 << 1;
        QTest::newRow("script address in a note")
            << eerste
            << lemma(related, "Één[^a].\n" + relevance + "\n[^a]: Zie <javascript:alert(1)>.\n")
            << lemma(related, "Één[^a].\n" + relevance + "\n[^a]: Zie <https://www.cbs.nl/>.\n")
            << "url-invalid" << eerste << 12 << 1;
        QTest::newRow("file address in a note")
            << eerste
            << lemma(related, "Één[^a].\n" + relevance + "\n[^a]: Zie file:///etc/passwd.\n")
            << lemma(related, "Één[^a].\n" + relevance + "\n[^a]: Zie https://www.cbs.nl/.\n")
            << "url-invalid" << eerste << 12 << 1;
        QTest::newRow("Git's conflict markers left in the text")
            << eerste
            << lemma(related,
                     "<<<<<<< HEAD\nÉén café.\n=======\nTwee.\n>>>>>>> anderen\n" + relevance)
            << lemma(related, "Één café.\n\n=======\n\nTwee.\n" + relevance) << "conflict-markers"
            << eerste << 6 << 1;
        QTest::newRow("NUL character")
            << eerste << lemma(related, "Één\ncafé" + QByteArray(1, '\0') + " tekst.\n" + relevance)
            << lemma(related, "Één\ncafé tekst.\n" + relevance) << "nul-character" << eerste << 7
            << 5;
        QTest::newRow("link without scheme")
            << eerste << lemma(related, "Één café’s [site](www.cbs.nl) hier.\n" + relevance)
            << lemma(related, "Één café’s [site](https://www.cbs.nl) hier.\n" + relevance)
            << "url-invalid" << eerste << 6 << 12;
        QTest::newRow("related to a missing lemma")
            << eerste << lemma("related: [tweede, vierde]\n", prose) << lemma(related, prose)
            << "link-missing-lemma" << eerste << 4 << 19;
        QTest::newRow("inline link to a missing lemma")
            << eerste << lemma(related, "Één café’s [zie](vierde.md).\n" + relevance)
            << lemma(related, "Één café’s [zie](tweede.md).\n" + relevance) << "link-missing-lemma"
            << eerste << 6 << 12;
        QTest::newRow("link to itself")
            << eerste << lemma("related: [eerste, tweede, derde]\n", prose) << lemma(related, prose)
            << "link-self" << eerste << 4 << 11;
        QTest::newRow("link listed twice")
            << eerste << lemma("related: [tweede, derde, tweede]\n", prose) << lemma(related, prose)
            << "link-duplicate" << eerste << 4 << 26;
        QTest::newRow("nobody links here")
            << eerste << lemma("related: [tweede]\n", prose) << lemma(related, prose)
            << "lemma-orphan" << derde << 1 << 1;
        QTest::newRow("no related lemmas")
            << eerste << lemma("related: []\n", prose) << lemma(related, prose) << "lemma-no-links"
            << eerste << 4 << 10;
        QTest::newRow("duplicate title")
            << derde
            << QByteArray(
                   "---\ntitle: Eerste  Lemma\nstatus: final\nrelated: [eerste]\n---\nÉén.\n" +
                   relevance)
            << QByteArray("---\ntitle: Derde\nstatus: final\nrelated: [eerste]\n---\nÉén.\n" +
                          relevance)
            << "title-duplicate" << derde << 2 << 8;
        QTest::newRow("empty lemma") << eerste << lemma(related, "\n") << lemma(related, prose)
                                     << "lemma-empty" << eerste << 6 << 1;
        QTest::newRow("no relevance section")
            << eerste << lemma(related, "Één café’s.\n\n## Andere kop\n\nTekst.\n")
            << lemma(related, prose) << "relevance-missing" << eerste << 11 << 1;
        QTest::newRow("unknown field")
            << eerste << lemma(related + "auteur: Één\n", prose)
            << lemma(related + "authors: [Één]\n", prose) << "schema" << eerste << 5 << 1;
        QTest::newRow("length target not a number")
            << eerste << lemma(related + "lengte: veel\n", prose)
            << lemma(related + "lengte: 1500\n", prose) << "schema" << eerste << 5 << 9;
        QTest::newRow("length target not positive")
            << eerste << lemma(related + "lengte: 0\n", prose)
            << lemma(related + "lengte: 800\n", prose) << "schema" << eerste << 5 << 9;
        QTest::newRow("status not allowed")
            << eerste
            << QByteArray("---\ntitle: Één lemma\nstatus: klaar\n" + related + "---\n" + prose)
            << QByteArray("---\ntitle: Één lemma\nstatus: final\n" + related + "---\n" + prose)
            << "schema" << eerste << 3 << 9;
        QTest::newRow("figure without caption")
            << eerste << lemma(related + "figures:\n  - id: kaart\n    source: CBS\n", prose)
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n",
                     prose)
            << "figure-no-caption" << eerste << 6 << 5;
        QTest::newRow("figure without source")
            << eerste << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n", prose)
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n",
                     prose)
            << "figure-no-source" << eerste << 6 << 5;
        QTest::newRow("figure cites a missing note")
            << eerste
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n    "
                               "note: \"7\"\n",
                     prose)
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n    "
                               "note: \"7\"\n",
                     "Één[^7].\n" + relevance + "\n[^7]: CBS.\n")
            << "figure-note-missing" << eerste << 9 << 11;
        QTest::newRow("figure image missing")
            << eerste
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n"
                               "    image: figures/eerste/kaart.png\n    alt: Kaart\n",
                     prose)
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n"
                               "    image: figures/eerste/bestaat.png\n    alt: Kaart\n",
                     prose)
            << "figure-image-missing" << eerste << 9 << 12;
        QTest::newRow("absolute image path")
            << eerste
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n"
                               "    image: /etc/passwd\n    alt: Kaart\n",
                     prose)
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n"
                               "    image: figures/eerste/bestaat.png\n    alt: Kaart\n",
                     prose)
            << "figure-image-outside" << eerste << 9 << 12;
        QTest::newRow("image path leaving the figures folder")
            << eerste
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n"
                               "    image: figures/../edition.yaml\n    alt: Kaart\n",
                     prose)
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n"
                               "    image: figures/eerste/bestaat.png\n    alt: Kaart\n",
                     prose)
            << "figure-image-outside" << eerste << 9 << 12;
        QTest::newRow("alias bomb in a front matter")
            << eerste
            << lemma(related + "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                               "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                               "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                               "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                               "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                               "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                               "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
                               "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
                               "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]\n"
                               "j: &j [*i, *i, *i, *i, *i, *i, *i, *i, *i, *i]\n",
                     prose)
            << lemma(related + "a: &a [x, x]\nb: [*a, *a]\n", prose) << "yaml-syntax" << eerste << 2
            << 1;
        QTest::newRow("two figures with one id")
            << eerste
            << lemma(related + "figures:\n  - {id: kaart, caption: Één, source: CBS}\n"
                               "  - {id: kaart, caption: Twee, source: CBS}\n",
                     prose)
            << lemma(related + "figures:\n  - {id: kaart, caption: Één, source: CBS}\n"
                               "  - {id: grafiek, caption: Twee, source: CBS}\n",
                     prose)
            << "figure-duplicate-id" << eerste << 7 << 10;
        QTest::newRow("image without alt text")
            << eerste
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n"
                               "    image: figures/eerste/bestaat.png\n",
                     prose)
            << lemma(related + "figures:\n  - id: kaart\n    caption: Één\n    source: CBS\n"
                               "    image: figures/eerste/bestaat.png\n    alt: Een kaart\n",
                     prose)
            << "schema" << eerste << 6 << 5;
        QTest::newRow("council period of the wrong form")
            << "edition.yaml"
            << QByteArray("title: Één\nyear: 2025\nedition: 3\npublisher: T\ncouncil_period: 2026 "
                          "tot 2030\n"
                          "lemmas: [eerste, tweede, derde]\n")
            << QByteArray(
                   "title: Één\nyear: 2025\nedition: 3\npublisher: T\ncouncil_period: 2026–2030\n"
                   "lemmas: [eerste, tweede, derde]\n")
            << "schema"
            << "edition.yaml" << 5 << 17;
    }

    void eachProblemIsFoundAtItsPlace()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, faulty);
        QFETCH(QByteArray, twin);
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);

        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/eerste.md")] = lemma(related, prose);
        files[QStringLiteral("figures/eerste/bestaat.png")] = "PNG";
        files[path] = faulty;
        writeFiles(dir.path(), files);
        const Diagnostics found = allDiagnostics(loadEdition(dir.path()).value());
        const auto it = std::find_if(found.begin(), found.end(),
                                     [&](const Diagnostic &d) { return d.code == code; });
        QVERIFY2(it != found.end(), qPrintable(describe(found)));
        QCOMPARE(it->file, file);
        QCOMPARE(it->line, line);
        QCOMPARE(it->column, column);
        QVERIFY(!it->messageNl.isEmpty());
        QVERIFY(!it->messageEn.isEmpty());
        QVERIFY(it->messageNl != it->messageEn);

        files[path] = twin;
        writeFiles(dir.path(), files);
        const Diagnostics fixed = allDiagnostics(loadEdition(dir.path()).value());
        for (const Diagnostic &d : fixed)
            QVERIFY2(d.code != code, qPrintable(describe(fixed)));
    }

    void theGoodEditionHasNoErrors()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/eerste.md")] = lemma(related, prose);
        writeFiles(dir.path(), files);
        const Diagnostics found = allDiagnostics(loadEdition(dir.path()).value());
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    }

    void footnotesAreNumberedByFirstReference()
    {
        const Document document = parseDocument(
            QStringLiteral(
                "---\ntitle: X\nstatus: draft\n---\nB[^b] en A[^a] en weer B[^b].\n\n"
                "[^a]: PBL (2023). Geraadpleegd op 24 maart 2025. <https://www.pbl.nl/>\n"
                "[^b]: CBS. https://www.cbs.nl/a en https://www.cbs.nl/b.\n"
                "[^c]: Niet gebruikt.\n"),
            QStringLiteral("lemmas/x.md"), Document::Kind::Lemma);
        QCOMPARE(document.footnotes.size(), 3);
        QCOMPARE(document.footnotes[0].label, QStringLiteral("b"));
        QCOMPARE(document.footnotes[0].number, 1);
        QCOMPARE(document.footnotes[0].referenceCount, 2);
        QCOMPARE(document.footnotes[0].urls, QStringList({QStringLiteral("https://www.cbs.nl/a"),
                                                          QStringLiteral("https://www.cbs.nl/b")}));
        QCOMPARE(document.footnotes[1].label, QStringLiteral("a"));
        QCOMPARE(document.footnotes[1].number, 2);
        QCOMPARE(document.footnotes[1].accessed, QStringLiteral("24 maart 2025"));
        QCOMPARE(document.footnotes[1].urls, QStringList(QStringLiteral("https://www.pbl.nl/")));
        QCOMPARE(document.footnotes[2].number, 0);
        QVERIFY(document.footnotes[2].defined());
    }

    void backlinksComeFromRelatedAndInlineLinks()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral("lemmas/tweede.md")] =
            "---\ntitle: Tweede\nstatus: draft\nrelated: [eerste]\n---\nZie [derde](derde.md).\n";
        writeFiles(dir.path(), files);
        const Edition edition = loadEdition(dir.path()).value();
        QCOMPARE(edition.backlinks(QStringLiteral("derde")),
                 QStringList({QStringLiteral("eerste"), QStringLiteral("tweede")}));
        QCOMPARE(edition.backlinks(QStringLiteral("eerste")),
                 QStringList({QStringLiteral("tweede"), QStringLiteral("derde")}));
    }

    void revalidatingOneLemmaReadsNoOtherFile()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        Edition edition = loadEdition(dir.path()).value();
        // The other files vanish from disk: checking the edited lemma must not need them.
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("lemmas/tweede.md"))));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("lemmas/derde.md"))));
        const QString edited = QStringLiteral("---\ntitle: Eerste lemma\nstatus: draft\n"
                                              "related: [tweede, vierde]\n---\nTekst.\n");
        QVERIFY(edition.replaceDocument(parseDocument(edited, QStringLiteral("lemmas/eerste.md"),
                                                      Document::Kind::Lemma, dir.path())));
        const Diagnostics found = allDiagnostics(edition);
        QCOMPARE(edition.lemmas[0].letter, QStringLiteral("A"));
        QVERIFY(std::any_of(found.begin(), found.end(), [](const Diagnostic &d) {
            return d.code == QLatin1String("link-missing-lemma") && d.line == 4;
        }));
        QVERIFY(std::none_of(found.begin(), found.end(), [](const Diagnostic &d) {
            return d.code == QLatin1String("lemma-file-missing");
        }));
    }

    void everyCodeIsExplainedInTheDocumentation()
    {
        QFile file(QStringLiteral(TRENDWEB_SCHEMA_DIR "/diagnostics.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString documentation = QString::fromUtf8(file.readAll());
        for (const DiagnosticCode &code : diagnosticCodes()) {
            const QString row =
                QStringLiteral("| `%1` | %2 |")
                    .arg(QString::fromLatin1(code.code), severityName(code.severity));
            QVERIFY2(documentation.contains(row), code.code);
        }
    }

    // A note's address is read whole, an IPv6 host in brackets included.
    void addressesAreReadWhole()
    {
        QCOMPARE(urlsIn(QStringLiteral("Lokaal: http://[::1]:8080/x.")),
                 QStringList{QStringLiteral("http://[::1]:8080/x")});
        QVERIFY(isValidWebUrl(QStringLiteral("http://[::1]:8080/x")));
        QCOMPARE(
            urlsIn(QStringLiteral("Zie file:///etc/passwd en ftp://a.nl/b.")),
            (QStringList{QStringLiteral("file:///etc/passwd"), QStringLiteral("ftp://a.nl/b")}));
        QVERIFY(!isValidWebUrl(QStringLiteral("file:///etc/passwd")));
    }

    // A lemma that is a symbolic link to a file outside the edition (it can arrive through
    // a clone) is not read: a diagnostic says so, and its text is nowhere in the edition.
    void aLemmaLinkedFromOutsideTheEditionIsNotRead()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        writeFiles(dir.path(), goodEdition());
        writeFiles(elsewhere.path(),
                   {{QStringLiteral("geheim.md"),
                     "---\ntitle: Geheim\nstatus: draft\nrelated: [eerste]\n---\nGEHEIM\n"}});
        const QString link = dir.filePath(QStringLiteral("lemmas/tweede.md"));
        QVERIFY(QFile::remove(link));
        QVERIFY(QFile::link(elsewhere.filePath(QStringLiteral("geheim.md")), link));
        const Edition edition = loadEdition(dir.path()).value();
        const Diagnostics found = allDiagnostics(edition);
        const auto it = std::find_if(found.begin(), found.end(), [](const Diagnostic &d) {
            return d.code == QLatin1String("path-outside-edition");
        });
        QVERIFY2(it != found.end(), qPrintable(describe(found)));
        QCOMPARE(it->file, QStringLiteral("lemmas/tweede.md"));
        QCOMPARE(it->severity, Severity::Error);
        QVERIFY(!edition.lemma(QStringLiteral("tweede"))->loaded);
        QVERIFY(!edition.lemma(QStringLiteral("tweede"))->text.contains(QStringLiteral("GEHEIM")));
    }

    // During a merge that command-line Git started, validate reports it, and the files that
    // still hold Git's markers.
    void aMergeInProgressIsAnError()
    {
        QTemporaryDir dir;
        auto files = goodEdition();
        files[QStringLiteral(".git/MERGE_HEAD")] = "0123456789abcdef0123456789abcdef01234567\n";
        writeFiles(dir.path(), files);
        const Diagnostics found = allDiagnostics(loadEdition(dir.path()).value());
        const auto it = std::find_if(found.begin(), found.end(), [](const Diagnostic &d) {
            return d.code == QLatin1String("merge-in-progress");
        });
        QVERIFY2(it != found.end(), qPrintable(describe(found)));
        QCOMPARE(it->severity, Severity::Error);
    }

    // A merge that command-line Git started in a linked worktree, where .git is a file that
    // points to the repository elsewhere: validate reports it, and export refuses.
    void aMergeInProgressInALinkedWorktreeIsAnError()
    {
        QTemporaryDir dir;
        QTemporaryDir out;
        const QString main = dir.filePath(QStringLiteral("hoofd"));
        const QString linked = dir.filePath(QStringLiteral("tweede-werkmap"));
        writeFiles(main, goodEdition());
        const auto git = [&dir](const QString &where, const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("HOME"), dir.path());
            environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
            process.setProcessEnvironment(environment);
            process.setWorkingDirectory(where);
            process.start(QStringLiteral("git"),
                          QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Anna"),
                                      QStringLiteral("-c"),
                                      QStringLiteral("user.email=anna@example.org")} +
                              arguments);
            process.waitForFinished(60000);
            return process.exitCode();
        };
        const auto change = [](const QString &root, const QByteArray &paragraph) {
            QFile file(QDir(root).filePath(QStringLiteral("lemmas/tweede.md")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray text = file.readAll();
            file.close();
            text.replace("Tekst van het tweede lemma.", paragraph);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        };
        QCOMPARE(git(main, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                            QStringLiteral("main")}),
                 0);
        QCOMPARE(git(main, {QStringLiteral("add"), QStringLiteral("-A")}), 0);
        QCOMPARE(
            git(main, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("Begin")}),
            0);
        QCOMPARE(git(main, {QStringLiteral("worktree"), QStringLiteral("add"), QStringLiteral("-q"),
                            QStringLiteral("-b"), QStringLiteral("ander"), linked}),
                 0);
        QVERIFY(QFileInfo(QDir(linked).filePath(QStringLiteral(".git"))).isFile());
        change(main, "Tekst van Anna.");
        QCOMPARE(
            git(main, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Anna")}),
            0);
        change(linked, "Tekst van Bert.");
        QCOMPARE(
            git(linked, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Bert")}),
            0);
        QVERIFY(git(linked,
                    {QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("main")}) != 0);

        const auto edition = loadEdition(linked);
        QVERIFY(edition.ok());
        const Diagnostics found = allDiagnostics(edition.value());
        const auto it = std::find_if(found.begin(), found.end(), [](const Diagnostic &d) {
            return d.code == QLatin1String("merge-in-progress");
        });
        QVERIFY2(it != found.end(), qPrintable(describe(found)));
        QCOMPARE(it->severity, Severity::Error);
        QVERIFY(!exportStaticSite(edition.value(), out.path(), true).ok());
        QVERIFY(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        // The main folder is not merging.
        const Diagnostics mainFound = allDiagnostics(loadEdition(main).value());
        QVERIFY(std::none_of(mainFound.begin(), mainFound.end(), [](const Diagnostic &d) {
            return d.code == QLatin1String("merge-in-progress");
        }));
    }

    // A cherry-pick, revert or rebase that command-line Git stopped on a conflict: validate
    // names it and the commands that finish or abort it, and export refuses, also forced;
    // once it is aborted, the edition is whole again.
    void aStoppedGitOperationIsAnError_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("cherry-pick") << QStringLiteral("cherry-pick");
        QTest::newRow("revert") << QStringLiteral("revert");
        QTest::newRow("rebase") << QStringLiteral("rebase");
    }

    void aStoppedGitOperationIsAnError()
    {
        QFETCH(QString, operation);
        QTemporaryDir dir;
        QTemporaryDir out;
        const QString root = dir.filePath(QStringLiteral("editie"));
        writeFiles(root, goodEdition());
        const auto git = [&](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("HOME"), dir.path());
            environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
            environment.insert(QStringLiteral("GIT_EDITOR"), QStringLiteral("true"));
            process.setProcessEnvironment(environment);
            process.setWorkingDirectory(root);
            process.start(QStringLiteral("git"),
                          QStringList{QStringLiteral("-c"), QStringLiteral("user.name=Anna"),
                                      QStringLiteral("-c"),
                                      QStringLiteral("user.email=anna@example.org")} +
                              arguments);
            process.waitForFinished(60000);
            return process.exitCode();
        };
        const QString tweede = QDir(root).filePath(QStringLiteral("lemmas/tweede.md"));
        const auto change = [&](const QByteArray &from, const QByteArray &to) {
            QFile file(tweede);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray text = file.readAll();
            file.close();
            QVERIFY(text.contains(from));
            text.replace(from, to);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        };
        const QStringList commit = {QStringLiteral("commit"), QStringLiteral("-qam"),
                                    QStringLiteral("Wijziging")};
        QCOMPARE(git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                      QStringLiteral("main")}),
                 0);
        QCOMPARE(git({QStringLiteral("add"), QStringLiteral("-A")}), 0);
        QCOMPARE(git(commit), 0);
        QCOMPARE(git({QStringLiteral("branch"), QStringLiteral("ander")}), 0);
        change("Tekst van het tweede lemma.", "Tekst van Anna.");
        QCOMPARE(git(commit), 0);
        change("Tekst van Anna.", "Tekst van Anna, herzien.");
        QCOMPARE(git(commit), 0);
        QCOMPARE(git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("ander")}),
                 0);
        change("Tekst van het tweede lemma.", "Tekst van Bert.");
        QCOMPARE(git(commit), 0);
        // Each stops on the paragraph both changed.
        if (operation == QLatin1String("cherry-pick")) {
            QVERIFY(git({QStringLiteral("cherry-pick"), QStringLiteral("main~1")}) != 0);
        } else if (operation == QLatin1String("revert")) {
            QCOMPARE(
                git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}), 0);
            QVERIFY(git({QStringLiteral("revert"), QStringLiteral("--no-edit"),
                         QStringLiteral("main~1")}) != 0);
        } else {
            QVERIFY(git({QStringLiteral("rebase"), QStringLiteral("main")}) != 0);
        }
        // The file settled by hand, without markers: only the stopped operation is left.
        QFile file(tweede);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("---\ntitle: Tweede lemma\nstatus: review\nrelated: [eerste]\n---\n"
                   "Tekst van beiden.\n\n## Relevantie voor Overijsselse gemeenten\n\nOok.\n");
        file.close();
        QCOMPARE(git({QStringLiteral("add"), QStringLiteral("lemmas/tweede.md")}), 0);

        const auto stopped = [](const Diagnostic &d) {
            return d.code == QLatin1String("git-operation-in-progress");
        };
        const auto edition = loadEdition(root);
        QVERIFY(edition.ok());
        const Diagnostics found = allDiagnostics(edition.value());
        const auto it = std::find_if(found.begin(), found.end(), stopped);
        QVERIFY2(it != found.end(), qPrintable(describe(found)));
        QCOMPARE(it->severity, Severity::Error);
        QVERIFY2(it->messageNl.contains(QStringLiteral("Git is midden in een %1").arg(operation)),
                 qPrintable(it->messageNl));
        QVERIFY2(it->messageNl.contains(QStringLiteral("git %1 --abort").arg(operation)),
                 qPrintable(it->messageNl));
        QVERIFY2(it->messageNl.contains(QStringLiteral("git %1 --continue").arg(operation)),
                 qPrintable(it->messageNl));
        QVERIFY(std::none_of(found.begin(), found.end(), [](const Diagnostic &d) {
            return d.code == QLatin1String("merge-in-progress") ||
                   d.code == QLatin1String("conflict-markers");
        }));
        const auto exported = exportStaticSite(edition.value(), out.path(), true);
        QVERIFY(!exported);
        QVERIFY2(exported.error().message.contains(operation),
                 qPrintable(exported.error().message));
        QVERIFY(QDir(out.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

        // Aborted, it is gone.
        QCOMPARE(git({operation, QStringLiteral("--abort")}), 0);
        const Diagnostics after = allDiagnostics(loadEdition(root).value());
        QVERIFY2(std::none_of(after.begin(), after.end(), stopped), qPrintable(describe(after)));
    }
};

TRENDWEB_TEST(ValidationTest)
#include "tst_validation.moc"
