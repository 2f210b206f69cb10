#include "alerts/alert.h"

#include "core/units.h"

#include <QJsonArray>
#include <QTimeZone>

namespace Bandwatch {

QString Alert::formatValue(double v) const
{
    Quota q;
    q.kind = kind;
    return q.formatValue(v);
}

Alert Alert::fromStatus(const Quota &quota, const QuotaSnapshot &status, double thresholdPercent)
{
    Alert a;
    a.quotaId = quota.id;
    a.quotaName = quota.displayName();
    a.selector = quota.selector.describe();
    a.kind = quota.kind;
    a.direction = quota.direction;
    a.threshold = thresholdPercent;
    a.limit = status.limit;
    a.value = status.value;
    a.cycleStartMs = status.cycle.start.toMSecsSinceEpoch();
    a.cycleEndMs = status.cycle.end.toMSecsSinceEpoch();
    a.timeZone = QString::fromUtf8(quota.cycle.timeZone().id());
    a.firedAtMs = status.evaluatedAt.toMSecsSinceEpoch();
    a.seriesCount = status.seriesCount;
    if (status.projection && status.projection->valid) {
        const Projection &p = *status.projection;
        a.hasProjection = true;
        a.weekdayProfile = p.weekdayProfile;
        a.pacePerDay = p.pacePerDay;
        a.projectedTotal = p.projectedTotal;
        a.projectedToExceed = p.projectedToExceed;
        a.exceedAtMs = p.exceedAt.isValid() ? p.exceedAt.toMSecsSinceEpoch() : 0;
        for (const ThresholdForecast &f : p.thresholds)
            a.forecasts.append({ f.percent, f.at.isValid() && !f.reached ? f.at.toMSecsSinceEpoch() : 0 });
    }
    if (status.projection) {
        a.daysLeft = status.projection->daysLeft;
        a.dailyBudgetLeft = status.projection->dailyBudgetLeft;
    } else {
        a.daysLeft = double(status.evaluatedAt.msecsTo(status.cycle.end)) / 86'400'000.0;
    }
    a.burstIntervalsLeft = status.burstIntervalsLeft;
    // The largest contributors only: a selector may match thousands of series.
    for (const SeriesUsage &u : status.breakdown) {
        if (a.breakdown.size() >= maxBreakdown)
            break;
        if (u.value > 0)
            a.breakdown.append({ u.label(), u.value });
    }
    return a;
}

Alert Alert::projectionFromStatus(const Quota &quota, const QuotaSnapshot &status)
{
    Alert a = fromStatus(quota, status, 100.0);
    a.projectionWarning = true;
    return a;
}

QJsonObject Alert::toJson() const
{
    QJsonObject o {
        { QStringLiteral("quota"), quotaId },
        { QStringLiteral("name"), quotaName },
        { QStringLiteral("series"), selector },
        { QStringLiteral("kind"), Quota::kindName(kind) },
        { QStringLiteral("direction"), Quota::directionName(direction) },
        { QStringLiteral("alert"),
          projectionWarning ? QStringLiteral("projection") : QStringLiteral("threshold") },
        { QStringLiteral("threshold"), threshold },
        { QStringLiteral("limit"), limit },
        { QStringLiteral("value"), value },
        { QStringLiteral("percent"), percent() },
        { QStringLiteral("unit"),
          kind == QuotaKind::Volume ? QStringLiteral("bytes") : QStringLiteral("bit/s") },
        { QStringLiteral("limit_text"), formatValue(limit) },
        { QStringLiteral("value_text"), formatValue(value) },
        { QStringLiteral("cycle_start"),
          QDateTime::fromMSecsSinceEpoch(cycleStartMs, QTimeZone::utc()).toString(Qt::ISODate) },
        { QStringLiteral("cycle_end"),
          QDateTime::fromMSecsSinceEpoch(cycleEndMs, QTimeZone::utc()).toString(Qt::ISODate) },
        { QStringLiteral("cycle_start_ms"), cycleStartMs },
        { QStringLiteral("cycle_end_ms"), cycleEndMs },
        { QStringLiteral("timezone"), timeZone },
        { QStringLiteral("fired_at"),
          QDateTime::fromMSecsSinceEpoch(firedAtMs, QTimeZone::utc()).toString(Qt::ISODate) },
        { QStringLiteral("fired_at_ms"), firedAtMs },
        { QStringLiteral("series_count"), seriesCount },
        { QStringLiteral("days_left"), daysLeft },
    };
    if (hasProjection) {
        QJsonArray fc;
        for (const auto &[pct, at] : forecasts)
            fc.append(QJsonObject { { QStringLiteral("threshold"), pct }, { QStringLiteral("at_ms"), at } });
        o.insert(QStringLiteral("projection"),
                 QJsonObject { { QStringLiteral("weekday_profile"), weekdayProfile },
                               { QStringLiteral("pace_per_day"), pacePerDay },
                               { QStringLiteral("projected_total"), projectedTotal },
                               { QStringLiteral("projected_to_exceed"), projectedToExceed },
                               { QStringLiteral("exceed_at_ms"), exceedAtMs },
                               { QStringLiteral("forecasts"), fc } });
    }
    if (kind == QuotaKind::Volume)
        o.insert(QStringLiteral("daily_budget_left"), dailyBudgetLeft);
    if (burstIntervalsLeft)
        o.insert(QStringLiteral("burst_intervals_left"), *burstIntervalsLeft);
    QJsonArray series;
    for (const auto &[label, v] : breakdown)
        series.append(QJsonObject { { QStringLiteral("series"), label }, { QStringLiteral("value"), v } });
    o.insert(QStringLiteral("breakdown"), series);
    return o;
}

Alert Alert::fromJson(const QJsonObject &o)
{
    Alert a;
    a.quotaId = o.value(QStringLiteral("quota")).toString();
    a.quotaName = o.value(QStringLiteral("name")).toString();
    a.selector = o.value(QStringLiteral("series")).toString();
    Quota::parseKind(o.value(QStringLiteral("kind")).toString(), &a.kind);
    Quota::parseDirection(o.value(QStringLiteral("direction")).toString(), &a.direction);
    a.threshold = o.value(QStringLiteral("threshold")).toDouble();
    a.projectionWarning = o.value(QStringLiteral("alert")).toString() == u"projection";
    a.limit = o.value(QStringLiteral("limit")).toDouble();
    a.value = o.value(QStringLiteral("value")).toDouble();
    a.cycleStartMs = o.value(QStringLiteral("cycle_start_ms")).toInteger();
    a.cycleEndMs = o.value(QStringLiteral("cycle_end_ms")).toInteger();
    a.timeZone = o.value(QStringLiteral("timezone")).toString();
    a.firedAtMs = o.value(QStringLiteral("fired_at_ms")).toInteger();
    a.seriesCount = o.value(QStringLiteral("series_count")).toInt();
    a.daysLeft = o.value(QStringLiteral("days_left")).toDouble();
    a.dailyBudgetLeft = o.value(QStringLiteral("daily_budget_left")).toDouble();
    const QJsonObject p = o.value(QStringLiteral("projection")).toObject();
    a.hasProjection = !p.isEmpty();
    if (a.hasProjection) {
        a.weekdayProfile = p.value(QStringLiteral("weekday_profile")).toBool();
        a.pacePerDay = p.value(QStringLiteral("pace_per_day")).toDouble();
        a.projectedTotal = p.value(QStringLiteral("projected_total")).toDouble();
        a.projectedToExceed = p.value(QStringLiteral("projected_to_exceed")).toBool();
        a.exceedAtMs = p.value(QStringLiteral("exceed_at_ms")).toInteger();
        for (const QJsonValue &v : p.value(QStringLiteral("forecasts")).toArray()) {
            const QJsonObject f = v.toObject();
            a.forecasts.append({ f.value(QStringLiteral("threshold")).toDouble(),
                                 f.value(QStringLiteral("at_ms")).toInteger() });
        }
    }
    if (o.contains(QStringLiteral("burst_intervals_left")))
        a.burstIntervalsLeft = o.value(QStringLiteral("burst_intervals_left")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("breakdown")).toArray()) {
        const QJsonObject s = v.toObject();
        a.breakdown.append(
            { s.value(QStringLiteral("series")).toString(), s.value(QStringLiteral("value")).toDouble() });
    }
    return a;
}

} // namespace Bandwatch
