#include "exporter/exporterrouter.h"

#include "exporter/exporterstate.h"
#include "exporter/openapidocument.h"

#include <QCoreApplication>

namespace Bandwatch {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExporterRouter", text);
}

bool is(const QStringList &s, std::initializer_list<const char *> parts)
{
    if (s.size() != qsizetype(parts.size()))
        return false;
    qsizetype i = 0;
    for (const char *p : parts) {
        if (p[0] != '*' && s[i] != QLatin1String(p))
            return false;
        ++i;
    }
    return true;
}

} // namespace

ExporterRouter::ExporterRouter(ExporterState &state)
    : m_state(state)
    , m_metrics(state)
    , m_json(state)
    , m_push(state)
{ }

QStringList ExporterRouter::segments(const QUrl &url)
{
    QStringList out;
    const QString encoded = url.path(QUrl::FullyEncoded);
    for (const QString &part : encoded.split(u'/', Qt::SkipEmptyParts))
        out << QUrl::fromPercentEncoding(part.toUtf8());
    return out;
}

ExporterRouter::Target ExporterRouter::target(const QStringList &s) const
{
    if (is(s, { "metrics" }))
        return Target::Metrics;
    if (is(s, { "health" }))
        return Target::Health;
    if (s.size() >= 2 && s[0] == QLatin1String("api") && s[1] == QLatin1String("v1")) {
        const QStringList r = s.mid(2);
        if (is(r, { "openapi.json" }))
            return Target::OpenApi;
        if (is(r, { "health" }))
            return Target::ApiHealth;
        if (is(r, { "bandwidth" }) || is(r, { "metrics", "bandwidth_used" }))
            return Target::Bandwidth;
        if (is(r, { "series" }))
            return Target::Series;
        if (is(r, { "sources" }))
            return Target::Sources;
        if (is(r, { "quotas" }))
            return Target::Quotas;
        if (is(r, { "quotas", "*" }))
            return Target::Quota;
        if (is(r, { "quotas", "*", "usage" }))
            return Target::QuotaUsage;
        if (m_state.config.pushEnabled) {
            if (is(r, { "push" }))
                return Target::PushList;
            if (is(r, { "push", "*" }))
                return Target::PushMetric;
            if (is(r, { "push", "*", "*" }))
                return Target::PushOperation;
        }
        return Target::None;
    }
    // Paths of the MetricNexus server, for its clients, when asked for.
    if (m_state.config.metricnexusCompat && m_state.config.pushEnabled) {
        if (is(s, { "__metrics" }))
            return Target::Metrics;
        if (s.size() == 1 && s[0] != QLatin1String("api"))
            return Target::PushMetric;
        if (s.size() == 2 && s[0] != QLatin1String("api"))
            return Target::PushOperation;
    }
    return Target::None;
}

ExporterRouter::Route ExporterRouter::classify(QHttpServerRequest::Method method,
                                               const QStringList &segments) const
{
    using M = QHttpServerRequest::Method;
    Route r;
    const Target t = target(segments);
    if (t == Target::None)
        return r;
    r.kind = Route::Kind::Found;
    r.open = t == Target::Health || t == Target::OpenApi;
    if (t == Target::PushMetric) {
        r.allow = QByteArrayLiteral("GET, POST, PUT, DELETE");
        if (method == M::Get)
            return r;
        if (method == M::Post || method == M::Put || method == M::Delete) {
            r.scope = ApiScope::Write;
            return r;
        }
    } else if (t == Target::PushOperation) {
        r.allow = QByteArrayLiteral("PUT");
        if (method == M::Put) {
            r.scope = ApiScope::Write;
            return r;
        }
    } else {
        r.allow = QByteArrayLiteral("GET");
        if (method == M::Get)
            return r;
    }
    r.kind = Route::Kind::MethodNotAllowed;
    return r;
}

ApiReply ExporterRouter::handle(const ApiRequest &request, const QStringList &s, qint64 nowMs)
{
    // Under compat paths the name is the first segment; under /api/v1/push the fourth.
    const bool compat = s.value(0) != QLatin1String("api");
    const QString pushName = compat ? s.value(0) : s.value(3);
    const QString pushOp = compat ? s.value(1) : s.value(4);
    switch (target(s)) {
    case Target::Metrics:
        return m_metrics.reply(request, nowMs);
    case Target::Health:
        return m_json.health(nowMs, false);
    case Target::OpenApi:
        return ApiReply::text(OpenApiDocument::json(), QByteArrayLiteral("application/json"));
    case Target::ApiHealth:
        return m_json.health(nowMs, true);
    case Target::Bandwidth:
        return m_json.bandwidth(request, nowMs);
    case Target::Series:
        return m_json.series(nowMs);
    case Target::Sources:
        return m_json.sources();
    case Target::Quotas:
        return m_json.quotas();
    case Target::Quota:
        return m_json.quota(s.value(3));
    case Target::QuotaUsage:
        return m_json.quotaUsage(s.value(3));
    case Target::PushList:
        return m_push.list();
    case Target::PushMetric:
        return m_push.handle(request, pushName, QString(), nowMs);
    case Target::PushOperation:
        return m_push.handle(request, pushName, pushOp, nowMs);
    case Target::None:
        break;
    }
    return ApiReply::error(404, tr("no such endpoint; see /api/v1/openapi.json"));
}

} // namespace Bandwatch
