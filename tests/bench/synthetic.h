// Synthetic editions for the benchmarks: the built-in one, many times over.
#pragma once

#include "edition.h"

#include <QByteArray>
#include <QString>

namespace trendweb {

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

// `copies` copies of every lemma of `source`, each copy's links pointing into the same copy.
void makeSyntheticEdition(const Edition &source, int copies, const QString &target);

} // namespace trendweb
