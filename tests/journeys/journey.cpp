#include "journey.h"

#include "workspace.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQuickWindow>

Journey::Journey(const QString &home, QObject *parent)
    : QObject(parent)
    , m_home(home)
{}

QString Journey::folder(const QString &name)
{
    const QString path = QDir(m_home).filePath(QStringLiteral("%1-%2").arg(name).arg(++m_folders));
    QDir().mkpath(path);
    return path;
}

QString Journey::builtinEdition()
{
    const QString target = folder(QStringLiteral("editie"));
    QDir().rmdir(target); // the app's first start makes the folder itself
    const auto prepared =
        trendweb::prepareWorkingEdition(QStringLiteral(TRENDWEB_CONTENT_DIR), target);
    if (!prepared) {
        qWarning("Journey: the built-in edition could not be prepared: %s",
                 qPrintable(prepared.error().toString()));
        return {};
    }
    return prepared.value();
}

QString Journey::readFile(const QString &path) const
{
    return QString::fromUtf8(bytes(path));
}

QByteArray Journey::bytes(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool Journey::writeFile(const QString &path, const QString &text) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toUtf8()) == text.toUtf8().size();
}

bool Journey::exists(const QString &path) const
{
    return QFileInfo::exists(path);
}

QString Journey::fixture(const QString &relativePath) const
{
    return QDir(QStringLiteral(TRENDWEB_FIXTURES_DIR)).filePath(relativePath);
}

QString Journey::run(const QString &program, const QStringList &arguments, const QString &folder,
                     int timeoutMs)
{
    QProcess process;
    if (!folder.isEmpty())
        process.setWorkingDirectory(folder);
    process.start(program, arguments);
    const bool finished = process.waitForStarted() && process.waitForFinished(timeoutMs);
    m_exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    m_errors = QString::fromUtf8(process.readAllStandardError());
    if (!finished)
        m_errors += QStringLiteral("\n%1 did not finish: %2").arg(program, process.errorString());
    Q_EMIT ran();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString Journey::trendweb(const QStringList &arguments, const QString &folder)
{
    return run(QStringLiteral(TRENDWEB_CLI_BIN), arguments, folder);
}

QString Journey::git(const QStringList &arguments, const QString &folder)
{
    return run(QStringLiteral("git"), arguments, folder);
}

QStringList Journey::changedFiles(const QString &root)
{
    const QString status = git(
        {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("-uall")}, root);
    QStringList files;
    for (const QString &line : status.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        files.append(line.mid(3));
    files.sort();
    return files;
}

QVariantList Journey::validate(const QString &root)
{
    const QString out = trendweb(
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), root});
    QVariantList list;
    const QJsonArray diagnostics = QJsonDocument::fromJson(out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("diagnostics"))
                                       .toArray();
    for (const QJsonValue &value : diagnostics) {
        const QJsonObject object = value.toObject();
        list.append(QVariantMap{
            {QStringLiteral("code"), object.value(QStringLiteral("code"))},
            {QStringLiteral("severity"), object.value(QStringLiteral("severity")).toString()},
            {QStringLiteral("file"), object.value(QStringLiteral("file"))},
            {QStringLiteral("line"), object.value(QStringLiteral("line"))},
            {QStringLiteral("column"), object.value(QStringLiteral("column"))}});
    }
    return list;
}

QVariantList Journey::rows(QAbstractItemModel *model) const
{
    QVariantList list;
    if (!model)
        return list;
    const QHash<int, QByteArray> roles = model->roleNames();
    for (int row = 0; row < model->rowCount(); ++row) {
        QVariantMap item;
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            item.insert(QString::fromUtf8(it.value()), model->index(row, 0).data(it.key()));
        list.append(item);
    }
    return list;
}

namespace {

QString screenshotFolder(const QString &home)
{
    return qEnvironmentVariable("TRENDWEB_JOURNEY_OUTPUT",
                                QDir(home).filePath(QStringLiteral("beelden")));
}

} // namespace

void Journey::clearScreenshots(const QString &prefix) const
{
    QDir folder(screenshotFolder(m_home));
    for (const QString &old : folder.entryList({prefix + QStringLiteral("-*.png")}, QDir::Files))
        folder.remove(old);
}

QString Journey::screenshot(QQuickWindow *window, const QString &name) const
{
    if (!window)
        return {};
    const QString folder = screenshotFolder(m_home);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(path)) {
        qWarning("Journey: no screenshot %s", qPrintable(path));
        return {};
    }
    return path;
}

double Journey::ink(QQuickWindow *window, qreal x, qreal y, qreal width, qreal height) const
{
    if (!window)
        return 0;
    const QImage image = window->grabWindow();
    const qreal scale = image.width() / qreal(qMax(1, window->width()));
    const QRect area = QRectF(x * scale, y * scale, width * scale, height * scale)
                           .toAlignedRect()
                           .intersected(image.rect());
    if (area.isEmpty())
        return 0;
    qint64 dark = 0;
    for (int row = area.top(); row <= area.bottom(); ++row) {
        for (int column = area.left(); column <= area.right(); ++column) {
            if (qGray(image.pixel(column, row)) < 110)
                ++dark;
        }
    }
    return double(dark) / (qint64(area.width()) * area.height());
}
