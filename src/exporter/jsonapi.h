#pragma once

#include "exporter/apireply.h"
#include "exporter/apirequest.h"
#include "exporter/quotastatus.h"

#include <QJsonObject>
#include <optional>

namespace Bandwatch {

struct ExporterState;

// The read side of /api/v1: bandwidth time series (Kong service shape),
// quota cycle usage (vnstat webhook shape and a richer form in bytes),
// series, sources and health. The OpenAPI document describes every route.
class JsonApi
{
public:
    explicit JsonApi(const ExporterState &state)
        : m_state(state)
    { }

    ApiReply bandwidth(const ApiRequest &request, qint64 nowMs) const;
    ApiReply series(qint64 nowMs) const;
    ApiReply quotas() const;
    ApiReply quota(const QString &name) const;
    // {"in":35.2,"out":0.05,"start_date":"2026-11-01"}: MiB used in the current
    // cycle, two decimals, as the vnstat traffic exporter served them.
    ApiReply quotaUsage(const QString &name) const;
    ApiReply sources() const;
    // /health (open): status and time only. /api/v1/health: with details.
    ApiReply health(qint64 nowMs, bool detailed) const;

    static QJsonObject quotaJson(const QuotaStatus &status);

private:
    std::optional<QuotaStatus> findQuota(const QString &name) const;

    const ExporterState &m_state;
};

} // namespace Bandwatch
