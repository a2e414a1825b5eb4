#include "testregistry.h"
#include "yaml/yamldocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace trendweb;

class YamlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalarsFollowTheCoreSchema()
    {
        const auto doc = parseYaml(QStringLiteral("year: 2025\nnote: \"4\"\nok: true\n"
                                                  "none: ~\ntitle: Van mobiliteit\nratio: 3.5\n"),
                                   QStringLiteral("edition.yaml"));
        QVERIFY(doc.ok());
        const QJsonObject root = doc->root.toObject();
        QCOMPARE(root.value(QStringLiteral("year")).toInt(), 2025);
        QVERIFY(root.value(QStringLiteral("note")).isString());
        QCOMPARE(root.value(QStringLiteral("note")).toString(), QStringLiteral("4"));
        QCOMPARE(root.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(root.value(QStringLiteral("none")).isNull());
        QCOMPARE(root.value(QStringLiteral("title")).toString(), QStringLiteral("Van mobiliteit"));
        QCOMPARE(root.value(QStringLiteral("ratio")).toDouble(), 3.5);
    }

    void positionsPointIntoTheFile()
    {
        const auto doc = parseYaml(QStringLiteral("title: Één\nfigures:\n  - id: kaart\n"
                                                  "    caption: ’t Zicht\n"),
                                   QStringLiteral("lemmas/x.md"), 2);
        QVERIFY(doc.ok());
        const SourcePosition caption = doc->positionOf(QStringLiteral("/figures/0/caption"));
        QCOMPARE(caption.line, 5);
        QCOMPARE(caption.column, 14);
        const SourcePosition key = doc->positions.value(QStringLiteral("/figures/0/caption#key"));
        QCOMPARE(key.line, 5);
        QCOMPARE(key.column, 5);
        // A pointer below a scalar falls back to the nearest known node.
        QCOMPARE(doc->positionOf(QStringLiteral("/title/x")).line, 2);
    }

    void syntaxErrorsNameTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("sequence after mapping") << QStringLiteral("title: ok\n- item\n") << 3;
        QTest::newRow("bad indentation") << QStringLiteral("a: 1\n b: 2\n  - c\n") << 3;
        QTest::newRow("unclosed flow") << QStringLiteral("related: [a, b\n") << 2;
    }

    void syntaxErrorsNameTheLine()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        const auto doc = parseYaml(text, QStringLiteral("lemmas/x.md"), 2);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().file, QStringLiteral("lemmas/x.md"));
        QVERIFY2(doc.error().line >= 2 && doc.error().line <= line + 1,
                 qPrintable(doc.error().toString()));
        QVERIFY(doc.error().message.contains(QStringLiteral("YAML")));
    }

    // A shared repository is hostile: a few lines of anchors and aliases that stand for a
    // billion values, deep nesting or a huge header fail at once with a message, instead of
    // filling the memory. (The test finishing at all is the proof of the bound.)
    void aHostileHeaderFailsFastWithAMessage_data()
    {
        QTest::addColumn<QString>("yaml");
        QString bomb = QStringLiteral("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'j'; ++level) {
            const QChar previous = QLatin1Char(char(level - 1));
            bomb += QStringLiteral("%1: &%1 [").arg(QLatin1Char(level));
            for (int i = 0; i < 10; ++i)
                bomb += (i ? QStringLiteral(", *") : QStringLiteral("*")) + previous;
            bomb += QStringLiteral("]\n");
        }
        QTest::newRow("a billion values from ninety aliases") << bomb;
        QString aliases = QStringLiteral("a: &a x\nb: [");
        for (int i = 0; i < 500; ++i)
            aliases += QStringLiteral("*a, ");
        QTest::newRow("five hundred aliases") << aliases + QStringLiteral("*a]\n");
        QTest::newRow("nested ten thousand deep")
            << QStringLiteral("a: ") + QString(10000, QLatin1Char('[')) +
                   QString(10000, QLatin1Char(']')) + QLatin1Char('\n');
        QString deepBlock;
        for (int i = 0; i < 100; ++i)
            deepBlock += QString(i * 2, QLatin1Char(' ')) + QStringLiteral("k:\n");
        QTest::newRow("a hundred levels of indentation") << deepBlock;
        QTest::newRow("two megabytes")
            << QStringLiteral("title: ") + QString(2 * 1024 * 1024, QLatin1Char('x'));
    }

    void aHostileHeaderFailsFastWithAMessage()
    {
        QFETCH(QString, yaml);
        const auto doc = parseYaml(yaml, QStringLiteral("lemmas/a.md"), 2);
        QVERIFY(!doc.ok());
        QVERIFY(!doc.error().message.isEmpty());
        QVERIFY(!doc.error().detail.isEmpty());
        QCOMPARE(doc.error().file, QStringLiteral("lemmas/a.md"));
        QVERIFY(doc.error().line >= 2);
    }

    void anchorsAndAliasesWithinReasonStillWork()
    {
        const auto doc =
            parseYaml(QStringLiteral("base: &base {source: CBS}\nfigures:\n  - *base\n  - *base\n"),
                      QStringLiteral("lemmas/a.md"));
        QVERIFY(doc.ok());
        QCOMPARE(doc->root.toObject()
                     .value(QStringLiteral("figures"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("source"))
                     .toString(),
                 QStringLiteral("CBS"));
    }
};

TRENDWEB_TEST(YamlTest)
#include "tst_yaml.moc"
