// The print edition as a PDF: the document of printedition.h laid out in pages by
// weasyprint (Debian package `weasyprint`), run as a program. The PDF is tagged
// (PDF/UA-1), its fonts embedded. It is written next to its place and then renamed over
// it, so that a reader never sees half a PDF, and never into the edition or over a
// file that is not a PDF.
#pragma once

#include "export/siteexport.h"

#include <QStringList>
#include <atomic>

namespace trendweb {

// The engine's program as found on PATH; empty when it is not installed.
QString weasyprintProgram();

// Runs the engine on `htmlFile`, writing `pdfFile`. `step(done, total)` follows its
// stages (parsing, styles, layout, drawing, writing) and may be empty. Fails with a
// Dutch message naming the Debian package when the program is missing, and with the
// engine's own error when it stops or ends without a PDF. When `*cancelled` becomes true
// the engine is stopped and the result is exportCancelledMessage().
Result<void> runWeasyprint(const QString &htmlFile, const QString &pdfFile,
                           const std::function<void(int, int)> &step = {},
                           const std::atomic_bool *cancelled = nullptr);

// "De export is afgebroken; er is niets geschreven."
QString exportCancelledMessage();

// The check of where a PDF may be written: a file outside the edition, not a folder,
// new or a PDF already (which is replaced), in a folder the user may write in. Creates and
// writes nothing.
Result<void> checkPdfTarget(const QString &outputFile, const QString &editionRoot);

// Refuses an edition with errors unless `force` (as the site exports do), then writes
// the print edition to `outputFile`. `progress(done, total)` may be empty.
// ExportResult::pages is the number of pages of the PDF. When `*cancelled` becomes true the
// export stops, its partial file is removed and an earlier PDF stays as it was.
Result<ExportResult> exportPdf(const Edition &edition, const QString &outputFile, bool force,
                               const std::function<void(int, int)> &progress = {},
                               const std::atomic_bool *cancelled = nullptr);

} // namespace trendweb
