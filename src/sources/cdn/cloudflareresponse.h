#pragma once

#include "sources/cdn/cdnreport.h"

namespace Bandwatch {

// Cloudflare GraphQL Analytics: httpRequestsAdaptiveGroups grouped by a time
// dimension (datetimeMinute, datetimeFiveMinutes, datetimeFifteenMinutes or
// datetimeHour), optionally by clientRequestHTTPHost, with sum.edgeResponseBytes.
// GraphQL reports errors with HTTP 200 in an `errors` array: those win over data.
class CloudflareResponse
{
public:
    // Rows per query; GraphQL says nothing when more rows exist, so a full page is an error.
    static constexpr int kRowLimit = 10000;

    // `domain` names the series when the rows carry no host dimension.
    static CdnReport parse(const QByteArray &body, const QString &domain);
    // The query the source sends, for the given time dimension.
    static QByteArray query(const QString &timeDimension);
    // 60000 for datetimeMinute ... 3600000 for datetimeHour; 0 if unknown.
    static qint64 bucketMs(const QString &timeDimension);
};

} // namespace Bandwatch
