#include "editionloader.h"
#include "fixtures.h"
#include "git/repository.h"
#include "review/review.h"
#include "testregistry.h"
#include "textfile.h"
#include "validation/editionchecks.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

const git::Signature anna{QStringLiteral("Anna"), QStringLiteral("anna@example.org")};
const QString eerste = QStringLiteral("lemmas/eerste.md");

// The fixture edition with a longer lemma: three paragraphs, one sentence twice.
QMap<QString, QByteArray> reviewEdition()
{
    auto files = goodEdition();
    files[eerste] = "---\ntitle: Eerste lemma\nstatus: review\nrelated: [tweede]\n---\n"
                    "Eerste alinea over één thema. De kern is helder.\n\n"
                    "Tweede alinea met cijfers van het CBS. De kern is helder.\n\n"
                    "## Relevantie voor Overijsselse gemeenten\n\nVeel.\n";
    return files;
}

void replaceIn(const git::Repository &repository, const QString &before, const QString &after)
{
    const QString file = QDir(repository.workdir()).filePath(eerste);
    QString text = readTextFile(file).value();
    QVERIFY2(text.contains(before), qPrintable(before));
    text.replace(before, after);
    QVERIFY(writeTextFile(file, text).ok());
}

ReviewThread only(const git::Repository &repository)
{
    auto threads = loadThreads(repository.workdir());
    if (!threads || threads->size() != 1)
        qFatal("expected one thread");
    placeThreads(threads.value(), repository);
    return threads->first();
}

QString passage(const git::Repository &repository, const ReviewThread &thread)
{
    return readTextFile(QDir(repository.workdir()).filePath(eerste))
        .value()
        .mid(thread.start, thread.end - thread.start);
}

} // namespace

class ReviewTest : public QObject
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

private Q_SLOTS:
    // A review file that arrives as a link to a file elsewhere is not read: the
    // validator says so, and nothing of the file outside reaches a thread.
    void aReviewFileLinkedFromOutsideIsNotRead()
    {
        QTemporaryDir dir;
        QTemporaryDir outside;
        writeFiles(dir.path(), goodEdition());
        writeFiles(outside.path(),
                   {{QStringLiteral("geheim.yaml"),
                     "thread: t1\nevent: open\nauthor: Geheim\ntime: 2026-01-01T00:00:00Z\n"
                     "message: geheime tekst\nlemma: lemmas/eerste.md\nanchor:\n  exact: x\n"
                     "  prefix: \"\"\n  suffix: \"\"\n  start: 0\n  end: 1\n  commit: \"\"\n"}});
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("review/t1"))));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("geheim.yaml")),
                            dir.filePath(QStringLiteral("review/t1/1-open.yaml"))));
        Diagnostics problems;
        const auto threads = loadThreads(dir.path(), &problems);
        QVERIFY(threads.ok());
        QVERIFY(threads->isEmpty());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, QStringLiteral("path-outside-edition"));
        QCOMPARE(problems.first().file, QStringLiteral("review/t1/1-open.yaml"));
    }

    void aCommentWithoutANameIsNotWritten()
    {
        git::Repository repository = edition();
        const QDir review(QDir(repository.workdir()).filePath(QStringLiteral("review")));
        for (const QString &nobody : {QString(), QStringLiteral("   ")}) {
            const auto added = addComment(repository, QStringLiteral("eerste"),
                                          QStringLiteral("cijfers van het CBS"), {}, nobody,
                                          QStringLiteral("Welke cijfers?"));
            QVERIFY(!added.ok());
            QVERIFY2(added.error().message.contains(QStringLiteral("naam")),
                     qPrintable(added.error().message));
        }
        QVERIFY(!review.exists());

        const QString id =
            addComment(repository, QStringLiteral("eerste"), QStringLiteral("cijfers van het CBS"),
                       {}, QStringLiteral("Expert"), QStringLiteral("Welke cijfers?"))
                .value();
        for (const QString &event :
             {QStringLiteral("reply"), QStringLiteral("resolve"), QStringLiteral("reopen")})
            QVERIFY(!writeEvent(repository.workdir(), id, event, QStringLiteral(" "),
                                QStringLiteral("Deze."))
                         .ok());
        QCOMPARE(QDir(review.filePath(id)).entryList(QDir::Files).size(), 1);
        const ReviewThread thread = only(repository);
        QCOMPARE(thread.messages.size(), 1);
        QCOMPARE(thread.author, QStringLiteral("Expert"));
    }

    void aCommentIsStoredAsAFileAndReadBack()
    {
        git::Repository repository = edition();
        const auto id =
            addComment(repository, QStringLiteral("eerste"), QStringLiteral("cijfers van het CBS"),
                       {}, QStringLiteral("Expert"), QStringLiteral("Welke \"cijfers\"?"));
        QVERIFY2(id.ok(), qPrintable(id.error().toString()));
        QVERIFY(writeEvent(repository.workdir(), id.value(), QStringLiteral("reply"),
                           QStringLiteral("Anna"), QStringLiteral("Die van 2024."))
                    .ok());
        QVERIFY(writeEvent(repository.workdir(), id.value(), QStringLiteral("resolve"),
                           QStringLiteral("Expert"), {})
                    .ok());
        Diagnostics problems;
        const auto threads = loadThreads(repository.workdir(), &problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(threads->size(), 1);
        const ReviewThread &thread = threads->first();
        QCOMPARE(thread.lemma, QStringLiteral("eerste"));
        QCOMPARE(thread.anchor.exact, QStringLiteral("cijfers van het CBS"));
        QCOMPARE(thread.anchor.commit, repository.headId());
        QVERIFY(thread.anchor.prefix.endsWith(QStringLiteral("Tweede alinea met ")));
        QCOMPARE(thread.messages.size(), 2);
        QCOMPARE(thread.messages[0].text, QStringLiteral("Welke \"cijfers\"?"));
        QCOMPARE(thread.messages[1].author, QStringLiteral("Anna"));
        QVERIFY(thread.resolved);
        QCOMPARE(QDir(repository.workdir() + QStringLiteral("/review/") + thread.id)
                     .entryList(QDir::Files)
                     .size(),
                 3);
        // A broken comment file is reported by the edition's checks, with its place.
        QVERIFY(
            writeTextFile(
                repository.workdir() + QStringLiteral("/review/") + thread.id +
                    QStringLiteral("/kapot.yaml"),
                QStringLiteral("thread: %1\nevent: applaus\nauthor: X\ntime: nu\n").arg(thread.id))
                .ok());
        const Diagnostics found = allDiagnostics(loadEdition(repository.workdir()).value());
        QVERIFY(std::any_of(found.begin(), found.end(), [](const Diagnostic &d) {
            return d.code == QLatin1String("schema") &&
                   d.file.endsWith(QLatin1String("kapot.yaml")) && d.line == 2;
        }));
        // A passage that occurs twice must be quoted at greater length.
        QVERIFY(!addComment(repository, QStringLiteral("eerste"),
                            QStringLiteral("De kern is helder."), {}, QStringLiteral("Expert"),
                            QStringLiteral("?"))
                     .ok());
    }

    void commentSurvivesEditAbove()
    {
        git::Repository repository = edition();
        addComment(repository, QStringLiteral("eerste"), QStringLiteral("cijfers van het CBS"), {},
                   QStringLiteral("Expert"), QStringLiteral("Bron?"))
            .value();
        replaceIn(repository, QStringLiteral("Eerste alinea over één thema."),
                  QStringLiteral("Eerste alinea, nu veel langer, over één belangrijk thema."));
        repository.commitAll(QStringLiteral("Langer"), anna).value();
        const ReviewThread thread = only(repository);
        QCOMPARE(thread.state, ReviewThread::State::Moved);
        QCOMPARE(passage(repository, thread), QStringLiteral("cijfers van het CBS"));
    }

    void commentSurvivesAnEditInAnUnrelatedParagraph()
    {
        git::Repository repository = edition();
        addComment(repository, QStringLiteral("eerste"), QStringLiteral("over één thema"), {},
                   QStringLiteral("Expert"), QStringLiteral("Welk?"))
            .value();
        replaceIn(repository, QStringLiteral("\nVeel.\n"), QStringLiteral("\nHeel veel.\n"));
        const ReviewThread thread = only(repository);
        QCOMPARE(thread.state, ReviewThread::State::Anchored);
        QCOMPARE(passage(repository, thread), QStringLiteral("over één thema"));
    }

    void commentIsOrphanedWhenItsPassageIsDeleted()
    {
        git::Repository repository = edition();
        addComment(repository, QStringLiteral("eerste"), QStringLiteral("cijfers van het CBS"), {},
                   QStringLiteral("Expert"), QStringLiteral("Bron?"))
            .value();
        replaceIn(repository,
                  QStringLiteral("Tweede alinea met cijfers van het CBS. De kern is helder.\n\n"),
                  QString());
        const ReviewThread thread = only(repository);
        QCOMPARE(thread.state, ReviewThread::State::Orphaned);
        QCOMPARE(thread.start, -1);
    }

    void commentStaysWithTheRightOccurrenceOfItsQuote()
    {
        git::Repository repository = edition();
        // The second "De kern is helder." is meant: its revision names the place by position.
        const QString text = repository.fileAt(QStringLiteral("HEAD"), eerste).value();
        const int second = int(text.lastIndexOf(QStringLiteral("De kern is helder.")));
        const Anchor anchor = makeAnchor(text, second, second + 18, repository.headId());
        writeEvent(repository.workdir(), {}, QStringLiteral("open"), QStringLiteral("Expert"),
                   QStringLiteral("Dubbel?"), QStringLiteral("eerste"), anchor)
            .value();
        replaceIn(repository, QStringLiteral("Eerste alinea"),
                  QStringLiteral("De allereerste alinea"));
        const ReviewThread thread = only(repository);
        QCOMPARE(thread.state, ReviewThread::State::Moved);
        const QString now = readTextFile(QDir(repository.workdir()).filePath(eerste)).value();
        QCOMPARE(thread.start, int(now.lastIndexOf(QStringLiteral("De kern is helder."))));
        QVERIFY(now.mid(0, thread.start).contains(QStringLiteral("Tweede alinea")));
    }

    void aChangedPassageIsNotMovedToALookAlike()
    {
        git::Repository repository = edition();
        const QString text = repository.fileAt(QStringLiteral("HEAD"), eerste).value();
        const int second = int(text.lastIndexOf(QStringLiteral("De kern is helder.")));
        writeEvent(repository.workdir(), {}, QStringLiteral("open"), QStringLiteral("Expert"),
                   QStringLiteral("?"), QStringLiteral("eerste"),
                   makeAnchor(text, second, second + 18, repository.headId()))
            .value();
        // The commented sentence changes; the same sentence still stands in the first paragraph.
        replaceIn(repository, QStringLiteral("van het CBS. De kern is helder."),
                  QStringLiteral("van het CBS. De kern is anders."));
        const ReviewThread thread = only(repository);
        QCOMPARE(thread.state, ReviewThread::State::Orphaned);
    }

    void commentSurvivesAMergeOfAnotherAuthorsChanges()
    {
        const QString shared = dir.filePath(QStringLiteral("gedeeld.git"));
        QVERIFY(git::Repository::init(shared, true).ok());
        git::Repository start = edition();
        QVERIFY(start.setRemote(shared).ok());
        QVERIFY(start.push().ok());
        git::Repository reviewer =
            git::Repository::clone(shared, dir.filePath(QStringLiteral("reviewer"))).value();
        git::Repository author =
            git::Repository::clone(shared, dir.filePath(QStringLiteral("auteur"))).value();

        addComment(reviewer, QStringLiteral("eerste"), QStringLiteral("cijfers van het CBS"), {},
                   QStringLiteral("Expert"), QStringLiteral("Bron?"))
            .value();
        reviewer
            .commitAll(QStringLiteral("Opmerking"),
                       {QStringLiteral("Expert"), QStringLiteral("e@x.nl")})
            .value();
        replaceIn(author, QStringLiteral("Eerste alinea over één thema."),
                  QStringLiteral("Een herschreven eerste alinea over één thema."));
        author.commitAll(QStringLiteral("Herschreven"), anna).value();
        QVERIFY(author.push().ok());
        QCOMPARE(reviewer.pull({QStringLiteral("Expert"), QStringLiteral("e@x.nl")}).value(),
                 git::PullOutcome::Merged);
        const ReviewThread thread = only(reviewer);
        QCOMPARE(thread.state, ReviewThread::State::Moved);
        QCOMPARE(passage(reviewer, thread), QStringLiteral("cijfers van het CBS"));
    }

    void twoReviewersCommentAtOnceWithoutConflict()
    {
        const QString shared = dir.filePath(QStringLiteral("samen.git"));
        QVERIFY(git::Repository::init(shared, true).ok());
        git::Repository start = edition();
        const QString id =
            addComment(start, QStringLiteral("eerste"), QStringLiteral("over één thema"), {},
                       QStringLiteral("Expert"), QStringLiteral("Welk?"))
                .value();
        start.commitAll(QStringLiteral("Opmerking"), anna).value();
        QVERIFY(start.setRemote(shared).ok());
        QVERIFY(start.push().ok());
        git::Repository a =
            git::Repository::clone(shared, dir.filePath(QStringLiteral("a"))).value();
        git::Repository b =
            git::Repository::clone(shared, dir.filePath(QStringLiteral("b"))).value();

        writeEvent(a.workdir(), id, QStringLiteral("reply"), QStringLiteral("A"),
                   QStringLiteral("Antwoord van A"))
            .value();
        addComment(a, QStringLiteral("eerste"), QStringLiteral("cijfers van het CBS"), {},
                   QStringLiteral("A"), QStringLiteral("Nieuw van A"))
            .value();
        a.commitAll(QStringLiteral("A"), anna).value();
        QVERIFY(a.push().ok());
        writeEvent(b.workdir(), id, QStringLiteral("reply"), QStringLiteral("B"),
                   QStringLiteral("Antwoord van B"))
            .value();
        writeEvent(b.workdir(), id, QStringLiteral("resolve"), QStringLiteral("B"), {}).value();
        b.commitAll(QStringLiteral("B"), anna).value();
        QCOMPARE(b.pull(anna).value(), git::PullOutcome::Merged); // no conflict: separate files
        QVERIFY(b.push().ok());
        QCOMPARE(a.pull(anna).value(), git::PullOutcome::FastForward);

        for (const git::Repository *clone : {&a, &b}) {
            const auto threads = loadThreads(clone->workdir()).value();
            QCOMPARE(threads.size(), 2);
            const auto first = std::find_if(threads.begin(), threads.end(),
                                            [&](const ReviewThread &t) { return t.id == id; });
            QCOMPARE(first->messages.size(), 3); // the question and both answers
            QVERIFY(first->resolved);
        }
    }

    void theCliListsThreadsAndWritesAReport()
    {
        git::Repository repository = edition();
        QProcess process;
        process.setWorkingDirectory(repository.workdir());
        process.start(QStringLiteral(TRENDWEB_CLI_BIN),
                      {QStringLiteral("comment"), QStringLiteral("add"), QStringLiteral("eerste"),
                       QStringLiteral("--quote"), QStringLiteral("cijfers van het CBS"),
                       QStringLiteral("-m"), QStringLiteral("Welke cijfers?"),
                       QStringLiteral("--author"), QStringLiteral("Expert")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString id = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        process.start(QStringLiteral(TRENDWEB_CLI_BIN),
                      {QStringLiteral("comment"), QStringLiteral("reply"), id, QStringLiteral("-m"),
                       QStringLiteral("Die van 2024."), QStringLiteral("--author"),
                       QStringLiteral("Anna")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        process.start(
            QStringLiteral(TRENDWEB_CLI_BIN),
            {QStringLiteral("comments"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(process.waitForFinished(30000));
        const QString json = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(json.contains(QStringLiteral("\"state\": \"anchored\"")), qPrintable(json));
        QVERIFY(json.contains(QStringLiteral("Die van 2024.")));
        // The lemma may be named by its slug, its file name or its path in the edition.
        for (const QString &name : {QStringLiteral("eerste"), QStringLiteral("eerste.md"),
                                    QStringLiteral("lemmas/eerste.md")}) {
            process.start(QStringLiteral(TRENDWEB_CLI_BIN), {QStringLiteral("comments"), name});
            QVERIFY(process.waitForFinished(30000));
            QVERIFY2(process.readAllStandardOutput().contains(id.toUtf8()), qPrintable(name));
        }
        process.start(
            QStringLiteral(TRENDWEB_CLI_BIN),
            {QStringLiteral("review-report"), QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY(process.waitForFinished(30000));
        const QString html = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY(html.contains(QStringLiteral("<blockquote>cijfers van het CBS</blockquote>")));
        QVERIFY(html.contains(QStringLiteral("Welke cijfers?")));
        process.start(
            QStringLiteral(TRENDWEB_CLI_BIN),
            {QStringLiteral("comment"), QStringLiteral("resolve"), QStringLiteral("bestaat-niet")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
    }
};

TRENDWEB_TEST(ReviewTest)
#include "tst_review.moc"
