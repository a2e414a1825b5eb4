// A finding about an edition: a stable code, a severity, a place, and a
// message in Dutch and English.
#pragma once

#include <QList>
#include <QString>

namespace trendweb {

enum class Severity { Error, Warning, Info };

QString severityName(Severity severity); // "error", "warning", "info"

struct Diagnostic
{
    QString code; // stable, e.g. "TW001"; listed in schema/diagnostics.md
    Severity severity = Severity::Error;
    QString file; // relative to the edition root
    int line = 0;
    int column = 0;
    QString messageNl;
    QString messageEn;

    // "file:line:col: severity code: message", as a compiler writes it.
    QString toText(bool english = false) const;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

int countErrors(const Diagnostics &diagnostics);

} // namespace trendweb
