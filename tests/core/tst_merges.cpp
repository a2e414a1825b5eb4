#include "editing/frontmatteredits.h"
#include "editionloader.h"
#include "fixtures.h"
#include "git/repository.h"
#include "testregistry.h"
#include "textfile.h"
#include "validation/editionchecks.h"
#include "versions/conflicts.h"
#include "versions/filemerge.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

const QString eerste = QStringLiteral("lemmas/eerste.md");
const QString words = QStringLiteral("woordenlijst.dic");

QString read(const git::Repository &repository, const QString &path)
{
    return readTextFile(QDir(repository.workdir()).filePath(path)).value();
}

void write(const git::Repository &repository, const QString &path, const QString &text)
{
    QVERIFY(writeTextFile(QDir(repository.workdir()).filePath(path), text).ok());
}

void replace(const git::Repository &repository, const QString &path, const QString &before,
             const QString &after)
{
    QString text = read(repository, path);
    QVERIFY2(text.contains(before), qPrintable(before));
    text.replace(before, after);
    write(repository, path, text);
}

// What the app does when an author adds a lemma: its file, and its slug at the end of the list.
void addLemma(const git::Repository &repository, const QString &slug, const QString &title)
{
    write(repository, lemmaPath(slug),
          QStringLiteral("---\ntitle: %1\nstatus: draft\nrelated: [eerste]\n---\n"
                         "Over %1.\n\n## Relevantie voor Overijsselse gemeenten\n\nVeel.\n")
              .arg(title));
    QString edition = read(repository, QStringLiteral("edition.yaml"));
    const qsizetype end =
        edition.indexOf(QLatin1Char(']'), edition.indexOf(QLatin1String("lemmas:")));
    edition.insert(end, QStringLiteral(", ") + slug);
    write(repository, QStringLiteral("edition.yaml"), edition);
}

// "Toevoegen aan woordenlijst": the count line goes up and the word is appended.
void addWord(const git::Repository &repository, const QString &word)
{
    QStringList lines = read(repository, words).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines[0] = QString::number(lines[0].toInt() + 1);
    lines.append(word);
    write(repository, words, lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

int errorsIn(const QString &root)
{
    const auto edition = loadEdition(root);
    if (!edition)
        return -1;
    const Diagnostics diagnostics = allDiagnostics(edition.value());
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::Error)
            qWarning("%s", qPrintable(diagnostic.toText()));
    }
    return countErrors(diagnostics);
}

struct Shared
{
    QTemporaryDir dir;
    QString remote() const { return dir.filePath(QStringLiteral("gedeeld.git")); }

    void create()
    {
        QVERIFY(git::Repository::init(remote(), true).ok());
        const QString first = dir.filePath(QStringLiteral("begin"));
        auto files = goodEdition();
        files.insert(words, "2\nTrendbureau\nOverijssel\n");
        writeFiles(first, files);
        auto repository = git::Repository::init(first);
        QVERIFY(repository.ok());
        QVERIFY(repository.value()
                    .commitAll(QStringLiteral("Begin"), {QStringLiteral("Anna"), QString()})
                    .ok());
        QVERIFY(repository.value().setRemote(remote()).ok());
        QVERIFY(repository.value().push().ok());
    }

    git::Repository clone(const QString &name)
    {
        auto repository = git::Repository::clone(remote(), dir.filePath(name));
        if (!repository)
            qFatal("%s", qPrintable(repository.error().toString()));
        return std::move(repository).value();
    }
};

git::Signature person(const QString &name)
{
    return {name, name.toLower() + QStringLiteral("@example.org")};
}

} // namespace

// Merges that understand the edition's files, on real repositories.
class MergesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Three authors each add a lemma, a word and a "Lees meer" entry at the same time; each
    // pulls and pushes in turn. Nobody is asked anything and nothing is lost.
    void threeAuthorsAddALemmaAWordAndALinkAtOnce()
    {
        Shared shared;
        shared.create();
        const QStringList names = {QStringLiteral("Anna"), QStringLiteral("Bert"),
                                   QStringLiteral("Carla")};
        const QStringList slugs = {QStringLiteral("wonen"), QStringLiteral("werken"),
                                   QStringLiteral("zorg")};
        const QStringList added = {QStringLiteral("woonopgave"), QStringLiteral("arbeidsmarkt"),
                                   QStringLiteral("mantelzorg")};
        std::vector<git::Repository> clones;
        for (int i = 0; i < 3; ++i) {
            clones.push_back(shared.clone(names[i].toLower()));
            const git::Repository &clone = clones.back();
            addLemma(clone, slugs[i], QStringLiteral("Lemma over ") + slugs[i]);
            addWord(clone, added[i]);
            auto related = addRelated(read(clone, eerste), slugs[i]);
            QVERIFY(related.ok());
            write(clone, eerste, related.value());
            QVERIFY(clones.back()
                        .commitAll(QStringLiteral("Lemma ") + slugs[i], person(names[i]))
                        .ok());
        }
        for (int i = 0; i < 3; ++i) {
            const auto pulled = clones[i].pull(person(names[i]));
            QVERIFY2(pulled.ok(), qPrintable(pulled.error().toString()));
            QVERIFY(pulled.value() != git::PullOutcome::Conflicts);
            QVERIFY(!clones[i].isMerging());
            QVERIFY2(clones[i].push().ok(), qPrintable(names[i]));
        }
        for (int i = 0; i < 3; ++i) {
            QVERIFY(clones[i].pull(person(names[i])).ok());
            QCOMPARE(clones[i].aheadBehind().value(), std::make_pair(0, 0));
            const git::Repository &clone = clones[i];
            const auto edition = loadEdition(clone.workdir());
            QVERIFY(edition.ok());
            QCOMPARE(edition->info.lemmaOrder,
                     QStringList({QStringLiteral("eerste"), QStringLiteral("tweede"),
                                  QStringLiteral("derde"), slugs[0], slugs[1], slugs[2]}));
            const QStringList list =
                read(clone, words).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(list.first(), QStringLiteral("5"));
            QCOMPARE(list.mid(1),
                     QStringList({QStringLiteral("Trendbureau"), QStringLiteral("Overijssel"),
                                  added[0], added[1], added[2]}));
            QCOMPARE(relatedOf(read(clone, eerste)),
                     QStringList({QStringLiteral("tweede"), QStringLiteral("derde"), slugs[0],
                                  slugs[1], slugs[2]}));
            QVERIFY(read(clone, eerste).startsWith(QStringLiteral("---\ntitle: Eerste lemma\n")));
            QCOMPARE(errorsIn(clone.workdir()), 0);
        }
    }

    // A collaborator's editor writes CRLF: their paragraph and mine combine, in LF.
    void aCrlfCollaboratorMergesCleanly()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        git::Repository b = shared.clone(QStringLiteral("bert"));
        QString windows = read(a, eerste);
        windows.replace(QStringLiteral("\nVeel.\n"), QStringLiteral("\nHeel veel.\n"));
        windows.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        QFile file(QDir(a.workdir()).filePath(eerste));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(windows.toUtf8());
        file.close();
        QVERIFY(a.commitAll(QStringLiteral("Relevantie"), person(QStringLiteral("Anna"))).ok());
        QVERIFY(QString::fromUtf8(a.fileAt(QStringLiteral("HEAD"), eerste)->toUtf8())
                    .contains(QStringLiteral("\r\n")));
        QVERIFY(a.push().ok());

        replace(b, eerste, QStringLiteral("Nog een zin."), QStringLiteral("Nog een betere zin."));
        QVERIFY(b.commitAll(QStringLiteral("Zin"), person(QStringLiteral("Bert"))).ok());
        const auto pulled = b.pull(person(QStringLiteral("Bert")));
        QVERIFY2(pulled.ok(), qPrintable(pulled.error().toString()));
        QCOMPARE(pulled.value(), git::PullOutcome::Merged);
        const QString merged = b.fileAt(QStringLiteral("HEAD"), eerste).value();
        QVERIFY(merged.contains(QStringLiteral("Nog een betere zin.")));
        QVERIFY(merged.contains(QStringLiteral("\nHeel veel.\n")));
        QVERIFY(!merged.contains(QLatin1Char('\r')));
        QCOMPARE(merged.count(QStringLiteral("title:")), 1);
        QCOMPARE(errorsIn(b.workdir()), 0);
    }

    // One author drops a lemma, the other edits it meanwhile: that is a question, in the
    // list of edition.yaml and for the file; nothing is dropped silently.
    void aLemmaRemovedOnOneSideAndEditedOnTheOtherConflicts()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        git::Repository b = shared.clone(QStringLiteral("bert"));
        QVERIFY(QFile::remove(QDir(a.workdir()).filePath(QStringLiteral("lemmas/derde.md"))));
        replace(a, QStringLiteral("edition.yaml"), QStringLiteral("tweede, derde]"),
                QStringLiteral("tweede]"));
        replace(a, eerste, QStringLiteral("related: [tweede, derde]"),
                QStringLiteral("related: [tweede]"));
        QVERIFY(a.commitAll(QStringLiteral("Derde weg"), person(QStringLiteral("Anna"))).ok());
        QVERIFY(a.push().ok());
        replace(b, QStringLiteral("lemmas/derde.md"), QStringLiteral("Derde tekst."),
                QStringLiteral("Derde tekst, herzien."));
        QVERIFY(b.commitAll(QStringLiteral("Derde herzien"), person(QStringLiteral("Bert"))).ok());

        QCOMPARE(b.pull(person(QStringLiteral("Bert"))).value(), git::PullOutcome::Conflicts);
        const auto conflicts = lemmaConflicts(b);
        QVERIFY(conflicts.ok());
        QStringList places;
        for (const LemmaConflict &conflict : conflicts.value()) {
            for (const ParagraphConflict &item : conflict.conflicts)
                places.append(conflict.path + QLatin1Char(' ') + item.place());
        }
        places.sort();
        QCOMPARE(places, QStringList({QStringLiteral("edition.yaml key lemmas"),
                                      QStringLiteral("lemmas/derde.md file")}));
        // My text stays in the folder meanwhile; Anna's other change is already merged.
        QVERIFY(read(b, QStringLiteral("lemmas/derde.md")).contains(QStringLiteral("herzien")));
        QVERIFY(read(b, QStringLiteral("edition.yaml")).contains(QStringLiteral("derde")));
        QVERIFY(read(b, eerste).contains(QStringLiteral("related: [tweede]\n")));

        // Keeping the lemma: the list and the file both keep it.
        QVERIFY(
            resolveParagraphs(b, QStringLiteral("lemmas/derde.md"), QStringLiteral("mine")).ok());
        QVERIFY(resolveKey(b, QStringLiteral("edition.yaml"), QStringLiteral("lemmas"),
                           QStringLiteral("mine"))
                    .ok());
        QVERIFY(lemmaConflicts(b)->isEmpty());
        QVERIFY(b.commit({}, QStringLiteral("Derde blijft"), person(QStringLiteral("Bert"))).ok());
        QCOMPARE(errorsIn(b.workdir()), 0);
        QVERIFY(b.fileAt(QStringLiteral("HEAD"), QStringLiteral("lemmas/derde.md"))
                    ->contains(QStringLiteral("herzien")));
    }

    // Taking their side of a removed file removes it; a list naming it is then refused.
    void aResolutionThatBreaksTheEditionIsRefused()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        git::Repository b = shared.clone(QStringLiteral("bert"));
        QVERIFY(QFile::remove(QDir(a.workdir()).filePath(QStringLiteral("lemmas/derde.md"))));
        replace(a, QStringLiteral("edition.yaml"), QStringLiteral("tweede, derde]"),
                QStringLiteral("tweede]"));
        replace(a, eerste, QStringLiteral("related: [tweede, derde]"),
                QStringLiteral("related: [tweede]"));
        QVERIFY(a.commitAll(QStringLiteral("Derde weg"), person(QStringLiteral("Anna"))).ok());
        QVERIFY(a.push().ok());
        replace(b, QStringLiteral("lemmas/derde.md"), QStringLiteral("Derde tekst."),
                QStringLiteral("Derde tekst, herzien."));
        QVERIFY(b.commitAll(QStringLiteral("Derde herzien"), person(QStringLiteral("Bert"))).ok());
        QCOMPARE(b.pull(person(QStringLiteral("Bert"))).value(), git::PullOutcome::Conflicts);

        QVERIFY(
            resolveParagraphs(b, QStringLiteral("lemmas/derde.md"), QStringLiteral("theirs")).ok());
        QVERIFY(!QFile::exists(QDir(b.workdir()).filePath(QStringLiteral("lemmas/derde.md"))));
        const QString before = read(b, QStringLiteral("edition.yaml"));
        const auto refused = resolveKey(b, QStringLiteral("edition.yaml"), QStringLiteral("lemmas"),
                                        QStringLiteral("mine"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("lemmas/derde.md bestaat niet")),
                 qPrintable(refused.error().message));
        QCOMPARE(read(b, QStringLiteral("edition.yaml")), before);
        QCOMPARE(lemmaConflicts(b)->size(), 1);
        QVERIFY(resolveKey(b, QStringLiteral("edition.yaml"), QStringLiteral("lemmas"),
                           QStringLiteral("theirs"))
                    .ok());
        QVERIFY(b.commit({}, QStringLiteral("Derde weg"), person(QStringLiteral("Bert"))).ok());
        QCOMPARE(errorsIn(b.workdir()), 0);
    }

    // A choice is reconsidered before the merge is committed: the place is open again with
    // both versions and the file is as before that choice, also once the file was settled
    // and after the app was closed in between; the commit has the second choice.
    void aChoiceCanBeReconsideredUntilTheMergeIsCommitted()
    {
        Shared shared;
        shared.create();
        git::Repository a = shared.clone(QStringLiteral("anna"));
        git::Repository b = shared.clone(QStringLiteral("bert"));
        replace(a, eerste, QStringLiteral("\nVeel.\n"), QStringLiteral("\nVeel, zegt Anna.\n"));
        replace(a, eerste, QStringLiteral("title: Eerste lemma\n"),
                QStringLiteral("title: Eerste lemma volgens Anna\n"));
        QVERIFY(a.commitAll(QStringLiteral("Anna"), person(QStringLiteral("Anna"))).ok());
        QVERIFY(a.push().ok());
        replace(b, eerste, QStringLiteral("\nVeel.\n"), QStringLiteral("\nVeel, zegt Bert.\n"));
        replace(b, eerste, QStringLiteral("title: Eerste lemma\n"),
                QStringLiteral("title: Eerste lemma volgens Bert\n"));
        QVERIFY(b.commitAll(QStringLiteral("Bert"), person(QStringLiteral("Bert"))).ok());
        QCOMPARE(b.pull(person(QStringLiteral("Bert"))).value(), git::PullOutcome::Conflicts);
        const QString open = read(b, eerste);
        QCOMPARE(lemmaConflicts(b)->value(0).conflicts.size(), 2);
        const auto decisionOf = [](const QList<LemmaConflict> &conflicts, const QString &id) {
            for (const LemmaConflict &conflict : conflicts) {
                for (const ParagraphConflict &item : conflict.conflicts) {
                    if (item.id() == id)
                        return item.decision;
                }
            }
            return QStringLiteral("(geen)");
        };

        // Within a file still in conflict: the paragraph back to open, the text as before.
        QVERIFY(resolveParagraphs(b, eerste, QStringLiteral("theirs"), 1).ok());
        QVERIFY(read(b, eerste).contains(QStringLiteral("Veel, zegt Anna.")));
        QVERIFY(!reopenParagraphs(b, eerste, 2).ok());                // no such decided paragraph
        QVERIFY(!reopenKey(b, eerste, QStringLiteral("title")).ok()); // not decided yet
        QVERIFY(reopenParagraphs(b, eerste, 1).ok());
        QCOMPARE(read(b, eerste), open);
        QCOMPARE(decisionOf(lemmaConflicts(b).value(), QStringLiteral("1")), QString());

        // Every place decided: the file is settled; its choices still show and can be reopened.
        QVERIFY(resolveParagraphs(b, eerste, QStringLiteral("mine"), 1).ok());
        QVERIFY(resolveKey(b, eerste, QStringLiteral("title"), QStringLiteral("theirs")).ok());
        QVERIFY(lemmaConflicts(b)->isEmpty());
        const QString settled = read(b, eerste);
        QVERIFY(settled.contains(QStringLiteral("title: Eerste lemma volgens Anna\n")));
        const auto shown = lemmaConflicts(b, true);
        QVERIFY(shown.ok());
        QCOMPARE(shown->size(), 1);
        QVERIFY(shown->first().settled);
        QCOMPARE(decisionOf(shown.value(), QStringLiteral("key:title")), QStringLiteral("theirs"));

        // The app closed and opened again: the sides are still known.
        {
            git::Repository later = git::Repository::open(b.workdir()).value();
            const auto reopened = reopenKey(later, eerste, QStringLiteral("title"));
            QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        }
        const QString reopenedText = read(b, eerste);
        QVERIFY(reopenedText.contains(QStringLiteral("title: Eerste lemma volgens Bert\n")));
        QVERIFY(reopenedText.contains(QStringLiteral("Veel, zegt Bert.")));
        const auto again = lemmaConflicts(b);
        QCOMPARE(again->size(), 1);
        QVERIFY(!again->first().settled);
        QCOMPARE(decisionOf(again.value(), QStringLiteral("key:title")), QString());
        QCOMPARE(decisionOf(again.value(), QStringLiteral("1")), QStringLiteral("mine"));
        // Open again: the merge cannot be committed until it is decided.
        QVERIFY(!b.commit({}, QStringLiteral("Te vroeg"), person(QStringLiteral("Bert"))).ok());

        // Decided differently, then committed: the second choice is what was recorded.
        QVERIFY(resolveKey(b, eerste, QStringLiteral("title"), QStringLiteral("mine")).ok());
        QVERIFY(b.commit({}, QStringLiteral("Samengevoegd"), person(QStringLiteral("Bert"))).ok());
        clearConflictDecisions(b);
        const QString recorded = b.fileAt(QStringLiteral("HEAD"), eerste).value();
        QVERIFY2(recorded.contains(QStringLiteral("title: Eerste lemma volgens Bert\n")),
                 qPrintable(recorded));
        QVERIFY(recorded.contains(QStringLiteral("Veel, zegt Bert.")));
        QVERIFY(!recorded.contains(QStringLiteral("volgens Anna")));
        QCOMPARE(errorsIn(b.workdir()), 0);
        // Once committed, there is nothing left to reconsider.
        const auto late = reopenKey(b, eerste, QStringLiteral("title"));
        QVERIFY(!late.ok());
        QVERIFY2(late.error().message.contains(QStringLiteral("vastgelegd")),
                 qPrintable(late.error().message));
    }

    // The merge of each kind of file, on its own.
    void filesMergeByTheirStructure_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("merged"); // "" when a conflict is expected
        QTest::addColumn<QString>("conflict");
        QTest::newRow("word list") << "woordenlijst.dic"
                                   << "2\na\nb\n"
                                   << "3\na\nb\nc\n"
                                   << "2\nb\nd\n"
                                   << "3\nb\nd\nc\n"
                                   << "";
        QTest::newRow("edition list") << "edition.yaml"
                                      << "title: T\nlemmas: [a, b]\n"
                                      << "title: T\nlemmas: [a, b, c]\n"
                                      << "title: U\nlemmas: [a, b, d]\n"
                                      << "title: U\nlemmas: [a, b, d, c]\n"
                                      << "";
        QTest::newRow("block list") << "edition.yaml"
                                    << "lemmas:\n  - a\n"
                                    << "lemmas:\n  - a\n  - c\n"
                                    << "lemmas: [d, a]\n"
                                    << "lemmas:\n  - d\n  - a\n  - c\n"
                                    << "";
        QTest::newRow("scalar on both sides") << "edition.yaml"
                                              << "title: T\nyear: 1\n"
                                              << "title: M\nyear: 1\n"
                                              << "title: U\nyear: 2\n"
                                              << ""
                                              << "key title";
        QTest::newRow("figures by id")
            << "lemmas/x.md"
            << "---\nfigures:\n  - id: a\n    caption: A\n---\nTekst.\n"
            << "---\nfigures:\n  - id: a\n    caption: A2\n---\nTekst.\n"
            << "---\nfigures:\n  - id: a\n    caption: A\n  - id: b\n    caption: B\n---\nTekst.\n"
            << "---\nfigures:\n  - id: a\n    caption: A2\n  - id: b\n    caption: B\n---\nTekst.\n"
            << "";
        QTest::newRow("front matter and body")
            << "lemmas/x.md"
            << "---\ntitle: T\nrelated: [a]\n---\nEen.\n\nTwee.\n"
            << "---\ntitle: T\nrelated: [a, b]\n---\nEen!\n\nTwee.\n"
            << "---\ntitle: T\nrelated: [a, c]\n---\nEen.\n\nTwee!\n"
            << "---\ntitle: T\nrelated: [a, c, b]\n---\nEen!\n\nTwee!\n"
            << "";
        QTest::newRow("crlf only") << "lemmas/x.md"
                                   << "---\ntitle: T\n---\nEen.\n"
                                   << "---\r\ntitle: T\r\n---\r\nEen.\r\n"
                                   << "---\ntitle: T\n---\nEen!\n"
                                   << "---\ntitle: T\n---\nEen!\n"
                                   << "";
        QTest::newRow("review event") << "review/t/1.yaml"
                                      << "thread: t\nmessage: a\n"
                                      << "thread: t\nmessage: b\n"
                                      << "thread: t\nmessage: c\n"
                                      << "thread: t\nmessage: b\n"
                                      << "";
    }

    void filesMergeByTheirStructure()
    {
        QFETCH(QString, path);
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, merged);
        QFETCH(QString, conflict);
        const FileMerge merge = mergeFile(path, base, mine, theirs);
        if (conflict.isEmpty()) {
            QVERIFY(merge.conflicts.isEmpty());
            QCOMPARE(merge.text(), merged);
        } else {
            QCOMPARE(merge.conflicts.size(), 1);
            QCOMPARE(merge.conflicts[0].place(), conflict);
        }
    }
};

TRENDWEB_TEST(MergesTest)
#include "tst_merges.moc"
