// Every diagnostic the checker can give: its stable code, severity and
// messages in Dutch and English. schema/diagnostics.md explains each.
#pragma once

#include "diagnostic.h"

#include <QStringList>

namespace trendweb {

struct DiagnosticCode
{
    const char *code;
    Severity severity;
    const char *dutch;   // with %1, %2 … for the details
    const char *english; // the same
};

const QList<DiagnosticCode> &diagnosticCodes();

// Builds a diagnostic of a known code; `arguments` fill %1, %2 … in both languages.
Diagnostic makeDiagnostic(const char *code, const QString &file, int line, int column,
                          const QStringList &arguments = {});

} // namespace trendweb
