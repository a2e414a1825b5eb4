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
};

TRENDWEB_TEST(YamlTest)
#include "tst_yaml.moc"
