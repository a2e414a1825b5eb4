#include "export/exportfolder.h"

#include "filetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <cerrno>
#include <unistd.h>

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

QString unwritableReason(const QString &path)
{
    QString folder = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo(folder).isDir()) {
        const QString parent = QFileInfo(folder).path();
        if (parent == folder)
            break;
        folder = parent;
    }
    const QStorageInfo disk(folder);
    int code = 0;
    if (disk.isValid() && disk.isReadOnly())
        code = EROFS;
    else if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        code = errno == EROFS ? EROFS : EACCES;
    else if (disk.isValid() && disk.bytesAvailable() == 0)
        code = ENOSPC;
    if (code == 0)
        return {};
    return writeError(QDir(folder).filePath(QStringLiteral("x")), QDir::toNativeSeparators(path),
                      code)
        .message;
}

QString exportMarkerName()
{
    return QStringLiteral(".trendweb-export");
}

Result<void> checkExportFolder(const QString &outputDir, const QString &editionRoot)
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
    if (const QString reason = unwritableReason(target); !reason.isEmpty()) {
        return refusal(
            QCoreApplication::translate("export", "De site kan niet worden geschreven: %1")
                .arg(reason),
            outputDir);
    }
    return {};
}

Result<void> claimExportFolder(const QString &outputDir, const QString &editionRoot)
{
    if (auto checked = checkExportFolder(outputDir, editionRoot); !checked)
        return checked;
    const QString target = resolved(outputDir);
    const QDir folder(target);
    const bool ours = QFileInfo(folder.filePath(exportMarkerName())).isFile();
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
            Error error = writeError(marker.fileName(), QDir::toNativeSeparators(target), 0,
                                     marker.errorString());
            return refusal(QCoreApplication::translate("export", "De site kan niet worden "
                                                                 "geschreven: %1")
                               .arg(error.message),
                           outputDir);
        }
    }
    return {};
}

} // namespace trendweb
