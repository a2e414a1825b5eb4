#include "export/exportfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace trendweb {

namespace {

// The folder as it is on disk, links followed; for a folder that does not exist yet, its
// nearest existing parent followed through links, with the rest of the path after it.
QString resolved(const QString &path)
{
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString rest;
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).path();
        if (parent == existing)
            break;
        rest = QFileInfo(existing).fileName() + (rest.isEmpty() ? QString() : QLatin1String("/")) +
               rest;
        existing = parent;
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    const QString base = canonical.isEmpty() ? existing : canonical;
    return rest.isEmpty() ? base : QDir::cleanPath(base + QLatin1Char('/') + rest);
}

bool isSameOrInside(const QString &path, const QString &folder)
{
    if (folder.isEmpty())
        return false;
    if (path == folder)
        return true;
    return path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

Error refusal(const QString &message, const QString &path)
{
    Error error = Error::withMessage(message);
    error.file = path;
    return error;
}

} // namespace

QString exportMarkerName()
{
    return QStringLiteral(".trendweb-export");
}

Result<void> claimExportFolder(const QString &outputDir, const QString &editionRoot)
{
    if (outputDir.trimmed().isEmpty()) {
        return refusal(QCoreApplication::translate(
                           "export", "Geef de map waarin de site komt; een lege naam zou in de "
                                     "huidige map schrijven."),
                       outputDir);
    }
    const QString target = resolved(outputDir);
    const QString edition = resolved(editionRoot);
    if (isSameOrInside(target, edition)) {
        return refusal(QCoreApplication::translate(
                           "export", "De site kan niet in de editie zelf (%1) worden geschreven; "
                                     "kies een map buiten de editie.")
                           .arg(QDir::toNativeSeparators(edition)),
                       outputDir);
    }
    const QString home = resolved(QDir::homePath());
    if (target == home || target == QDir::rootPath() || isSameOrInside(edition, target)) {
        return refusal(QCoreApplication::translate(
                           "export", "De site kan niet in %1 worden geschreven: daar staan "
                                     "andere bestanden. Kies een nieuwe of lege map.")
                           .arg(QDir::toNativeSeparators(target)),
                       outputDir);
    }
    const QFileInfo info(target);
    if (info.exists() && !info.isDir()) {
        return refusal(QCoreApplication::translate(
                           "export", "%1 is een bestand, geen map; kies een nieuwe of lege map.")
                           .arg(QDir::toNativeSeparators(target)),
                       outputDir);
    }
    const QDir folder(target);
    const bool ours = QFileInfo(folder.filePath(exportMarkerName())).isFile();
    if (info.exists() && !ours &&
        !folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
             .isEmpty()) {
        return refusal(QCoreApplication::translate(
                           "export", "De map %1 is niet leeg en is niet door een eerdere export "
                                     "gemaakt; de site zou er bestanden overschrijven. Kies een "
                                     "nieuwe of lege map.")
                           .arg(QDir::toNativeSeparators(target)),
                       outputDir);
    }
    if (!QDir().mkpath(target)) {
        return refusal(QCoreApplication::translate("export", "De map %1 kan niet worden gemaakt.")
                           .arg(QDir::toNativeSeparators(target)),
                       outputDir);
    }
    if (!ours) {
        QSaveFile marker(folder.filePath(exportMarkerName()));
        const QByteArray text = "Deze map is geschreven door 'trendweb export'. Een volgende "
                                "export naar deze map mag de bestanden erin overschrijven.\n";
        if (!marker.open(QIODevice::WriteOnly) || marker.write(text) != text.size() ||
            !marker.commit()) {
            return refusal(QCoreApplication::translate("export", "In de map %1 kan niet worden "
                                                                 "geschreven: %2.")
                               .arg(QDir::toNativeSeparators(target), marker.errorString()),
                           outputDir);
        }
    }
    return {};
}

} // namespace trendweb
