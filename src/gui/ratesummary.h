#pragma once

#include <QtGlobal>

namespace Bandwatch {

// Figures for one direction of a selection over a time range.
struct RateSummary
{
    bool hasData = false;
    double latestBps = 0.0; // the newest interval
    qint64 latestEndMs = 0;
    double averageBps = 0.0; // time-weighted over the measured time only
    double peakBps = 0.0;
    quint64 bytes = 0;
    qint64 measuredMs = 0;
};

} // namespace Bandwatch
