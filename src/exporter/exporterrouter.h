#pragma once

#include "exporter/apikey.h"
#include "exporter/apireply.h"
#include "exporter/apirequest.h"
#include "exporter/jsonapi.h"
#include "exporter/metricsendpoint.h"
#include "exporter/pushapi.h"

#include <QStringList>

namespace Bandwatch {

struct ExporterState;

// Maps method and path to a handler and says, before any handler runs, what
// a route needs: nothing (/health, the OpenAPI document), a read key, or a
// write key.
class ExporterRouter
{
public:
    struct Route
    {
        enum class Kind { NotFound, MethodNotAllowed, Found } kind = Kind::NotFound;
        bool open = false;
        ApiScope scope = ApiScope::Read;
        QByteArray allow; // for 405
    };

    explicit ExporterRouter(ExporterState &state);

    Route classify(QHttpServerRequest::Method method, const QStringList &segments) const;
    ApiReply handle(const ApiRequest &request, const QStringList &segments, qint64 nowMs);

    // "/api/v1/push/a%2Fb" -> ["api", "v1", "push", "a/b"]; trailing "/" ignored.
    static QStringList segments(const QUrl &url);

    MetricsEndpoint &metrics() { return m_metrics; }

private:
    enum class Target {
        None,
        Metrics,
        Health,
        OpenApi,
        ApiHealth,
        Bandwidth,
        Series,
        Sources,
        Quotas,
        Quota,
        QuotaUsage,
        PushList,
        PushMetric,
        PushOperation
    };
    Target target(const QStringList &s) const;

    ExporterState &m_state;
    MetricsEndpoint m_metrics;
    JsonApi m_json;
    PushApi m_push;
};

} // namespace Bandwatch
