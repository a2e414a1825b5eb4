#include "recovery.h"

#include "editing/journal.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

namespace trendweb {

Recovery::Recovery(QObject *parent)
    : QObject(parent)
    , m_folder(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("herstel")))
{}

void Recovery::setFolder(const QString &folder)
{
    if (m_folder == folder)
        return;
    m_folder = folder;
    Q_EMIT folderChanged();
}

void Recovery::setEditionRoot(const QString &root)
{
    if (m_editionRoot == root)
        return;
    m_editionRoot = root;
    Q_EMIT editionRootChanged();
}

void Recovery::refresh()
{
    m_entries.clear();
    if (!m_editionRoot.isEmpty()) {
        const QDir root(m_editionRoot);
        for (const JournalEntry &entry : Journal(m_folder).pending(m_editionRoot)) {
            m_entries.append(
                QVariantMap{{QStringLiteral("filePath"), entry.filePath},
                            {QStringLiteral("path"), root.relativeFilePath(entry.filePath)},
                            {QStringLiteral("written"),
                             QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat)},
                            {QStringLiteral("text"), entry.text}});
        }
    }
    Q_EMIT entriesChanged();
}

void Recovery::discard(const QString &filePath)
{
    Journal(m_folder).remove(filePath);
    refresh();
}

} // namespace trendweb
