#include "qmlwarnings.h"

#include <QMutex>
#include <QMutexLocker>
#include <QUrl>

namespace trendweb {

namespace {

struct WarningLog
{
    QMutex mutex;
    QStringList warnings;
    QStringList sources{QStringLiteral("qrc:/Trendweb/Studio/")};
    QtMessageHandler previous = nullptr;
};

WarningLog &log()
{
    static WarningLog instance;
    return instance;
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    WarningLog &warnings = log();
    if (type == QtWarningMsg || type == QtCriticalMsg) {
        const QString file = QString::fromUtf8(context.file ? context.file : "");
        QMutexLocker lock(&warnings.mutex);
        for (const QString &source : std::as_const(warnings.sources)) {
            if (file.startsWith(source) || message.startsWith(source)) {
                warnings.warnings.append(message);
                break;
            }
        }
    }
    if (warnings.previous)
        warnings.previous(type, context, message);
}

} // namespace

void watchQmlWarnings(const QStringList &extraFolders)
{
    WarningLog &warnings = log();
    {
        QMutexLocker lock(&warnings.mutex);
        for (const QString &folder : extraFolders)
            warnings.sources.append(QUrl::fromLocalFile(folder).toString());
    }
    warnings.previous = qInstallMessageHandler(handle);
}

QStringList qmlWarnings()
{
    WarningLog &warnings = log();
    QMutexLocker lock(&warnings.mutex);
    return warnings.warnings;
}

} // namespace trendweb
