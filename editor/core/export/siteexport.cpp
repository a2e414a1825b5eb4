#include "export/siteexport.h"

#include "export/exportfolder.h"
#include "export/figureimages.h"
#include "export/htmlrenderer.h"
#include "export/sitecontents.h"
#include "export/sitepages.h"
#include "textfile.h"
#include "validation/editionchecks.h"

#include <QCoreApplication>
#include <QDir>

namespace trendweb {

Result<ExportResult> checkBeforeExport(const Edition &edition, bool force)
{
    ExportResult result;
    for (const Diagnostic &diagnostic : allDiagnostics(edition)) {
        if (diagnostic.severity == Severity::Error)
            result.errors.append(diagnostic);
    }
    // An unsettled merge is never published, not even forced: the pages would show both
    // versions, with Git's markers between them.
    for (const Diagnostic &error : std::as_const(result.errors)) {
        if (error.code == QLatin1String("merge-in-progress") ||
            error.code == QLatin1String("conflict-markers")) {
            return Error{QCoreApplication::translate(
                             "export", "De editie is midden in een samenvoeging of bevat nog "
                                       "conflictmarkeringen (%1); maak de samenvoeging eerst af.")
                             .arg(error.file),
                         edition.root};
        }
        if (error.code == QLatin1String("git-operation-in-progress"))
            return Error{QCoreApplication::translate("export", "Er wordt niets geëxporteerd: %1")
                             .arg(error.messageNl),
                         edition.root};
    }
    if (!result.errors.isEmpty() && !force) {
        return Error{QCoreApplication::translate(
                         "export",
                         "De editie heeft %n fouten; los ze eerst op, of exporteer toch (--force).",
                         nullptr, int(result.errors.size())),
                     edition.root};
    }
    return result;
}

Result<ExportResult> prepareExport(const Edition &edition, const QString &outputDir, bool force)
{
    auto checked = checkBeforeExport(edition, force);
    if (!checked)
        return checked;
    if (auto claimed = claimExportFolder(outputDir, edition.root); !claimed)
        return claimed.error();
    return checked;
}

Result<ExportResult> exportStaticSite(const Edition &edition, const QString &outputDir, bool force,
                                      const std::function<void(int, int)> &progress)
{
    auto prepared = prepareExport(edition, outputDir, force);
    if (!prepared)
        return prepared.error();
    ExportResult result = std::move(prepared).value();
    const QList<SitePage> pages = sitePages(edition, siteDate());
    // The figures' images go next to the pages, at the same path as in the edition.
    const QStringList images = figureImages(edition);
    const int total = int(pages.size() + images.size());
    const QDir out(outputDir);
    int done = 0;
    for (const SitePage &page : pages) {
        if (auto written = writeTextFile(out.filePath(page.path), page.html); !written)
            return written.error();
        result.pages += page.path.endsWith(QLatin1String(".html"));
        if (progress)
            progress(++done, total);
    }
    for (const QString &image : images) {
        if (auto copied = publishFigureImage(edition.root, image, out.filePath(image)); !copied)
            return copied.error();
        if (progress)
            progress(++done, total);
    }
    return result;
}

} // namespace trendweb
