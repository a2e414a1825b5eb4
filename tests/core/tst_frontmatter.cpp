#include "frontmatter.h"
#include "testregistry.h"

#include <QTest>

using namespace trendweb;

class FrontMatterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsHeaderAndBody()
    {
        const QString text = QStringLiteral("---\ntitle: X\n---\nTekst\n");
        const FrontMatterSplit split = splitFrontMatter(text);
        QVERIFY(split.hasFrontMatter);
        QVERIFY(split.closed);
        QCOMPARE(split.yaml, QStringLiteral("title: X\n"));
        QCOMPARE(split.yamlFirstLine, 2);
        QCOMPARE(text.mid(split.bodyOffset), QStringLiteral("Tekst\n"));
        QCOMPARE(split.bodyFirstLine, 4);
    }

    void withoutHeaderTheWholeFileIsBody()
    {
        const FrontMatterSplit split = splitFrontMatter(QStringLiteral("# Kop\n---\n"));
        QVERIFY(!split.hasFrontMatter);
        QCOMPARE(split.bodyOffset, 0);
        QCOMPARE(split.bodyFirstLine, 1);
    }

    void unclosedHeaderIsNoticed()
    {
        const FrontMatterSplit split = splitFrontMatter(QStringLiteral("---\ntitle: X\nTekst\n"));
        QVERIFY(split.hasFrontMatter);
        QVERIFY(!split.closed);
    }

    void emptyHeaderAndEmptyBody()
    {
        const QString text = QStringLiteral("---\n---");
        const FrontMatterSplit split = splitFrontMatter(text);
        QVERIFY(split.closed);
        QCOMPARE(split.yaml, QString());
        QCOMPARE(split.bodyOffset, text.size());
    }

    void joinIsTheInverseOfSplit()
    {
        const QString text = joinFrontMatter(QStringLiteral("title: X"), QStringLiteral("Tekst\n"));
        QCOMPARE(text, QStringLiteral("---\ntitle: X\n---\nTekst\n"));
        const FrontMatterSplit split = splitFrontMatter(text);
        QCOMPARE(split.yaml, QStringLiteral("title: X\n"));
    }
};

TRENDWEB_TEST(FrontMatterTest)
#include "tst_frontmatter.moc"
