#include "fixtures.h"
#include "git/repository.h"
#include "testregistry.h"
#include "textfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The command line as someone with no Git identity of their own: only --author names anyone.
Run trendwebIn(const QString &directory, const QStringList &arguments)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral(TRENDWEB_CLI_BIN), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const git::Signature anna{QStringLiteral("Anna"), QStringLiteral("anna@example.org")};
const git::Signature expert{QStringLiteral("Expert"), QStringLiteral("expert@example.org")};
const QString eerste = QStringLiteral("lemmas/eerste.md");
const QByteArray body = "Eerste alinea over één thema. De kern is helder.\n\n"
                        "Tweede alinea met cijfers van het CBS. De kern is helder.\n\n"
                        "## Relevantie voor Overijsselse gemeenten\n\nVeel.\n";
const QByteArray frontMatter = "---\ntitle: Eerste lemma\nstatus: review\nrelated: [tweede]\n---\n";

QJsonObject suggestionIn(const QJsonArray &threads, const QString &id)
{
    for (const QJsonValue &value : threads) {
        if (value[QLatin1String("id")].toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

class SuggestionCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    QJsonArray listed(const QString &clone)
    {
        const Run run = trendwebIn(clone, {QStringLiteral("comments"), QStringLiteral("--format"),
                                           QStringLiteral("json")});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8())[QLatin1String("threads")].toArray();
    }

private Q_SLOTS:
    // The reviewer suggests three changes on the command line and sends them; the author
    // fetches, accepts two, rejects one; the file holds exactly the accepted wording, the
    // edition validates throughout, and the report lists what is still open.
    void suggestAcceptAndRejectOnTheCommandLine()
    {
        const QString bare = dir.filePath(QStringLiteral("gedeeld.git"));
        QVERIFY(git::Repository::init(bare, true).ok());
        const QString root = dir.filePath(QStringLiteral("begin"));
        auto files = goodEdition();
        files[eerste] = frontMatter + body;
        writeFiles(root, files);
        git::Repository start = git::Repository::init(root).value();
        start.commitAll(QStringLiteral("Begin"), anna).value();
        QVERIFY(start.setRemote(bare).ok());
        QVERIFY(start.push().ok());
        git::Repository reviewer =
            git::Repository::clone(bare, dir.filePath(QStringLiteral("reviewer"))).value();
        git::Repository author =
            git::Repository::clone(bare, dir.filePath(QStringLiteral("auteur"))).value();
        const QString r = reviewer.workdir();
        const QString by[] = {QStringLiteral("--author"), QStringLiteral("Expert")};

        const Run replace =
            trendwebIn(r, {QStringLiteral("suggest"), QStringLiteral("eerste"),
                           QStringLiteral("--quote"), QStringLiteral("cijfers van het CBS"),
                           QStringLiteral("--replace"), QStringLiteral("CBS-cijfers"),
                           QStringLiteral("-m"), QStringLiteral("Korter."), by[0], by[1]});
        QVERIFY2(replace.exitCode == 0, qPrintable(replace.err));
        const QString replaceId = replace.out.trimmed();
        const Run remove =
            trendwebIn(r, {QStringLiteral("suggest"), QStringLiteral("lemmas/eerste.md"),
                           QStringLiteral("--quote"), QStringLiteral(" over één thema"),
                           QStringLiteral("--replace"), QString(), by[0], by[1]});
        QVERIFY2(remove.exitCode == 0, qPrintable(remove.err));
        const QString removeId = remove.out.trimmed();
        const Run insert = trendwebIn(r, {QStringLiteral("suggest"), QStringLiteral("eerste"),
                                          QStringLiteral("--after"), QStringLiteral("\nVeel"),
                                          QStringLiteral("--replace"),
                                          QStringLiteral(" en gevarieerd"), by[0], by[1]});
        QVERIFY2(insert.exitCode == 0, qPrintable(insert.err));
        const QString insertId = insert.out.trimmed();
        // Refused: a passage that is not there, one that is there twice, no --replace.
        for (const QStringList &wrong :
             {QStringList{QStringLiteral("--quote"), QStringLiteral("niet aanwezig"),
                          QStringLiteral("--replace"), QStringLiteral("x")},
              QStringList{QStringLiteral("--quote"), QStringLiteral("De kern is helder."),
                          QStringLiteral("--replace"), QStringLiteral("x")},
              QStringList{QStringLiteral("--quote"), QStringLiteral("Veel")}}) {
            const Run refused =
                trendwebIn(r, QStringList{QStringLiteral("suggest"), QStringLiteral("eerste")} +
                                  wrong + QStringList{by[0], by[1]});
            QCOMPARE(refused.exitCode, 2);
        }
        const Run valid = trendwebIn(r, {QStringLiteral("validate")});
        QVERIFY2(valid.exitCode == 0, qPrintable(valid.out + valid.err));
        reviewer.commitAll(QStringLiteral("Voorstellen"), expert).value();
        QVERIFY(reviewer.push().ok());

        QCOMPARE(author.pull(anna).value(), git::PullOutcome::FastForward);
        const QString a = author.workdir();
        QJsonArray threads = listed(a);
        QCOMPARE(threads.size(), 3);
        for (const QString &id : {replaceId, removeId, insertId}) {
            const QJsonObject s = suggestionIn(threads, id);
            QCOMPARE(s[QLatin1String("kind")].toString(), QStringLiteral("suggestion"));
            QCOMPARE(s[QLatin1String("state")].toString(), QStringLiteral("open"));
            QCOMPARE(s[QLatin1String("author")].toString(), QStringLiteral("Expert"));
        }
        QCOMPARE(suggestionIn(threads, replaceId)[QLatin1String("replacement")].toString(),
                 QStringLiteral("CBS-cijfers"));
        QCOMPARE(suggestionIn(threads, insertId)[QLatin1String("quote")].toString(), QString());

        // The report for the editorial meeting: before and after.
        const Run report = trendwebIn(a, {QStringLiteral("review-report")});
        QVERIFY(report.out.contains(QStringLiteral("~~cijfers van het CBS~~")));
        QVERIFY(report.out.contains(QStringLiteral("CBS-cijfers")));
        QVERIFY2(report.out.contains(QStringLiteral("Voorstel van Expert")),
                 qPrintable(report.out));
        // Lemmas named as the edition names them, not by their file name.
        QVERIFY2(report.out.contains(QStringLiteral("## A · Eerste lemma")),
                 qPrintable(report.out));
        const Run html = trendwebIn(a, {QStringLiteral("review-report"), QStringLiteral("--format"),
                                        QStringLiteral("html")});
        QVERIFY(html.out.contains(QStringLiteral("<del>cijfers van het CBS</del>")));
        QVERIFY(html.out.contains(QStringLiteral("<ins>CBS-cijfers</ins>")));

        const QString as[] = {QStringLiteral("--author"), QStringLiteral("Anna")};
        QCOMPARE(trendwebIn(a, {QStringLiteral("suggestion"), QStringLiteral("accept"), replaceId,
                                as[0], as[1]})
                     .exitCode,
                 0);
        QCOMPARE(trendwebIn(a, {QStringLiteral("suggestion"), QStringLiteral("reject"), removeId,
                                QStringLiteral("-m"), QStringLiteral("Die blijft."), as[0], as[1]})
                     .exitCode,
                 0);
        QCOMPARE(trendwebIn(a, {QStringLiteral("suggestion"), QStringLiteral("accept"), insertId,
                                as[0], as[1]})
                     .exitCode,
                 0);
        const Run again = trendwebIn(
            a, {QStringLiteral("suggestion"), QStringLiteral("reject"), replaceId, as[0], as[1]});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("al overgenomen")), qPrintable(again.err));
        QCOMPARE(trendwebIn(a, {QStringLiteral("suggestion"), QStringLiteral("accept"),
                                QStringLiteral("bestaat-niet"), as[0], as[1]})
                     .exitCode,
                 2);

        QCOMPARE(readTextFile(QDir(a).filePath(eerste)).value(),
                 QString::fromUtf8(frontMatter) +
                     QStringLiteral("Eerste alinea over één thema. De kern is helder.\n\n"
                                    "Tweede alinea met CBS-cijfers. De kern is helder.\n\n"
                                    "## Relevantie voor Overijsselse gemeenten\n\n"
                                    "Veel en gevarieerd.\n"));
        threads = listed(a);
        QCOMPARE(suggestionIn(threads, replaceId)[QLatin1String("state")].toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(suggestionIn(threads, removeId)[QLatin1String("state")].toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(suggestionIn(threads, removeId)[QLatin1String("decidedBy")].toString(),
                 QStringLiteral("Anna"));
        QVERIFY(!trendwebIn(a, {QStringLiteral("review-report")})
                     .out.contains(QStringLiteral("CBS-cijfers")));
        const Run validAfter = trendwebIn(a, {QStringLiteral("validate")});
        QVERIFY2(validAfter.exitCode == 0, qPrintable(validAfter.out + validAfter.err));
    }

    // A passage the author rewrote is outdated: listed with how it reads now, accepted only
    // with --force; one whose passage was deleted is orphaned and never applied.
    void outdatedAndOrphanedOnTheCommandLine()
    {
        const QString root = dir.filePath(QStringLiteral("alleen"));
        auto files = goodEdition();
        files[eerste] = frontMatter + body;
        writeFiles(root, files);
        git::Repository repository = git::Repository::init(root).value();
        repository.commitAll(QStringLiteral("Begin"), anna).value();
        const auto suggest = [&](const QString &quote) {
            return trendwebIn(root, {QStringLiteral("suggest"), QStringLiteral("eerste"),
                                     QStringLiteral("--quote"), quote, QStringLiteral("--replace"),
                                     QStringLiteral("iets anders"), QStringLiteral("--author"),
                                     QStringLiteral("Expert")})
                .out.trimmed();
        };
        const QString rewritten = suggest(QStringLiteral("cijfers van het CBS"));
        const QString deleted = suggest(QStringLiteral("over één thema"));
        QString text = readTextFile(QDir(root).filePath(eerste)).value();
        text.replace(QStringLiteral("van het CBS."), QStringLiteral("van het RIVM."));
        text.replace(QStringLiteral(" over één thema"), QString());
        QVERIFY(writeTextFile(QDir(root).filePath(eerste), text).ok());

        const QJsonArray threads = listed(root);
        QCOMPARE(suggestionIn(threads, rewritten)[QLatin1String("state")].toString(),
                 QStringLiteral("outdated"));
        QCOMPARE(suggestionIn(threads, rewritten)[QLatin1String("current")].toString(),
                 QStringLiteral("cijfers van het RIVM"));
        QCOMPARE(suggestionIn(threads, rewritten)[QLatin1String("difference")].toString(),
                 QStringLiteral("cijfers van het [-CBS-]{+RIVM+}"));
        QCOMPARE(suggestionIn(threads, deleted)[QLatin1String("state")].toString(),
                 QStringLiteral("orphaned"));
        const Run plain = trendwebIn(root, {QStringLiteral("comments")});
        QVERIFY2(plain.out.contains(QStringLiteral("nu: cijfers van het RIVM")),
                 qPrintable(plain.out));

        const QStringList as = {QStringLiteral("--author"), QStringLiteral("Anna")};
        const Run blind = trendwebIn(
            root,
            QStringList{QStringLiteral("suggestion"), QStringLiteral("accept"), rewritten} + as);
        QCOMPARE(blind.exitCode, 2);
        QVERIFY2(blind.err.contains(QStringLiteral("veranderd")), qPrintable(blind.err));
        QCOMPARE(readTextFile(QDir(root).filePath(eerste)).value(), text);
        QCOMPARE(
            trendwebIn(root, QStringList{QStringLiteral("suggestion"), QStringLiteral("accept"),
                                         deleted, QStringLiteral("--force")} +
                                 as)
                .exitCode,
            2);
        QCOMPARE(readTextFile(QDir(root).filePath(eerste)).value(), text);
        QCOMPARE(
            trendwebIn(root, QStringList{QStringLiteral("suggestion"), QStringLiteral("accept"),
                                         rewritten, QStringLiteral("--force")} +
                                 as)
                .exitCode,
            0);
        QVERIFY(readTextFile(QDir(root).filePath(eerste))
                    .value()
                    .contains(QStringLiteral("Tweede alinea met iets anders. De kern")));
    }
};

TRENDWEB_TEST(SuggestionCliTest)
#include "tst_suggestioncli.moc"
