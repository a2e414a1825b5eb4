#include "editionloader.h"
#include "export/htmlrenderer.h"
#include "fixtures.h"
#include "testregistry.h"
#include "textfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace trendweb;
using namespace trendweb::test;

// The preview of a lemma is the site's page: compared with the reviewed output
// in tests/fixtures/preview/ (TRENDWEB_WRITE_GOLDEN=1 writes it anew after a
// deliberate change, to be reviewed in the diff).
class PreviewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewOfFixtureLemmas_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::newRow("with figure and notes")
            << QStringLiteral("van-mobiliteit-naar-bereikbaarheid");
        QTest::newRow("short") << QStringLiteral("regionale-economie");
    }

    void previewOfFixtureLemmas()
    {
        QFETCH(QString, slug);
        const Edition edition = loadEdition(fixturePath(QStringLiteral("small-edition"))).value();
        const QString html = previewHtml(edition, *edition.lemma(slug));
        const QString golden = fixturePath(QStringLiteral("preview/%1.html").arg(slug));
        if (qEnvironmentVariableIsSet("TRENDWEB_WRITE_GOLDEN"))
            QVERIFY(writeTextFile(golden, html).ok());
        const auto expected = readTextFile(golden);
        QVERIFY2(expected.ok(), qPrintable(golden));
        QCOMPARE(html, expected.value());
    }

    void previewFollowsTheSourceAndOpensLemmasInTheApp()
    {
        const Edition edition = loadEdition(fixturePath(QStringLiteral("small-edition"))).value();
        const Document &lemma =
            *edition.lemma(QStringLiteral("van-mobiliteit-naar-bereikbaarheid"));
        const QString html = previewHtml(edition, lemma);
        QVERIFY(html.contains(QStringLiteral("<p data-sourcepos=\"1:1-")));
        QVERIFY(
            html.contains(QStringLiteral("data-line-offset=\"%1\"").arg(lemma.bodyFirstLine - 1)));
        QVERIFY(html.contains(QStringLiteral("href=\"lemma:woningbouw\"")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(html.contains(QStringLiteral("Figuur 1: Integrale aanpak mobiliteitsvisie")));
    }
    void previewShowsAFigureImageFromTheEdition()
    {
        const QString root = fixturePath(QStringLiteral("figure-edition"));
        const Edition edition = loadEdition(root).value();
        const QString html = previewHtml(edition, *edition.lemma(QStringLiteral("met-grafiek")));
        static const QRegularExpression img(QStringLiteral("<img src=\"([^\"]+)\""));
        const auto match = img.match(html);
        QVERIFY2(match.hasMatch(), qPrintable(html));
        // The preview is loaded from memory: the image is addressed by a URL of its own.
        const QUrl src(match.captured(1));
        QVERIFY2(src.isLocalFile(), qPrintable(src.toString()));
        const QString image = root + QStringLiteral("/figures/met-grafiek/grafiek.png");
        QCOMPARE(QFileInfo(src.toLocalFile()).canonicalFilePath(),
                 QFileInfo(image).canonicalFilePath());
        QVERIFY(!html.contains(QStringLiteral("Afbeelding nog niet beschikbaar.")));
        // Links to other lemmas still open them in the app.
        QVERIFY(html.contains(QStringLiteral("href=\"lemma:zonder-grafiek\"")));
    }
};

TRENDWEB_TEST(PreviewTest)
#include "tst_preview.moc"
