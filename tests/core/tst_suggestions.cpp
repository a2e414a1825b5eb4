#include "editionloader.h"
#include "fixtures.h"
#include "git/repository.h"
#include "review/review.h"
#include "testregistry.h"
#include "textfile.h"
#include "validation/editionchecks.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

const git::Signature anna{QStringLiteral("Anna"), QStringLiteral("anna@example.org")};
const git::Signature expert{QStringLiteral("Expert"), QStringLiteral("expert@example.org")};
const QString eerste = QStringLiteral("lemmas/eerste.md");
const QString lemma = QStringLiteral("eerste");

QMap<QString, QByteArray> reviewEdition()
{
    auto files = goodEdition();
    files[eerste] = "---\ntitle: Eerste lemma\nstatus: review\nrelated: [tweede]\n---\n"
                    "Eerste alinea over één thema. De kern is helder.\n\n"
                    "Tweede alinea met cijfers van het CBS. De kern is helder.\n\n"
                    "## Relevantie voor Overijsselse gemeenten\n\nVeel.\n";
    return files;
}

QString textOf(const git::Repository &repository)
{
    return readTextFile(QDir(repository.workdir()).filePath(eerste)).value();
}

void replaceIn(const git::Repository &repository, const QString &before, const QString &after)
{
    const QString file = QDir(repository.workdir()).filePath(eerste);
    QString text = readTextFile(file).value();
    QVERIFY2(text.contains(before), qPrintable(before));
    text.replace(before, after);
    QVERIFY(writeTextFile(file, text).ok());
}

QList<ReviewThread> placed(const git::Repository &repository)
{
    auto threads = loadThreads(repository.workdir());
    if (!threads)
        qFatal("threads not loaded");
    placeThreads(threads.value(), repository);
    return threads.value();
}

ReviewThread byId(const git::Repository &repository, const QString &id)
{
    for (const ReviewThread &thread : placed(repository)) {
        if (thread.id == id)
            return thread;
    }
    qFatal("no thread %s", qPrintable(id));
}

// A suggestion on `quote` in the last version (or an insertion right after it).
QString suggest(const git::Repository &repository, const QString &quote, const QString &replacement,
                const QString &who = QStringLiteral("Expert"), bool insertAfter = false,
                const QString &revision = {})
{
    Anchor anchor = findPassage(repository, lemma, quote, revision).value();
    if (insertAfter) {
        const QString text = repository.fileAt(anchor.commit, eerste).value();
        anchor = makeAnchor(text, anchor.end, anchor.end, anchor.commit);
    }
    auto id = addSuggestion(repository.workdir(), lemma, anchor, replacement, who);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return id.value();
}

// What the edition's checks find in the review files (the fixture's lemmas have warnings of
// their own).
Diagnostics problemsOf(const git::Repository &repository)
{
    Diagnostics review;
    for (const Diagnostic &d : allDiagnostics(loadEdition(repository.workdir()).value())) {
        if (d.file.startsWith(QLatin1String("review/")))
            review.append(d);
    }
    return review;
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toText();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class SuggestionTest : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    int serial = 0;

    git::Repository edition()
    {
        const QString root = dir.filePath(QStringLiteral("editie-%1").arg(++serial));
        writeFiles(root, reviewEdition());
        auto repository = git::Repository::init(root);
        repository.value().commitAll(QStringLiteral("Begin"), anna).value();
        return std::move(repository).value();
    }

    git::Repository shared(const QString &name, git::Repository &start)
    {
        const QString bare = dir.filePath(name + QStringLiteral(".git"));
        if (!git::Repository::init(bare, true))
            qFatal("no bare repository");
        if (!start.setRemote(bare) || !start.push())
            qFatal("not shared");
        return git::Repository::open(bare).value();
    }

private Q_SLOTS:
    void aSuggestionIsStoredAsAReviewEventAndValidates()
    {
        git::Repository repository = edition();
        const QString id = suggest(repository, QStringLiteral("cijfers van het CBS"),
                                   QStringLiteral("cijfers van het \"CBS\"\nuit 2024"));
        const ReviewThread suggestion = byId(repository, id);
        QVERIFY(suggestion.isSuggestion());
        QCOMPARE(suggestion.replacement, QStringLiteral("cijfers van het \"CBS\"\nuit 2024"));
        QCOMPARE(suggestion.anchor.commit, repository.headId());
        QCOMPARE(suggestion.author, QStringLiteral("Expert"));
        QVERIFY(suggestion.messages.isEmpty()); // no explanation given
        QCOMPARE(suggestionStateName(suggestion), QStringLiteral("open"));
        const Diagnostics problems = problemsOf(repository);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

        // Without a name nothing is written; an unchanged "suggestion" is refused.
        const Anchor anchor =
            findPassage(repository, lemma, QStringLiteral("over één thema"), {}).value();
        QVERIFY(!addSuggestion(repository.workdir(), lemma, anchor, QStringLiteral("x"), {}).ok());
        QVERIFY(!addSuggestion(repository.workdir(), lemma, anchor, anchor.exact,
                               QStringLiteral("Expert"))
                     .ok());

        // The schema knows the difference: a suggestion needs its replacement, a comment its
        // passage.
        const QString folder = QDir(repository.workdir()).filePath(QStringLiteral("review/x"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeTextFile(folder + QStringLiteral("/1.yaml"),
                              QStringLiteral("thread: x\nevent: open\nkind: suggestion\nauthor: X\n"
                                             "time: 2026-01-01T00:00:00Z\nlemma: eerste\nanchor:\n"
                                             "  exact: a\n  start: 0\n  end: 1\n  commit: %1\n")
                                  .arg(repository.headId()))
                    .ok());
        QVERIFY(writeTextFile(folder + QStringLiteral("/2.yaml"),
                              QStringLiteral("thread: y\nevent: open\nauthor: X\n"
                                             "time: 2026-01-01T00:00:00Z\nlemma: eerste\n"
                                             "message: m\nanchor:\n  exact: \"\"\n  start: 0\n"
                                             "  end: 0\n  commit: %1\n")
                                  .arg(repository.headId()))
                    .ok());
        const Diagnostics broken = problemsOf(repository);
        QVERIFY2(std::any_of(broken.begin(), broken.end(),
                             [](const Diagnostic &d) {
                                 return d.file.endsWith(QLatin1String("x/1.yaml"));
                             }),
                 qPrintable(describe(broken)));
        QVERIFY2(std::any_of(broken.begin(), broken.end(),
                             [](const Diagnostic &d) {
                                 return d.file.endsWith(QLatin1String("x/2.yaml"));
                             }),
                 qPrintable(describe(broken)));
    }

    // Replace, delete, insert: the reviewer suggests in one clone and sends; the author fetches
    // in another, accepts two and rejects one; the file holds exactly the accepted wording.
    void theAuthorAcceptsTwoSuggestionsAndRejectsOne()
    {
        git::Repository start = edition();
        shared(QStringLiteral("voorstellen"), start);
        const QString url = start.remoteUrl();
        git::Repository reviewer =
            git::Repository::clone(url, dir.filePath(QStringLiteral("r1"))).value();
        git::Repository author =
            git::Repository::clone(url, dir.filePath(QStringLiteral("a1"))).value();

        const QString replace =
            suggest(reviewer, QStringLiteral("cijfers van het CBS"), QStringLiteral("CBS-cijfers"));
        const QString remove = suggest(reviewer, QStringLiteral(" over één thema"), QString());
        const QString insert =
            suggest(reviewer, QStringLiteral("\nVeel"), QStringLiteral(" en gevarieerd"),
                    QStringLiteral("Expert"), true);
        reviewer.commitAll(QStringLiteral("Voorstellen"), expert).value();
        QVERIFY(reviewer.push().ok());

        QCOMPARE(author.pull(anna).value(), git::PullOutcome::FastForward);
        const auto threads = placed(author);
        QCOMPARE(threads.size(), 3);
        for (const ReviewThread &thread : threads)
            QCOMPARE(suggestionStateName(thread), QStringLiteral("open"));
        QCOMPARE(byId(author, insert).start, byId(author, insert).end);

        QVERIFY(acceptSuggestion(author, replace, QStringLiteral("Anna")).ok());
        QVERIFY(decideSuggestion(author.workdir(), remove, QStringLiteral("reject"),
                                 QStringLiteral("Anna"), QStringLiteral("Die zin blijft."))
                    .ok());
        QVERIFY(
            acceptSuggestion(author, insert, QStringLiteral("Anna"), QStringLiteral("Goed.")).ok());
        QCOMPARE(textOf(author),
                 QStringLiteral("---\ntitle: Eerste lemma\nstatus: review\nrelated: [tweede]\n---\n"
                                "Eerste alinea over één thema. De kern is helder.\n\n"
                                "Tweede alinea met CBS-cijfers. De kern is helder.\n\n"
                                "## Relevantie voor Overijsselse gemeenten\n\n"
                                "Veel en gevarieerd.\n"));
        QCOMPARE(suggestionStateName(byId(author, replace)), QStringLiteral("accepted"));
        QCOMPARE(suggestionStateName(byId(author, remove)), QStringLiteral("rejected"));
        QCOMPARE(byId(author, remove).messages.last().text, QStringLiteral("Die zin blijft."));
        QCOMPARE(byId(author, insert).decidedBy, QStringLiteral("Anna"));
        // Decided is decided: no second decision, no second application.
        QVERIFY(!acceptSuggestion(author, replace, QStringLiteral("Anna")).ok());
        QVERIFY(!acceptSuggestion(author, remove, QStringLiteral("Anna")).ok());
        const Diagnostics problems = problemsOf(author);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

        // The reviewer sees the decisions after fetching.
        author.commitAll(QStringLiteral("Voorstellen besloten"), anna).value();
        QVERIFY(author.push().ok());
        QCOMPARE(reviewer.pull(expert).value(), git::PullOutcome::FastForward);
        QCOMPARE(suggestionStateName(byId(reviewer, replace)), QStringLiteral("accepted"));
        QCOMPARE(suggestionStateName(byId(reviewer, remove)), QStringLiteral("rejected"));
        QCOMPARE(textOf(reviewer), textOf(author));
    }

    void aSuggestionIsOutdatedWhenItsPassageWasRewritten()
    {
        git::Repository repository = edition();
        const QString id = suggest(repository, QStringLiteral("cijfers van het CBS"),
                                   QStringLiteral("CBS-cijfers"));
        replaceIn(repository, QStringLiteral("van het CBS."), QStringLiteral("van het RIVM."));
        repository.commitAll(QStringLiteral("Andere bron"), anna).value();
        const ReviewThread suggestion = byId(repository, id);
        QCOMPARE(suggestionStateName(suggestion), QStringLiteral("outdated"));
        QCOMPARE(suggestion.current, QStringLiteral("cijfers van het RIVM"));
        // Not blindly: only after a look at the difference.
        const QString before = textOf(repository);
        const auto refused = acceptSuggestion(repository, id, QStringLiteral("Anna"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("cijfers van het RIVM")),
                 qPrintable(refused.error().message));
        QCOMPARE(textOf(repository), before);
        QVERIFY(acceptSuggestion(repository, id, QStringLiteral("Anna"), {}, true).ok());
        QVERIFY(textOf(repository).contains(QStringLiteral("Tweede alinea met CBS-cijfers. De")));
    }

    void anInsertionIsOutdatedWhenTextWasInsertedAtItsPoint()
    {
        git::Repository repository = edition();
        const QString id =
            suggest(repository, QStringLiteral("\nVeel"), QStringLiteral(" en gevarieerd"),
                    QStringLiteral("Expert"), true);
        replaceIn(repository, QStringLiteral("\nVeel."), QStringLiteral("\nVeel soorten."));
        QCOMPARE(suggestionStateName(byId(repository, id)), QStringLiteral("outdated"));
    }

    void aSuggestionIsOrphanedWhenItsPassageIsDeletedAndNeverAppliedToALookAlike()
    {
        git::Repository repository = edition();
        // The second "De kern is helder." — the first one is its look-alike.
        const QString text = repository.fileAt(QStringLiteral("HEAD"), eerste).value();
        const int second = int(text.lastIndexOf(QStringLiteral("De kern is helder.")));
        const QString id =
            addSuggestion(repository.workdir(), lemma,
                          makeAnchor(text, second, second + 18, repository.headId()),
                          QStringLiteral("De kern is duidelijk."), QStringLiteral("Expert"))
                .value();
        const QString gone = suggest(repository, QStringLiteral("cijfers van het CBS"),
                                     QStringLiteral("CBS-cijfers"));
        replaceIn(repository,
                  QStringLiteral("Tweede alinea met cijfers van het CBS. De kern is helder.\n\n"),
                  QString());
        QCOMPARE(suggestionStateName(byId(repository, id)), QStringLiteral("orphaned"));
        QCOMPARE(suggestionStateName(byId(repository, gone)), QStringLiteral("orphaned"));
        const QString before = textOf(repository);
        QVERIFY(!acceptSuggestion(repository, id, QStringLiteral("Anna"), {}, true).ok());
        QVERIFY(!acceptSuggestion(repository, gone, QStringLiteral("Anna"), {}, true).ok());
        QCOMPARE(textOf(repository), before); // the look-alike in the first paragraph stays
        QVERIFY(placed(repository).size() == 2);
        // Only the words of the passage deleted, the paragraph around it still there.
        git::Repository other = edition();
        const QString words =
            suggest(other, QStringLiteral("met cijfers van het CBS"), QStringLiteral("met data"));
        replaceIn(other, QStringLiteral(" met cijfers van het CBS"), QString());
        QCOMPARE(suggestionStateName(byId(other, words)), QStringLiteral("orphaned"));
    }

    void aSuggestionMadeOnAnOlderVersionIsAppliedWhereItsPassageIsNow()
    {
        git::Repository repository = edition();
        const QString older = repository.headId();
        replaceIn(repository, QStringLiteral("Eerste alinea over één thema."),
                  QStringLiteral("Een veel langere eerste alinea over één thema."));
        repository.commitAll(QStringLiteral("Langer"), anna).value();
        const QString id =
            suggest(repository, QStringLiteral("cijfers van het CBS"),
                    QStringLiteral("CBS-cijfers"), QStringLiteral("Expert"), false, older);
        const ReviewThread suggestion = byId(repository, id);
        QCOMPARE(suggestion.anchor.commit, older);
        QCOMPARE(suggestion.state, ReviewThread::State::Moved);
        QCOMPARE(suggestionStateName(suggestion), QStringLiteral("open"));
        QVERIFY(acceptSuggestion(repository, id, QStringLiteral("Anna")).ok());
        QVERIFY(textOf(repository)
                    .contains(QStringLiteral(
                        "Een veel langere eerste alinea over één thema. De kern is helder.\n\n"
                        "Tweede alinea met CBS-cijfers.")));
    }

    // Two reviewers in their own clones suggest on the same passage; the author, in a third,
    // accepts one: the other's passage has changed since, so it is outdated, not applied over it.
    void twoReviewersSuggestOnTheSamePassage()
    {
        git::Repository start = edition();
        shared(QStringLiteral("twee"), start);
        const QString url = start.remoteUrl();
        git::Repository a = git::Repository::clone(url, dir.filePath(QStringLiteral("ra"))).value();
        git::Repository b = git::Repository::clone(url, dir.filePath(QStringLiteral("rb"))).value();
        git::Repository author =
            git::Repository::clone(url, dir.filePath(QStringLiteral("au"))).value();

        const QString fromA = suggest(a, QStringLiteral("cijfers van het CBS"),
                                      QStringLiteral("CBS-cijfers"), QStringLiteral("A"));
        a.commitAll(QStringLiteral("A"), expert).value();
        QVERIFY(a.push().ok());
        const QString fromB = suggest(b, QStringLiteral("cijfers van het CBS"),
                                      QStringLiteral("de CBS-statistiek"), QStringLiteral("B"));
        b.commitAll(QStringLiteral("B"), expert).value();
        QCOMPARE(b.pull(expert).value(), git::PullOutcome::Merged); // separate files
        QVERIFY(b.push().ok());

        QCOMPARE(author.pull(anna).value(), git::PullOutcome::FastForward);
        QCOMPARE(placed(author).size(), 2);
        QCOMPARE(suggestionStateName(byId(author, fromA)), QStringLiteral("open"));
        QCOMPARE(suggestionStateName(byId(author, fromB)), QStringLiteral("open"));
        QVERIFY(acceptSuggestion(author, fromA, QStringLiteral("Anna")).ok());
        const ReviewThread other = byId(author, fromB);
        QCOMPARE(suggestionStateName(other), QStringLiteral("outdated"));
        QCOMPARE(other.current, QStringLiteral("CBS-cijfers"));
        QVERIFY(!acceptSuggestion(author, fromB, QStringLiteral("Anna")).ok());
        QVERIFY(textOf(author).contains(QStringLiteral("met CBS-cijfers.")));
        const Diagnostics problems = problemsOf(author);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    // The author changes the paragraph while the reviewer suggests in it: after the merge the
    // suggestion still finds its passage (another sentence changed) or says it is outdated
    // (its own words changed).
    void aSuggestionOnAParagraphAMergeChanged()
    {
        git::Repository start = edition();
        shared(QStringLiteral("samen"), start);
        const QString url = start.remoteUrl();
        git::Repository reviewer =
            git::Repository::clone(url, dir.filePath(QStringLiteral("rv"))).value();
        git::Repository author =
            git::Repository::clone(url, dir.filePath(QStringLiteral("at"))).value();

        const QString kept =
            suggest(reviewer, QStringLiteral("cijfers van het CBS"), QStringLiteral("CBS-cijfers"));
        const QString changed =
            suggest(reviewer, QStringLiteral("Tweede alinea"), QStringLiteral("Een tweede alinea"));
        reviewer.commitAll(QStringLiteral("Voorstellen"), expert).value();
        replaceIn(author,
                  QStringLiteral("Tweede alinea met cijfers van het CBS. De kern is helder."),
                  QStringLiteral("Nieuwe alinea met cijfers van het CBS. De kern is nu helder."));
        author.commitAll(QStringLiteral("Herschreven"), anna).value();
        QVERIFY(author.push().ok());
        QCOMPARE(reviewer.pull(expert).value(), git::PullOutcome::Merged);
        QVERIFY(reviewer.push().ok());
        QCOMPARE(author.pull(anna).value(), git::PullOutcome::FastForward);

        QCOMPARE(suggestionStateName(byId(author, kept)), QStringLiteral("open"));
        const ReviewThread outdated = byId(author, changed);
        QCOMPARE(suggestionStateName(outdated), QStringLiteral("outdated"));
        QCOMPARE(outdated.current, QStringLiteral("Nieuwe alinea"));
        QVERIFY(acceptSuggestion(author, kept, QStringLiteral("Anna")).ok());
        QVERIFY(textOf(author).contains(
            QStringLiteral("Nieuwe alinea met CBS-cijfers. De kern is nu helder.")));
    }
};

TRENDWEB_TEST(SuggestionTest)
#include "tst_suggestions.moc"
