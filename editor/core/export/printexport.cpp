#include "export/printexport.h"

#include "export/exportfolder.h"
#include "export/printedition.h"
#include "export/sitecontents.h"
#include "filetransaction.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>

namespace trendweb {

namespace {

// The stages weasyprint reports with --verbose ("INFO: Step 5 - Creating layout").
constexpr int engineSteps = 7;
// A layout that takes longer than this is stuck.
constexpr int engineTimeoutMs = 10 * 60 * 1000;

Error failure(const QString &message, const QString &path = {})
{
    Error error = Error::withMessage(message);
    error.file = path;
    return error;
}

// As on disk, links followed; for a file that does not exist yet, its folder followed.
QString resolved(const QString &path)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.path()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool isSameOrInside(const QString &path, const QString &folder)
{
    return !folder.isEmpty() &&
           (path == folder ||
            path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder
                                                              : folder + QLatin1Char('/')));
}

int pageCount(const QString &pdf)
{
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(file.readAll())); it.hasNext(); it.next())
        ++pages;
    return pages;
}

} // namespace

QString weasyprintProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("weasyprint"));
}

QString exportCancelledMessage()
{
    return QCoreApplication::translate("export",
                                       "De export is afgebroken; er is niets geschreven.");
}

Result<void> runWeasyprint(const QString &htmlFile, const QString &pdfFile,
                           const std::function<void(int, int)> &step,
                           const std::atomic_bool *cancelled)
{
    const QString program = weasyprintProgram();
    const QString missing = QCoreApplication::translate(
        "export", "De PDF kan niet worden gemaakt: het programma weasyprint ontbreekt. Installeer "
                  "het Debian-pakket weasyprint (sudo apt install weasyprint) en exporteer "
                  "opnieuw.");
    if (program.isEmpty())
        return failure(missing);
    QProcess engine;
    engine.setStandardInputFile(QProcess::nullDevice());
    engine.setStandardOutputFile(QProcess::nullDevice());
    // The engine's messages are English and technical; only the ones that stop it are shown.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    engine.setProcessEnvironment(environment);
    engine.start(program, {QStringLiteral("--verbose"), QStringLiteral("--pdf-variant"),
                           QStringLiteral("pdf/ua-1"), htmlFile, pdfFile});
    if (!engine.waitForStarted())
        return failure(missing);
    QByteArray messages;
    QByteArray pending;
    static const QRegularExpression stage(QStringLiteral("^INFO: Step (\\d+) "));
    const auto readMessages = [&] {
        pending += engine.readAllStandardError();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            const auto match = stage.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                if (step)
                    step(match.captured(1).toInt(), engineSteps);
            } else {
                messages += line + '\n';
            }
        }
    };
    QElapsedTimer timer;
    timer.start();
    while (engine.state() != QProcess::NotRunning) {
        if (cancelled && cancelled->load()) {
            engine.kill();
            engine.waitForFinished();
            return failure(exportCancelledMessage());
        }
        if (timer.elapsed() > engineTimeoutMs) {
            engine.kill();
            engine.waitForFinished();
            return failure(QCoreApplication::translate(
                "export", "weasyprint is na tien minuten nog niet klaar en is gestopt; er is geen "
                          "PDF geschreven. Probeer het opnieuw."));
        }
        engine.waitForReadyRead(100);
        readMessages();
    }
    pending += '\n';
    readMessages();
    // The engine's own errors: a missing image, a font it cannot read. It writes a PDF
    // anyway, but not the one the edition asked for.
    QStringList errors;
    for (const QByteArray &line : messages.split('\n')) {
        if (line.startsWith("ERROR:") || line.startsWith("CRITICAL:") ||
            line.startsWith("Traceback"))
            errors.append(QString::fromUtf8(line).trimmed());
    }
    if (engine.exitStatus() != QProcess::NormalExit || engine.exitCode() != 0 ||
        !errors.isEmpty() || !QFileInfo(pdfFile).isFile() || QFileInfo(pdfFile).size() == 0) {
        if (errors.isEmpty())
            errors.append(QString::fromUtf8(messages).trimmed().split(QLatin1Char('\n')).last());
        return failure(QCoreApplication::translate(
                           "export", "weasyprint kon de PDF niet maken (afsluitcode %1): %2")
                           .arg(engine.exitCode())
                           .arg(errors.first()),
                       htmlFile);
    }
    return {};
}

Result<void> checkPdfTarget(const QString &outputFile, const QString &editionRoot)
{
    if (outputFile.trimmed().isEmpty())
        return failure(QCoreApplication::translate(
            "export", "Geef de naam van het PDF-bestand, bijvoorbeeld Trendweb-2025.pdf."));
    const QString target = resolved(outputFile);
    const QString edition = QFileInfo(editionRoot).canonicalFilePath();
    if (isSameOrInside(target, edition.isEmpty() ? editionRoot : edition))
        return failure(QCoreApplication::translate(
                           "export", "De PDF kan niet in de editie zelf (%1) worden geschreven; "
                                     "kies een plaats buiten de editie.")
                           .arg(QDir::toNativeSeparators(edition)),
                       outputFile);
    const QFileInfo info(target);
    if (info.isDir())
        return failure(QCoreApplication::translate(
                           "export", "%1 is een map; geef de naam van het PDF-bestand, "
                                     "bijvoorbeeld %2.")
                           .arg(QDir::toNativeSeparators(target),
                                QDir::toNativeSeparators(
                                    QDir(target).filePath(QStringLiteral("Trendweb.pdf")))),
                       outputFile);
    if (info.exists()) {
        QFile existing(target);
        if (!existing.open(QIODevice::ReadOnly) || existing.read(5) != "%PDF-")
            return failure(QCoreApplication::translate(
                               "export", "%1 bestaat al en is geen PDF; de export zou het "
                                         "overschrijven. Kies een andere naam.")
                               .arg(QDir::toNativeSeparators(target)),
                           outputFile);
    }
    if (const QString reason = unwritableReason(target); !reason.isEmpty())
        return failure(
            QCoreApplication::translate("export", "De PDF kan niet worden geschreven: %1")
                .arg(reason),
            outputFile);
    return {};
}

Result<ExportResult> exportPdf(const Edition &edition, const QString &outputFile, bool force,
                               const std::function<void(int, int)> &progress,
                               const std::atomic_bool *cancelled)
{
    auto checked = checkBeforeExport(edition, force);
    if (!checked)
        return checked;
    if (auto target = checkPdfTarget(outputFile, edition.root); !target)
        return target.error();
    if (weasyprintProgram().isEmpty())
        return runWeasyprint({}, {}).error();
    ExportResult result = std::move(checked).value();
    // One step for the document, the engine's stages after it.
    const int total = engineSteps + 1;
    QTemporaryDir work;
    if (!work.isValid())
        return failure(
            QCoreApplication::translate("export", "Er kan geen tijdelijke map worden gemaakt: %1.")
                .arg(work.errorString()));
    const QString html = work.filePath(QStringLiteral("trendweb.html"));
    if (auto written = writeTextFile(html, printHtml(edition, siteDate())); !written)
        return written.error();
    if (progress)
        progress(1, total);
    if (cancelled && cancelled->load())
        return failure(exportCancelledMessage());

    // The PDF comes into being beside its place and is renamed over it when whole.
    const QString target = resolved(outputFile);
    if (!QDir().mkpath(QFileInfo(target).path()))
        return failure(
            QCoreApplication::translate("export", "De PDF kan niet worden geschreven: %1")
                .arg(writeError(target, QDir::toNativeSeparators(target), errno).message),
            outputFile);
    QTemporaryFile partial(QFileInfo(target)
                               .dir()
                               .filePath(QStringLiteral(".%1.XXXXXX"))
                               .arg(QFileInfo(target).fileName()));
    if (!partial.open())
        return failure(
            QCoreApplication::translate("export", "De PDF kan niet worden geschreven: %1")
                .arg(writeError(target, QDir::toNativeSeparators(target), 0, partial.errorString())
                         .message),
            outputFile);
    partial.close();
    const auto engine = runWeasyprint(
        html, partial.fileName(),
        [&](int done, int) {
            if (progress)
                progress(1 + done, total);
        },
        cancelled);
    if (!engine)
        return engine.error();
    partial.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ReadGroup | QFileDevice::ReadOther);
    result.pages = pageCount(partial.fileName());
    if (cancelled && cancelled->load())
        return failure(exportCancelledMessage());
    if (std::rename(QFile::encodeName(partial.fileName()).constData(),
                    QFile::encodeName(target).constData()) != 0)
        return failure(
            QCoreApplication::translate("export", "De PDF kan niet als %1 worden bewaard.")
                .arg(QDir::toNativeSeparators(target)),
            outputFile);
    partial.setAutoRemove(false);
    if (progress)
        progress(total, total);
    return result;
}

} // namespace trendweb
