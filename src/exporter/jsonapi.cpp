#include "exporter/jsonapi.h"

#include "core/vnstatexportertotals.h"
#include "exporter/bandwidthquery.h"
#include "exporter/exporterstate.h"
#include "exporter/quotastatusprovider.h"
#include "storage/historystore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonApi", text);
}

QJsonValue isoTime(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue isoTimeMs(qint64 ms)
{
    return ms > 0 ? isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) : QJsonValue(QJsonValue::Null);
}

// Sorting rows by group needs the service/route a series is shown under.
QString serviceOf(const SeriesKey &k)
{
    return k.labels.value(QStringLiteral("service"), k.series);
}

// Beyond this many points a response gets too big to be useful.
constexpr qint64 kMaxRows = 200'000;
// Samples starting this long before the range may still reach into it.
constexpr qint64 kSampleReachMs = 3'600'000;

} // namespace

ApiReply JsonApi::bandwidth(const ApiRequest &request, qint64 nowMs) const
{
    QString error;
    const auto q = BandwidthQuery::parse(request.query, nowMs, &error);
    if (!q)
        return ApiReply::error(400, error);
    if (!m_state.store || !m_state.store->isOpen())
        return ApiReply::error(503, tr("the history database is not open"));
    QList<SeriesKey> keys;
    for (const SeriesKey &k : m_state.store->seriesKeys())
        if (q->matches(k))
            keys << k;
    std::sort(keys.begin(), keys.end(), [](const SeriesKey &a, const SeriesKey &b) {
        const auto ka = std::make_tuple(serviceOf(a), a.labels.value(QStringLiteral("route")), a.source,
                                        a.series, a.direction == Direction::Out, a.canonical());
        const auto kb = std::make_tuple(serviceOf(b), b.labels.value(QStringLiteral("route")), b.source,
                                        b.series, b.direction == Direction::Out, b.canonical());
        return ka < kb;
    });
    const int count = q->bucketCount();
    if (qint64(keys.size()) * count > kMaxRows)
        return ApiReply::error(400,
                               tr("%1 series x %2 buckets is too much for one response; narrow the filters "
                                  "or use a larger step")
                                   .arg(keys.size())
                                   .arg(count));
    QList<QList<std::optional<double>>> buckets;
    for (const SeriesKey &k : std::as_const(keys)) {
        const SampleList samples = m_state.store->samples(k, q->startMs - kSampleReachMs, q->endMs);
        buckets << BandwidthQuery::accumulate(samples, q->startMs, q->stepMs, count);
    }
    QJsonArray rows;
    for (int i = 0; i < count; ++i) {
        const QString time = BandwidthQuery::formatTime(q->startMs + qint64(i) * q->stepMs);
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const SeriesKey &key = keys[k];
            const auto &b = buckets[k][i];
            const QString route = key.labels.value(QStringLiteral("route"));
            rows.append(QJsonObject {
                { QStringLiteral("time"), time },
                { QStringLiteral("type"), BandwidthQuery::typeName(key.direction) },
                { QStringLiteral("service"), serviceOf(key) },
                { QStringLiteral("route"),
                  route.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(route) },
                { QStringLiteral("bandwidth_used"),
                  b ? QJsonValue(qint64(std::llround(*b))) : QJsonValue(QJsonValue::Null) },
            });
        }
    }
    return ApiReply::json(rows);
}

ApiReply JsonApi::series(qint64 nowMs) const
{
    QJsonArray list;
    for (const auto &s : m_state.traffic.snapshot(nowMs)) {
        QJsonObject labels;
        for (auto it = s.key.labels.cbegin(); it != s.key.labels.cend(); ++it)
            labels.insert(it.key(), it.value());
        list.append(QJsonObject {
            { QStringLiteral("source"), s.key.source },
            { QStringLiteral("series"), s.key.series },
            { QStringLiteral("direction"), directionName(s.key.direction) },
            { QStringLiteral("labels"), labels },
            { QStringLiteral("total_bytes"), double(s.totalBytes) },
            { QStringLiteral("bits_per_second"),
              s.hasRate ? QJsonValue(s.bps) : QJsonValue(QJsonValue::Null) },
            { QStringLiteral("last_sample_end"), isoTimeMs(s.lastEndMs) },
        });
    }
    return ApiReply::json(QJsonObject { { QStringLiteral("series"), list } });
}

QJsonObject JsonApi::quotaJson(const QuotaStatus &s)
{
    const bool volume = s.kind == QuotaStatus::Kind::Volume;
    auto bytesOrNull = [volume](double v) {
        return volume ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
    };
    auto rateOrNull = [volume](double v) {
        return volume ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    return QJsonObject {
        { QStringLiteral("name"), s.name },
        { QStringLiteral("kind"), QuotaStatus::kindName(s.kind) },
        { QStringLiteral("start_date"), s.startDate() },
        { QStringLiteral("cycle_start"), isoTime(s.cycleStart) },
        { QStringLiteral("cycle_end"), isoTime(s.cycleEnd) },
        { QStringLiteral("ratio"), s.ratio() },
        { QStringLiteral("limit_bytes"), bytesOrNull(s.limit) },
        { QStringLiteral("used_bytes"), bytesOrNull(s.used) },
        { QStringLiteral("in_bytes"), bytesOrNull(double(s.inBytes)) },
        { QStringLiteral("out_bytes"), bytesOrNull(double(s.outBytes)) },
        { QStringLiteral("projected_bytes"),
          s.projected && volume ? QJsonValue(*s.projected) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("limit_bits_per_second"), rateOrNull(s.limit) },
        { QStringLiteral("bits_per_second"), rateOrNull(s.used) },
    };
}

std::optional<QuotaStatus> JsonApi::findQuota(const QString &name) const
{
    if (!m_state.quotas)
        return std::nullopt;
    for (const QuotaStatus &q : m_state.quotas->quotaStatuses())
        if (q.name == name)
            return q;
    return std::nullopt;
}

ApiReply JsonApi::quotas() const
{
    QJsonArray list;
    if (m_state.quotas)
        for (const QuotaStatus &q : m_state.quotas->quotaStatuses())
            list.append(quotaJson(q));
    return ApiReply::json(QJsonObject { { QStringLiteral("quotas"), list } });
}

ApiReply JsonApi::quota(const QString &name) const
{
    const auto q = findQuota(name);
    return q ? ApiReply::json(quotaJson(*q)) : ApiReply::error(404, tr("no quota named \"%1\"").arg(name));
}

ApiReply JsonApi::quotaUsage(const QString &name) const
{
    const auto q = findQuota(name);
    if (!q)
        return ApiReply::error(404, tr("no quota named \"%1\"").arg(name));
    const QDate start = q->cycleStart.isValid() ? q->cycleStart.toTimeZone(q->zone).date() : QDate();
    return ApiReply::text(VnstatExporterTotals::fromBytes(start, q->inBytes, q->outBytes).toJson(),
                          QByteArrayLiteral("application/json"));
}

ApiReply JsonApi::sources() const
{
    QJsonArray list;
    for (const ExportedSource &s : m_state.sources) {
        list.append(QJsonObject {
            { QStringLiteral("id"), s.id },
            { QStringLiteral("type"), s.type },
            { QStringLiteral("health"), ExportedSource::healthName(s.health) },
            { QStringLiteral("up"), s.health == ExportedSource::Health::Ok },
            { QStringLiteral("message"), s.message },
            { QStringLiteral("interval_seconds"), double(s.intervalMs) / 1000.0 },
            { QStringLiteral("last_success"), isoTime(s.lastSuccess) },
            { QStringLiteral("last_attempt"), isoTime(s.lastAttempt) },
            { QStringLiteral("consecutive_failures"), s.consecutiveFailures },
            { QStringLiteral("polls"), double(s.polls) },
            { QStringLiteral("failures"), double(s.failures) },
        });
    }
    return ApiReply::json(QJsonObject { { QStringLiteral("sources"), list } });
}

ApiReply JsonApi::health(qint64 nowMs, bool detailed) const
{
    const QString timestamp = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs);
    // The open /health keeps the vnstat traffic exporter's shape
    // {"status","timestamp"}: its monitors, and VnstatExporterTotals::isHealthy
    // of a Bandwatch polling this one, read it.
    if (!detailed)
        return ApiReply::json(QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                                            { QStringLiteral("timestamp"), timestamp } });
    int up = 0;
    int failing = 0;
    for (const ExportedSource &s : m_state.sources) {
        up += s.health == ExportedSource::Health::Ok ? 1 : 0;
        failing += s.health == ExportedSource::Health::Error ? 1 : 0;
    }
    const bool storeOk = m_state.store && m_state.store->isOpen();
    return ApiReply::json(QJsonObject {
        { QStringLiteral("status"),
          failing == 0 && storeOk ? QStringLiteral("ok") : QStringLiteral("degraded") },
        { QStringLiteral("timestamp"), timestamp },
        { QStringLiteral("version"), QCoreApplication::applicationVersion() },
        { QStringLiteral("uptime_seconds"), double(nowMs - m_state.startedMs) / 1000.0 },
        { QStringLiteral("storage"), storeOk ? QStringLiteral("ok") : QStringLiteral("unavailable") },
        { QStringLiteral("sources"),
          QJsonObject { { QStringLiteral("configured"), int(m_state.sources.size()) },
                        { QStringLiteral("up"), up },
                        { QStringLiteral("failing"), failing } } },
        { QStringLiteral("series"), int(m_state.traffic.snapshot(nowMs).size()) },
        { QStringLiteral("pushed_metrics"), int(m_state.push.size()) },
    });
}

} // namespace Bandwatch
