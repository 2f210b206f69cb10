#pragma once

#include "alerts/alert.h"

#include <QString>

namespace Bandwatch {

// The words of a notification: a subject line, a short text for a tray
// balloon or a chat message, and the plain-text body of an e-mail.
class AlertFormatter
{
public:
    // "Taipei CDN: 80 % of the volume quota reached (1.60 TB of 2.00 TB)"
    static QString subject(const Alert &alert);
    // Two short lines: what happened and what it means for the rest of the cycle.
    static QString shortText(const Alert &alert);
    // Numbers, cycle, projection and per-series breakdown; lines end in "\n".
    static QString plainText(const Alert &alert);

    static QString percentText(double percent); // "80 %", "82.5 %"
    static QString localTime(qint64 ms, const QString &zoneId); // "2026-03-15 00:00"
    static QString forecastLine(const Alert &alert); // "1.95 TB expected by the end of the cycle ..."
};

} // namespace Bandwatch
