#include "testregistry.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

// Every text of the UI has its English translation: a new qsTr text without one
// fails here (lupdate adds it to the .ts in the build; qml/i18n/english.py fills it).
class TranslationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyUiTextHasEnglish()
    {
        QFile file(QStringLiteral(TRENDWEB_TRANSLATIONS_DIR "/trendweb_en.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString english = xml.readElementText();
                QVERIFY2(!unfinished && !english.isEmpty(), qPrintable(source));
                ++messages;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
    }
};

TRENDWEB_TEST(TranslationTest)
#include "tst_translations.moc"
