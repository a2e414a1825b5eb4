#include "testregistry.h"
#include "textfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace trendweb;

class TextFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidUtf8IsReportedWithItsPlace_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("first byte") << QByteArray("\xff") << 1 << 1;
        QTest::newRow("after diacritics") << QByteArray("één\xe9t") << 1 << 4;
        QTest::newRow("second line") << QByteArray("regel\nthema’s \xc3(") << 2 << 9;
        QTest::newRow("truncated sequence") << QByteArray("abc\xe2\x82") << 1 << 4;
        QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf") << 1 << 2;
        QTest::newRow("surrogate") << QByteArray("a\xed\xa0\x80") << 1 << 2;
    }

    void invalidUtf8IsReportedWithItsPlace()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto result = decodeUtf8(bytes, QStringLiteral("lemmas/x.md"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().line, line);
        QCOMPARE(result.error().column, column);
        QCOMPARE(result.error().file, QStringLiteral("lemmas/x.md"));
        QVERIFY(result.error().message.contains(QStringLiteral("UTF-8")));
    }

    void validUtf8IsDecoded()
    {
        const auto result = decodeUtf8("\xef\xbb\xbf"
                                       "€ – thema’s 😀",
                                       {});
        QVERIFY(result.ok());
        QCOMPARE(result.value(), QStringLiteral("€ – thema’s 😀"));
    }

    void saveReplacesTheFileAtomically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lemmas/nieuw.md"));
        QVERIFY(writeTextFile(path, QStringLiteral("eerste versie")).ok());
        QVERIFY(writeTextFile(path, QStringLiteral("tweede versie – één")).ok());
        const auto read = readTextFile(path);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), QStringLiteral("tweede versie – één"));
    }

    void saveIntoAnUnwritableFolderFailsWithAMessage()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("bestand"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        // A file where a folder should be: the write cannot succeed.
        const auto result =
            writeTextFile(blocker + QStringLiteral("/lemma.md"), QStringLiteral("x"));
        QVERIFY(!result.ok());
        // Dutch, and no promise of an editor: the command line saves through here too.
        QVERIFY2(result.error().message.startsWith(QStringLiteral("Niet opgeslagen: ")),
                 qPrintable(result.error().message));
        QVERIFY(!result.error().message.contains(QStringLiteral("editor")));
    }

    void missingFileIsAnError()
    {
        const auto result = readTextFile(QStringLiteral("/nonexistent/lemma.md"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().line, 0);
    }
};

TRENDWEB_TEST(TextFileTest)
#include "tst_textfile.moc"
