#include "synthetic.h"

#include "editionloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace trendweb {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
}

// `copies` copies of every lemma of `source`, each copy's links pointing into the same copy.
void makeSyntheticEdition(const Edition &source, int copies, const QString &target)
{
    QStringList order;
    for (int copy = 0; copy < copies; ++copy) {
        for (const Document &lemma : source.lemmas) {
            QString text = lemma.text;
            if (copy > 0) {
                for (const Document &other : source.lemmas) {
                    const QString suffixed = QStringLiteral("%1-%2").arg(other.slug).arg(copy);
                    text.replace(
                        QRegularExpression(QStringLiteral("\\b%1\\b(?!-)")
                                               .arg(QRegularExpression::escape(other.slug))),
                        suffixed);
                }
                // Titles stay distinct.
                text.replace(QStringLiteral("title: ") + lemma.title,
                             QStringLiteral("title: %1 (%2)").arg(lemma.title).arg(copy));
            }
            const QString slug =
                copy == 0 ? lemma.slug : QStringLiteral("%1-%2").arg(lemma.slug).arg(copy);
            order.append(slug);
            writeAll(QDir(target).filePath(lemmaPath(slug)), text.toUtf8());
        }
    }
    QByteArray yaml =
        "title: Synthetisch\nyear: 2025\nedition: 3\npublisher: Trendbureau\nlemmas:\n";
    for (const QString &slug : order)
        yaml += "  - " + slug.toUtf8() + "\n";
    writeAll(QDir(target).filePath(QStringLiteral("edition.yaml")), yaml);
}

} // namespace trendweb
