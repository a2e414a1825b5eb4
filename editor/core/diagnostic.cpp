#include "diagnostic.h"

#include <algorithm>

namespace trendweb {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString Diagnostic::toText(bool english) const
{
    const QString message = english ? messageEn : messageNl;
    return QStringLiteral("%1:%2:%3: %4 %5: %6")
        .arg(file)
        .arg(qMax(line, 1))
        .arg(qMax(column, 1))
        .arg(severityName(severity), code, message);
}

int countErrors(const Diagnostics &diagnostics)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

} // namespace trendweb
