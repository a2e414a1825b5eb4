#include "fixtures.h"
#include "git/repository.h"
#include "reviewcontroller.h"
#include "testregistry.h"
#include "textfile.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

// The Opmerkingen panel's controller on a real repository.
class ReviewControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commentsOnTheEditorTextArePlacedMarkedAndAnswered()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        auto repository = git::Repository::init(dir.path()).value();
        repository
            .commitAll(QStringLiteral("Begin"), {QStringLiteral("A"), QStringLiteral("a@b.nl")})
            .value();
        const QString file = dir.filePath(QStringLiteral("lemmas/eerste.md"));

        ReviewController reviews;
        QAbstractItemModelTester tester(reviews.threads(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        reviews.setEditionRoot(dir.path());
        reviews.setLemmaPath(QStringLiteral("lemmas/eerste.md"));
        reviews.setAuthor(QStringLiteral("Expert"));
        QCOMPARE(reviews.threads()->rowCount(), 0);

        // The editor holds unsaved text above the passage; the comment still finds its version.
        QString text = readTextFile(file).value();
        text.replace(QStringLiteral("De thema’s"), QStringLiteral("Nieuw. De thema’s"));
        const int start = int(text.indexOf(QStringLiteral("Nog een zin.")));
        QVERIFY(reviews.addComment(text, start, start + 12, QStringLiteral("Welke zin?")));
        QCOMPARE(reviews.threads()->rowCount(), 1);
        const QModelIndex thread = reviews.threads()->index(0);
        QCOMPARE(thread.data(ThreadListModel::QuoteRole).toString(),
                 QStringLiteral("Nog een zin."));
        QCOMPARE(thread.data(ThreadListModel::StateRole).toString(), QStringLiteral("anchored"));
        const int markStart = reviews.marks().value(0).toInt();
        QCOMPARE(readTextFile(file).value().mid(markStart, 12), QStringLiteral("Nog een zin."));
        // The preview shows it as a margin note at the passage.
        QCOMPARE(reviews.notes().size(), 1);
        const QVariantMap note = reviews.notes().constFirst().toMap();
        QCOMPARE(note.value(QStringLiteral("start")).toInt(), markStart);
        QCOMPARE(note.value(QStringLiteral("author")).toString(), QStringLiteral("Expert"));
        QCOMPARE(note.value(QStringLiteral("text")).toString(), QStringLiteral("Welke zin?"));
        QCOMPARE(note.value(QStringLiteral("replies")).toInt(), 0);

        // A passage that exists only in the editor cannot be commented on yet.
        const int fresh = int(text.indexOf(QStringLiteral("Nieuw.")));
        QVERIFY(!reviews.addComment(text, fresh, fresh + 6, QStringLiteral("?")));
        QVERIFY(reviews.errorMessage().contains(QStringLiteral("vastgelegd")));

        const QString id = thread.data(ThreadListModel::IdRole).toString();
        QVERIFY(reviews.reply(id, QStringLiteral("Deze.")));
        QVERIFY(reviews.threads()
                    ->index(0)
                    .data(ThreadListModel::MessagesRole)
                    .toString()
                    .contains(QStringLiteral("Deze.")));
        QVERIFY(reviews.resolve(id));
        QCOMPARE(reviews.threads()->rowCount(), 0); // the filter shows open threads
        QVERIFY(reviews.marks().isEmpty());
        QVERIFY(reviews.notes().isEmpty()); // a resolved thread leaves the margin
        reviews.setFilter(QStringLiteral("resolved"));
        QCOMPARE(reviews.threads()->rowCount(), 1);
        QVERIFY(reviews.reopen(id));
        QCOMPARE(reviews.threads()->rowCount(), 0);
        reviews.setFilter(QStringLiteral("open"));
        QCOMPARE(reviews.threads()->rowCount(), 1);

        // A comment on an older version, opened read-only.
        const QString old = repository.headId();
        QVERIFY(
            writeTextFile(file, readTextFile(file).value() + QStringLiteral("\nNieuwe alinea.\n"))
                .ok());
        repository
            .commitAll(QStringLiteral("Meer"), {QStringLiteral("A"), QStringLiteral("a@b.nl")})
            .value();
        const QString oldText = repository.fileAt(old, QStringLiteral("lemmas/eerste.md")).value();
        const int veel = int(oldText.indexOf(QStringLiteral("Veel.")));
        QVERIFY(reviews.addCommentAt(old, veel, veel + 5, QStringLiteral("Hoeveel?")));
        QCOMPARE(reviews.threads()->rowCount(), 2);
        reviews.setFilter(QStringLiteral("orphaned"));
        QCOMPARE(reviews.threads()->rowCount(), 0);
    }

    // A suggestion on the editor's text: listed with its kind and wording, marked for the
    // text, placed on the unsaved text when accepted, refused when its passage changed there
    // unless the author has looked, and decided under the author's name.
    void suggestionsOnTheEditorTextAreListedAcceptedAndRejected()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        auto repository = git::Repository::init(dir.path()).value();
        repository
            .commitAll(QStringLiteral("Begin"), {QStringLiteral("A"), QStringLiteral("a@b.nl")})
            .value();
        const QString file = dir.filePath(QStringLiteral("lemmas/eerste.md"));
        ReviewController reviews;
        QAbstractItemModelTester tester(reviews.threads(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        reviews.setEditionRoot(dir.path());
        reviews.setLemmaPath(QStringLiteral("lemmas/eerste.md"));

        QString text = readTextFile(file).value();
        const int start = int(text.indexOf(QStringLiteral("Nog een zin.")));
        // Not without a name.
        QVERIFY(!reviews.addSuggestion(text, start, start + 12, QStringLiteral("Een zin."), {}));
        reviews.setAuthor(QStringLiteral("Expert"));
        QVERIFY(reviews.addSuggestion(text, start, start + 12, QStringLiteral("Een zin."),
                                      QStringLiteral("Korter.")));
        QCOMPARE(readTextFile(file).value(), text); // a suggestion, not an edit
        const QModelIndex row = reviews.threads()->index(0);
        QCOMPARE(row.data(ThreadListModel::KindRole).toString(), QStringLiteral("suggestion"));
        QCOMPARE(row.data(ThreadListModel::ReplacementRole).toString(), QStringLiteral("Een zin."));
        QCOMPARE(row.data(ThreadListModel::SuggestionStateRole).toString(), QStringLiteral("open"));
        QCOMPARE(row.data(ThreadListModel::AuthorRole).toString(), QStringLiteral("Expert"));
        QVERIFY(reviews.marks().isEmpty()); // not a comment's background
        QCOMPARE(reviews.suggestionMarks().size(), 1);
        const QVariantMap mark = reviews.suggestionMarks().constFirst().toMap();
        QCOMPARE(mark.value(QStringLiteral("start")).toInt(), start);
        QCOMPARE(mark.value(QStringLiteral("end")).toInt(), start + 12);
        QVERIFY(reviews.notes()
                    .constFirst()
                    .toMap()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("Een zin.")));
        const QString id = row.data(ThreadListModel::IdRole).toString();

        // Unsaved text above the passage: the acceptance is placed on the editor's text.
        QString edited = text;
        edited.replace(QStringLiteral("De thema’s"), QStringLiteral("Nieuw. De thema’s"));
        QVariantMap plan = reviews.acceptance(id, edited);
        QCOMPARE(plan.value(QStringLiteral("start")).toInt(), start + 7);
        QCOMPARE(plan.value(QStringLiteral("end")).toInt(), start + 19);
        QCOMPARE(plan.value(QStringLiteral("replacement")).toString(), QStringLiteral("Een zin."));
        // The passage changed in the editor: only after a look.
        QString rewritten = text;
        rewritten.replace(QStringLiteral("Nog een zin."), QStringLiteral("Nog een andere zin."));
        plan = reviews.acceptance(id, rewritten);
        QVERIFY(plan.contains(QStringLiteral("error")));
        QVERIFY2(reviews.errorMessage().contains(QStringLiteral("Nog een andere zin")),
                 qPrintable(reviews.errorMessage()));
        plan = reviews.acceptance(id, rewritten, true);
        QVERIFY(!plan.contains(QStringLiteral("error")));
        QCOMPARE(rewritten.mid(plan.value(QStringLiteral("start")).toInt(),
                               plan.value(QStringLiteral("end")).toInt() -
                                   plan.value(QStringLiteral("start")).toInt()),
                 QStringLiteral("Nog een andere zin."));

        // Decided: accepted, no longer open, no longer marked; not twice.
        QVERIFY(reviews.decide(id, QStringLiteral("accept"), {}));
        QCOMPARE(reviews.threads()->rowCount(), 0);
        QVERIFY(reviews.suggestionMarks().isEmpty());
        QVERIFY(reviews.acceptance(id, text).contains(QStringLiteral("error")));
        QVERIFY(!reviews.decide(id, QStringLiteral("reject"), {}));

        // An insertion at a point, then rejected with a reply.
        const int point = int(text.indexOf(QStringLiteral("\n\nVeel."))) + 7;
        QVERIFY(reviews.addSuggestion(text, point, point, QStringLiteral(" Heel veel."), {}));
        const QString insertion =
            reviews.threads()->index(0).data(ThreadListModel::IdRole).toString();
        QCOMPARE(
            reviews.suggestionMarks().constFirst().toMap().value(QStringLiteral("start")).toInt(),
            point);
        QVERIFY(reviews.decide(insertion, QStringLiteral("reject"), QStringLiteral("Nee.")));
        reviews.setFilter(QStringLiteral("all"));
        QCOMPARE(reviews.threads()->rowCount(), 2);
        QStringList states;
        for (int i = 0; i < 2; ++i)
            states << reviews.threads()
                          ->index(i)
                          .data(ThreadListModel::SuggestionStateRole)
                          .toString();
        states.sort();
        QCOMPARE(states, (QStringList{QStringLiteral("accepted"), QStringLiteral("rejected")}));
    }

    // The threads follow the editor's unsaved text once typing pauses (not on every
    // keystroke), and a review file written by another program is read without a new lemma.
    void threadsFollowTheUnsavedTextAndTheDisk()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), goodEdition());
        auto repository = git::Repository::init(dir.path()).value();
        repository
            .commitAll(QStringLiteral("Begin"), {QStringLiteral("A"), QStringLiteral("a@b.nl")})
            .value();
        const QString file = dir.filePath(QStringLiteral("lemmas/eerste.md"));
        ReviewController reviews;
        QAbstractItemModelTester tester(reviews.threads(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        reviews.setEditionRoot(dir.path());
        reviews.setLemmaPath(QStringLiteral("lemmas/eerste.md"));
        reviews.setAuthor(QStringLiteral("Expert"));
        const QString text = readTextFile(file).value();
        reviews.setText(text);
        const int start = int(text.indexOf(QStringLiteral("Nog een zin.")));
        QVERIFY(reviews.addSuggestion(text, start, start + 12, QStringLiteral("Een zin."), {}));
        QCOMPARE(reviews.suggestionMarks().size(), 1);

        // Typed above it, not saved: the mark moves with its words, after a pause.
        const int body = int(text.indexOf(QStringLiteral("\n---\n"))) + 5;
        QSignalSpy placed(&reviews, &ReviewController::threadsChanged);
        reviews.setText(text.left(body) + QStringLiteral("Vooraf. ") + text.mid(body));
        QCOMPARE(placed.size(), 0); // not on the keystroke
        QVERIFY(placed.wait(5000));
        QCOMPARE(
            reviews.suggestionMarks().constFirst().toMap().value(QStringLiteral("start")).toInt(),
            start + 8);
        // Its passage changed, not saved: verouderd, no longer marked in the text.
        QString changed = text;
        changed.replace(QStringLiteral("Nog een zin."), QStringLiteral("Nog twee zinnen."));
        reviews.setText(changed);
        QVERIFY(placed.wait(5000));
        QCOMPARE(reviews.threads()->index(0).data(ThreadListModel::SuggestionStateRole).toString(),
                 QStringLiteral("outdated"));
        QVERIFY(reviews.suggestionMarks().isEmpty());

        // Decided on disk by another program: refresh reads it, without another lemma.
        const QString id = reviews.threads()->index(0).data(ThreadListModel::IdRole).toString();
        QVERIFY(decideSuggestion(dir.path(), id, QStringLiteral("reject"), QStringLiteral("Ander"))
                    .ok());
        reviews.refresh();
        QCOMPARE(reviews.threads()->rowCount(), 0);
    }
};

TRENDWEB_TEST(ReviewControllerTest)
#include "tst_reviewcontroller.moc"
