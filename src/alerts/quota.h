#pragma once

#include "alerts/seriesselector.h"
#include "core/billingcycle.h"

#include <QList>
#include <QString>

namespace Bandwatch {

enum class QuotaKind {
    Volume, // bytes per cycle
    Bandwidth, // bit/s: the peak (or latest) mean over a window
    Percentile95 // 95th percentile of 5-minute bit/s over the cycle
};
enum class QuotaDirection { In, Out, Both };
enum class BandwidthStatistic {
    Peak, // the highest window mean so far in the cycle
    Average // the mean over the latest window
};

// One entry of the `quotas:` list, validated.
struct Quota
{
    QString id;
    QString name; // for people; defaults to the id
    SeriesSelector selector;
    QuotaDirection direction = QuotaDirection::Both;
    QuotaKind kind = QuotaKind::Volume;
    double limit = 0.0; // bytes (volume) or bit/s (bandwidth, p95)
    BillingCycle cycle;
    QList<double> thresholds { 80.0, 90.0, 100.0 }; // percent of the limit, ascending
    // Percentage points below a threshold the value must be under (against a
    // raised limit) before that threshold fires again in the same cycle.
    double hysteresis = 2.0;
    // Volume quotas: warn once per cycle when the forecast first says the
    // limit will be exceeded before the cycle ends, while there is still time
    // to act (the 80/90/100 % alerts may come too late for that).
    bool projectionAlert = true;
    qint64 windowMs = 300'000; // bandwidth quotas: multiple of 5 minutes
    BandwidthStatistic statistic = BandwidthStatistic::Peak;
    int line = 0;

    QString displayName() const { return name.isEmpty() ? id : name; }
    bool covers(Direction d) const;
    bool isRate() const { return kind != QuotaKind::Volume; }
    // "1.60 TB" or "412.00 Mbit/s"
    QString formatValue(double value) const;

    static QString kindName(QuotaKind kind); // volume | bandwidth | p95
    static QString directionName(QuotaDirection d); // in | out | both
    static bool parseKind(QStringView text, QuotaKind *out);
    static bool parseDirection(QStringView text, QuotaDirection *out);
    // Thresholds are stored in hundredths of a percent so that they can be
    // keys in the database and in hashes without floating-point surprises.
    static int basisPoints(double percent) { return qRound(percent * 100.0); }
    // The "projected to exceed" warning shares the thresholds' persisted
    // state and outbox under this key, which no real threshold (> 0 %) can have.
    static constexpr int projectionBasisPoints = -1;
};

} // namespace Bandwatch
