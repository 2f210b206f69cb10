#pragma once

#include "sources/cdn/cdnreport.h"

#include <QHash>

namespace Bandwatch {

// CloudWatch GetMetricData (Query API, version 2010-08-01) as XML: one
// MetricDataResults member per query Id, Timestamps/Values in pairs, each
// timestamp the start of a Period, values the Sum of bytes. Also the AWS
// ErrorResponse that comes with HTTP 4xx/5xx.
class CloudWatchMetricDataResponse
{
public:
    struct Query
    {
        QString series; // the distribution ID
        Direction direction = Direction::Out;
    };

    // `queries` maps the Ids the request gave to series and direction; a
    // result for any other Id is refused, so no traffic lands on a wrong series.
    static CdnReport parse(const QByteArray &body, const QHash<QString, Query> &queries, qint64 periodMs);
};

} // namespace Bandwatch
