#pragma once

#include "sources/cdn/cdnreport.h"

namespace Bandwatch {

// Alibaba Cloud CDN DescribeDomainTrafficData (bytes per bucket) and
// DescribeDomainBpsData (bit/s, turned into bytes over the bucket), in
// JSON or XML (Format=JSON/XML). Buckets are labelled by their start, in UTC.
// Values come as numbers or numeric strings, both accepted.
class AliyunCdnResponse
{
public:
    // `domain` names the series: one request covers one domain.
    static CdnReport parse(const QByteArray &body, const QString &domain);

private:
    static CdnReport parseJson(const QByteArray &body, const QString &domain);
    static CdnReport parseXml(const QByteArray &body, const QString &domain);
};

} // namespace Bandwatch
