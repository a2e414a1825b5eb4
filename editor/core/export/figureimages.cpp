#include "export/figureimages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace trendweb {

QString figureImagePath(const QString &root, const QString &image)
{
    if (root.isEmpty() || image.isEmpty() || QDir::isAbsolutePath(image) ||
        image.contains(QLatin1Char('\\')) || image.contains(QLatin1Char(':')))
        return {};
    QStringList parts;
    for (const QString &part : image.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            return {};
        if (part != QLatin1String("."))
            parts.append(part);
    }
    if (parts.size() < 2 || parts.first() != QLatin1String("figures"))
        return {};
    const QString path = parts.join(QLatin1Char('/'));
    // Followed through every link, the file must still be in the edition's own figures folder.
    const QString folder = QFileInfo(root).canonicalFilePath() + QStringLiteral("/figures/");
    const QFileInfo file(QDir(root).filePath(path));
    if (folder.size() <= 9 || !file.isFile() || !file.canonicalFilePath().startsWith(folder))
        return {};
    return path;
}

QString figureImageUrlPath(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(QLatin1Char('/')))
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(part)));
    return parts.join(QLatin1Char('/'));
}

QStringList figureImages(const Edition &edition)
{
    QStringList images;
    const auto collect = [&](const QList<Document> &documents) {
        for (const Document &document : documents) {
            if (!document.loaded)
                continue;
            for (const Figure &figure : document.figures) {
                const QString path = figureImagePath(edition.root, figure.image);
                if (!path.isEmpty() && !images.contains(path))
                    images.append(path);
            }
        }
    };
    collect(edition.intro);
    collect(edition.threads);
    collect(edition.lemmas);
    return images;
}

Result<void> publishFigureImage(const QString &root, const QString &path, const QString &target)
{
    // Checked again right before reading: the folder may have changed since the pages were made.
    if (figureImagePath(root, path) != path) {
        return Error{QCoreApplication::translate(
                         "export", "De afbeelding %1 staat niet (meer) in de map figures/ van "
                                   "de editie en wordt niet meegenomen.")
                         .arg(path),
                     QDir(root).filePath(path)};
    }
    QFile source(QDir(root).filePath(path));
    if (!source.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate("export", "De afbeelding %1 kan niet worden "
                                                           "gelezen: %2.")
                         .arg(path, source.errorString()),
                     source.fileName()};
    }
    const QByteArray bytes = source.readAll();
    QDir().mkpath(QFileInfo(target).absolutePath());
    QSaveFile copy(target);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() || !copy.commit()) {
        return Error{QCoreApplication::translate("export", "De afbeelding kan niet naar %1 "
                                                           "worden geschreven: %2.")
                         .arg(target, copy.errorString()),
                     target};
    }
    return {};
}

} // namespace trendweb
