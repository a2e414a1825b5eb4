#include "journal.h"

#include "textfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace trendweb {

Journal::Journal(QString folder)
    : m_folder(std::move(folder))
{}

QString Journal::entryFile(const QString &filePath) const
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(filePath).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex()
                               .left(16);
    return QDir(m_folder).filePath(QString::fromLatin1(key) + QStringLiteral(".json"));
}

Result<void> Journal::write(const QString &filePath, const QString &text) const
{
    if (!QDir().mkpath(m_folder)) {
        Error error;
        error.message = QObject::tr("De map voor niet-opgeslagen tekst (%1) kan niet worden "
                                    "gemaakt. Sla uw werk geregeld op met Ctrl+S.")
                            .arg(m_folder);
        return error;
    }
    const QJsonObject entry{
        {QStringLiteral("file"), QFileInfo(filePath).absoluteFilePath()},
        {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("text"), text}};
    return writeTextFile(entryFile(filePath),
                         QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
}

void Journal::remove(const QString &filePath) const
{
    QFile::remove(entryFile(filePath));
}

QList<JournalEntry> Journal::pending(const QString &root) const
{
    QList<JournalEntry> entries;
    const QString prefix = QDir(root).absolutePath() + QLatin1Char('/');
    const QDir folder(m_folder);
    for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const auto text = readTextFile(folder.filePath(name));
        if (!text)
            continue;
        const QJsonObject object = QJsonDocument::fromJson(text.value().toUtf8()).object();
        JournalEntry entry;
        entry.filePath = object.value(QStringLiteral("file")).toString();
        entry.text = object.value(QStringLiteral("text")).toString();
        entry.written = QDateTime::fromString(object.value(QStringLiteral("written")).toString(),
                                              Qt::ISODateWithMs);
        entry.journalFile = folder.filePath(name);
        if (!entry.filePath.startsWith(prefix))
            continue; // another edition's
        const auto onDisk = readTextFile(entry.filePath);
        if (!onDisk || onDisk.value() == entry.text) {
            QFile::remove(entry.journalFile); // saved after all, or the lemma is gone
            continue;
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const JournalEntry &a, const JournalEntry &b) { return a.written > b.written; });
    return entries;
}

} // namespace trendweb
