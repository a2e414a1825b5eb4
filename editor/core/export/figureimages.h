// The images of the figures as the site and the preview show them. An edition comes
// from a shared repository and is hostile input: an image is only used when it is a
// file in the edition's figures/ folder, reached without leaving it (no "..", no
// absolute path, no symbolic link to elsewhere). Any other image reads "not available".
#pragma once

#include "edition.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace trendweb {

// The image of a figure, relative to the edition root and tidied ("figures/<slug>/<file>"),
// when it may be shown; empty when it is missing or lies outside the figures folder.
QString figureImagePath(const QString &root, const QString &image);

// The image path as a URL path: each part percent-encoded ("figures/a/mijn%20grafiek.png").
QString figureImageUrlPath(const QString &path);

// Every image that the figures of the edition show (introduction, threads, lemmas),
// each once, as figureImagePath gives it.
QStringList figureImages(const Edition &edition);

// Copies an image of the edition (a path figureImagePath gave) byte for byte to `target`,
// a file of the exported site, atomically.
Result<void> publishFigureImage(const QString &root, const QString &path, const QString &target);

} // namespace trendweb
