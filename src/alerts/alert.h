#pragma once

#include "alerts/quota.h"
#include "alerts/quotasnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>
#include <utility>

namespace Bandwatch {

// One threshold crossing, with everything a notification shows. Stored as
// JSON in the outbox so that a delivery after a restart says exactly what the
// alert said when it fired.
struct Alert
{
    QString quotaId;
    QString quotaName;
    QString selector; // SeriesSelector::describe()
    QuotaKind kind = QuotaKind::Volume;
    QuotaDirection direction = QuotaDirection::Both;
    double threshold = 0.0; // percent
    // The "projected to exceed" warning (threshold 100 %, not reached yet)
    // rather than a threshold crossing.
    bool projectionWarning = false;
    double limit = 0.0;
    double value = 0.0;
    qint64 cycleStartMs = 0;
    qint64 cycleEndMs = 0;
    QString timeZone; // IANA id of the cycle
    qint64 firedAtMs = 0;
    int seriesCount = 0;

    // Volume quotas.
    bool hasProjection = false;
    bool weekdayProfile = false;
    double pacePerDay = 0.0;
    double projectedTotal = 0.0;
    bool projectedToExceed = false;
    qint64 exceedAtMs = 0; // 0: not expected in this cycle
    double daysLeft = 0.0;
    double dailyBudgetLeft = 0.0;
    QList<std::pair<double, qint64>>
        forecasts; // threshold percent, expected at (0: not in this cycle / reached)
    // p95 quotas.
    std::optional<int> burstIntervalsLeft;

    QList<std::pair<QString, double>> breakdown; // series label, value (largest first, no zeros)
    static constexpr qsizetype maxBreakdown = 50;

    double percent() const { return limit > 0 ? 100.0 * value / limit : 0.0; }
    QString formatValue(double v) const;

    static Alert fromStatus(const Quota &quota, const QuotaSnapshot &status, double thresholdPercent);
    static Alert projectionFromStatus(const Quota &quota, const QuotaSnapshot &status);
    QJsonObject toJson() const;
    static Alert fromJson(const QJsonObject &o);
};

} // namespace Bandwatch

Q_DECLARE_METATYPE(Bandwatch::Alert)
