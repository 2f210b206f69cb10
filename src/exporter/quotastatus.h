#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace Bandwatch {

// Where one quota stands in its current billing cycle: what the exporter
// serves as bandwatch_quota_* gauges and under /api/v1/quotas.
struct QuotaStatus
{
    // Volume quotas count bytes per cycle; rate quotas (a bandwidth cap or a
    // 95th percentile) compare bit/s.
    enum class Kind { Volume, Rate };

    QString name; // the quota's id
    Kind kind = Kind::Volume;
    QDateTime cycleStart; // UTC
    QDateTime cycleEnd; // UTC, exclusive
    // The quota's billing time zone: its cycles start at midnight there, so
    // that is where the cycle's first day (start_date) is named.
    QTimeZone zone = QTimeZone::utc();
    double limit = 0.0; // bytes, or bit/s
    double used = 0.0; // bytes counted against the limit, or the bit/s statistic
    quint64 inBytes = 0; // volume quotas: received in this cycle
    quint64 outBytes = 0; // volume quotas: sent in this cycle
    std::optional<double> projected; // volume quotas: expected bytes at cycle end

    // "YYYY-MM-DD" of the cycle's first day in the quota's zone; empty if unknown.
    QString startDate() const
    {
        return cycleStart.isValid() ? cycleStart.toTimeZone(zone).date().toString(Qt::ISODate) : QString();
    }
    double ratio() const { return limit > 0 ? used / limit : 0.0; }
    static QString kindName(Kind kind)
    {
        return kind == Kind::Rate ? QStringLiteral("rate") : QStringLiteral("volume");
    }
};

} // namespace Bandwatch
