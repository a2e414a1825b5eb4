#include "testregistry.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>
#include <memory>

namespace {

// One message of a .ts file as lupdate wrote it.
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("message")) {
            messages.append(message);
            inMessage = false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name") && !inMessage) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{context, {}, false, {}, {}};
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            inMessage = true;
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText(QXmlStreamReader::SkipChildElements);
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations = {xml.readElementText(QXmlStreamReader::SkipChildElements)};
                continue;
            }
            while (xml.readNextStartElement())
                message.translations.append(
                    xml.readElementText(QXmlStreamReader::SkipChildElements));
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(TRENDWEB_TRANSLATIONS_DIR "/trendweb_%1.ts").arg(language);
}

QString describe(const TsMessage &message)
{
    return message.context + QStringLiteral(" / \"") + message.source + QLatin1Char('"');
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QString &locale)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        environment.remove(QString::fromLatin1(variable));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRENDWEB_CLI_BIN), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString cancelButtonText()
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQuick.Controls\n"
                      "Dialog {\n"
                      "    standardButtons: Dialog.Ok | Dialog.Cancel\n"
                      "    function cancelText() { return standardButton(Dialog.Cancel).text }\n"
                      "}\n",
                      QUrl::fromLocalFile(QStringLiteral("/cancel.qml")));
    std::unique_ptr<QObject> dialog(component.create());
    if (!dialog)
        return QStringLiteral("(no dialog: %1)").arg(component.errorString());
    QVariant text;
    QMetaObject::invokeMethod(dialog.get(), "cancelText", Q_RETURN_ARG(QVariant, text));
    return text.toString();
}

} // namespace

// Every message of the programs has its English, the .ts files in qml/i18n are up to date
// with the code, and counts take the right plural form in Dutch and English.
class TranslationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase() { trendweb::installTranslations(QStringLiteral("nl")); }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("English: every message") << QStringLiteral("en") << 700;
        QTest::newRow("Dutch: the plural forms") << QStringLiteral("nl") << 10;
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, atLeast);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList unfinished;
        for (const TsMessage &message : messages) {
            // English and Dutch both have two plural forms: one, and the rest.
            const bool complete =
                message.type.isEmpty() &&
                message.translations.size() == (message.numerus ? 2 : 1) &&
                std::none_of(message.translations.cbegin(), message.translations.cend(),
                             [](const QString &text) { return text.isEmpty(); });
            if (!complete)
                unfinished.append(describe(message));
            // The Dutch file holds only the plural forms of the source language.
            if (language == QLatin1String("nl") && !message.numerus)
                unfinished.append(describe(message) + QStringLiteral(" (no plural)"));
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("Not translated in trendweb_%1.ts (python3 "
                                           "qml/i18n/translate.py missing --ts %1):\n")
                                .arg(language) +
                            unfinished.join(QLatin1Char('\n'))));
        QVERIFY(messages.size() >= atLeast);
    }

    // lupdate over the code into a copy of each .ts finds nothing new and nothing gone: a
    // qsTr() or tr() added without running update_translations fails here, naming the text.
    void translationsAreCurrent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("en") << QStringLiteral("en") << QStringList();
        QTest::newRow("nl") << QStringLiteral("nl") << QStringList{QStringLiteral("-pluralonly")};
    }

    void translationsAreCurrent()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(TRENDWEB_SOURCE_DIR));
        const QStringList arguments =
            QStringLiteral(TRENDWEB_LUPDATE_SCAN).split(QLatin1Char('|')) + options +
            QStringList{QStringLiteral("-target-language"), language, QStringLiteral("-ts"), copy};
        lupdate.start(QStringLiteral(TRENDWEB_LUPDATE_BIN), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        QString error;
        const QList<TsMessage> before = readTs(tsPath(language), &error);
        const QList<TsMessage> after = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> known;
        for (const TsMessage &message : before)
            known.insert(describe(message));
        QStringList changes;
        QSet<QString> current;
        for (const TsMessage &message : after) {
            current.insert(describe(message));
            if (!known.contains(describe(message)))
                changes.append(QStringLiteral("new: ") + describe(message));
        }
        for (const QString &message : std::as_const(known)) {
            if (!current.contains(message))
                changes.append(QStringLiteral("no longer in the code: ") + message);
        }
        changes.sort();
        QVERIFY2(changes.isEmpty(),
                 qPrintable(QStringLiteral("trendweb_%1.ts is behind the code; run cmake --build "
                                           "build --target update_translations, then translate "
                                           "(qml/i18n/translate.py):\n")
                                .arg(language) +
                            changes.join(QLatin1Char('\n'))));
    }

    void countsTakeThePluralForm()
    {
        QVERIFY(trendweb::installTranslations(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("StatusBar", "%Ln fouten", nullptr, 1),
                 QStringLiteral("1 error"));
        QCOMPARE(QCoreApplication::translate("StatusBar", "%Ln fouten", nullptr, 2),
                 QStringLiteral("2 errors"));
        QCOMPARE(QCoreApplication::translate("cli", "%n fouten, %1 andere meldingen", nullptr, 1),
                 QStringLiteral("1 error, %1 other messages"));
        QVERIFY(trendweb::installTranslations(QStringLiteral("nl")));
        QCOMPARE(QCoreApplication::translate("StatusBar", "%Ln fouten", nullptr, 1),
                 QStringLiteral("1 fout"));
        QCOMPARE(QCoreApplication::translate("StatusBar", "%Ln fouten", nullptr, 2),
                 QStringLiteral("2 fouten"));
        QCOMPARE(QCoreApplication::translate("ChangesPanel", "Samenvoegen: nog %n keuzes te maken",
                                             nullptr, 1),
                 QStringLiteral("Samenvoegen: nog één keuze te maken"));
        QCOMPARE(QCoreApplication::translate("export",
                                             "De editie heeft %n fouten; los ze eerst op, of "
                                             "exporteer toch (--force).",
                                             nullptr, 3),
                 QStringLiteral("De editie heeft 3 fouten; los ze eerst op, of exporteer toch "
                                "(--force)."));
    }

    // The command line speaks the language of the locale, from the same translations.
    void theCommandLineFollowsTheLocale()
    {
        const CliRun english = runCli({QStringLiteral("--help")}, QStringLiteral("en_GB.UTF-8"));
        QVERIFY2(english.out.startsWith(QStringLiteral("Usage: trendweb [-C FOLDER] COMMAND")),
                 qPrintable(english.out));
        QVERIFY2(english.out.contains(QStringLiteral("check the edition (errors: exit code 1)")),
                 qPrintable(english.out));
        const CliRun dutch = runCli({QStringLiteral("--help")}, QStringLiteral("nl_NL.UTF-8"));
        QVERIFY2(dutch.out.startsWith(QStringLiteral("Gebruik: trendweb [-C MAP] OPDRACHT")),
                 qPrintable(dutch.out));

        // A count in the summary of `validate`, in the plural form its number needs.
        const CliRun validate =
            runCli({QStringLiteral("validate"), QStringLiteral(TRENDWEB_CONTENT_DIR)},
                   QStringLiteral("en_US.UTF-8"));
        const auto match = QRegularExpression(QStringLiteral("(\\d+) (errors?), (\\d+) other "
                                                             "messages"))
                               .match(validate.err);
        QVERIFY2(match.hasMatch(), qPrintable(validate.err));
        QCOMPARE(match.captured(2), match.captured(1) == QLatin1String("1")
                                        ? QStringLiteral("error")
                                        : QStringLiteral("errors"));
    }

    // Qt's own texts (standard buttons, file dialogs) in Dutch, from qt6-translations-l10n.
    void qtsOwnTextsSpeakDutch()
    {
        QVERIFY(trendweb::installTranslations(QStringLiteral("en")));
        QCOMPARE(cancelButtonText(), QStringLiteral("Cancel"));
        QVERIFY(trendweb::installTranslations(QStringLiteral("nl")));
        QCOMPARE(cancelButtonText(), QStringLiteral("Annuleren"));
    }
};

TRENDWEB_TEST(TranslationTest)
#include "tst_translations.moc"
