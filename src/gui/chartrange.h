#pragma once

#include "core/billingcycle.h"

#include <QVariant>
#include <chrono>

namespace Bandwatch {

// A time range of the bandwidth chart as the user chose it: the last span of
// time (following the clock), this or the last billing cycle, or fixed
// instants. It is resolved to milliseconds only when drawn, so "this cycle"
// moves on by itself when a new cycle starts.
struct ChartRange
{
    enum class Kind { Last, ThisCycle, LastCycle, Custom };

    Kind kind = Kind::Last;
    std::chrono::milliseconds span = std::chrono::hours(1); // Kind::Last
    qint64 fromMs = 0; // Kind::Custom, UTC
    qint64 toMs = 0;

    static ChartRange last(std::chrono::milliseconds span);
    static ChartRange thisCycle();
    static ChartRange lastCycle();
    static ChartRange custom(qint64 fromMs, qint64 toMs);

    // [from, to) in UTC ms for the clock at nowMs.
    std::pair<qint64, qint64> resolve(qint64 nowMs, const BillingCycle &cycle) const;
    // Ranges whose right edge moves with time (redrawn on a timer).
    bool followsClock() const { return kind == Kind::Last || kind == Kind::ThisCycle; }

    // For QSettings: a plain map that survives any settings backend.
    QVariantMap toVariant() const;
    static ChartRange fromVariant(const QVariant &value, const ChartRange &fallback);

    friend bool operator==(const ChartRange &, const ChartRange &) = default;
};

} // namespace Bandwatch
