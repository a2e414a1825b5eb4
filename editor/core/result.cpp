#include "result.h"

namespace trendweb {

QString Error::toString() const
{
    if (file.isEmpty())
        return message;
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(qMax(column, 1)).arg(message);
}

} // namespace trendweb
