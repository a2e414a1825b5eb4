#include "fixtures.h"
#include "spelling/spellcheck.h"
#include "spelling/speller.h"
#include "spelling/spelltokenizer.h"
#include "testregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;
using namespace trendweb::test;

namespace {

QStringList words(const QString &text)
{
    QStringList list;
    for (const SpellToken &token : spellTokens(text))
        list.append(token.word);
    return list;
}

} // namespace

class SpellingTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<Speller> speller;

private Q_SLOTS:
    void initTestCase()
    {
        auto created = Speller::create();
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        speller = std::move(created).value();
    }

    void tokenizerSkipsWhatIsNotProse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("apostrophe and hyphen")
            << "De thema’s van Noord-Holland en e-Health."
            << QStringList{"De", "thema’s", "van", "Noord-Holland", "en", "e-Health"};
        QTest::newRow("numbers") << "In 2025 woonden 53 m2 en Platform31 er."
                                 << QStringList{"In", "woonden", "en", "er"};
        QTest::newRow("url and autolink")
            << "Zie https://www.cbs.nl/nl-nl/cijfers en <https://pbl.nl/rapportt> of www.vng.nl."
            << QStringList{"Zie", "en", "of"};
        QTest::newRow("link target") << "Lees [het rapportt](https://example.org/rapportt) nu."
                                     << QStringList{"Lees", "het", "rapportt", "nu"};
        QTest::newRow("footnote labels") << "Zin.[^bronnn] Meer.\n[^bronnn]: Eigen tekst."
                                         << QStringList{"Zin", "Meer", "Eigen", "tekst"};
        QTest::newRow("figure marker")
            << "Zin.\n\n[[figuur: drie-strategieen]]\n\nMeer." << QStringList{"Zin", "Meer"};
        QTest::newRow("code and html") << "Een `codee` en <span class=\"xx\">tekst</span>."
                                       << QStringList{"Een", "en", "tekst"};
        QTest::newRow("fenced code")
            << "Voor\n```\nniett gecontroleerd\n```\nNa" << QStringList{"Voor", "Na"};
        QTest::newRow("front matter keys and values")
            << "---\ntitle: Één titel\nstatus: draft\nrelated: [woningbouw]\nfigures:\n  - id: "
               "kaartt\n"
               "    caption: Een kaart\n    source: CBS\n---\nTekst."
            << QStringList{"Één", "titel", "Een", "kaart", "CBS", "Tekst"};
        QTest::newRow("abbreviation") << "Dat is o.a. zo." << QStringList{"Dat", "is", "o.a", "zo"};
        QTest::newRow("parenthesised infix")
            << "Bestaans(on)zekerheid blijft." << QStringList{"Bestaans(on)zekerheid", "blijft"};
        QTest::newRow("suspended compound")
            << "sport- en cultuurcoaches" << QStringList{"en", "cultuurcoaches"};
        QTest::newRow("email and domain")
            << "Mail info@trendbureau.nl of kijk op submarinecablemap.com."
            << QStringList{"Mail", "of", "kijk", "op"};
    }

    void tokenizerSkipsWhatIsNotProse()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(words(text), expected);
    }

    void positionsCountCharacters()
    {
        const QString text = QStringLiteral("---\ntitle: Één\n---\nCafé’s en de fouttt hier");
        const QList<SpellToken> tokens = spellTokens(text);
        const SpellToken &last = tokens[tokens.size() - 2];
        QCOMPARE(last.word, QStringLiteral("fouttt"));
        QCOMPARE(text.mid(last.position, last.length), QStringLiteral("fouttt"));
    }

    void dutchWordsAreAcceptedAndMistakesFound_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("correct");
        QTest::newRow("plain") << "woningbouw" << true;
        QTest::newRow("compound") << "bereikbaarheidsbeleid" << true;
        QTest::newRow("diacritics") << "financiële" << true;
        QTest::newRow("ij digraph") << "IJsselland" << true;
        QTest::newRow("apostrophe plural") << "thema’s" << true;
        QTest::newRow("hyphenated") << "Noord-Holland" << true;
        QTest::newRow("typo") << "welllicht" << false;
        QTest::newRow("typo in compound") << "uitganspunten" << false;
        QTest::newRow("missing letter") << "Overijsel" << false;
        QTest::newRow("both readings") << "Bestaans(on)zekerheid" << true;
    }

    void dutchWordsAreAcceptedAndMistakesFound()
    {
        QFETCH(QString, word);
        QFETCH(bool, correct);
        QCOMPARE(speller->isCorrect(word), correct);
    }

    void abbreviationsKeepTheirPeriod()
    {
        QVERIFY(speller->isCorrect(QStringLiteral("bijv"), true));
        QVERIFY(!speller->isCorrect(QStringLiteral("bijv"), false));
    }

    void wordListEntriesCarryAffixFlags()
    {
        QTemporaryDir dir;
        writeFiles(dir.path(), {{QStringLiteral("woordenlijst.dic"),
                                 "3\nnetcongestie/ZaCeCc\nnoaberschap\nIJsselacademie\n"}});
        auto created = Speller::create();
        QVERIFY(created.ok());
        Speller &local = *created.value();
        QVERIFY(!local.isCorrect(QStringLiteral("netcongestie")));
        QVERIFY(local.addWordList(dir.filePath(QStringLiteral("woordenlijst.dic"))).ok());
        QVERIFY(local.isCorrect(QStringLiteral("netcongestie")));
        QVERIFY(local.isCorrect(QStringLiteral("netcongesties"))); // the plural, by the flags
        QVERIFY(local.isCorrect(QStringLiteral("noaberschap")));
        QVERIFY(local.isCorrect(QStringLiteral("IJsselacademie"))); // written with "ij"
        QVERIFY(!local.isCorrect(QStringLiteral("noaberschappen")));
    }

    void wordsAreAddedToAListAndRemembered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("persoonlijk.dic"));
        QVERIFY(addToWordList(path, QStringLiteral("Zuurmondt")).ok());
        QVERIFY(addToWordList(path, QStringLiteral("Trendbureautje")).ok());
        QVERIFY(addToWordList(path, QStringLiteral("Zuurmondt")).ok()); // once only
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("2\nZuurmondt\nTrendbureautje\n"));
        auto created = Speller::create();
        QVERIFY(created.value()->addWordList(path).ok());
        QVERIFY(created.value()->isCorrect(QStringLiteral("Trendbureautje")));
        created.value()->addWord(QStringLiteral("Knarrenhofje"));
        QVERIFY(created.value()->isCorrect(QStringLiteral("Knarrenhofje")));
    }

    void aMissingDictionaryIsAClearMessage()
    {
        const auto created = Speller::create(QStringLiteral("xx_XX"));
        QVERIFY(!created.ok());
        QVERIFY(created.error().message.contains(QStringLiteral("hunspell-nl")));
    }

    void theCliReportsEveryUnknownWordOfTheBuiltInEdition()
    {
        QProcess process;
        process.start(QStringLiteral(TRENDWEB_CLI_BIN),
                      {QStringLiteral("spellcheck"), QStringLiteral("--format"),
                       QStringLiteral("json"), QStringLiteral(TRENDWEB_CONTENT_DIR)});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 1); // findings
        const QJsonArray unknown = QJsonDocument::fromJson(process.readAllStandardOutput())
                                       .object()
                                       .value(QStringLiteral("unknown"))
                                       .toArray();
        QStringList reported;
        for (const QJsonValue &entry : unknown) {
            reported.append(entry.toObject().value(QStringLiteral("word")).toString());
            QVERIFY(entry.toObject().value(QStringLiteral("line")).toInt() > 0);
        }
        // The typos of the source stay reported; the word list knows the edition's terms.
        for (const char *typo :
             {"welllicht", "uitganspunten", "Overijsel", "ChatGTP", "staatsecretaris"})
            QVERIFY2(reported.contains(QString::fromUtf8(typo)), typo);
        for (const char *term :
             {"netcongestie", "biobased", "natuurinclusief", "Trendweb", "PBL", "noaberschap"})
            QVERIFY2(!reported.contains(QString::fromUtf8(term)), term);
        QVERIFY(reported.size() < 100);
    }
};

TRENDWEB_TEST(SpellingTest)
#include "tst_spelling.moc"
