#pragma once

#include "sources/cdn/cdnreport.h"

namespace Bandwatch {

// Tencent Cloud CDN DescribeCdnData (API 3.0, version 2018-06-06). Metrics
// flux/fluxOut (bytes, out), fluxIn (bytes, in; ECDN only), bandwidth/
// bandwidthOut/bandwidthIn (bit/s, turned into bytes over the bucket).
// Times are "yyyy-MM-dd HH:mm:ss" bucket starts in the request's time zone
// (UTC+8 unless TimeZone says otherwise).
class TencentCdnResponse
{
public:
    static CdnReport parse(const QByteArray &body, int utcOffsetSeconds = 8 * 3600);
    // "5min" -> 300000; 0 if unknown.
    static qint64 intervalMs(const QString &interval);
};

} // namespace Bandwatch
