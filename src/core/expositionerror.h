#pragma once

#include <QString>

namespace Bandwatch {

// Why an exposition was rejected, and where: `line` is 1-based (0 when the
// problem is not tied to one line).
struct ExpositionError
{
    int line = 0;
    QString message;

    QString toString() const
    {
        return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(message) : message;
    }
};

} // namespace Bandwatch
