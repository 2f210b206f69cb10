#pragma once

#include "sources/cdn/cdnreport.h"

namespace Bandwatch {

// Akamai Reporting API v2 report data (POST .../reports/delivery/traffic/
// current/data) with metric edgeBytesSum, grouped by hostname and a time
// dimension (time5minutes, time1hour or time1day; the value's format is
// taken from metadata.dimensions[].type: TIMESTAMP_SEC, TIMESTAMP_MS or
// DATE_ISO8601). Rows are summed per hostname and bucket over any other
// dimension. Without a time dimension the whole metadata start..end is one
// bucket. Errors are problem+json objects.
class AkamaiReportResponse
{
public:
    static CdnReport parse(const QByteArray &body);
    // 300000 for time5minutes ...; 0 if not a time dimension.
    static qint64 bucketMs(const QString &dimension);
};

} // namespace Bandwatch
