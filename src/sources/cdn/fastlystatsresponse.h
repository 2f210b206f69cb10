#pragma once

#include "sources/cdn/cdnreport.h"

namespace Bandwatch {

// Fastly historical stats (GET /stats/service/<id>?from=&to=&by=minute|hour|day).
// Out is `bandwidth` (all bytes delivered: responses to clients plus what
// Fastly sent upstream, headers included); in is req_header_bytes +
// req_body_bytes when the response has them. Buckets start at `start_time`
// (Unix seconds) and last meta.by.
class FastlyStatsResponse
{
public:
    // `series` names the service's series (Fastly reports per service, not per domain).
    static CdnReport parse(const QByteArray &body, const QString &series);
    // "minute" -> 60000; 0 if unknown.
    static qint64 bucketMs(const QString &by);
};

} // namespace Bandwatch
