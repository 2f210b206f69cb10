#include "exporter/metricsendpoint.h"

#include "exporter/exporterstate.h"
#include "exporter/gzipencoder.h"
#include "exporter/quotastatusprovider.h"

namespace Bandwatch {

ApiReply MetricsEndpoint::reply(const ApiRequest &request, qint64 nowMs)
{
    const ExpositionFormat format = ExpositionWriter::negotiate(request.accept);
    const int f = format == ExpositionFormat::OpenMetrics ? 1 : 0;
    Cache &full = m_full[f];
    if (!full.isValid(m_state.generation, nowMs)) {
        Cache &traffic = m_traffic[f];
        if (!traffic.isValid(m_state.traffic.generation(), nowMs)) {
            traffic.body.resize(0); // keeps the allocation: no fresh pages for every rendering
            ExpositionWriter w(format, &traffic.body);
            traffic.validUntilMs = m_state.traffic.render(w, nowMs);
            traffic.generation = m_state.traffic.generation();
            traffic.renderedMs = nowMs;
        }
        QByteArray body;
        body.reserve(traffic.body.size() + 8192);
        body.append(traffic.body);
        ExpositionWriter w(format, &body);
        renderRest(w, nowMs);
        full.body = body;
        full.gzipped.clear();
        full.generation = m_state.generation;
        full.renderedMs = nowMs;
        full.validUntilMs = std::min(traffic.validUntilMs, nowMs + maxCacheAgeMs);
    }
    // QByteArray is implicitly shared: every reply refers to the same bytes.
    if (full.body.size() > 1024 && GzipEncoder::accepts(request.acceptEncoding)) {
        if (full.gzipped.isEmpty())
            full.gzipped = GzipEncoder::compress(full.body);
        if (!full.gzipped.isEmpty()) {
            ApiReply r = ApiReply::text(full.gzipped, ExpositionWriter::contentType(format));
            r.headers.append({ QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip") });
            r.headers.append({ QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding") });
            return r;
        }
    }
    ApiReply r = ApiReply::text(full.body, ExpositionWriter::contentType(format));
    r.headers.append({ QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding") });
    return r;
}

QByteArray MetricsEndpoint::render(ExpositionFormat format, qint64 nowMs) const
{
    QByteArray out;
    out.reserve(m_state.traffic.size() * 250 + 8192);
    ExpositionWriter w(format, &out);
    m_state.traffic.render(w, nowMs);
    renderRest(w, nowMs);
    return out;
}

void MetricsEndpoint::renderRest(ExpositionWriter &w, qint64 nowMs) const
{
    renderSources(w);
    renderQuotas(w);
    if (m_state.config.pushEnabled)
        m_state.push.render(w, nowMs);
    w.family(QByteArrayLiteral("bandwatch_exporter_auth_failures_total"), ExpositionWriter::Type::Counter,
             u"Requests refused for a missing or wrong API key since the exporter started.");
    w.sample(QByteArray(), m_state.authFailures);
    w.finish();
}

void MetricsEndpoint::renderSources(ExpositionWriter &w) const
{
    QList<QByteArray> labels;
    for (const ExportedSource &s : m_state.sources)
        labels << ExpositionWriter::renderLabels(
            { { QByteArrayLiteral("source"), s.id }, { QByteArrayLiteral("type"), s.type } });
    w.family(QByteArrayLiteral("bandwatch_source_up"), ExpositionWriter::Type::Gauge,
             u"1 if the source's last poll succeeded, 0 if it failed or has not completed yet.");
    qsizetype i = 0;
    for (const ExportedSource &s : m_state.sources)
        w.sample(labels[i++], quint64(s.health == ExportedSource::Health::Ok ? 1 : 0));
    w.family(QByteArrayLiteral("bandwatch_source_last_success_timestamp_seconds"),
             ExpositionWriter::Type::Gauge, u"Unix time of the source's last successful poll.");
    i = 0;
    for (const ExportedSource &s : m_state.sources) {
        if (s.lastSuccess.isValid())
            w.sample(labels[i], double(s.lastSuccess.toMSecsSinceEpoch()) / 1000.0);
        ++i;
    }
    w.family(QByteArrayLiteral("bandwatch_source_errors_total"), ExpositionWriter::Type::Counter,
             u"Failed polls of the source since Bandwatch started.");
    i = 0;
    for (const ExportedSource &s : m_state.sources)
        w.sample(labels[i++], s.failures);
    w.family(QByteArrayLiteral("bandwatch_source_polls_total"), ExpositionWriter::Type::Counter,
             u"Polls of the source since Bandwatch started.");
    i = 0;
    for (const ExportedSource &s : m_state.sources)
        w.sample(labels[i++], s.polls);
}

void MetricsEndpoint::renderQuotas(ExpositionWriter &w) const
{
    if (!m_state.quotas)
        return;
    const QList<QuotaStatus> quotas = m_state.quotas->quotaStatuses();
    if (quotas.isEmpty())
        return;
    QList<QByteArray> labels;
    for (const QuotaStatus &q : quotas)
        labels << ExpositionWriter::renderLabels({ { QByteArrayLiteral("quota"), q.name } });
    auto family = [&](const char *name, QStringView help, auto value) {
        w.family(QByteArray(name), ExpositionWriter::Type::Gauge, help);
        for (qsizetype i = 0; i < quotas.size(); ++i)
            value(labels[i], quotas[i]);
    };
    auto onlyVolume = [](const QuotaStatus &q) {
        return q.kind == QuotaStatus::Kind::Volume;
    };
    family("bandwatch_quota_usage_ratio", u"Share of the quota used in the current cycle (1 = all of it).",
           [&](const QByteArray &l, const QuotaStatus &q) { w.sample(l, q.ratio()); });
    family("bandwatch_quota_limit_bytes", u"Bytes allowed per cycle (volume quotas).",
           [&](const QByteArray &l, const QuotaStatus &q) {
               if (onlyVolume(q))
                   w.sample(l, q.limit);
           });
    family("bandwatch_quota_used_bytes",
           u"Bytes counted against the quota in the current cycle (volume quotas).",
           [&](const QByteArray &l, const QuotaStatus &q) {
               if (onlyVolume(q))
                   w.sample(l, q.used);
           });
    family("bandwatch_quota_projected_bytes",
           u"Bytes the quota is projected to reach by the end of the cycle.",
           [&](const QByteArray &l, const QuotaStatus &q) {
               if (onlyVolume(q) && q.projected)
                   w.sample(l, *q.projected);
           });
    family("bandwatch_quota_rate_limit_bytes_per_second",
           u"Rate limit of a bandwidth or 95th-percentile quota, in bytes per second (x8 for bit/s).",
           [&](const QByteArray &l, const QuotaStatus &q) {
               if (!onlyVolume(q))
                   w.sample(l, q.limit / 8.0);
           });
    family("bandwatch_quota_rate_bytes_per_second",
           u"The rate a bandwidth or 95th-percentile quota compares with its limit, in bytes per second.",
           [&](const QByteArray &l, const QuotaStatus &q) {
               if (!onlyVolume(q))
                   w.sample(l, q.used / 8.0);
           });
    family("bandwatch_quota_cycle_start_timestamp_seconds", u"Unix time the current cycle started.",
           [&](const QByteArray &l, const QuotaStatus &q) {
               if (q.cycleStart.isValid())
                   w.sample(l, double(q.cycleStart.toSecsSinceEpoch()));
           });
    family("bandwatch_quota_cycle_end_timestamp_seconds", u"Unix time the current cycle ends.",
           [&](const QByteArray &l, const QuotaStatus &q) {
               if (q.cycleEnd.isValid())
                   w.sample(l, double(q.cycleEnd.toSecsSinceEpoch()));
           });
}

} // namespace Bandwatch
