#include "exporter/bandwidthquery.h"

#include "core/units.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <cmath>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BandwidthQuery", text);
}

std::optional<qint64> parseTime(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok && std::isfinite(seconds))
        return qint64(std::llround(seconds * 1000.0));
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

qint64 floorTo(qint64 t, qint64 step)
{
    const qint64 q = t / step - ((t % step != 0 && t < 0) ? 1 : 0);
    return q * step;
}

} // namespace

std::optional<BandwidthQuery> BandwidthQuery::parse(const QUrlQuery &query, qint64 nowMs, QString *error)
{
    auto value = [&](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    auto fail = [&](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    BandwidthQuery q;
    q.source = value("source");
    q.series = value("series");
    q.service = value("service");
    q.route = value("route");
    if (const QString type = value("type"); !type.isEmpty()) {
        Direction d;
        if (!parseDirection(type.toLower(), &d))
            return fail(tr("type must be egress, ingress, out or in; got \"%1\"").arg(type));
        q.direction = d;
    }
    if (const QString step = value("step"); !step.isEmpty()) {
        QString err;
        const auto d = Units::parseDuration(step, &err);
        if (!d || d->count() < 1000)
            return fail(tr("step must be a duration of at least 1s, e.g. 1m"));
        q.stepMs = d->count();
    }
    const QString lookback =
        value("lookback_duration").isEmpty() ? value("lookback") : value("lookback_duration");
    const QString start = value("start");
    const QString end = value("end");
    if (!lookback.isEmpty() && (!start.isEmpty() || !end.isEmpty()))
        return fail(tr("give either lookback_duration or start and end, not both"));
    qint64 from = 0;
    qint64 to = nowMs;
    if (!start.isEmpty() || !end.isEmpty()) {
        const auto s = parseTime(start);
        const auto e = end.isEmpty() ? std::optional<qint64>(nowMs) : parseTime(end);
        if (!s || !e)
            return fail(tr("start and end must be RFC 3339 times or Unix seconds"));
        if (*e <= *s)
            return fail(tr("end must be after start"));
        from = *s;
        to = *e;
    } else {
        QString err;
        const auto d = Units::parseDuration(lookback.isEmpty() ? QStringLiteral("1h") : lookback, &err);
        if (!d || d->count() <= 0)
            return fail(
                tr("lookback_duration: %1").arg(err.isEmpty() ? tr("expected a duration such as 5m") : err));
        from = nowMs - d->count();
    }
    q.startMs = floorTo(from, q.stepMs);
    q.endMs = to;
    if (q.bucketCount() > maxPoints)
        return fail(
            tr("exceeded maximum resolution of %1 points per series; use a larger step").arg(maxPoints));
    return q;
}

int BandwidthQuery::bucketCount() const
{
    if (endMs <= startMs)
        return 0;
    return int(std::min<qint64>((endMs - startMs + stepMs - 1) / stepMs, qint64(maxPoints) + 1));
}

bool BandwidthQuery::matches(const SeriesKey &key) const
{
    if (!source.isEmpty() && key.source != source)
        return false;
    if (!series.isEmpty() && key.series != series)
        return false;
    if (direction && key.direction != *direction)
        return false;
    if (!service.isEmpty() && key.labels.value(QStringLiteral("service"), key.series) != service)
        return false;
    if (!route.isEmpty() && key.labels.value(QStringLiteral("route")) != route)
        return false;
    return true;
}

QList<std::optional<double>> BandwidthQuery::accumulate(const SampleList &samples, qint64 startMs,
                                                        qint64 stepMs, int count)
{
    QList<std::optional<double>> out(count);
    const qint64 endMs = startMs + qint64(count) * stepMs;
    for (const Sample &s : samples) {
        if (s.endMs <= s.startMs) {
            if (s.startMs >= startMs && s.startMs < endMs) {
                auto &b = out[qsizetype((s.startMs - startMs) / stepMs)];
                b = b.value_or(0.0) + double(s.bytes);
            }
            continue;
        }
        const qint64 from = std::max(s.startMs, startMs);
        const qint64 to = std::min(s.endMs, endMs);
        if (to <= from)
            continue;
        const double perMs = double(s.bytes) / double(s.endMs - s.startMs);
        for (qint64 i = (from - startMs) / stepMs; i < count; ++i) {
            const qint64 bStart = startMs + i * stepMs;
            if (bStart >= to)
                break;
            const qint64 overlap = std::min(to, bStart + stepMs) - std::max(from, bStart);
            if (overlap > 0)
                out[qsizetype(i)] = out[qsizetype(i)].value_or(0.0) + perMs * double(overlap);
        }
    }
    return out;
}

QString BandwidthQuery::formatTime(qint64 ms)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    const QString fraction = ms % 1000 != 0 ? dt.toString(QStringLiteral(".zzz")) : QString();
    return dt.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) + fraction + QStringLiteral("+00:00");
}

QString BandwidthQuery::typeName(Direction d)
{
    return d == Direction::Out ? QStringLiteral("egress") : QStringLiteral("ingress");
}

} // namespace Bandwatch
