#include "fixtures.h"

#include "editioncontroller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

namespace trendweb::test {

void writeFiles(const QString &root, const QMap<QString, QByteArray> &files)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = QDir(root).filePath(it.key());
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
        file.write(it.value());
    }
}

QMap<QString, QByteArray> goodEdition()
{
    return {
        {QStringLiteral("edition.yaml"),
         "title: Proefeditie\nyear: 2025\nedition: 3\npublisher: Trendbureau Overijssel\n"
         "council_period: 2026–2030\nlemmas: [eerste, tweede, derde]\nthreads: [draad]\n"},
        {QStringLiteral("intro.md"), "---\ntitle: Inleiding\n---\nWelkom bij de proef.\n"},
        {QStringLiteral("threads/draad.md"),
         "---\ntitle: Een rode draad\n---\nAlles hangt samen.[^1]\n\n[^1]: Bron.\n"},
        {QStringLiteral("lemmas/eerste.md"),
         "---\ntitle: Eerste lemma\nstatus: draft\nauthors: [Anna]\nrelated: [tweede, derde]\n"
         "figures:\n  - id: kaart\n    caption: Een kaart\n    source: CBS\n    note: \"2\"\n"
         "---\nDe thema’s van één lemma.[^1] Nog een zin.[^2]\n\n[[figuur: kaart]]\n\n"
         "## Relevantie voor Overijsselse gemeenten\n\nVeel.\n\n"
         "[^1]: CBS (2024). Titel. <https://www.cbs.nl/>\n[^2]: PBL (2023).\n"},
        {QStringLiteral("lemmas/tweede.md"),
         "---\ntitle: Tweede lemma\nstatus: review\nrelated: [eerste]\n---\n"
         "Tekst van het tweede lemma.\n\n## Relevantie voor Overijsselse gemeenten\n\nOok.\n"},
        {QStringLiteral("lemmas/derde.md"),
         "---\ntitle: Derde lemma\nstatus: final\nrelated: [eerste]\n---\n"
         "Derde tekst.\n\n## Relevantie voor Overijsselse gemeenten\n\nZeker.\n"},
    };
}

QString fixturePath(const QString &name)
{
    return QDir(QStringLiteral(TRENDWEB_FIXTURES_DIR)).filePath(name);
}

void setGitIdentity(const QString &repositoryRoot, const QString &name, const QString &email)
{
    QFile config(QDir(repositoryRoot).filePath(QStringLiteral(".git/config")));
    QVERIFY2(config.open(QIODevice::Append), qPrintable(config.fileName()));
    config.write(QStringLiteral("[user]\n\tname = %1\n\temail = %2\n").arg(name, email).toUtf8());
}

bool openEdition(EditionController &controller, const QString &root)
{
    controller.setEditionPath(root);
    QSignalSpy loaded(&controller, &EditionController::loadedChanged);
    controller.open();
    return loaded.wait(10000) && controller.loaded();
}

} // namespace trendweb::test
