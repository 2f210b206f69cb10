#pragma once

#include "exporter/apireply.h"
#include "exporter/apirequest.h"
#include "exporter/pushmetricstore.h"

namespace Bandwatch {

struct ExporterState;

// /api/v1/push: the push-metrics API replacing MetricNexus.
//   GET    /api/v1/push                      all metrics (JSON)
//   POST   /api/v1/push/{name}[?type=counter] create; body = description (text),
//                                            or JSON {"description","type","value"}; 201 / 200
//   PUT    /api/v1/push/{name}                set to the number in the body; 204
//   PUT    /api/v1/push/{name}/inc|dec        +1 / -1; 204
//   PUT    /api/v1/push/{name}/add|sub        +/- the number in the body; 204
//   GET    /api/v1/push/{name}                the value as text (JSON with Accept: application/json)
//   DELETE /api/v1/push/{name}                204
// A body that is not a number is a 400, never a silent 0; a counter never
// goes down (409).
class PushApi
{
public:
    explicit PushApi(ExporterState &state)
        : m_state(state)
    { }

    ApiReply list() const;
    // operation: empty, or inc/dec/add/sub.
    ApiReply handle(const ApiRequest &request, const QString &name, const QString &operation, qint64 nowMs);

    static QJsonObject metricJson(const PushMetric &metric);

private:
    ApiReply create(const ApiRequest &request, const QString &name, qint64 nowMs);
    ApiReply outcome(const PushMetricStore::Outcome &o, int okStatus, const ApiRequest &request) const;

    ExporterState &m_state;
};

} // namespace Bandwatch
